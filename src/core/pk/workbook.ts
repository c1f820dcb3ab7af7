/**
 * The workbook as the Perjanjian Kinerja reads it (spec 5.2, 6 `lakip pk`). A PK is made in
 * January, before any realisasi exists: every blank Realisasi cell of an indicator row (and of an
 * Anggaran row) is read as a placeholder, and the findings at those cells (the blank cell itself,
 * and what the engine derives from it: capaian, ZERO_REALISASI, EXTREME_CAPAIAN, a quarter's
 * mismatch) are not findings for the PK. Any other finding stays.
 *
 * It also reads the Rencana Aksi columns (spec 2.2: `Target TW I` ... `Target TW IV`,
 * `Rencana Aksi TW I` ... `Rencana Aksi TW IV`; `Triwulan` and 1-4 read as well) straight from the
 * grid, by indicator row: the quarter columns of the engine's model are another engineer's work in
 * progress, and the PK needs only their text as typed.
 */
import { a1, type Cell, type SheetGrid, type WorkbookGrid } from "../grid";
import { formatNumber } from "../format/number";
import { ANGGARAN_COLUMNS, findHeaderRow, headerCells, INDICATOR_COLUMNS } from "../read/headers";
import { NON_INDICATOR_SHEETS } from "../read/indicators";
import { RESERVED_SHEET_KEYS } from "../read/reservedSheets";
import { cellText, SheetView } from "../read/sheetView";
import { normalizeLabel, tidyText } from "../text";

/** "sheet\u0000A1" of every Realisasi cell read as a placeholder, and "sheet\u0000row" (1-based) of its row. */
export type FilledCells = Set<string>;

export const cellKey = (sheet: string, address: string): string => `${sheet}\u0000${address}`;

/** A copy of `grid` with every blank Realisasi cell of a data row set to 0, and the cells so set. */
export function withPlaceholderRealisasi(grid: WorkbookGrid): { grid: WorkbookGrid; filled: FilledCells } {
  const filled: FilledCells = new Set();
  const sheets = (grid?.sheets ?? []).map((s): SheetGrid => {
    if (!s || !Array.isArray(s.rows)) return s;
    const key = normalizeLabel(s.name);
    const view = new SheetView(s);
    let header: { row: number; anchor: number; realisasi: number } | undefined;
    if (key === "anggaran") {
      const h = findHeaderRow(view, ANGGARAN_COLUMNS, ["program", "pagu", "realisasi"], "program").full;
      if (h) header = { row: h.row, anchor: h.columns.program!, realisasi: h.columns.realisasi! };
    } else if (!NON_INDICATOR_SHEETS.has(key) && !RESERVED_SHEET_KEYS.has(key)) {
      const h = findHeaderRow(view, INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator").full;
      if (h) header = { row: h.row, anchor: h.columns.indikator!, realisasi: h.columns.realisasi! };
    }
    if (!header) return s;
    const rows = s.rows.map((r) => (r ? [...r] : r)) as (Cell | null | undefined)[][];
    for (let r = header.row + 1; r <= view.lastRow; r++) {
      if (cellText(view.get(r, header.anchor)).trim() === "") continue;
      if (view.get(r, header.realisasi) !== undefined) continue;
      const row = rows[r] ?? (rows[r] = []);
      row[header.realisasi] = { t: "n", v: 0 };
      filled.add(cellKey(s.name, a1(r, header.realisasi)));
      filled.add(cellKey(s.name, String(r + 1)));
    }
    return { ...s, rows };
  });
  return { grid: { ...grid, sheets }, filled };
}

/** One indicator row's Rencana Aksi (spec 2.2), texts as typed ("" where blank). */
export interface RencanaAksi {
  /** Target TW I-IV as text (numbers in id-ID notation). */
  target: [string, string, string, string];
  /** Rencana Aksi TW I-IV. */
  aksi: [string, string, string, string];
}

const QUARTER = /^(target|rencana aksi) (?:tw|triwulan|trw)\.? ?(iv|iii|ii|i|1|2|3|4)$/;
const ROMAN: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

function quarterText(cell: Cell | undefined): string {
  if (!cell || cell.t === "e") return "";
  if (cell.t === "n") {
    const pct = cell.f && /%/.test(cell.f.replace(/"[^"]*"/g, ""));
    return formatNumber(pct ? cell.v * 100 : cell.v);
  }
  return tidyText(cellText(cell));
}

/**
 * The Rencana Aksi of every indicator row, by `cellKey(sheet, "row")` (row 1-based), for the
 * sheets that hold at least one Target TW or Rencana Aksi TW column; empty map when none does.
 */
export function readRencanaAksi(grid: WorkbookGrid): Map<string, RencanaAksi> {
  const out = new Map<string, RencanaAksi>();
  for (const s of grid?.sheets ?? []) {
    if (!s || !Array.isArray(s.rows)) continue;
    const key = normalizeLabel(s.name);
    if (NON_INDICATOR_SHEETS.has(key) || RESERVED_SHEET_KEYS.has(key) || key === "anggaran") continue;
    const view = new SheetView(s);
    const h = findHeaderRow(view, INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator").full;
    if (!h) continue;
    const cols: { kind: "target" | "aksi"; q: number; col: number }[] = [];
    for (const [col, text] of headerCells(view, h.row)) {
      const m = QUARTER.exec(normalizeLabel(text));
      if (m) cols.push({ kind: m[1] === "target" ? "target" : "aksi", q: ROMAN[m[2]], col });
    }
    if (cols.length === 0) continue;
    const indikatorCol = h.columns.indikator!;
    for (let r = h.row + 1; r <= view.lastRow; r++) {
      if (cellText(view.get(r, indikatorCol)).trim() === "") continue;
      const ra: RencanaAksi = { target: ["", "", "", ""], aksi: ["", "", "", ""] };
      for (const c of cols) {
        const text = quarterText(view.get(r, c.col));
        if (text && !ra[c.kind][c.q]) ra[c.kind][c.q] = text;
      }
      out.set(cellKey(s.name, String(r + 1)), ra);
    }
  }
  return out;
}
