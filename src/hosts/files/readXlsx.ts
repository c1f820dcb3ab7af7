/**
 * .xlsx bytes -> the neutral WorkbookGrid (src/core/grid.ts), with ExcelJS.
 *
 * Runs in Node and, bundled by webpack, in the browser: no fs here (readWorkbookFile.ts
 * reads from disk). Custom document properties, which ExcelJS does not read, come from
 * docProps/custom.xml through JSZip.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Cell, MergeRange, SheetGrid, WorkbookGrid } from "../../core/grid";
import { UnreadableWorkbookError } from "./errors";
import { parseCustomPropertiesXml } from "./customProperties";
import { checkWorkbookLimits, ZipLimitError } from "./zipLimits";

export { UnreadableWorkbookError } from "./errors";

export type XlsxBytes = ArrayBuffer | Uint8Array;

// ExcelJS's ValueType enum (exceljs/lib/doc/enums.js), kept as literals so the hot loop
// does not reach through the module for each cell.
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const NOT_XLSX =
  'Berkas ini bukan buku kerja Excel .xlsx yang dapat dibaca (mungkin .xls lama, .csv, atau berkas rusak); simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)".';

interface RichTextLike {
  richText: { text: string }[];
}

function isRichText(v: unknown): v is RichTextLike {
  return typeof v === "object" && v !== null && Array.isArray((v as RichTextLike).richText);
}

function richTextString(v: RichTextLike): string {
  let s = "";
  for (const run of v.richText) s += run.text ?? "";
  return s;
}

/** A date the way the grid carries it: "2025-01-31", or with the time when it has one. */
export function isoDate(d: Date): string {
  const iso = d.toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}

/** A plain value (a formula's cached result, a hyperlink's text) as a grid cell; undefined when blank. */
function valueCell(v: unknown, numFmt: string | undefined): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  switch (typeof v) {
    case "number":
      if (!Number.isFinite(v)) return undefined;
      return numFmt && numFmt !== "General" ? { t: "n", v, f: numFmt } : { t: "n", v };
    case "string":
      return v === "" ? undefined : { t: "s", v };
    case "boolean":
      return { t: "b", v };
    default:
      break;
  }
  if (v instanceof Date) {
    // A date-formatted cell whose cached result was an error: ExcelJS turned the error into
    // an invalid Date, so the error's name is lost; it is still an error cell.
    return Number.isNaN(v.getTime()) ? { t: "e", v: "#VALUE!" } : { t: "d", v: isoDate(v) };
  }
  if (isRichText(v)) {
    const s = richTextString(v);
    return s === "" ? undefined : { t: "s", v: s };
  }
  const obj = v as { error?: unknown; text?: unknown; result?: unknown };
  if (typeof obj.error === "string") return { t: "e", v: obj.error };
  if (obj.text !== undefined) return valueCell(obj.text, numFmt);
  return undefined;
}

interface ExcelCellLike {
  type: number;
  value: unknown;
  result?: unknown;
  style?: { numFmt?: string };
  text?: unknown;
}

/** One ExcelJS cell as a grid cell (null when blank). */
function mapCell(cell: ExcelCellLike): Cell | null {
  const type = cell.type;
  const numFmt = cell.style?.numFmt;
  switch (type) {
    case T_NULL:
    case T_MERGE:
      return null;
    case T_NUMBER: {
      const v = cell.value as number;
      if (!Number.isFinite(v)) return null;
      return numFmt && numFmt !== "General" ? { t: "n", v, f: numFmt } : { t: "n", v };
    }
    case T_STRING:
    case T_SHARED_STRING: {
      const v = cell.value;
      if (typeof v === "string") return v === "" ? null : { t: "s", v };
      return valueCell(v, numFmt) ?? null;
    }
    case T_RICH_TEXT:
      return valueCell(cell.value, numFmt) ?? null;
    case T_DATE:
      return valueCell(cell.value, numFmt) ?? null;
    case T_BOOLEAN:
      return { t: "b", v: Boolean(cell.value) };
    case T_ERROR: {
      const v = cell.value as { error?: string } | null;
      return { t: "e", v: v?.error ?? "#VALUE!" };
    }
    case T_FORMULA:
      return valueCell(cell.result, numFmt) ?? null;
    case T_HYPERLINK: {
      const v = cell.value as { text?: unknown } | null;
      return valueCell(v?.text, numFmt) ?? null;
    }
    default:
      return valueCell(cell.value, numFmt) ?? null;
  }
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function sheetMerges(ws: ExcelJS.Worksheet): MergeRange[] {
  // ExcelJS keeps merged ranges in `_merges` (master address -> Range, 1-based); the public
  // `model.merges` would rebuild the whole sheet model just to list them.
  const merges = (ws as unknown as { _merges?: Record<string, RangeLike | { model: RangeLike }> })._merges ?? {};
  const out: MergeRange[] = [];
  for (const key of Object.keys(merges)) {
    const raw = merges[key];
    const r: RangeLike = "model" in raw && raw.model ? raw.model : (raw as RangeLike);
    out.push({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

interface RowLike {
  _cells?: (ExcelCellLike | undefined)[];
}

function sheetRows(ws: ExcelJS.Worksheet): (Cell | null)[][] {
  // `_rows` / `_cells` are the arrays behind eachRow/eachCell; walking them directly avoids a
  // closure call per cell. Falls back to the public API should the internals change.
  const rowsInternal = (ws as unknown as { _rows?: (RowLike | undefined)[] })._rows;
  const rows: (Cell | null)[][] = [];
  if (Array.isArray(rowsInternal)) {
    for (let r = 0; r < rowsInternal.length; r++) {
      const row = rowsInternal[r];
      const cells = row?._cells;
      if (!cells || cells.length === 0) continue;
      const out: (Cell | null)[] = new Array(cells.length).fill(null);
      let any = false;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const mapped = mapCell(cell);
        if (mapped) {
          out[c] = mapped;
          any = true;
        }
      }
      if (any) rows[r] = trimRow(out);
    }
  } else {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: (Cell | null)[] = [];
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const mapped = mapCell(cell as unknown as ExcelCellLike);
        if (mapped) {
          out[colNumber - 1] = mapped;
          any = true;
        }
      });
      if (any) rows[rowNumber - 1] = Array.from(out, (c) => c ?? null);
    });
  }
  // Fill the holes so the array is dense (rows with nothing are null).
  for (let r = 0; r < rows.length; r++)
    if (rows[r] === undefined) (rows as unknown as (null | (Cell | null)[])[])[r] = null;
  return rows;
}

function trimRow(cells: (Cell | null)[]): (Cell | null)[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

function toUint8(data: XlsxBytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** True when the bytes start like a zip archive (local file header "PK\x03\x04"). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readCustomProperties(zip: JSZip): Promise<Record<string, string>> {
  const entry = zip.file("docProps/custom.xml");
  if (!entry) return {};
  const xml = await entry.async("string");
  return parseCustomPropertiesXml(xml);
}

/**
 * Reads .xlsx bytes into a WorkbookGrid: every worksheet in workbook order, cells by kind
 * (formula cells by their cached result), merged ranges, custom document properties.
 * Throws UnreadableWorkbookError when the bytes are not a readable .xlsx workbook.
 */
export async function readWorkbookGrid(data: XlsxBytes): Promise<WorkbookGrid> {
  const bytes = toUint8(data);
  if (!looksLikeZip(bytes)) {
    const isOle = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw new UnreadableWorkbookError(
      isOle
        ? 'Berkas ini berformat Excel lama (.xls) atau terenkripsi kata sandi; buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)" tanpa kata sandi.'
        : NOT_XLSX,
    );
  }
  let zip: JSZip;
  try {
    // The limits of spec section 6 (200 MB unpacked, 1,048,576 rows) before anything is parsed.
    zip = await checkWorkbookLimits(bytes, () => JSZip.loadAsync(bytes));
  } catch (e) {
    if (e instanceof ZipLimitError) throw new UnreadableWorkbookError(e.message, e);
    throw new UnreadableWorkbookError(
      "Berkas .xlsx ini rusak (arsip zip tidak utuh); minta berkas aslinya lagi atau simpan ulang dari Excel.",
      e,
    );
  }
  if (!zip.file("xl/workbook.xml")) {
    const isDocx = zip.file("word/document.xml") !== null;
    throw new UnreadableWorkbookError(
      isDocx
        ? "Berkas ini dokumen Word (.docx), bukan buku kerja Excel .xlsx; pilih berkas format data kinerja (.xlsx)."
        : NOT_XLSX,
    );
  }
  const workbook = new ExcelJS.Workbook();
  // ExcelJS parses the package into a plain model (cells with their values and styles, shared
  // strings resolved, dates converted) and then hands it to `workbook.model = ...`, which builds a
  // Worksheet/Row/Cell object for every cell. The grid needs only the plain model, so the setter
  // is intercepted on this one workbook: the per-cell objects are never built. Should a future
  // ExcelJS not go through the setter, the ordinary worksheets are read instead.
  let captured: WorkbookModelLike | undefined;
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get: () => captured,
    set: (value: WorkbookModelLike) => {
      captured = value;
    },
  });
  let customProperties: Record<string, string>;
  try {
    const [, props] = await Promise.all([
      // Data validations and conditional formats are not needed to read values.
      workbook.xlsx.load(
        bytes as unknown as ExcelJS.Buffer,
        { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"] } as never,
      ),
      readCustomProperties(zip),
    ]);
    customProperties = props;
  } catch (e) {
    throw new UnreadableWorkbookError(
      "Isi berkas .xlsx ini rusak dan tidak dapat dibaca; buka di Excel, simpan ulang, lalu coba lagi.",
      e,
    );
  }
  let sheets: SheetGrid[];
  if (captured && Array.isArray(captured.worksheets)) {
    sheets = sheetsFromModel(captured);
  } else {
    sheets = [];
    for (const ws of workbook.worksheets) {
      const merges = sheetMerges(ws);
      sheets.push(
        merges.length > 0 ? { name: ws.name, rows: sheetRows(ws), merges } : { name: ws.name, rows: sheetRows(ws) },
      );
    }
  }
  return Object.keys(customProperties).length > 0 ? { sheets, customProperties } : { sheets };
}

// ---------------------------------------------------------------------------------------------
// The plain model ExcelJS parses (exceljs/lib/xlsx/xlsx.js, after reconcile).

interface CellModelLike {
  address?: string;
  type: number;
  value?: unknown;
  result?: unknown;
  text?: unknown;
  style?: { numFmt?: string };
}

interface WorksheetModelLike {
  id: number;
  name: string;
  rows?: { number: number; cells?: CellModelLike[] }[];
  mergeCells?: string[];
}

interface WorkbookModelLike {
  sheets?: { id: number }[];
  worksheets: WorksheetModelLike[];
}

/** A cell of the plain model as a grid cell (null when blank). */
function mapCellModel(m: CellModelLike): Cell | null {
  switch (m.type) {
    case T_HYPERLINK:
      return valueCell(m.text, m.style?.numFmt) ?? null;
    case T_FORMULA:
      return valueCell(m.result, m.style?.numFmt) ?? null;
    default:
      return mapCell(m as ExcelCellLike);
  }
}

/** "AB12" -> 0-based { row, col }. */
function decodeAddress(address: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  const row = Number(address.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

function sheetsFromModel(model: WorkbookModelLike): SheetGrid[] {
  const order = (id: number) => {
    const i = model.sheets ? model.sheets.findIndex((s) => s.id === id) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const worksheets = model.worksheets
    .filter(Boolean)
    .slice()
    .sort((a, b) => order(a.id) - order(b.id));
  return worksheets.map((ws) => {
    const rows: ((Cell | null)[] | null)[] = [];
    for (const rowModel of ws.rows ?? []) {
      const r = rowModel.number - 1;
      if (!(r >= 0) || !rowModel.cells || rowModel.cells.length === 0) continue;
      const out: (Cell | null)[] = [];
      let col = -1;
      let any = false;
      for (const cm of rowModel.cells) {
        // A <c> without an address is the cell right of the previous one.
        const at = cm.address ? decodeAddress(cm.address) : undefined;
        col = at ? at.col : col + 1;
        if (cm.type === T_MERGE || cm.type === T_NULL) continue;
        const mapped = mapCellModel(cm);
        if (mapped) {
          while (out.length < col) out.push(null);
          out[col] = mapped;
          any = true;
        }
      }
      if (any) {
        while (rows.length < r) rows.push(null);
        rows[r] = out;
      }
    }
    const merges: MergeRange[] = [];
    for (const ref of ws.mergeCells ?? []) {
      const [a, b] = ref.split(":");
      const tl = decodeAddress(a);
      const br = decodeAddress(b ?? a);
      if (!tl || !br) continue;
      merges.push({
        top: Math.min(tl.row, br.row),
        left: Math.min(tl.col, br.col),
        bottom: Math.max(tl.row, br.row),
        right: Math.max(tl.col, br.col),
      });
    }
    merges.sort((x, y) => x.top - y.top || x.left - y.left);
    return merges.length > 0 ? { name: ws.name, rows, merges } : { name: ws.name, rows };
  });
}
