/**
 * The tracker's rules. The state of the eight steps is the fold of an append-only history of
 * events; `applyAction` checks a user's action against the rules and yields the new state and
 * the event to append, or an error in Bahasa Indonesia.
 *
 * Rules:
 * - start: a step that is Belum (or none) becomes Berjalan; starting a Berjalan or Selesai step
 *   is refused (use "Buka lagi" for a Selesai one). Starting does not need earlier steps.
 * - finish: a Belum or Berjalan step becomes Selesai when every prerequisite (steps.ts) is
 *   Selesai; otherwise only with a reason, recorded as an "override" event.
 * - reopen ("Buka lagi"): a Selesai step becomes Berjalan again, refused while a step that needs
 *   it is Selesai (reopen that one first), so no Selesai step is left without its prerequisite.
 * - assign / note: change who does the step and its short note.
 * - import: a record carried from the workbook (steps 2-5 done in Excel).
 *
 * Folding is lenient: an event merged from another copy of the document that breaks a rule in
 * the merged order is still applied (history is never dropped) and reported in `conflicts`.
 */
import { STEPS, STEP_NUMBERS, stepDefinition, type StepNumber, type Who } from "./steps";
import { parseTime, toEventTime } from "./time";

export type StepStatus = "Belum" | "Berjalan" | "Selesai";
export const STATUSES: readonly StepStatus[] = ["Belum", "Berjalan", "Selesai"];

export interface StepState {
  number: StepNumber;
  status: StepStatus;
  /** Event time (or a local minute from a property); null before the step starts. */
  startedAt: string | null;
  finishedAt: string | null;
  /** Who does the step; null until assigned or started (the default pelaksana applies). */
  who: Who | null;
  note: string;
  /** The reason given when the step was marked Selesai without its prerequisites (or with open items). */
  override: string | null;
}

export interface Conflict {
  step: StepNumber;
  /** The event that broke a rule in the merged order, or null for a state-wide check. */
  eventId: string | null;
  message: string;
}

export interface TrackerState {
  steps: StepState[];
  /** Number of events folded: the next event's sequence number. */
  eventCount: number;
  conflicts: Conflict[];
}

/** A step's record as written in a property (spec section 7). */
export interface StepRecord {
  status: StepStatus;
  startedAt: string | null;
  finishedAt: string | null;
  who: Who | null;
  note: string;
}

export type EventAction = "start" | "finish" | "override" | "reopen" | "assign" | "note" | "import";

export interface HistoryEvent {
  /** Unique: a hash of the event's content and time. */
  id: string;
  /** Position in the history it was appended to (orders events of the same instant). */
  seq: number;
  /** Event time, local ISO with offset. */
  at: string;
  actor: Who;
  step: StepNumber;
  action: EventAction;
  /** Override / reopen / finish reason. */
  reason?: string;
  /** assign: the new pelaksana. */
  who?: Who;
  /** note: the new note. */
  note?: string;
  /** import: the record carried over. */
  record?: StepRecord;
  /** import: where the record came from ("buku kerja"). */
  source?: string;
}

export type SopAction =
  | { type: "start"; step: StepNumber; actor: Who }
  | { type: "finish"; step: StepNumber; actor: Who; reason?: string }
  | { type: "override"; step: StepNumber; actor: Who; reason: string }
  | { type: "reopen"; step: StepNumber; actor: Who; reason?: string }
  | { type: "assign"; step: StepNumber; actor: Who; who: Who }
  | { type: "note"; step: StepNumber; actor: Who; note: string }
  | { type: "import"; step: StepNumber; actor: Who; record: StepRecord; source: string; reason?: string };

export type ApplyResult = { state: TrackerState; event: HistoryEvent } | { error: string };

export const MAX_NOTE = 1000;
export const MAX_NAME = 120;
export const MAX_REASON = 1000;

export function initialState(): TrackerState {
  return {
    steps: STEP_NUMBERS.map((number) => ({
      number,
      status: "Belum" as StepStatus,
      startedAt: null,
      finishedAt: null,
      who: null,
      note: "",
      override: null,
    })),
    eventCount: 0,
    conflicts: [],
  };
}

export function stepOf(state: TrackerState, n: StepNumber): StepState {
  return state.steps[n - 1];
}

/** Prerequisites of step n that are not Selesai. */
export function missingPrerequisites(state: TrackerState, n: StepNumber): StepNumber[] {
  return stepDefinition(n).prasyarat.filter((p) => stepOf(state, p).status !== "Selesai");
}

/** Steps that need step n and are Selesai (they block reopening n). */
export function selesaiDependents(state: TrackerState, n: StepNumber): StepNumber[] {
  return STEPS.filter((s) => s.prasyarat.includes(n) && stepOf(state, s.number).status === "Selesai").map(
    (s) => s.number,
  );
}

function listSteps(ns: readonly StepNumber[]): string {
  const names = ns.map((n) => `langkah ${n}`);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
}

/** Why a step cannot be marked Selesai without a reason, or null when it can. */
export function finishBlockReason(state: TrackerState, n: StepNumber): string | null {
  const missing = missingPrerequisites(state, n);
  if (missing.length === 0) return null;
  return `Langkah ${n} memerlukan ${listSteps(missing)} berstatus Selesai terlebih dahulu.`;
}

// eslint-disable-next-line no-control-regex -- names and notes are one line: control characters become spaces
const CONTROL_CHARS = /[\u0000-\u001f\u007f]+/g;

function cleanText(s: string): string {
  return s.replace(CONTROL_CHARS, " ").replace(/\s+/g, " ").trim();
}

function cleanWho(w: Who): Who {
  return { name: cleanText(w.name), role: cleanText(w.role) };
}

/** Checks an action against the rules; null when allowed, else the message. */
export function checkAction(state: TrackerState, action: SopAction): string | null {
  if (!STEP_NUMBERS.includes(action.step)) return "Nomor langkah tidak dikenal (harus 1 sampai 8).";
  const s = stepOf(state, action.step);
  const n = action.step;
  switch (action.type) {
    case "start":
      if (s.status === "Berjalan") return `Langkah ${n} sudah berjalan.`;
      if (s.status === "Selesai")
        return `Langkah ${n} sudah Selesai. Gunakan "Buka lagi" untuk mengerjakannya kembali.`;
      return null;
    case "finish":
    case "override": {
      if (s.status === "Selesai") return `Langkah ${n} sudah Selesai.`;
      const reason = cleanText(action.reason ?? "");
      if (action.type === "override" && !reason) return "Alasan wajib diisi untuk mengabaikan aturan.";
      if (reason.length > MAX_REASON) return `Alasan terlalu panjang (paling banyak ${MAX_REASON} karakter).`;
      const block = finishBlockReason(state, n);
      if (block && !reason) return `${block} Isi alasan untuk mengabaikannya.`;
      return null;
    }
    case "reopen": {
      if (s.status !== "Selesai") return `Langkah ${n} belum Selesai, jadi tidak perlu dibuka lagi.`;
      const deps = selesaiDependents(state, n);
      if (deps.length > 0)
        return `Langkah ${n} tidak dapat dibuka lagi selama ${listSteps(deps)} berstatus Selesai. Buka lagi ${listSteps(deps)} terlebih dahulu.`;
      if (cleanText(action.reason ?? "").length > MAX_REASON)
        return `Alasan terlalu panjang (paling banyak ${MAX_REASON} karakter).`;
      return null;
    }
    case "assign": {
      const w = cleanWho(action.who);
      if (!w.name) return "Nama pelaksana wajib diisi.";
      if (w.name.length > MAX_NAME || w.role.length > MAX_NAME)
        return `Nama dan jabatan paling banyak ${MAX_NAME} karakter.`;
      return null;
    }
    case "note":
      if (action.note.length > MAX_NOTE) return `Catatan terlalu panjang (paling banyak ${MAX_NOTE} karakter).`;
      return null;
    case "import": {
      if (action.record.status === "Selesai") {
        const block = finishBlockReason(state, n);
        if (block && !cleanText(action.reason ?? "")) return block;
      }
      return null;
    }
  }
}

/** Applies an event to a state without checking the rules (the fold). */
function transition(state: TrackerState, e: HistoryEvent): TrackerState {
  const steps = state.steps.slice();
  const s = { ...steps[e.step - 1] };
  switch (e.action) {
    case "start":
      if (s.status !== "Berjalan") {
        s.status = "Berjalan";
        s.startedAt = e.at;
        s.finishedAt = null;
        s.override = null;
      }
      if (!s.who) s.who = e.actor;
      break;
    case "finish":
    case "override": {
      s.status = "Selesai";
      s.startedAt = s.startedAt ?? e.at;
      s.finishedAt = e.at;
      s.override = e.reason ? e.reason : null;
      if (!s.who) s.who = e.actor;
      break;
    }
    case "reopen":
      s.status = "Berjalan";
      s.finishedAt = null;
      s.override = null;
      break;
    case "assign":
      if (e.who) s.who = e.who;
      break;
    case "note":
      s.note = e.note ?? "";
      break;
    case "import":
      if (e.record) {
        s.status = e.record.status;
        s.startedAt = e.record.startedAt;
        s.finishedAt = e.record.status === "Selesai" ? e.record.finishedAt : null;
        s.who = e.record.who ?? s.who;
        s.note = e.record.note || s.note;
        s.override = e.record.status === "Selesai" && e.reason ? e.reason : null;
      }
      break;
  }
  steps[e.step - 1] = s;
  return { steps, eventCount: state.eventCount + 1, conflicts: state.conflicts };
}

function eventToAction(e: HistoryEvent): SopAction {
  switch (e.action) {
    case "start":
      return { type: "start", step: e.step, actor: e.actor };
    case "finish":
      return { type: "finish", step: e.step, actor: e.actor, reason: e.reason };
    case "override":
      return { type: "override", step: e.step, actor: e.actor, reason: e.reason ?? "" };
    case "reopen":
      return { type: "reopen", step: e.step, actor: e.actor, reason: e.reason };
    case "assign":
      return { type: "assign", step: e.step, actor: e.actor, who: e.who ?? { name: "", role: "" } };
    case "note":
      return { type: "note", step: e.step, actor: e.actor, note: e.note ?? "" };
    case "import":
      return {
        type: "import",
        step: e.step,
        actor: e.actor,
        record: e.record ?? { status: "Belum", startedAt: null, finishedAt: null, who: null, note: "" },
        source: e.source ?? "",
        reason: e.reason,
      };
  }
}

/** Applies one history event: checked against the rules, applied anyway, a conflict noted when it breaks one. */
export function applyEvent(state: TrackerState, e: HistoryEvent): TrackerState {
  const problem = checkAction(state, eventToAction(e));
  const next = transition(state, e);
  if (!problem) return next;
  return {
    ...next,
    conflicts: [
      ...next.conflicts,
      {
        step: e.step,
        eventId: e.id,
        message: `Perubahan oleh ${e.actor.name || "seseorang"} (${e.at.slice(0, 16).replace("T", " ")}) dari salinan lain bertentangan dengan aturan: ${problem}`,
      },
    ],
  };
}

/** Event order: by instant, then by sequence within the copy, then by id. */
export function compareEvents(a: HistoryEvent, b: HistoryEvent): number {
  const ta = parseTime(a.at) || 0;
  const tb = parseTime(b.at) || 0;
  if (ta !== tb) return ta - tb;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The state of a history: the fold of its events in order, then a check of the whole state. */
export function foldHistory(history: readonly HistoryEvent[]): TrackerState {
  const sorted = history.slice().sort(compareEvents);
  let state = initialState();
  for (const e of sorted) state = applyEvent(state, e);
  // a Selesai step whose prerequisite is not Selesai and which has no recorded reason
  const extra: Conflict[] = [];
  for (const s of state.steps) {
    if (s.status === "Selesai" && !s.override) {
      const missing = missingPrerequisites(state, s.number);
      if (missing.length > 0)
        extra.push({
          step: s.number,
          eventId: null,
          message: `Langkah ${s.number} Selesai, tetapi ${listSteps(missing)} belum Selesai (perubahan dari salinan lain).`,
        });
    }
  }
  return extra.length ? { ...state, conflicts: [...state.conflicts, ...extra] } : state;
}

/** FNV-1a, 32 bit, as 8 hex digits. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function contentHash(text: string): string {
  return fnv(text, 0x811c9dc5) + fnv(text, 0x050c5d1f);
}

function buildEvent(state: TrackerState, action: SopAction, now: Date): HistoryEvent {
  const at = toEventTime(now);
  const actor = cleanWho(action.actor);
  const base = { seq: state.eventCount, at, actor, step: action.step };
  let e: Omit<HistoryEvent, "id">;
  switch (action.type) {
    case "start":
      e = { ...base, action: "start" };
      break;
    case "finish":
    case "override": {
      const reason = cleanText(action.reason ?? "");
      const missing = missingPrerequisites(state, action.step).length > 0;
      e = {
        ...base,
        action: missing || action.type === "override" ? "override" : "finish",
        ...(reason ? { reason } : {}),
      };
      break;
    }
    case "reopen": {
      const reason = cleanText(action.reason ?? "");
      e = { ...base, action: "reopen", ...(reason ? { reason } : {}) };
      break;
    }
    case "assign":
      e = { ...base, action: "assign", who: cleanWho(action.who) };
      break;
    case "note":
      e = { ...base, action: "note", note: cleanText(action.note) };
      break;
    case "import": {
      const reason = cleanText(action.reason ?? "");
      e = { ...base, action: "import", record: action.record, source: action.source, ...(reason ? { reason } : {}) };
      break;
    }
  }
  const id = `${now.getTime().toString(36)}-${contentHash(JSON.stringify(e))}`;
  return { id, ...e };
}

/** Checks an action and yields the new state and the event to append, or an error in Bahasa Indonesia. */
export function applyAction(state: TrackerState, action: SopAction, now: Date): ApplyResult {
  const problem = checkAction(state, action);
  if (problem) return { error: problem };
  const event = buildEvent(state, action, now);
  return { state: applyEvent(state, event), event };
}

/** Appends an action to a history: the new history and state, or the error. */
export function appendAction(
  history: readonly HistoryEvent[],
  action: SopAction,
  now: Date,
): { history: HistoryEvent[]; state: TrackerState; event: HistoryEvent } | { error: string } {
  const r = applyAction(foldHistory(history), action, now);
  if ("error" in r) return r;
  const merged = [...history, r.event].sort(compareEvents);
  return { history: merged, state: foldHistory(merged), event: r.event };
}

/**
 * Merges two histories of copies of the same document: the union by event id, in event order.
 * Commutative, associative and idempotent; the state is the fold of the result.
 */
export function mergeHistories(a: readonly HistoryEvent[], b: readonly HistoryEvent[]): HistoryEvent[] {
  const byId = new Map<string, HistoryEvent>();
  for (const e of [...a, ...b]) {
    const prev = byId.get(e.id);
    if (!prev) byId.set(e.id, e);
    else if (JSON.stringify(e) < JSON.stringify(prev)) byId.set(e.id, e); // same id, different content: pick one deterministically
  }
  return [...byId.values()].sort(compareEvents);
}
