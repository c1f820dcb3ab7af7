/**
 * The full history as XML, kept in the document as a custom XML part (Word) or a customXml
 * part of the .docx/.xlsx package (files). One empty element per event, every field an
 * attribute, all text escaped:
 *
 *   <lakipSop xmlns="urn:lakip:sop:riwayat:1" versi="1">
 *     <peristiwa id="..." seq="0" at="2026-11-24T10:15:30.123+07:00" step="1" action="start"
 *                actorName="..." actorRole="..." [reason whoName whoRole note source
 *                recStatus recStart recFinish recWhoName recWhoRole recNote]/>
 *   </lakipSop>
 *
 * The reader is tolerant of what Word may do to a stored part (a namespace prefix, single
 * quotes, other white space) and skips an element it cannot read rather than failing.
 */
import { isStepNumber, type Who } from "./steps";
import { STATUSES, type EventAction, type HistoryEvent, type StepRecord, type StepStatus } from "./state";

export const HISTORY_NAMESPACE = "urn:lakip:sop:riwayat:1";

/** Escapes text for an XML attribute value (or element text); drops characters XML 1.0 cannot hold. */
// eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these control characters: they are dropped
const NOT_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  return dropLoneSurrogates(s)
    .replace(NOT_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function dropLoneSurrogates(s: string): string {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      }
    } else if (c < 0xdc00 || c > 0xdfff) out += s[i];
  }
  return out;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ent: string) => {
    switch (ent) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    }
  });
}

const ACTIONS: readonly EventAction[] = ["start", "finish", "override", "reopen", "assign", "note", "import"];

function attr(name: string, value: string | number | undefined | null): string {
  return value === undefined || value === null ? "" : ` ${name}="${escapeXml(String(value))}"`;
}

export function serializeHistory(history: readonly HistoryEvent[]): string {
  const lines = history.map((e) => {
    let a =
      attr("id", e.id) +
      attr("seq", e.seq) +
      attr("at", e.at) +
      attr("step", e.step) +
      attr("action", e.action) +
      attr("actorName", e.actor.name) +
      attr("actorRole", e.actor.role);
    if (e.reason !== undefined) a += attr("reason", e.reason);
    if (e.who) a += attr("whoName", e.who.name) + attr("whoRole", e.who.role);
    if (e.note !== undefined) a += attr("note", e.note);
    if (e.source !== undefined) a += attr("source", e.source);
    if (e.record) {
      const r = e.record;
      a +=
        attr("recStatus", r.status) +
        attr("recStart", r.startedAt ?? "") +
        attr("recFinish", r.finishedAt ?? "") +
        attr("recWhoName", r.who?.name ?? "") +
        attr("recWhoRole", r.who?.role ?? "") +
        attr("recNote", r.note);
    }
    return `  <peristiwa${a}/>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<lakipSop xmlns="${HISTORY_NAMESPACE}" versi="1">\n` +
    lines.join("\n") +
    (lines.length ? "\n" : "") +
    `</lakipSop>\n`
  );
}

const ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?peristiwa\b((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export interface ParsedHistory {
  events: HistoryEvent[];
  /** Elements that could not be read (kept out of the state, reported to the user). */
  skipped: number;
}

/** True when the XML is a tracker history part (root element in our namespace). */
export function isHistoryXml(xml: string): boolean {
  return xml.includes(HISTORY_NAMESPACE) && /<(?:[\w.-]+:)?lakipSop\b/.test(xml);
}

export function parseHistory(xml: string): ParsedHistory {
  const events: HistoryEvent[] = [];
  let skipped = 0;
  for (const m of xml.matchAll(ELEMENT)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(ATTRIBUTE)) {
      const local = a[1].includes(":") ? a[1].slice(a[1].indexOf(":") + 1) : a[1];
      attrs.set(local, unescapeXml(a[2] ?? a[3] ?? ""));
    }
    const e = toEvent(attrs);
    if (e) events.push(e);
    else skipped++;
  }
  return { events, skipped };
}

function toEvent(a: Map<string, string>): HistoryEvent | null {
  const id = a.get("id");
  const at = a.get("at");
  const step = Number(a.get("step"));
  const action = a.get("action") as EventAction | undefined;
  const seq = Number(a.get("seq") ?? "0");
  if (!id || !at || !isStepNumber(step) || !action || !ACTIONS.includes(action) || !Number.isFinite(seq)) return null;
  const actor: Who = { name: a.get("actorName") ?? "", role: a.get("actorRole") ?? "" };
  const e: HistoryEvent = { id, seq, at, step, action, actor };
  if (a.has("reason")) e.reason = a.get("reason");
  if (a.has("whoName")) e.who = { name: a.get("whoName") ?? "", role: a.get("whoRole") ?? "" };
  if (a.has("note")) e.note = a.get("note");
  if (a.has("source")) e.source = a.get("source");
  if (a.has("recStatus")) {
    const status = a.get("recStatus") as StepStatus;
    if (!STATUSES.includes(status)) return null;
    const whoName = a.get("recWhoName") ?? "";
    const record: StepRecord = {
      status,
      startedAt: a.get("recStart") || null,
      finishedAt: a.get("recFinish") || null,
      who: whoName ? { name: whoName, role: a.get("recWhoRole") ?? "" } : null,
      note: a.get("recNote") ?? "",
    };
    e.record = record;
  }
  return e;
}
