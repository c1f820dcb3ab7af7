/**
 * The per-step custom property (spec section 7): `LAKIP Langkah N` =
 * "Status | mulai | selesai | nama, jabatan | catatan", each time as a local minute
 * ("2026-11-24T10:15") or "-", who as "name, role" or "-", the note or "-"; at most 255
 * characters in all. When too long, the note is shortened first (ending in "…"), then the name
 * (to 80 characters) and role (to 40); the status and time fields are never cut.
 *
 * Text is made safe for the format: control characters and line breaks become spaces, "|" in
 * a name or role becomes "/", a comma in a role becomes a space (the role is what follows the
 * last ", ", so a name may keep its commas: "Budi Santoso, S.E., M.M., Kasubag Program"). An
 * empty role is written "-" ("Budi, -"), so that a name with a degree is not read as a role.
 */
import { STEP_NUMBERS, type StepNumber, type Who } from "./steps";
import type { StepRecord, StepState, StepStatus, TrackerState } from "./state";
import { toMinuteTime } from "./time";

export const PROPERTY_MAX = 255;
export const NAME_MAX = 80;
export const ROLE_MAX = 40;
const SEP = " | ";

export function propertyName(n: StepNumber): string {
  return `LAKIP Langkah ${n}`;
}

export const PROPERTY_NAMES: readonly string[] = STEP_NUMBERS.map(propertyName);

// eslint-disable-next-line no-control-regex -- a property value is one line: control characters become spaces
const LINE_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

function oneLine(s: string): string {
  return s.replace(LINE_BREAKING, " ").replace(/\s+/g, " ").trim();
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair, adding "…" when cut. */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return "";
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out.trimEnd() + "…";
}

function sanitizeName(s: string): string {
  const t = oneLine(s).replace(/\|/g, "/");
  return t === "-" ? "" : t;
}

function sanitizeRole(s: string): string {
  const t = oneLine(s.replace(/\|/g, "/").replace(/,/g, " "));
  return t === "-" ? "" : t;
}

function sanitizeNote(s: string): string {
  const t = oneLine(s);
  return t === "-" ? "" : t;
}

function timeField(t: string | null): string {
  if (!t) return "-";
  const m = toMinuteTime(t);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(m) ? m : "-";
}

/** A step (or a record) as its property value, at most 255 characters. */
export function encodeStepProperty(step: StepState | StepRecord): string {
  const head = [step.status, timeField(step.startedAt), timeField(step.finishedAt)].join(SEP) + SEP;
  let who = "-";
  if (step.who) {
    const name = truncateText(sanitizeName(step.who.name), NAME_MAX);
    const role = truncateText(sanitizeRole(step.who.role), ROLE_MAX);
    if (name) who = `${name}, ${role || "-"}`;
  }
  const room = PROPERTY_MAX - head.length - who.length - SEP.length;
  const note = truncateText(sanitizeNote(step.note), room) || "-";
  return head + who + SEP + note;
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Reads a property value back; null when it is not a tracker value. */
export function decodeStepProperty(text: string): StepRecord | null {
  // the first four separators are exact; the note (the rest) may itself hold " | "
  let parts = text.trim().split(SEP);
  if (parts.length < 5) parts = text.trim().split("|");
  if (parts.length < 5) return null;
  parts = [...parts.slice(0, 4).map((p) => p.trim()), parts.slice(4).join(SEP)];
  const statusWord = parts[0].toLowerCase();
  const status = (["Belum", "Berjalan", "Selesai"] as StepStatus[]).find((s) => s.toLowerCase() === statusWord);
  if (!status) return null;
  const time = (f: string): string | null | undefined => (f === "-" || f === "" ? null : TIME.test(f) ? f : undefined);
  const startedAt = time(parts[1]);
  const finishedAt = time(parts[2]);
  if (startedAt === undefined || finishedAt === undefined) return null;
  let who: Who | null = null;
  const w = parts[3];
  if (w && w !== "-") {
    const cut = w.lastIndexOf(",");
    who =
      cut < 0
        ? { name: w, role: "" }
        : { name: w.slice(0, cut).trim(), role: w.slice(cut + 1).trim() === "-" ? "" : w.slice(cut + 1).trim() };
  }
  const noteText = parts[4].trim();
  return { status, startedAt, finishedAt, who, note: noteText === "-" ? "" : noteText };
}

/** What encode keeps of a record's fields (what decode gives back when nothing was shortened). */
export function sanitizeRecord(r: StepRecord): StepRecord {
  const name = r.who ? sanitizeName(r.who.name) : "";
  return {
    status: r.status,
    startedAt: timeField(r.startedAt) === "-" ? null : timeField(r.startedAt),
    finishedAt: timeField(r.finishedAt) === "-" ? null : timeField(r.finishedAt),
    who: r.who && name ? { name, role: sanitizeRole(r.who.role) } : null,
    note: sanitizeNote(r.note),
  };
}

/** The eight property values of a state. */
export function trackerProperties(state: TrackerState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of state.steps) out[propertyName(s.number)] = encodeStepProperty(s);
  return out;
}

/** The step records found in a set of properties (keys matched case-insensitively). */
export function readStepRecords(props: Readonly<Record<string, string>>): Map<StepNumber, StepRecord> {
  const out = new Map<StepNumber, StepRecord>();
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.trim().toLowerCase(), v]));
  for (const n of STEP_NUMBERS) {
    const v = lower.get(propertyName(n).toLowerCase());
    if (typeof v !== "string") continue;
    const r = decodeStepProperty(v);
    if (r) out.set(n, r);
  }
  return out;
}
