/**
 * Indonesian number notation, the way published reports print it (spec section 2.2):
 * `.` groups thousands, `,` is the decimal mark; a leading `Rp`, a trailing `%` and a trailing
 * word equal to the row's Satuan are dropped; ranges `a - b` for targets.
 */
import type { Cell } from "../grid";
import { normalizeLabel } from "../text";
import { isDateFormat, isPercentFormat } from "./numberFormat";

export type ParsedText = { ok: true; value: number } | { ok: false };

const MINUS = /^[-\u2212\u2013]/;

/** Strips Rp, %, and a trailing Satuan word; returns the bare numeric text (sign included). */
function stripDecorations(text: string, satuan?: string): string {
  let s = text.replace(/\u00a0/g, " ").trim();
  let sign = "";
  if (MINUS.test(s)) {
    sign = "-";
    s = s.slice(1).trim();
  }
  s = s.replace(/^rp\.?\s*/i, "");
  if (!sign && MINUS.test(s)) {
    sign = "-";
    s = s.slice(1).trim();
  }
  if (satuan) {
    const unit = normalizeLabel(satuan);
    if (unit && unit !== "%") {
      const lower = s.toLowerCase().replace(/\s+/g, " ");
      if (lower.endsWith(unit) && lower.length > unit.length) {
        const before = s.slice(0, s.length - unit.length);
        if (/[\d\s]$/.test(before)) s = before.trim();
      }
    }
  }
  s = s.replace(/\s*%$/, "");
  return sign + s.trim();
}

/** Parses a bare numeric body: digits with Indonesian grouping and decimal mark. */
function parseBody(body: string): number | undefined {
  let sign = 1;
  let s = body;
  if (s.startsWith("-")) {
    sign = -1;
    s = s.slice(1);
  }
  if (s === "") return undefined;
  let normalized: string;
  if (/^\d+$/.test(s)) {
    normalized = s;
  } else if (s.includes(",")) {
    // `,` is the decimal mark; dots may only group thousands
    const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
    if (!m) return undefined;
    normalized = m[1].replace(/\./g, "") + (m[2] !== undefined ? "." + m[2] : "");
  } else if (/^\d{1,3}(?:\.\d{3})+$/.test(s) && !/^0\./.test(s)) {
    normalized = s.replace(/\./g, ""); // 1.234 and 1.500.000 group thousands
  } else if (/^\d+\.\d+$/.test(s)) {
    normalized = s; // 85.5 or 0.025: a decimal point typed by habit
  } else {
    return undefined;
  }
  const v = Number(normalized);
  return Number.isFinite(v) ? sign * v : undefined;
}

/** Parses a text number in Indonesian notation ("85,5%", "Rp 1.500.000", "2 Lap" with Satuan Lap). */
export function parseIndonesianNumber(text: string, satuan?: string): ParsedText {
  const v = parseBody(stripDecorations(text, satuan));
  return v === undefined ? { ok: false } : { ok: true, value: v };
}

const RANGE_SEPARATORS = /\s*(?:s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|[-\u2013\u2014])\s*/gi;

/** Parses a range target "80 - 90%", "7-8 bulan", "80 s.d. 90", "80 sampai 90"; bounds sorted. */
export function parseRange(text: string, satuan?: string): [number, number] | undefined {
  const s = text.replace(/\u00a0/g, " ").trim();
  RANGE_SEPARATORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE_SEPARATORS.exec(s)) !== null) {
    if (m.index === 0) continue; // a leading minus is a sign, not a separator
    const left = s.slice(0, m.index);
    const right = s.slice(m.index + m[0].length);
    if (!right) break;
    const a = parseIndonesianNumber(left, satuan);
    const b = parseIndonesianNumber(right, satuan);
    if (a.ok && b.ok) return a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
  }
  return undefined;
}

export type NumericRead =
  | { kind: "blank" }
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "range"; value: [number, number] }
  | { kind: "not-a-number"; shown: string }
  | { kind: "error"; value: string };

/** Reads a cell of a numeric column (spec 2.2); `allowRange` for Target. */
export function readNumericCell(cell: Cell | undefined, satuan: string | undefined, allowRange: boolean): NumericRead {
  if (!cell) return { kind: "blank" };
  switch (cell.t) {
    case "n":
      if (isDateFormat(cell.f)) return { kind: "not-a-number", shown: "tanggal" };
      if (!Number.isFinite(cell.v)) return { kind: "not-a-number", shown: String(cell.v) };
      if (isPercentFormat(cell.f)) {
        const value = cell.v * 100;
        // a percent cell of more than 1e306: not a number a capaian can be made of
        if (!Number.isFinite(value)) return { kind: "not-a-number", shown: String(cell.v) };
        return { kind: "number", value, fromText: false };
      }
      return { kind: "number", value: cell.v, fromText: false };
    case "s": {
      const text = cell.v.trim();
      if (text === "") return { kind: "blank" };
      const parsed = parseIndonesianNumber(text, satuan);
      if (parsed.ok) return { kind: "number", value: parsed.value, fromText: true };
      if (allowRange) {
        const range = parseRange(text, satuan);
        if (range) return { kind: "range", value: range };
      }
      return { kind: "not-a-number", shown: text };
    }
    case "b":
      return { kind: "not-a-number", shown: cell.v ? "TRUE" : "FALSE" };
    case "d":
      return { kind: "not-a-number", shown: "tanggal" };
    case "e":
      return { kind: "error", value: cell.v };
  }
}
