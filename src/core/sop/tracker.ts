/** The tracker's use cases over a store: load, act, carry workbook records in. */
import type { TrackerSnapshot, TrackerStore } from "./ports";
import { appendAction, compareEvents, foldHistory, mergeHistories, type HistoryEvent, type SopAction } from "./state";
import { parseHistory, serializeHistory } from "./historyXml";
import { encodeStepProperty, readStepRecords, sanitizeRecord, trackerProperties } from "./property";
import { contentHash, finishBlockReason } from "./state";
import { mergeWorkbookRecords } from "./excel";
import type { StepNumber } from "./steps";

export type ActResult = { snapshot: TrackerSnapshot } | { error: string };

/**
 * Applies a user's action: reads the document's history (so another person's changes count),
 * checks the action, appends the event and saves. Errors are in Bahasa Indonesia.
 */
export async function performAction(store: TrackerStore, action: SopAction, now: Date): Promise<ActResult> {
  const current = await store.load();
  const r = appendAction(current.history, action, now);
  if ("error" in r) return r;
  return { snapshot: await store.save(r.history) };
}

/** "Muat data": carries the workbook's records of steps 2-5 into the document's tracker. */
export async function importWorkbookRecords(
  store: TrackerStore,
  workbookProps: Readonly<Record<string, string>>,
  now: Date,
): Promise<{ snapshot: TrackerSnapshot; imported: StepNumber[]; skipped: { step: StepNumber; reason: string }[] }> {
  const current = await store.load();
  const merged = mergeWorkbookRecords(current.history, workbookProps, now);
  const snapshot = merged.imported.length > 0 ? await store.save(merged.history) : current;
  return { snapshot, imported: merged.imported, skipped: merged.skipped };
}

/** A snapshot of a history: its fold and the eight property values. */
export function snapshotOf(history: readonly HistoryEvent[], skipped: number, storage: string): TrackerSnapshot {
  const sorted = history.slice().sort(compareEvents);
  const state = foldHistory(sorted);
  return { history: sorted, state, properties: trackerProperties(state), skipped, storage };
}

/**
 * What a store writes: the given history merged with the stored one (union by id), its XML and
 * properties. Every store implementation goes through this, so none can drop an event.
 */
export function prepareSave(
  storedXmls: readonly string[],
  history: readonly HistoryEvent[],
  storage: string,
): { snapshot: TrackerSnapshot; xml: string } {
  let merged: HistoryEvent[] = history.slice();
  let skipped = 0;
  for (const xml of storedXmls) {
    const parsed = parseHistory(xml);
    skipped += parsed.skipped;
    merged = mergeHistories(merged, parsed.events);
  }
  const snapshot = snapshotOf(merged, skipped, storage);
  return { snapshot, xml: serializeHistory(snapshot.history) };
}

/**
 * Reads stored history parts (there may be several after copies were combined). When given the
 * document's properties, a step that has no event in the history but a property value (a
 * document written by a tool that set only the properties, or edited by hand) is taken from the
 * property, as an import event, so that saving never wipes what the property said.
 */
export function loadFromXmls(
  storedXmls: readonly string[],
  storage: string,
  properties?: Readonly<Record<string, string>>,
): TrackerSnapshot {
  let merged: HistoryEvent[] = [];
  let skipped = 0;
  for (const xml of storedXmls) {
    const parsed = parseHistory(xml);
    skipped += parsed.skipped;
    merged = mergeHistories(merged, parsed.events);
  }
  if (properties) merged = seedFromProperties(merged, properties);
  return snapshotOf(merged, skipped, storage);
}

const PROPERTY_ACTOR = { name: "Properti dokumen", role: "impor" };

/** Import events for the steps that the history does not mention but a property records. */
export function seedFromProperties(
  history: readonly HistoryEvent[],
  properties: Readonly<Record<string, string>>,
): HistoryEvent[] {
  const records = readStepRecords(properties);
  const mentioned = new Set(history.map((e) => e.step));
  let out = history.slice().sort(compareEvents);
  for (const [step, raw] of [...records.entries()].sort((a, b) => a[0] - b[0])) {
    if (mentioned.has(step) || raw.status === "Belum") continue;
    const record = sanitizeRecord(raw);
    const at = record.finishedAt ?? record.startedAt ?? "2000-01-01T00:00";
    const state = foldHistory(out);
    const block = record.status === "Selesai" ? finishBlockReason(state, step) : null;
    const event: HistoryEvent = {
      id: `prop-${step}-${contentHash(encodeStepProperty(record))}`,
      seq: 0,
      at,
      actor: PROPERTY_ACTOR,
      step,
      action: "import",
      record,
      source: "properti dokumen",
      ...(block ? { reason: `Tercatat di properti dokumen. ${block}` } : {}),
    };
    out = [...out, event].sort(compareEvents);
  }
  return out;
}
