/**
 * Reads the open workbook into the neutral grid with Office.js in two `context.sync()` calls
 * whatever the number of sheets: (1) sheet names and custom properties, (2) every sheet's used
 * range (values, number formats, value types, address) and, with ExcelApi 1.13, merged areas.
 */
import type { Cell, MergeRange, SheetGrid, WorkbookGrid } from "../../core/grid";
import { parseA1 } from "../../core/grid";

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
  /** ExcelApi 1.13: read merged areas. */
  merges: boolean;
  /** ExcelApi 1.7: read custom properties (SOP records). */
  customProperties: boolean;
}

export async function readWorkbookOffice(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const custom = options.customProperties ? context.workbook.properties.custom : null;
  custom?.load("items/key,items/value");
  await context.sync();

  const visible = worksheets.items.filter(
    (ws) => ws.visibility !== "VeryHidden" && !ws.name.startsWith(PRIVATE_SHEET_PREFIX),
  );
  const loads = visible.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,valueTypes,address");
    let merged: Excel.RangeAreas | null = null;
    if (options.merges) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { name: ws.name, used, merged };
  });
  await context.sync();

  const sheets: SheetGrid[] = loads.map(({ name, used, merged }) => {
    if (used.isNullObject) return { name, rows: [] };
    const rows = rowsFromRange(used.address, used.values, used.numberFormat, used.valueTypes);
    const merges = merged && !merged.isNullObject ? parseAddressAreas(merged.address) : [];
    return merges.length > 0 ? { name, rows, merges } : { name, rows };
  });
  const customProperties: Record<string, string> = {};
  if (custom) for (const p of custom.items) if (typeof p.value === "string") customProperties[p.key] = p.value;
  return { sheets, customProperties };
}
