/**
 * The neutral sheet grid that every reader produces (ExcelJS in Node and in the browser,
 * Office.js in Excel, the in-memory host). The engine reads only this.
 *
 * Coordinates are 0-based: rows[r][c] is the cell at A1 row r+1, column c+1.
 */

/** One cell as a reader saw it. A formula cell carries its cached value (no cached value: blank). */
export type Cell =
  | { t: "n"; v: number; f?: string } // number; f = number format code (e.g. "0.00%", "dd/mm/yyyy")
  | { t: "s"; v: string } // text
  | { t: "b"; v: boolean } // boolean
  | { t: "d"; v: string } // a date the reader recognised (ISO 8601 text)
  | { t: "e"; v: string }; // an Excel error value: "#DIV/0!", "#REF!", "#N/A", ...

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major cells; a missing row or cell (undefined/null) is blank. Ragged rows are fine. */
  rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined> | null | undefined>;
  merges?: ReadonlyArray<MergeRange>;
}

export interface WorkbookGrid {
  sheets: ReadonlyArray<SheetGrid>;
  /** The workbook's custom document properties (name -> text), where the reader has them. */
  customProperties?: Readonly<Record<string, string>>;
}

/** Column index (0-based) to letters: 0 -> "A", 27 -> "AB". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address (no `$`) of a 0-based row and column. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Parses "B12" into 0-based { row, col }; undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  const r = sheet.rows[row];
  if (!r) return undefined;
  return r[col] ?? undefined;
}

/** True when a cell holds nothing a user would see (missing, or text of only white space). */
export function isBlank(cell: Cell | null | undefined): boolean {
  if (cell == null) return true;
  return cell.t === "s" && cell.v.trim() === "";
}
