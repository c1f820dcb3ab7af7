/**
 * Pure planning of Validasi highlights: which cells get which fill, how the previous fills are
 * stored, and how cell addresses are chunked for `getRanges` (8,192 characters at most).
 */
import type { Finding, Severity } from "../../core/model";
import { parseA1 } from "../../core/grid";

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";
/** Workbook setting (Excel.SettingCollection) that holds the fills before highlighting. */
export const HIGHLIGHT_SETTING = "lakip.sorotan.v1";
/** `getRanges` accepts at most 8,192 characters; keep a margin. */
export const MAX_ADDRESS_CHARS = 8000;

export interface HighlightTarget {
  sheet: string;
  cell: string;
  severity: Severity;
}

/** One target per cell (an error wins over a warning), in finding order. */
export function highlightTargets(findings: readonly Finding[]): HighlightTarget[] {
  const byKey = new Map<string, HighlightTarget>();
  for (const f of findings) {
    if (!f.cell || !parseA1(f.cell)) continue;
    const key = `${f.sheet}\u0000${f.cell.toUpperCase()}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, { sheet: f.sheet, cell: f.cell.toUpperCase(), severity: f.severity });
    else if (f.severity === "error") prev.severity = "error";
  }
  return [...byKey.values()];
}

export function fillOf(severity: Severity): string {
  return severity === "error" ? ERROR_FILL : WARNING_FILL;
}

/** A stored original fill: "#RRGGBB", or "" for a cell that had no fill. */
export interface StoredFill {
  sheet: string;
  cell: string;
  fill: string;
}

export function serializeStore(fills: readonly StoredFill[]): string {
  return JSON.stringify({ v: 1, cells: fills.map((f) => [f.sheet, f.cell, f.fill]) });
}

/** The stored fills; [] for a missing or unreadable store (never throws). */
export function parseStore(text: unknown): StoredFill[] {
  if (typeof text !== "string" || text === "") return [];
  try {
    const data = JSON.parse(text) as { v?: unknown; cells?: unknown };
    if (data.v !== 1 || !Array.isArray(data.cells)) return [];
    const out: StoredFill[] = [];
    for (const c of data.cells) {
      if (Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === "string") && parseA1(c[1]))
        out.push({ sheet: c[0], cell: c[1], fill: c[2] });
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * Normalises what Office.js reports: no fill -> "". With the pattern (ExcelApi 1.9) "None" is
 * no fill; without it Excel reports a cell with no fill as white, so white is taken as no fill.
 */
export function normalizeFill(color: string | null | undefined, pattern?: string | null): string {
  if (pattern === "None") return "";
  if (!color) return "";
  const c = color.toUpperCase();
  if (pattern === undefined && c === "#FFFFFF") return "";
  return /^#[0-9A-F]{6}$/.test(c) ? c : "";
}

/** Joins addresses with "," into chunks of at most `max` characters (for Worksheet.getRanges). */
export function chunkAddresses(addresses: readonly string[], max = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current === "") current = a;
    else if (current.length + 1 + a.length <= max) current += "," + a;
    else {
      chunks.push(current);
      current = a;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** Groups cells by sheet and fill: sheet -> fill -> addresses. */
export function groupFills(cells: readonly StoredFill[]): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const c of cells) {
    let bySheet = out.get(c.sheet);
    if (!bySheet) out.set(c.sheet, (bySheet = new Map()));
    let list = bySheet.get(c.fill);
    if (!list) bySheet.set(c.fill, (list = []));
    list.push(c.cell);
  }
  return out;
}
