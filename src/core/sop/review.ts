/**
 * Step 7 (koreksi) and step 8 (persetujuan) as pure rules: when the review may be closed, and
 * the final checklist before approval.
 */
import { stepOf, type TrackerState } from "./state";
import { UPDATE_INDEXES_IN_WORD } from "../report/indexPages";

export interface ReviewItem {
  /** Stable within one listing: what `goTo` is given. */
  id: string;
  kind: "revisi" | "komentar";
  author: string;
  /** ISO time, or null when Word does not say. */
  date: string | null;
  /** The changed or commented text (shortened). */
  text: string;
  /** "Sisipan", "Hapusan", "Format" for a revision; the comment text for a comment. */
  detail: string;
}

export interface ReviewCapabilities {
  /** Turning track changes on for everyone (WordApi 1.4). */
  trackingMode: boolean;
  /** Listing tracked changes (WordApi 1.6). */
  trackedChanges: boolean;
  /** Listing comments (WordApi 1.4). */
  comments: boolean;
  /** Explanations in Bahasa Indonesia of what is missing and which Word is needed. */
  messages: string[];
}

export interface ReviewSnapshot {
  /** Track changes on for everyone; null when Word cannot say. */
  trackingOn: boolean | null;
  /** Pending tracked changes; null when this Word cannot list them. */
  revisions: ReviewItem[] | null;
  /** Unresolved comments; null when this Word cannot list them. */
  comments: ReviewItem[] | null;
}

export interface ReviewGate {
  /** True when "Selesaikan koreksi" needs no reason. */
  clear: boolean;
  /** Why a reason is needed (open items, or items Word cannot count). */
  message: string | null;
}

export function reviewGate(snap: ReviewSnapshot): ReviewGate {
  const parts: string[] = [];
  if (snap.revisions && snap.revisions.length > 0) parts.push(`${snap.revisions.length} revisi`);
  if (snap.comments && snap.comments.length > 0) parts.push(`${snap.comments.length} komentar`);
  if (parts.length > 0) return { clear: false, message: `Masih ada ${parts.join(" dan ")} yang belum diselesaikan.` };
  const unknown: string[] = [];
  if (snap.revisions === null) unknown.push("revisi");
  if (snap.comments === null) unknown.push("komentar");
  if (unknown.length > 0)
    return {
      clear: false,
      message: `Word ini tidak dapat menghitung ${unknown.join(" dan ")}. Periksa sendiri lewat tab Tinjau (Review), lalu tulis alasan atau keterangan pemeriksaan.`,
    };
  return { clear: true, message: null };
}

export interface ApprovalFacts {
  /** Tags the report must fill (spec section 5). */
  requiredTags: readonly string[];
  /** Tagged controls found, with whether each holds text; null when Word cannot say. */
  controls: { tag: string; filled: boolean }[] | null;
  /** Error findings of the loaded data; null when no data was loaded in this session. */
  errorFindings: number | null;
  /**
   * How the page numbers of the Daftar Isi/Tabel/Grafik were made (document property `LAKIP Nomor
   * Halaman`): by a real layout, or estimated (Word's Perbarui Tabel must be run before printing);
   * null or absent when the document does not say.
   */
  indexPages?: "tata-letak" | "perkiraan" | null;
}

export interface ChecklistItem {
  id: "kontrol" | "temuan" | "koreksi" | "tahapan" | "halaman";
  label: string;
  /** true passed, false failed, null unknown (treated as not passed). */
  ok: boolean | null;
  /**
   * A reminder, not a condition: shown with its detail but it does not hold the approval back.
   * (The index page numbers: no program can see that Word's Perbarui Tabel was run.)
   */
  reminder?: true;
  detail: string;
}

export function approvalChecklist(
  facts: ApprovalFacts,
  review: ReviewSnapshot | null,
  state: TrackerState,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (facts.controls === null) {
    items.push({
      id: "kontrol",
      label: "Semua kontrol LAKIP terisi",
      ok: null,
      detail: "Kontrol konten tidak dapat diperiksa.",
    });
  } else {
    const filled = new Set(facts.controls.filter((c) => c.filled).map((c) => c.tag));
    const present = new Set(facts.controls.map((c) => c.tag));
    const empty = facts.requiredTags.filter((t) => present.has(t) && !filled.has(t));
    const missing = facts.requiredTags.filter((t) => !present.has(t));
    const emptyOther = facts.controls.filter((c) => !c.filled && !facts.requiredTags.includes(c.tag)).map((c) => c.tag);
    const bad = [...empty, ...emptyOther];
    const parts: string[] = [];
    if (bad.length) parts.push(`kosong: ${[...new Set(bad)].join(", ")}`);
    if (missing.length) parts.push(`tidak ada di dokumen: ${missing.join(", ")}`);
    items.push({
      id: "kontrol",
      label: "Semua kontrol LAKIP terisi",
      ok: parts.length === 0,
      detail: parts.length === 0 ? `${facts.controls.length} kontrol terisi.` : `Belum lengkap (${parts.join("; ")}).`,
    });
  }
  items.push(
    facts.errorFindings === null
      ? {
          id: "temuan",
          label: "Tidak ada temuan galat pada data",
          ok: null,
          detail: "Data belum dimuat. Klik Muat data pada tab Laporan.",
        }
      : {
          id: "temuan",
          label: "Tidak ada temuan galat pada data",
          ok: facts.errorFindings === 0,
          detail:
            facts.errorFindings === 0
              ? "Data yang dimuat bersih."
              : `${facts.errorFindings} temuan galat pada data yang dimuat.`,
        },
  );
  if (!review) {
    items.push({
      id: "koreksi",
      label: "Tidak ada revisi atau komentar terbuka",
      ok: null,
      detail: "Belum diperiksa.",
    });
  } else {
    const gate = reviewGate(review);
    items.push({
      id: "koreksi",
      label: "Tidak ada revisi atau komentar terbuka",
      ok: gate.clear ? true : review.revisions === null || review.comments === null ? null : false,
      detail: gate.clear ? "Tidak ada revisi atau komentar terbuka." : (gate.message ?? ""),
    });
  }
  if (facts.indexPages)
    items.push({
      id: "halaman",
      label: "Nomor halaman Daftar Isi, Daftar Tabel dan Daftar Grafik",
      ok: facts.indexPages === "tata-letak",
      ...(facts.indexPages === "tata-letak" ? {} : { reminder: true as const }),
      detail:
        facts.indexPages === "tata-letak"
          ? "Sesuai tata letak halaman saat laporan dibuat; bila isi laporan diubah, perbarui daftar di Word (Referensi > Perbarui Tabel)."
          : `Masih perkiraan. ${UPDATE_INDEXES_IN_WORD}`,
    });
  const notDone = state.steps.filter((s) => s.number <= 7 && s.status !== "Selesai").map((s) => s.number);
  items.push({
    id: "tahapan",
    label: "Langkah 1 sampai 7 Selesai",
    ok: notDone.length === 0,
    detail:
      notDone.length === 0 ? "Semua langkah sebelumnya Selesai." : `Belum Selesai: langkah ${notDone.join(", ")}.`,
  });
  return items;
}

export function checklistPassed(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.ok === true || i.reminder === true);
}

/** Step 7 may start when it is not running or done. */
export function reviewRunning(state: TrackerState): boolean {
  return stepOf(state, 7).status === "Berjalan";
}
