/**
 * The raw shape of a filled workbook's sheets, for the tools that copy and compare workbooks
 * (next year's format, the unit files of SOP step 3, Himpun from files): where the header row
 * is, which column holds what, the earlier-year columns (`Target YYYY` / `Realisasi YYYY`,
 * spec 2.2) and `Standar Nasional`, and cell values as layout cells. Pure.
 */
import { isBlank, type Cell, type SheetGrid, type WorkbookGrid } from "../grid";
import {
  ANGGARAN_COLUMNS,
  INDICATOR_COLUMNS,
  findHeaderRow,
  type AnggaranColumn,
  type IndicatorColumn,
} from "../read/headers";
import { NON_INDICATOR_SHEETS } from "../read/indicators";
import { isPercentFormat } from "../read/numberFormat";
import { readNumericCell } from "../read/numbers";
import { SheetView, cellText } from "../read/sheetView";
import { normalizeLabel, tidyText } from "../text";
import type { LayoutCell, StyleName } from "./layoutTypes";

/** Sheets that are never unit sheets: the add-in's own (spec 2.2) and the pane's bookkeeping sheets. */
export const SYSTEM_SHEETS = new Set([...NON_INDICATOR_SHEETS, "pengaturan", "history", "_lakip_sorotan"]);

/** The cells a unit fills in its own file (SOP step 3); every other cell of its sheet is locked. */
export const OPEN_KEYS = ["realisasi", "keterangan", "faktorPendukung", "faktorPenghambat", "upayaPerbaikan"] as const;
export type OpenKey = (typeof OPEN_KEYS)[number];

/** The columns a unit must leave as the master has them (the Perjanjian Kinerja's content). */
export const LOCKED_KEYS = ["sasaran", "satuan", "polaritas", "target", "targetAkhirRenstra"] as const;

export interface YearColumn {
  tahun: number;
  kind: "target" | "realisasi";
  col: number;
  /** The header as written. */
  header: string;
}

/**
 * `Target 2024` -> { tahun: 2024, kind: "target" }, `Realisasi 2024` likewise, and
 * `Realisasi Tahun Lalu` -> Realisasi of Tahun - 1 (spec 2.2). Case and spacing as the spec's
 * matching rule; undefined for any other header.
 */
export function yearHeader(
  text: string,
  tahun: number | null,
): { tahun: number; kind: "target" | "realisasi" } | undefined {
  const t = normalizeLabel(text);
  if (t === "realisasi tahun lalu") return tahun === null ? undefined : { tahun: tahun - 1, kind: "realisasi" };
  const m = /^(target|realisasi) (\d{4})$/.exec(t);
  if (!m) return undefined;
  return { tahun: Number(m[2]), kind: m[1] === "target" ? "target" : "realisasi" };
}

/** The header text of an earlier year's column, exactly as spec 2.2 writes it. */
export function yearHeaderText(tahun: number, kind: "target" | "realisasi"): string {
  return `${kind === "target" ? "Target" : "Realisasi"} ${tahun}`;
}

export interface RawIndicatorSheet {
  name: string;
  view: SheetView;
  /** 0-based header row. */
  headerRow: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  standarNasional?: number;
  /** Earlier years' columns (year < Tahun), the first of each (year, kind). */
  years: YearColumn[];
  /** 0-based rows below the header whose Indikator cell is filled. */
  indicatorRows: number[];
  /** The last used row (0-based), -1 for an empty sheet. */
  lastRow: number;
}

/** Reads a unit sheet's shape; undefined when the sheet has no indicator header row (spec 2.2). */
export function readRawIndicatorSheet(sheet: SheetGrid, tahun: number | null): RawIndicatorSheet | undefined {
  const view = new SheetView(sheet);
  const header = findHeaderRow(view, INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator").full;
  if (!header) return undefined;
  const years: YearColumn[] = [];
  let standarNasional: number | undefined;
  const width = view.width(header.row + 1);
  for (let c = 0; c < width; c++) {
    const cell = view.raw(header.row, c);
    if (!cell || cell.t !== "s") continue;
    const label = normalizeLabel(cell.v);
    if (label === "standar nasional") {
      if (standarNasional === undefined) standarNasional = c;
      continue;
    }
    const y = yearHeader(cell.v, tahun);
    if (!y || (tahun !== null && y.tahun >= tahun)) continue;
    if (years.some((x) => x.tahun === y.tahun && x.kind === y.kind)) continue;
    years.push({ ...y, col: c, header: tidyText(cell.v) });
  }
  const indicatorRows: number[] = [];
  const ind = header.columns.indikator!;
  for (let r = header.row + 1; r <= view.lastRow; r++) if (view.get(r, ind)) indicatorRows.push(r);
  return {
    name: sheet.name,
    view,
    headerRow: header.row,
    columns: header.columns,
    standarNasional,
    years,
    indicatorRows,
    lastRow: view.lastRow,
  };
}

/** The unit sheets of a workbook (every non-system sheet with an indicator header row), in order. */
export function rawIndicatorSheets(grid: WorkbookGrid, tahun: number | null): RawIndicatorSheet[] {
  const out: RawIndicatorSheet[] = [];
  for (const sheet of grid.sheets) {
    if (SYSTEM_SHEETS.has(normalizeLabel(sheet.name))) continue;
    const raw = readRawIndicatorSheet(sheet, tahun);
    if (raw) out.push(raw);
  }
  return out;
}

export interface RawAnggaranSheet {
  name: string;
  view: SheetView;
  headerRow: number;
  columns: Partial<Record<AnggaranColumn, number>>;
  /** 0-based data rows (Program/Kegiatan filled). */
  rows: number[];
}

export function readRawAnggaran(grid: WorkbookGrid): RawAnggaranSheet | undefined {
  const sheet = sheetNamed(grid, "Anggaran");
  if (!sheet) return undefined;
  const view = new SheetView(sheet);
  const header = findHeaderRow(view, ANGGARAN_COLUMNS, ["program", "pagu", "realisasi"], "program").full;
  if (!header) return undefined;
  const rows: number[] = [];
  for (let r = header.row + 1; r <= view.lastRow; r++) if (view.get(r, header.columns.program!)) rows.push(r);
  return { name: sheet.name, view, headerRow: header.row, columns: header.columns, rows };
}

export function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  const key = normalizeLabel(name);
  return grid.sheets.find((s) => normalizeLabel(s.name) === key);
}

/** Excel's serial day number of an ISO date (1900 date system), for writing a date cell back. */
export function excelSerial(iso: string): number | undefined {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
  if (!Number.isFinite(ms)) return undefined;
  return ms / 86_400_000 + 25569;
}

/**
 * A grid cell as a layout cell (value and number format), for copying a sheet as it is: text as
 * text (never a formula), a number with its number format, a date as a date-formatted serial,
 * a boolean and an error value as their text.
 */
export function layoutCellOf(row: number, col: number, cell: Cell, style?: StyleName): LayoutCell {
  const base = { row, col, ...(style ? { style } : {}) };
  switch (cell.t) {
    case "n":
      return cell.f && cell.f !== "General" ? { ...base, value: cell.v, numFmt: cell.f } : { ...base, value: cell.v };
    case "s":
      return { ...base, value: cell.v };
    case "d": {
      const serial = excelSerial(cell.v);
      return serial === undefined
        ? { ...base, value: cell.v }
        : { ...base, value: serial, numFmt: cell.v.length > 10 ? "d mmmm yyyy hh:mm" : "d mmmm yyyy" };
    }
    case "b":
      return { ...base, value: cell.v ? "TRUE" : "FALSE" };
    case "e":
      return { ...base, value: cell.v };
  }
}

/**
 * A numeric value of an earlier year's cell as a plain number (a percent-formatted 0,855 is
 * 85,5, as spec 2.2 reads it); text (a range such as "80 - 90", a number typed as text) stays
 * the text it is. Undefined for a blank cell.
 */
export function plainValue(cell: Cell | undefined): string | number | undefined {
  if (!cell || isBlank(cell)) return undefined;
  if (cell.t === "n") return isPercentFormat(cell.f) ? cell.v * 100 : cell.v;
  return cellText(cell);
}

/** Whether two cells mean the same value in a numeric column (number formats and text notation aside). */
export function sameNumeric(a: Cell | undefined, b: Cell | undefined, satuan: string | undefined): boolean {
  const x = readNumericCell(a, satuan, true);
  const y = readNumericCell(b, satuan, true);
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case "blank":
      return true;
    case "number":
      return y.kind === "number" && Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value));
    case "range":
      return y.kind === "range" && x.value[0] === y.value[0] && x.value[1] === y.value[1];
    case "not-a-number":
      return y.kind === "not-a-number" && normalizeLabel(x.shown) === normalizeLabel(y.shown);
    case "error":
      return y.kind === "error" && x.value === y.value;
  }
}

/** Whether two cells show the same text (white space and case folded). */
export function sameText(a: Cell | undefined, b: Cell | undefined): boolean {
  return normalizeLabel(cellText(a)) === normalizeLabel(cellText(b));
}

/** A cell's text for a message, shortened. */
export function shown(cell: Cell | undefined): string {
  const t = tidyText(cellText(cell));
  if (t === "") return "(kosong)";
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line: Excel and
 * LibreOffice keep a row at one line unless its height is written. About 1,15 characters per
 * unit of column width, 15 points per line; rows at or above `fromRow` are left alone.
 */
export function wrappedRowHeights(
  cells: readonly LayoutCell[],
  widths: readonly number[],
  fromRow: number,
): Record<number, number> {
  const lines = new Map<number, number>();
  for (const c of cells) {
    if (c.row < fromRow || typeof c.value !== "string" || c.value === "") continue;
    const perLine = Math.max(4, Math.floor((widths[c.col] ?? 10) * 1.15));
    const n = c.value.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    if (n > (lines.get(c.row) ?? 1)) lines.set(c.row, n);
  }
  const out: Record<number, number> = {};
  for (const [row, n] of lines) out[row] = Math.min(409, n * 15);
  return out;
}

/** The Tahun of a workbook's Identitas (column A label "Tahun", value in B), or null. */
export function identitasTahun(grid: WorkbookGrid): number | null {
  const sheet = sheetNamed(grid, "Identitas");
  if (!sheet) return null;
  for (const row of sheet.rows) {
    const label = row?.[0];
    if (!label || label.t !== "s" || normalizeLabel(label.v).replace(/\s*:$/, "") !== "tahun") continue;
    const v = row?.[1];
    const n = v?.t === "n" ? v.v : v?.t === "s" ? Number(v.v.trim()) : NaN;
    return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
  }
  return null;
}
