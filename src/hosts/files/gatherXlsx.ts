/**
 * Writes Himpun's result (src/core/layout/gather.ts) into a copy of the master's .xlsx bytes with
 * ExcelJS: the master's sheets, styles, validations and merges as they are, only the gathered
 * cells changed, and the master's custom document properties (SOP records) plus the new ones.
 * The master's bytes are only read.
 */
import ExcelJS from "exceljs";
import type { Cell } from "../../core/grid";
import type { GatherWrite } from "../../core/layout/gather";
import { isDateFormat, isPercentFormat } from "../../core/read/numberFormat";
import { parseCustomPropertiesXml } from "./customProperties";
import { withCustomProperties } from "./writeGrid";
import JSZip from "jszip";

function isoToDate(iso: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
}

/**
 * Sets one cell's number format. ExcelJS gives the cells of one loaded style the same style
 * object, so `cell.numFmt = ...` would change every cell of that style: the cell gets a copy.
 */
function setNumFmt(target: ExcelJS.Cell, numFmt: string): void {
  target.style = { ...target.style, numFmt };
}

/** Puts a unit's cell into the master's cell: the value as it is, text always as text. */
export function setValue(target: ExcelJS.Cell, cell: Cell | null): void {
  if (cell === null) {
    target.value = null;
    return;
  }
  const current = typeof target.numFmt === "string" ? target.numFmt : undefined;
  switch (cell.t) {
    case "n":
      target.value = cell.v;
      // The number means what its format says (0,9612 in a percent cell is 96,12): carry the
      // unit's format, or clear a percent/date format the master cell had for a plain number.
      if (cell.f) setNumFmt(target, cell.f);
      else if (isPercentFormat(current) || isDateFormat(current)) setNumFmt(target, "General");
      return;
    case "s":
      // A string value is written as a shared/inline string: never a formula, even "=...".
      target.value = cell.v;
      return;
    case "b":
      target.value = cell.v;
      return;
    case "d":
      target.value = isoToDate(cell.v);
      if (!isDateFormat(current)) setNumFmt(target, "d mmmm yyyy");
      return;
    case "e":
      target.value = { error: cell.v } as ExcelJS.CellErrorValue;
      return;
  }
}

/**
 * The master with the gathered cells written, as new .xlsx bytes; `properties` are added to (and
 * override) the master's custom properties.
 */
export async function writeGatheredXlsx(
  masterBytes: Uint8Array,
  writes: readonly GatherWrite[],
  properties: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(masterBytes as unknown as ExcelJS.Buffer);
  for (const w of writes) {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) continue;
    setValue(ws.getCell(w.row + 1, w.col + 1), w.cell);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // ExcelJS drops docProps/custom.xml: put the master's properties back, with the new ones.
  const zip = await JSZip.loadAsync(masterBytes);
  const entry = zip.file("docProps/custom.xml");
  const kept = entry ? parseCustomPropertiesXml(await entry.async("string")) : {};
  const all = { ...kept, ...properties };
  return Object.keys(all).length > 0 ? withCustomProperties(bytes, all) : bytes;
}
