/**
 * Writes a grid of values to .xlsx bytes with ExcelJS: fixtures for tests, the example
 * workbooks, the benchmark. Besides the grid's own cell kinds it writes formulas (with or
 * without a cached result, shared formulas), hyperlinks and rich text, number formats,
 * merged ranges, column widths and custom document properties.
 *
 * Text is always written as text: a string starting with "=" stays a string, never a formula.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Cell, MergeRange } from "../../core/grid";
import { setCustomProperties } from "./customProperties";

export type FormulaResult = number | string | boolean | { error: string };

/** A cell to write: a grid Cell, a shorthand value, or one of the extra kinds. */
export type WriteCell =
  | Cell
  | string
  | number
  | boolean
  | null
  | undefined
  | {
      t: "formula";
      /** Formula text without "=". For a shared-formula follower: omit it and give `sharedWith`. */
      formula?: string;
      /** The cached value; omitted: the file holds no cached value (as when never calculated). */
      result?: FormulaResult;
      /** Makes this the master of a shared formula over `sharedRef` (e.g. "B2:B4"). */
      sharedRef?: string;
      /** The master cell's address, for a shared-formula follower. */
      sharedWith?: string;
      f?: string;
    }
  | { t: "link"; text: string; href: string }
  | { t: "rich"; runs: { text: string; bold?: boolean; italic?: boolean }[] };

export interface WriteSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<WriteCell> | null | undefined>;
  merges?: ReadonlyArray<MergeRange>;
  /** Column widths in characters, from column A. */
  widths?: ReadonlyArray<number>;
}

export interface WriteWorkbook {
  sheets: ReadonlyArray<WriteSheet>;
  customProperties?: Readonly<Record<string, string>>;
}

function isoToDate(iso: string): Date {
  const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
  return d;
}

function formulaValue(r: FormulaResult | undefined): ExcelJS.CellFormulaValue["result"] | undefined {
  if (r === undefined) return undefined;
  if (typeof r === "object") return { error: r.error } as ExcelJS.CellErrorValue;
  return r;
}

function setCell(cell: ExcelJS.Cell, w: WriteCell): void {
  if (w === null || w === undefined) return;
  if (typeof w === "string") {
    cell.value = w;
    return;
  }
  if (typeof w === "number" || typeof w === "boolean") {
    cell.value = w;
    return;
  }
  switch (w.t) {
    case "n":
      cell.value = w.v;
      if (w.f) cell.numFmt = w.f;
      return;
    case "s":
      cell.value = w.v;
      return;
    case "b":
      cell.value = w.v;
      return;
    case "d":
      cell.value = isoToDate(w.v);
      cell.numFmt = w.v.length > 10 ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd";
      return;
    case "e":
      cell.value = { error: w.v } as ExcelJS.CellErrorValue;
      return;
    case "formula": {
      const result = formulaValue(w.result);
      if (w.sharedWith) {
        cell.value = { sharedFormula: w.sharedWith, result } as ExcelJS.CellSharedFormulaValue;
      } else if (w.sharedRef) {
        cell.value = {
          formula: w.formula ?? "",
          result,
          shareType: "shared",
          ref: w.sharedRef,
        } as unknown as ExcelJS.CellFormulaValue;
      } else {
        cell.value = { formula: w.formula ?? "", result } as ExcelJS.CellFormulaValue;
      }
      if (w.f) cell.numFmt = w.f;
      return;
    }
    case "link":
      cell.value = { text: w.text, hyperlink: w.href };
      return;
    case "rich":
      cell.value = { richText: w.runs.map((r) => ({ text: r.text, font: { bold: r.bold, italic: r.italic } })) };
      return;
  }
}

/** Adds one sheet of values to an ExcelJS workbook. */
export function addGridSheet(workbook: ExcelJS.Workbook, sheet: WriteSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const xrow = ws.getRow(r + 1);
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      setCell(xrow.getCell(c + 1), value);
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return ws;
}

/** Adds custom document properties to finished .xlsx/.docx bytes. */
export async function withCustomProperties(
  bytes: Uint8Array,
  props: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await setCustomProperties(zip, props);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Writes the workbook to .xlsx bytes. */
export async function writeWorkbookGrid(book: WriteWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "lakip";
  for (const sheet of book.sheets) addGridSheet(workbook, sheet);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (book.customProperties && Object.keys(book.customProperties).length > 0)
    return withCustomProperties(bytes, book.customProperties);
  return bytes;
}
