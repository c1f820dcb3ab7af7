/**
 * Step 6 recorded by doing it: when the Word pane's "Isi semua" has filled the report, the
 * document's tracker gets step 6 Selesai, as `lakip report` and LAKIP.html's Laporan record it
 * in the document they write. A step already Selesai is left as it is; a missing prerequisite is
 * named in the recorded reason (never hidden).
 */
import type { TrackerStore } from "./ports";
import { finishBlockReason, stepOf } from "./state";
import { STEPS, type Who } from "./steps";
import { performAction } from "./tracker";

/** Who is recorded for step 6 when the pane knows no name: the pane itself, in the step's role. */
export const FILL_ACTOR_NAME = "Panel Word LAKIP";

/** Records step 6 Selesai; returns the sentence for the user, or null when it was Selesai already. */
export async function recordReportFilled(store: TrackerStore, name: string | null, now: Date): Promise<string | null> {
  const snap = await store.load();
  if (stepOf(snap.state, 6).status === "Selesai") return null;
  const who: Who = { name: name?.trim() || FILL_ACTOR_NAME, role: STEPS[5].pelaksana };
  const block = finishBlockReason(snap.state, 6);
  const reason = block ? `Laporan diisi dengan Isi semua. ${block}` : undefined;
  const r = await performAction(store, { type: "finish", step: 6, actor: who, ...(reason ? { reason } : {}) }, now);
  if ("error" in r) return `Langkah 6 SOP tidak tercatat: ${r.error}`;
  return block
    ? `Langkah 6 SOP dicatat Selesai; ${block.replace(/^Langkah 6 memerlukan/, "langkah sebelumnya belum Selesai:")}`
    : "Langkah 6 SOP (dokumen LAKIP dibuat) dicatat Selesai.";
}
