/**
 * Pure planning of Validasi highlights: which cells get which fill, how the previous fills are
 * stored, and how cell addresses are chunked for `getRanges` (8,192 characters at most).
 */
import type { Finding, Severity } from "../model";
import { parseA1 } from "../grid";

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

/**
 * A stored original fill: "#RRGGBB", or "" for a cell that had no fill. `sheetId` is the
 * Worksheet.id (ExcelApi 1.1) of the sheet when it was highlighted: a sheet renamed since is
 * found again by it; a sheet deleted since is forgotten (issue 8, defect 5). Stores written
 * before (v1) have only the name.
 */
export interface StoredFill {
  sheet: string;
  cell: string;
  fill: string;
  sheetId?: string;
}

export function serializeStore(fills: readonly StoredFill[]): string {
  return JSON.stringify({ v: 2, cells: fills.map((f) => [f.sheetId ?? "", f.sheet, f.cell, f.fill]) });
}

/** The stored fills; [] for a missing or unreadable store (never throws). Reads v1 and v2. */
export function parseStore(text: unknown): StoredFill[] {
  if (typeof text !== "string" || text === "") return [];
  try {
    const data = JSON.parse(text) as { v?: unknown; cells?: unknown };
    if ((data.v !== 1 && data.v !== 2) || !Array.isArray(data.cells)) return [];
    const width = data.v === 1 ? 3 : 4;
    const out: StoredFill[] = [];
    for (const c of data.cells) {
      if (!Array.isArray(c) || c.length !== width || !c.every((x) => typeof x === "string")) continue;
      const [sheetId, sheet, cell, fill] = (data.v === 1 ? ["", ...c] : c) as string[];
      if (parseA1(cell)) out.push(sheetId ? { sheetId, sheet, cell, fill } : { sheet, cell, fill });
    }
    return out;
  } catch {
    return [];
  }
}

export interface SheetRef {
  id: string;
  name: string;
}

/**
 * Where stored fills are now: each entry on the sheet with its id (renamed or not) or, for an
 * entry without an id, with its name. Entries whose sheet is gone are returned in `gone` (their
 * sheet names once each), to be forgotten and told to the user. Worksheet ids change when the
 * workbook is reopened (office-js issue 1390): an entry whose id is unknown but whose sheet name
 * is there is returned in `byName`, for the caller to restore only where its highlight still is.
 */
export function resolveStore(
  stored: readonly StoredFill[],
  sheets: readonly SheetRef[],
): { fills: StoredFill[]; gone: string[]; byName: StoredFill[] } {
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const named = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const fills: StoredFill[] = [];
  const byName: StoredFill[] = [];
  const gone = new Set<string>();
  for (const f of stored) {
    const now = f.sheetId ? byId.get(f.sheetId) : named.get(f.sheet.toLowerCase());
    const sameName = !now && f.sheetId ? named.get(f.sheet.toLowerCase()) : undefined;
    if (now) fills.push({ sheetId: now.id, sheet: now.name, cell: f.cell, fill: f.fill });
    else if (sameName) byName.push({ sheetId: sameName.id, sheet: sameName.name, cell: f.cell, fill: f.fill });
    else gone.add(f.sheet);
  }
  return { fills, gone: [...gone], byName };
}

/** The Indonesian note for highlights forgotten because their sheets are gone. */
export function goneNote(gone: readonly string[]): string[] {
  if (gone.length === 0) return [];
  return [
    `Sorotan lama di sheet ${gone.map((g) => `"${g}"`).join(", ")} dilupakan karena sheet itu sudah tidak ada (dihapus). Sheet lain tidak terpengaruh.`,
  ];
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
