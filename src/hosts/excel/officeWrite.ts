/**
 * Writes with Office.js: Buat Format (the data-collection layout), Himpun (units' sheets and
 * Anggaran rows) and Rekap. Text is always written with the number format "@" set first, so
 * text starting with = + - @ stays text; large blocks are written in row chunks with a sync
 * whenever a request would grow past ~3 MB (Excel on the web refuses requests over 5 MB).
 */
import type { Cell } from "../../core/grid";
import { a1, columnLetters } from "../../core/grid";
import type { Analysis } from "../../core/model";
import {
  rangeA1,
  type CellStyle,
  type LayoutValidation,
  type SheetLayout,
  type WorkbookLayout,
} from "../../core/layout/formatLayout";
import type { HimpunWrite } from "./himpunPlan";
import { ExcelHostError, type FormatResult, type RekapResult } from "./port";
import { PRIVATE_SHEET_PREFIX } from "./officeRead";
import { REKAP_SHEET, buildRekapTable, type RekapRange, type RekapValue } from "./rekapTable";

/** Bytes per request before a sync is forced. */
const REQUEST_BUDGET = 3_000_000;
/** Rows per values/numberFormat write. */
const ROW_CHUNK = 500;

/** Counts the approximate size of pending writes and syncs before the request grows too big. */
export class WriteBudget {
  private pending = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(bytes: number): Promise<void> {
    this.pending += bytes;
    if (this.pending > REQUEST_BUDGET) {
      await this.context.sync();
      this.pending = 0;
    }
  }
}

const approxSize = (rows: readonly (readonly unknown[])[]) =>
  rows.reduce<number>((n, r) => n + JSON.stringify(r).length, 0);

/** Writes a block of values with their number formats (formats first), chunked by rows. */
export async function writeBlock(
  ws: Excel.Worksheet,
  top: number,
  left: number,
  values: readonly (readonly (string | number | boolean)[])[],
  formats: readonly (readonly string[])[],
  budget: WriteBudget,
): Promise<void> {
  const width = Math.max(0, ...values.map((r) => r.length));
  if (width === 0) return;
  for (let start = 0; start < values.length; start += ROW_CHUNK) {
    const v = values.slice(start, start + ROW_CHUNK).map((r) => padRow(r, width, ""));
    const f = formats.slice(start, start + ROW_CHUNK).map((r) => padRow(r, width, "General"));
    const address = `${a1(top + start, left)}:${a1(top + start + v.length - 1, left + width - 1)}`;
    const range = ws.getRange(address);
    range.numberFormat = f as string[][];
    range.values = v as (string | number | boolean)[][];
    await budget.add(approxSize(v) + approxSize(f));
  }
}

function padRow<T>(row: readonly T[], width: number, fill: T): T[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push(fill);
  return out;
}

const ERROR_LITERALS = new Set(["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"]);

/** A grid cell as an Office.js value and number format (errors re-created from a fixed list). */
export function cellForOffice(cell: Cell | null | undefined): { v: string | number | boolean; f: string } {
  if (!cell) return { v: "", f: "General" };
  switch (cell.t) {
    case "n":
      return { v: cell.v, f: cell.f ?? "General" };
    case "b":
      return { v: cell.v, f: "General" };
    case "d": {
      const ms = Date.parse(cell.v.length <= 10 ? `${cell.v}T00:00:00Z` : cell.v);
      return Number.isFinite(ms) ? { v: ms / 86_400_000 + 25569, f: "dd/mm/yyyy" } : { v: cell.v, f: "@" };
    }
    case "e":
      // Only Excel's own error literals become formulas; anything else stays text.
      return ERROR_LITERALS.has(cell.v)
        ? { v: `=${cell.v === "#N/A" ? "NA()" : cell.v === "#DIV/0!" ? "1/0" : cell.v}`, f: "General" }
        : { v: cell.v, f: "@" };
    default:
      return { v: cell.v, f: "@" };
  }
}

/**
 * Makes room for sheets that are replaced: renames the old ones (deleted by `finish` once the
 * new ones exist, so a workbook is never left without a sheet).
 */
function moveAside(sheets: Excel.WorksheetCollection, names: readonly string[]): Excel.Worksheet[] {
  return names.map((name, i) => {
    const old = sheets.getItem(name);
    old.name = `${PRIVATE_SHEET_PREFIX}${Date.now() % 100000}_${i}`.slice(0, 31);
    return old;
  });
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const font = range.format.font;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = `#${s.fontColor}`;
  if (s.fill) range.format.fill.color = `#${s.fill}`;
  if (s.wrap) range.format.wrapText = true;
  if (s.horizontal) range.format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) range.format.verticalAlignment = VERTICAL[s.vertical];
  if (s.border)
    for (const edge of EDGES) {
      const b = range.format.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#8EA9DB";
    }
}

function validationRule(v: LayoutValidation): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: v.values.join(",") } };
  const basic: Excel.BasicDataValidation =
    v.operator === "between"
      ? { operator: "Between", formula1: v.min, formula2: v.max ?? v.min }
      : { operator: "GreaterThanOrEqualTo", formula1: v.min };
  return v.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
}

/** Excel column width is in points; a layout width is in characters (~7 points each at 11 pt). */
const POINTS_PER_CHAR = 7;

function renderSheet(ws: Excel.Worksheet, layout: WorkbookLayout, sheet: SheetLayout, validations: boolean): void {
  if (sheet.kind === "indikator") ws.tabColor = "#4472C4";
  else if (sheet.kind === "anggaran") ws.tabColor = "#70AD47";
  sheet.widths.forEach((w, i) => {
    const col = columnLetters(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  for (const f of sheet.numberFormats) {
    const rows = f.range.bottom - f.range.top + 1;
    const cols = f.range.right - f.range.left + 1;
    ws.getRange(rangeA1(f.range)).numberFormat = Array.from({ length: rows }, () =>
      new Array<string>(cols).fill(f.numFmt),
    );
  }
  for (const c of sheet.cells) {
    const range = ws.getRange(a1(c.row, c.col));
    const style = c.style ? layout.styles[c.style] : undefined;
    if (style) applyStyle(range, style);
    if (typeof c.value === "string") {
      if (c.value !== "") {
        range.numberFormat = [["@"]];
        range.values = [[c.value]];
      }
    } else {
      if (style?.numFmt) range.numberFormat = [[style.numFmt]];
      range.values = [[c.value]];
    }
  }
  for (const m of sheet.merges) ws.getRange(rangeA1(m)).merge(false);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
  if (sheet.freeze.rows > 0 && sheet.freeze.columns === 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
  else if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)
    ws.freezePanes.freezeAt(
      ws.getRange(`A1:${a1(Math.max(sheet.freeze.rows, 1) - 1, Math.max(sheet.freeze.columns, 1) - 1)}`),
    );
  if (validations)
    for (const v of sheet.validations) {
      const dv = ws.getRange(rangeA1(v.range)).dataValidation;
      dv.clear();
      dv.rule = validationRule(v);
      dv.ignoreBlanks = v.allowBlank;
      dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
    }
}

async function sheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return new Set(sheets.items.map((s) => s.name.toLowerCase()));
}

export async function createFormatOffice(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  replace: readonly string[],
  options: { validations: boolean },
): Promise<FormatResult> {
  const existing = await sheetNames(context);
  const replaceSet = new Set(replace.map((r) => r.toLowerCase()));
  const clash = layout.sheets.filter(
    (s) => existing.has(s.name.toLowerCase()) && !replaceSet.has(s.name.toLowerCase()),
  );
  if (clash.length > 0)
    throw new ExcelHostError(
      `Sheet ${clash.map((s) => `"${s.name}"`).join(", ")} sudah ada dan tidak diganti tanpa persetujuan Anda.`,
    );
  const sheets = context.workbook.worksheets;
  const old = moveAside(
    sheets,
    layout.sheets.filter((s) => existing.has(s.name.toLowerCase())).map((s) => s.name),
  );
  const created: Excel.Worksheet[] = [];
  for (const sheet of layout.sheets) {
    const ws = sheets.add(sheet.name);
    renderSheet(ws, layout, sheet, options.validations);
    created.push(ws);
  }
  for (const o of old) o.delete();
  created[0]?.activate();
  await context.sync();
  return { sheets: layout.sheets.map((s) => s.name), validations: options.validations };
}

export async function importUnitsOffice(context: Excel.RequestContext, write: HimpunWrite): Promise<void> {
  const existing = await sheetNames(context);
  const sheets = context.workbook.worksheets;
  const clash = write.sheets.filter((s) => existing.has(s.name.toLowerCase()) && !s.replace);
  if (clash.length > 0)
    throw new ExcelHostError(`Sheet ${clash.map((s) => `"${s.name}"`).join(", ")} sudah ada; tidak diganti.`);
  const old = moveAside(
    sheets,
    write.sheets.filter((s) => existing.has(s.name.toLowerCase())).map((s) => s.name),
  );
  const budget = new WriteBudget(context);
  for (const sheet of write.sheets) {
    const ws = sheets.add(sheet.name);
    ws.tabColor = "#4472C4";
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (const row of sheet.rows) {
      const cells = (row ?? []).map((c) => cellForOffice(c));
      values.push(cells.map((c) => c.v));
      formats.push(cells.map((c) => c.f));
    }
    await writeBlock(ws, 0, 0, values, formats, budget);
    ws.getRange("1:12").format.wrapText = true;
  }
  for (const o of old) o.delete();
  // Cells of unit files made from this workbook: one small range per cell, queued, one sync.
  for (const c of write.cells ?? []) {
    const { v, f } = cellForOffice(c.cell);
    const range = sheets.getItem(c.sheet).getRange(a1(c.row, c.col));
    range.numberFormat = [[f]];
    range.values = [[v]];
    await budget.add(JSON.stringify(v).length + 40);
  }
  if (write.anggaran && write.anggaran.rows.length > 0) {
    const a = write.anggaran;
    let ws: Excel.Worksheet;
    if (a.exists) ws = sheets.getItem("Anggaran");
    else {
      ws = sheets.add("Anggaran");
      ws.tabColor = "#70AD47";
      await writeBlock(ws, 0, 0, [a.header], [a.header.map(() => "@")], budget);
      ws.getRange("1:1").format.font.bold = true;
    }
    const top = a.rows[0].row;
    const values = a.rows.map((r) => r.cells.map((c) => cellForOffice(c).v));
    const formats = a.rows.map((r) => r.cells.map((c) => cellForOffice(c).f));
    await writeBlock(ws, top, 0, values, formats, budget);
  }
  await context.sync();
}

const rangeOf = (r: RekapRange) => `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

export async function writeRekapOffice(
  context: Excel.RequestContext,
  analysis: Analysis,
  now: Date,
): Promise<RekapResult> {
  const table = buildRekapTable(analysis, now);
  const sheets = context.workbook.worksheets;
  const previous = sheets.getItemOrNullObject(REKAP_SHEET);
  previous.load("name");
  await context.sync();
  const old = previous.isNullObject ? [] : moveAside(sheets, [REKAP_SHEET]);
  const ws = sheets.add(REKAP_SHEET);
  ws.tabColor = "#C00000";
  const budget = new WriteBudget(context);
  await writeBlock(ws, 0, 0, table.values as RekapValue[][], table.formats, budget);
  table.widths.forEach((w, i) => {
    const col = columnLetters(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  ws.getRange(`A1:${a1(table.values.length - 1, table.widths.length - 1)}`).format.verticalAlignment = "Top";
  for (const r of table.boldRows) ws.getRange(`${r + 1}:${r + 1}`).format.font.bold = true;
  for (const f of table.fills) ws.getRange(a1(f.row, f.col)).format.fill.color = f.color;
  ws.getRange("A1").format.font.size = 14;
  let chart = false;
  if (table.chartSource) {
    const c = ws.charts.add("ColumnClustered", ws.getRange(rangeOf(table.chartSource)), "Columns");
    c.title.text = "Capaian per Sasaran Strategis (%)";
    c.legend.visible = false;
    c.setPosition(a1(table.chartAt.row, table.chartAt.col), a1(table.chartAt.row + 17, table.chartAt.col + 7));
    chart = true;
  }
  for (const o of old) o.delete();
  ws.activate();
  await context.sync();
  return { sheet: REKAP_SHEET, rows: table.values.length, chart };
}
