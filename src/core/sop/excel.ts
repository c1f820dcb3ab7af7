/**
 * Steps 2 to 5 are done in Excel. The Excel pane records them in the workbook's own custom
 * properties (`LAKIP Langkah 2` ... `LAKIP Langkah 5`, same format as the document's), and the
 * Word pane's "Muat data" and `lakip report` carry them into the document's tracker.
 */
import { contentHash, foldHistory, applyAction, stepOf, finishBlockReason, compareEvents } from "./state";
import type { HistoryEvent, StepRecord, TrackerState } from "./state";
import { encodeStepProperty, propertyName, readStepRecords, trackerProperties, sanitizeRecord } from "./property";
import type { StepNumber, Who } from "./steps";
import { parseTime, toMinuteTime } from "./time";

export type ExcelStep = 2 | 3 | 4 | 5;

/** Which Excel command records which step, and how. */
export const EXCEL_COMMAND_STEPS = {
  /** Buat Format: the data-collection workbook made. */
  buatFormat: { step: 2, status: "Selesai" },
  /** One file per unit written (the formats sent). */
  kirimFormat: { step: 3, status: "Selesai" },
  /** Himpun: gathering the units' files started. */
  himpun: { step: 4, status: "Berjalan" },
  /** Validasi with no error findings: the gathered data is clean. */
  validasiBersih: { step: 4, status: "Selesai" },
  /** Rekap: capaian, recap and charts made. */
  rekap: { step: 5, status: "Selesai" },
} as const satisfies Record<string, { step: ExcelStep; status: "Berjalan" | "Selesai" }>;

export type ExcelCommand = keyof typeof EXCEL_COMMAND_STEPS;

/**
 * The new value of a step's property in the workbook: Berjalan (start now, unless it already
 * runs) or Selesai (finish now, keeping the start if the step was running). Returns only the
 * property that changes, e.g. `{ "LAKIP Langkah 2": "Selesai | ... " }`.
 */
export function recordExcelStep(
  props: Readonly<Record<string, string>>,
  /** 2-5; or 1, the Kepala's disposition, which LAKIP.html records in the format it makes. */
  step: ExcelStep | 1,
  who: Who,
  now: Date,
  note = "",
  status: "Berjalan" | "Selesai" = "Selesai",
): Record<string, string> {
  const prev = readStepRecords(props).get(step);
  const nowMinute = toMinuteTime(now);
  const keepStart = prev && prev.status === "Berjalan" && prev.startedAt ? prev.startedAt : null;
  const record: StepRecord = {
    status,
    startedAt: keepStart ?? nowMinute,
    finishedAt: status === "Selesai" ? nowMinute : null,
    who,
    note,
  };
  return { [propertyName(step)]: encodeStepProperty(record) };
}

/** `recordExcelStep` for one of the Excel commands. */
export function recordExcelCommand(
  props: Readonly<Record<string, string>>,
  command: ExcelCommand,
  who: Who,
  now: Date,
  note = "",
): Record<string, string> {
  const { step, status } = EXCEL_COMMAND_STEPS[command];
  return recordExcelStep(props, step, who, now, note, status);
}

export const WORKBOOK_SOURCE = "buku kerja";
const IMPORT_ACTOR: Who = { name: "Buku kerja Excel", role: "impor" };

function lastStepEventTime(history: readonly HistoryEvent[], step: StepNumber): number {
  let t = -Infinity;
  for (const e of history) if (e.step === step) t = Math.max(t, parseTime(e.at) || -Infinity);
  return t;
}

function recordTime(r: StepRecord): number {
  const t = r.finishedAt ?? r.startedAt;
  return t ? parseTime(t) : NaN;
}

function sameRecord(state: TrackerState, step: StepNumber, r: StepRecord): boolean {
  const s = stepOf(state, step);
  return encodeStepProperty({ ...s, note: "", who: null }) === encodeStepProperty({ ...r, note: "", who: null });
}

export interface WorkbookMergeResult {
  history: HistoryEvent[];
  state: TrackerState;
  /** Steps whose record was carried into the document. */
  imported: StepNumber[];
  /** Steps whose record was not taken, with why (Bahasa Indonesia). */
  skipped: { step: StepNumber; reason: string }[];
}

/**
 * Carries the workbook's records of steps 1-5 (1: the disposition LAKIP.html records with the format) into a document history: a record is imported
 * (an "import" event, its id a hash of the record so importing twice adds nothing) unless the
 * document already shows the same, or the document changed the step after the workbook did.
 * A record marked Selesai before its prerequisite is Selesai in the document gets a recorded reason.
 */
export function mergeWorkbookRecords(
  docHistory: readonly HistoryEvent[],
  workbookProps: Readonly<Record<string, string>>,
  now: Date,
): WorkbookMergeResult {
  const records = readStepRecords(workbookProps);
  let history = docHistory.slice().sort(compareEvents);
  let state = foldHistory(history);
  const imported: StepNumber[] = [];
  const skipped: { step: StepNumber; reason: string }[] = [];
  for (const step of [1, 2, 3, 4, 5] as const) {
    const raw = records.get(step);
    if (!raw) continue;
    const record = sanitizeRecord(raw);
    if (record.status === "Belum") continue;
    const id = `xl-${step}-${contentHash(encodeStepProperty(record))}`;
    if (history.some((e) => e.id === id) || sameRecord(state, step, record)) continue;
    const rt = recordTime(record);
    if (!Number.isNaN(rt) && lastStepEventTime(history, step) > rt + 59999) {
      skipped.push({ step, reason: `Langkah ${step} sudah diubah di dokumen setelah tercatat di buku kerja.` });
      continue;
    }
    const block = record.status === "Selesai" ? finishBlockReason(state, step) : null;
    const reason = block ? `Tercatat Selesai di buku kerja Excel. ${block}` : undefined;
    const r = applyAction(
      state,
      { type: "import", step, actor: IMPORT_ACTOR, record, source: WORKBOOK_SOURCE, reason },
      now,
    );
    if ("error" in r) {
      skipped.push({ step, reason: r.error });
      continue;
    }
    const event: HistoryEvent = { ...r.event, id };
    history = [...history, event].sort(compareEvents);
    state = foldHistory(history);
    imported.push(step);
  }
  return { history, state, imported, skipped };
}

export const REPORT_ACTOR: Who = { name: "lakip report", role: "perintah baris" };

/**
 * What `lakip report` puts in the document it writes: the existing history (of the template, if
 * any) with the workbook's steps 2-5 carried over and step 6 marked Selesai.
 */
export function reportTracker(
  existingHistory: readonly HistoryEvent[],
  workbookProps: Readonly<Record<string, string>>,
  now: Date,
  /** Who made the document (default: `lakip report`); LAKIP.html passes its user. */
  actor: Who = REPORT_ACTOR,
): { history: HistoryEvent[]; state: TrackerState; properties: Record<string, string> } {
  const merged = mergeWorkbookRecords(existingHistory, workbookProps, now);
  let { history, state } = merged;
  if (stepOf(state, 6).status !== "Selesai") {
    const block = finishBlockReason(state, 6);
    const made = actor === REPORT_ACTOR ? "lakip report" : "LAKIP.html";
    const reason = block ? `Dokumen dibuat dengan ${made}. ${block}` : undefined;
    const r = applyAction(state, { type: "finish", step: 6, actor, reason }, now);
    if (!("error" in r)) {
      history = [...history, r.event].sort(compareEvents);
      state = foldHistory(history);
    }
  }
  return { history, state, properties: trackerProperties(state) };
}

/** The eight property values `lakip report` writes (a new document): workbook steps 2-5 carried over, step 6 Selesai. */
export function reportTrackerProperties(
  workbookProps: Readonly<Record<string, string>>,
  now: Date,
): Record<string, string> {
  return reportTracker([], workbookProps, now).properties;
}
