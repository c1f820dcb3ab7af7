/**
 * Reads the open workbook into the neutral grid with Office.js: (1) sheet names and custom
 * properties, (2) every sheet's used-range address and, with ExcelApi 1.13, merged areas,
 * (3..) the cells (values, number formats, value types) in requests of at most READ_CELLS
 * cells, so that no response goes over Excel on the web's 5 MB limit ("Resource limits and
 * performance optimization for Office Add-ins"). A request that still does (very long texts)
 * is split in two and read again. Syncs: 2 + ceil(cells / READ_CELLS) (+ splits), whatever the
 * number of sheets.
 */
import type { Cell, MergeRange, SheetGrid } from "../../core/grid";
import { a1, parseA1 } from "../../core/grid";
import { officeErrorCode } from "./officeErrors";
import { ExcelHostError, type WorkbookRead } from "./port";

/** Sheets the pane keeps for itself and never reads as data. */
export const PRIVATE_SHEET_PREFIX = "~lakip";

/** The cell ranges of an Office.js address ("Sheet1!B2:D5", "'A b'!A1,'A b'!C3:D4"), 0-based. */
export function parseAddressAreas(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  const re = /!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;
  const text = address.includes("!") ? address : `!${address.split(",").join(",!")}`;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const tl = parseA1(`${m[1]}${m[2]}`);
    const br = m[3] ? parseA1(`${m[3]}${m[4]}`) : tl;
    if (tl && br) out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}

/** One Office.js cell (value, number format, value type) as a grid cell. */
export function officeCell(value: unknown, numberFormat: unknown, valueType: unknown): Cell | null {
  const type = String(valueType);
  if (type === "Empty") return null;
  if (type === "Error") return { t: "e", v: String(value) };
  if (typeof value === "boolean") return { t: "b", v: value };
  if (typeof value === "number") {
    const f = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
    return f ? { t: "n", v: value, f } : { t: "n", v: value };
  }
  if (value === null || value === undefined || value === "") return null;
  return { t: "s", v: String(value) };
}

/** The used range's values as grid rows placed at their real position (top-left offset). */
export function rowsFromRange(
  address: string,
  values: unknown[][],
  numberFormat: unknown[][],
  valueTypes: unknown[][],
): (Cell | null)[][] {
  const origin = parseAddressAreas(address)[0] ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row: (Cell | null)[] = new Array<Cell | null>(origin.left).fill(null);
    for (let c = 0; c < values[r].length; c++)
      row.push(officeCell(values[r][c], numberFormat[r]?.[c], valueTypes[r]?.[c]));
    rows[origin.top + r] = row;
  }
  return rows;
}

export interface ReadOptions {
  /** ExcelApi 1.4: Worksheet.getUsedRangeOrNullObject(valuesOnly); else getUsedRange() (ExcelApi 1.1). */
  nullObject: boolean;
  /** ExcelApi 1.13: read merged areas. */
  merges: boolean;
  /** ExcelApi 1.7: read custom properties (SOP records). */
  customProperties: boolean;
}

/** Cells per read request: ~60 bytes a cell (value, format, type) keeps a response near 2.5 MB. */
export const READ_CELLS = 40_000;
/** A workbook larger than this is refused (bounded memory; a LAKIP workbook has a few thousand cells). */
export const MAX_READ_CELLS = 2_000_000;

/** A block of rows of one sheet, read with one Range. */
interface Block {
  sheet: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const cellsOf = (b: Block) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** Splits the sheets' used areas into row blocks and packs them into requests of at most `limit` cells. */
export function planReads(areas: readonly (MergeRange | null)[], limit = READ_CELLS): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  areas.forEach((area, sheet) => {
    if (!area) return;
    const width = area.right - area.left + 1;
    const rowsPer = Math.max(1, Math.floor(limit / width));
    for (let top = area.top; top <= area.bottom; top += rowsPer) {
      const block = {
        sheet,
        top,
        bottom: Math.min(area.bottom, top + rowsPer - 1),
        left: area.left,
        right: area.right,
      };
      if (size > 0 && size + cellsOf(block) > limit) {
        requests.push(current);
        current = [];
        size = 0;
      }
      current.push(block);
      size += cellsOf(block);
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

/** A request too big for one response, halved: by blocks, or a single block by rows. */
function split(request: Block[]): Block[][] | null {
  if (request.length > 1) {
    const mid = Math.ceil(request.length / 2);
    return [request.slice(0, mid), request.slice(mid)];
  }
  const b = request[0];
  if (b.bottom === b.top) return null;
  const mid = Math.floor((b.top + b.bottom) / 2);
  return [[{ ...b, bottom: mid }], [{ ...b, top: mid + 1 }]];
}

const blockAddress = (b: Block) => `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;

/** @requires validasi */
export async function readWorkbookOffice(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  let custom: Excel.CustomPropertyCollection | null = null;
  // @requires tahapanSop
  if (options.customProperties) {
    custom = context.workbook.properties.custom;
    custom.load("items/key,items/value");
  }
  await context.sync();

  const visible = worksheets.items.filter(
    (ws) => ws.visibility !== "VeryHidden" && !ws.name.startsWith(PRIVATE_SHEET_PREFIX),
  );
  const probes = visible.map((ws) => {
    let used: Excel.Range;
    if (options.nullObject) {
      // @requires bacaNilaiSaja
      used = ws.getUsedRangeOrNullObject(true);
    } else {
      // Worksheet.getUsedRange: a blank sheet gives its top-left cell, not an error.
      used = ws.getUsedRange();
    }
    used.load("address");
    return { ws, name: ws.name, used };
  });
  await context.sync();
  // @requires selMerge
  const { merges, notes } = options.merges
    ? await readMergedAreas(
        context,
        probes.map((p) => (p.used.isNullObject ? null : p.ws)),
        probes.map((p) => p.name),
      )
    : { merges: probes.map(() => []), notes: [] };

  const areas = probes.map((p) => (p.used.isNullObject ? null : (parseAddressAreas(p.used.address)[0] ?? null)));
  const total = areas.reduce((n, a) => n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
  if (total > MAX_READ_CELLS) {
    const biggest = probes[areas.reduce((m, a, i, all) => (cellsArea(a) > cellsArea(all[m]) ? i : m), 0)].name;
    throw new ExcelHostError(
      `Buku kerja ini terlalu besar untuk diperiksa: ${total.toLocaleString("id-ID")} sel terpakai (paling banyak ${MAX_READ_CELLS.toLocaleString("id-ID")}). Periksa sheet "${biggest}": hapus baris/kolom kosong yang berformat di bawah atau di kanan data, lalu coba lagi.`,
    );
  }

  const rows: (Cell | null)[][][] = probes.map(() => []);
  const queue = planReads(areas);
  while (queue.length > 0) {
    const request = queue.shift()!;
    const loads = request.map((b) => {
      const range = probes[b.sheet].ws.getRange(blockAddress(b));
      range.load("values,numberFormat,valueTypes");
      return { b, range };
    });
    try {
      // One sync per request of READ_CELLS cells: bounded and counted (see the header).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded" ? split(request) : null;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    for (const { b, range } of loads) {
      const sheetRows = rows[b.sheet];
      const values = range.values;
      const formats = range.numberFormat;
      const types = range.valueTypes;
      for (let r = 0; r < values.length; r++) {
        const row: (Cell | null)[] = sheetRows[b.top + r] ?? new Array<Cell | null>(b.left).fill(null);
        for (let c = 0; c < values[r].length; c++)
          row[b.left + c] = officeCell(values[r][c], formats[r]?.[c], types[r]?.[c]);
        sheetRows[b.top + r] = row;
      }
    }
  }

  const sheets: SheetGrid[] = probes.map(({ name }, i) => {
    // getUsedRange (ExcelApi 1.1) gives the empty top-left cell of a blank sheet: no rows either.
    if (!areas[i] || rows[i].every((r) => !r || r.every((c) => c === null))) return { name, rows: [] };
    return merges[i].length > 0 ? { name, rows: rows[i], merges: merges[i] } : { name, rows: rows[i] };
  });
  const customProperties: Record<string, string> = {};
  // @requires tahapanSop
  if (custom) for (const p of custom.items) if (typeof p.value === "string") customProperties[p.key] = p.value;
  return notes.length > 0 ? { sheets, customProperties, readNotes: notes } : { sheets, customProperties };
}

/** Said when a sheet's merged cells could not be read (Bahasa Indonesia, naming the sheet). */
export function mergedAreasNote(sheet: string): string {
  return (
    `Sel gabungan di sheet "${sheet}" tidak dapat dibaca: Excel hanya memberikan daftar sel gabungan bila jumlahnya tidak lebih dari 512, ` +
    `dan sheet ini memiliki lebih dari 512 sel gabungan (atau Excel menolak membacanya). Sheet tetap diperiksa, tetapi sel gabungan dibaca hanya di sel kiri atasnya; ` +
    `bila ada temuan di sel yang digabung, lepaskan gabungannya (Beranda > Gabungkan & Tengahkan) lalu Validasi lagi.`
  );
}

/**
 * The merged areas of every sheet (Range.getMergedAreasOrNullObject, ExcelApi 1.13), in a sync of
 * their own: the method fails on a range with more than 512 merged areas (Excel.Range class page),
 * and a failure must not take the used ranges or the other sheets with it. All sheets are asked
 * in one sync; when it fails, each sheet in a sync of its own (only then), and a sheet that still
 * fails is read without merges, with a note naming it. @requires selMerge
 */
async function readMergedAreas(
  context: Excel.RequestContext,
  sheets: readonly (Excel.Worksheet | null)[],
  names: readonly string[],
): Promise<{ merges: MergeRange[][]; notes: string[] }> {
  const ask = (ws: Excel.Worksheet | null) => {
    if (!ws) return null;
    const m = ws.getRange().getMergedAreasOrNullObject();
    m.load("address");
    return m;
  };
  const read = (m: Excel.RangeAreas | null): MergeRange[] => (m && !m.isNullObject ? parseAddressAreas(m.address) : []);
  const all = sheets.map(ask);
  try {
    await context.sync();
    return { merges: all.map(read), notes: [] };
  } catch {
    // one sheet (or more) refused: ask each on its own below
  }
  const merges: MergeRange[][] = [];
  const notes: string[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const m = ask(sheets[i]);
    if (!m) {
      merges.push([]);
      continue;
    }
    try {
      // One sync per sheet, only after the shared one failed.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      merges.push(read(m));
    } catch {
      merges.push([]);
      notes.push(mergedAreasNote(names[i]));
    }
  }
  return { merges, notes };
}

function cellsArea(a: MergeRange | null | undefined): number {
  return a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0;
}
