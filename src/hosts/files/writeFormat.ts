/**
 * Renders the data-collection layout (src/core/layout/formatLayout.ts) to .xlsx bytes with
 * ExcelJS: `lakip format`. The Excel pane renders the same layout with Office.js.
 */
import ExcelJS from "exceljs";
import {
  buildFormatLayout,
  rangeA1,
  type CellStyle,
  type LayoutValidation,
  type SheetLayout,
  type WorkbookLayout,
} from "../../core/layout/formatLayout";
import { withCustomProperties } from "./writeGrid";

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9DB" } };

/** ExcelJS style object of a layout style (one object per style, shared by its cells). */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length > 0) style.font = font;
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (s.numFmt) style.numFmt = s.numFmt;
  return style;
}

function dataValidation(v: LayoutValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.error.title,
    error: v.error.message,
  };
  if (v.type === "list") {
    // A list source is one quoted string of comma-separated words; the words are fixed by
    // the layout (Naik, Turun), never user text.
    return { ...common, type: "list", formulae: [`"${v.values.join(",")}"`] };
  }
  return {
    ...common,
    type: v.type,
    operator: v.operator,
    formulae: v.operator === "between" ? [v.min, v.max ?? v.min] : [v.min],
  };
}

function renderSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout, sheet: SheetLayout): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views:
      sheet.freeze.rows > 0 || sheet.freeze.columns > 0
        ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    properties: {
      tabColor:
        sheet.kind === "indikator"
          ? { argb: "FF4472C4" }
          : sheet.kind === "anggaran"
            ? { argb: "FF70AD47" }
            : undefined,
    } as Partial<ExcelJS.WorksheetProperties>,
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: keyof WorkbookLayout["styles"]) => {
    let s = styles.get(name);
    if (!s) {
      s = excelStyle(layout.styles[name]);
      styles.set(name, s);
    }
    return s;
  };
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.value !== "") cell.value = c.value;
    // Cells of one style share one style object: a cell's own number format needs its own copy.
    if (c.style) cell.style = c.numFmt ? { ...styleOf(c.style), numFmt: c.numFmt } : styleOf(c.style);
    else if (c.numFmt) cell.style = { numFmt: c.numFmt };
  }
  for (const f of sheet.numberFormats) {
    for (let r = f.range.top; r <= f.range.bottom; r++)
      for (let c = f.range.left; c <= f.range.right; c++) ws.getCell(r + 1, c + 1).numFmt = f.numFmt;
  }
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const v of sheet.validations) {
    // ExcelJS writes one <dataValidation> per address key; a range key ("E4:E203") is kept whole.
    const validations = (
      ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    validations.add(rangeA1(v.range), dataValidation(v));
  }
  if (sheet.protection) protectSheet(ws, sheet.protection.unlocked);
  if (sheet.kind === "petunjuk")
    ws.pageSetup = { orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  else ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * Protects a sheet without a password (ECMA-376 Part 1, 18.3.1.85 sheetProtection: no
 * hashValue, so Review > Unprotect Sheet asks for nothing) and unlocks the given ranges
 * (18.8.33 protection locked="0"). Users may still select every cell and resize columns and rows.
 */
function protectSheet(
  ws: ExcelJS.Worksheet,
  unlocked: readonly { top: number; left: number; bottom: number; right: number }[],
): void {
  for (const r of unlocked)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const cell = ws.getCell(row + 1, col + 1);
        // A copy of the shared style object: protection is per cell.
        cell.style = { ...cell.style, protection: { locked: false } };
      }
  // ExcelJS's protect() only sets `sheetProtection` synchronously (exceljs/lib/doc/worksheet.js);
  // set it directly so rendering stays synchronous.
  // In ExcelJS's model `formatColumns: true` writes formatColumns="0" (allowed); selecting
  // cells stays allowed (the attributes are left out).
  (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
    sheet: true,
    formatColumns: true,
    formatRows: true,
  };
}

/** The layout as an ExcelJS workbook (to write, or to fill further, as the example workbooks do). */
export function buildFormatWorkbook(layout: WorkbookLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "lakip";
  workbook.title = "Format Pengumpulan Data Kinerja";
  for (const sheet of layout.sheets) renderSheet(workbook, layout, sheet);
  // Open on the Petunjuk sheet.
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return workbook;
}

/** Renders a layout to .xlsx bytes; `customProperties` are stored as custom document properties. */
export async function renderLayoutXlsx(
  layout: WorkbookLayout,
  customProperties?: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const workbook = buildFormatWorkbook(layout);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return customProperties && Object.keys(customProperties).length > 0
    ? withCustomProperties(bytes, customProperties)
    : bytes;
}

/** The empty data-collection workbook for the given units, as .xlsx bytes. Throws InvalidUnitNamesError on bad names. */
export async function writeFormatXlsx(
  units?: readonly string[],
  customProperties?: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  return renderLayoutXlsx(buildFormatLayout(units), customProperties);
}
