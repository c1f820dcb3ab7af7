/**
 * Writes with Office.js: Buat Format (the data-collection layout), Himpun (units' sheets and
 * Anggaran rows) and Rekap. Text is always written with the number format "@" set first, so
 * text starting with = + - @ stays text; large blocks are written in row chunks with a sync
 * whenever a request would grow past ~3 MB (Excel on the web refuses requests over 5 MB).
 *
 * Replacing a sheet (the user said "Ganti") never renames or deletes it: new sheets are written
 * first, then each replaced sheet is cleared and rewritten in place, in a request of its own.
 * The sheet keeps its name, id and position, so formulas elsewhere that refer to it keep
 * working (no #REF!), and a failure part-way leaves every sheet not yet reached exactly as it
 * was, with a message naming what was already replaced (docs/decisions.md, "Wave 2: Excel adapter").
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
import type { HimpunWrite } from "../../core/plan/himpunPlan";
import { ExcelHostError, type FormatResult, type RekapResult } from "./port";
import { describeOfficeError } from "./officeErrors";
import { buildRekapTable, type RekapRange, type RekapTable, type RekapValue } from "../../core/plan/rekapTable";

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

/** Writes a block of values with their number formats (formats first), chunked by rows. @requires himpun */
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
 * Empties a sheet the user agreed to replace, keeping the sheet itself: values, formats, fills
 * and merges go (Range.clear, ExcelApi 1.1; Range.unmerge, ExcelApi 1.2).
 *
 * @requires himpun
 */
function emptySheet(ws: Excel.Worksheet): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear();
}

/** The existing sheets by lower-case name (one sync). @requires himpun */
async function sheetsByName(context: Excel.RequestContext): Promise<Map<string, Excel.Worksheet>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
}

/**
 * Runs the in-place replacement of sheets, one sync each, after the new sheets are written; a
 * failure says which sheets were already replaced and that the others are untouched.
 */
async function replaceInPlace(
  context: Excel.RequestContext,
  names: readonly string[],
  write: (name: string) => Promise<void>,
): Promise<void> {
  const done: string[] = [];
  for (const name of names) {
    try {
      await write(name);
      // One request per replaced sheet: a failure stops before the next one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const rest = names.filter((n) => n !== name && !done.includes(n));
      throw new ExcelHostError(
        `Mengganti sheet "${name}" gagal: ${describeOfficeError(error)}.` +
          (done.length > 0 ? ` Sudah diganti: ${done.map((d) => `"${d}"`).join(", ")}.` : "") +
          (rest.length > 0 ? ` Tidak diubah: ${rest.map((d) => `"${d}"`).join(", ")}.` : "") +
          ` Isi sheet "${name}" mungkin tidak lengkap; jalankan lagi untuk mengisinya.`,
      );
    }
    done.push(name);
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** @requires buatFormat */
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

/** @requires buatFormat */
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
  // @requires validasiData
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

/** @requires buatFormat */
export async function createFormatOffice(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  replace: readonly string[],
  options: { validations: boolean },
): Promise<FormatResult> {
  const existing = await sheetsByName(context);
  const replaceSet = new Set(replace.map((r) => r.toLowerCase()));
  const clash = layout.sheets.filter(
    (s) => existing.has(s.name.toLowerCase()) && !replaceSet.has(s.name.toLowerCase()),
  );
  if (clash.length > 0)
    throw new ExcelHostError(
      `Sheet ${clash.map((s) => `"${s.name}"`).join(", ")} sudah ada dan tidak diganti tanpa persetujuan Anda.`,
    );
  const sheets = context.workbook.worksheets;
  // 1. The new sheets, in one request: the user's sheets are not touched yet.
  for (const sheet of layout.sheets.filter((s) => !existing.has(s.name.toLowerCase())))
    renderSheet(sheets.add(sheet.name), layout, sheet, options.validations);
  await context.sync();
  // 2. The replaced sheets, each emptied and rewritten in place in a request of its own.
  const replaced = layout.sheets.filter((s) => existing.has(s.name.toLowerCase()));
  await replaceInPlace(
    context,
    replaced.map((s) => s.name),
    async (name) => {
      const ws = existing.get(name.toLowerCase())!;
      emptySheet(ws);
      const sheet = replaced.find((s) => s.name === name)!;
      renderSheet(ws, layout, sheet, options.validations);
      await Promise.resolve();
    },
  );
  sheets.getItem(layout.sheets[0].name).activate();
  await context.sync();
  return { sheets: layout.sheets.map((s) => s.name), validations: options.validations };
}

/** Writes one unit sheet's rows (formats first) into `ws`. @requires himpun */
async function writeUnitSheet(
  ws: Excel.Worksheet,
  rows: HimpunWrite["sheets"][number]["rows"],
  budget: WriteBudget,
  tabColor: boolean,
): Promise<void> {
  // @requires warnaTab
  if (tabColor) ws.tabColor = "#4472C4";
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const cells = (row ?? []).map((c) => cellForOffice(c));
    values.push(cells.map((c) => c.v));
    formats.push(cells.map((c) => c.f));
  }
  await writeBlock(ws, 0, 0, values, formats, budget);
  ws.getRange("1:12").format.wrapText = true;
}

/** @requires himpun */
export async function importUnitsOffice(
  context: Excel.RequestContext,
  write: HimpunWrite,
  options: { tabColor: boolean },
): Promise<void> {
  const existing = await sheetsByName(context);
  const sheets = context.workbook.worksheets;
  const clash = write.sheets.filter((s) => existing.has(s.name.toLowerCase()) && !s.replace);
  if (clash.length > 0)
    throw new ExcelHostError(`Sheet ${clash.map((s) => `"${s.name}"`).join(", ")} sudah ada; tidak diganti.`);
  const budget = new WriteBudget(context);
  // 1. New unit sheets and the Anggaran rows: the user's sheets are not touched yet.
  for (const sheet of write.sheets.filter((s) => !existing.has(s.name.toLowerCase())))
    await writeUnitSheet(sheets.add(sheet.name), sheet.rows, budget, options.tabColor);
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
      // @requires warnaTab
      if (options.tabColor) ws.tabColor = "#70AD47";
      await writeBlock(ws, 0, 0, [a.header], [a.header.map(() => "@")], budget);
      ws.getRange("1:1").format.font.bold = true;
    }
    const top = a.rows[0].row;
    const values = a.rows.map((r) => r.cells.map((c) => cellForOffice(c).v));
    const formats = a.rows.map((r) => r.cells.map((c) => cellForOffice(c).f));
    await writeBlock(ws, top, 0, values, formats, budget);
  }
  await context.sync();
  // 2. Units the user agreed to replace: emptied and rewritten in place, one request each.
  const replaced = write.sheets.filter((s) => existing.has(s.name.toLowerCase()));
  await replaceInPlace(
    context,
    replaced.map((s) => s.name),
    async (name) => {
      const ws = existing.get(name.toLowerCase())!;
      emptySheet(ws);
      await writeUnitSheet(ws, replaced.find((s) => s.name === name)!.rows, new WriteBudget(context), options.tabColor);
    },
  );
}

const rangeOf = (r: RekapRange) => `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

/** @requires rekap */
export async function writeRekapOffice(
  context: Excel.RequestContext,
  analysis: Analysis,
  now: Date,
): Promise<RekapResult> {
  return writeRekapTableOffice(context, buildRekapTable(analysis, now));
}

/**
 * Writes a Rekap table (the year's or a quarter's) into its own sheet: created, or refreshed in
 * place (its charts deleted, the sheet emptied), so formulas elsewhere that point into it keep
 * their sheet. No other sheet is touched.
 * @requires rekap
 */
export async function writeRekapTableOffice(context: Excel.RequestContext, table: RekapTable): Promise<RekapResult> {
  const sheets = context.workbook.worksheets;
  const previous = sheets.getItemOrNullObject(table.sheet);
  await context.sync();
  let ws: Excel.Worksheet;
  if (previous.isNullObject) ws = sheets.add(table.sheet);
  else {
    ws = previous;
    const charts = ws.charts;
    charts.load("items");
    await context.sync();
    for (const chart of charts.items) chart.delete();
    emptySheet(ws);
  }
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
    c.title.text = table.chartTitle;
    c.legend.visible = false;
    c.setPosition(a1(table.chartAt.row, table.chartAt.col), a1(table.chartAt.row + 17, table.chartAt.col + 7));
    chart = true;
  }
  ws.activate();
  await context.sync();
  return { sheet: table.sheet, rows: table.values.length, chart };
}
