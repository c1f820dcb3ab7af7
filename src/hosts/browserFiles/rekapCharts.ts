/**
 * ExcelJS does not keep charts when it reads and writes a workbook: a copy made by LAKIP.html
 * would lose the chart of a Rekap sheet it did not write itself (the year's Rekap when Rekap TW N
 * is made, and the other way round). The chart is made again from the sheet's own sasaran table
 * (the heading "Capaian per sasaran strategis ...", its header, then one row per sasaran), at the
 * place and with the title the Rekap writers give it.
 */
import type ExcelJS from "exceljs";
import { REKAP_SHEET, REKAP_WIDTH, type RekapRange, type RekapValue } from "../../core/plan/rekapTable";
import { REKAP_TW_WIDTH } from "../../core/plan/rekapTwTable";
import { normalizeLabel } from "../../core/text";

export interface RekapChartSpec {
  sheet: string;
  source: RekapRange;
  values: RekapValue[][];
  at: { row: number; col: number };
  title: string;
}

const TW_NAME = /^rekap tw (i|ii|iii|iv)$/;

function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): RekapValue {
  const v = ws.getCell(row + 1, col + 1).value;
  return typeof v === "number" || typeof v === "string" ? v : "";
}

/** The chart of one Rekap sheet, from its sasaran table; null when the sheet has none. */
function specOf(ws: ExcelJS.Worksheet): RekapChartSpec | null {
  const key = normalizeLabel(ws.name);
  const tw = TW_NAME.exec(key);
  if (key !== normalizeLabel(REKAP_SHEET) && !tw) return null;
  let heading = -1;
  for (let r = 0; r < ws.rowCount; r++) {
    const a = cellValue(ws, r, 0);
    if (typeof a === "string" && /^capaian per sasaran strategis/i.test(a)) {
      heading = r;
      break;
    }
  }
  if (heading < 0) return null;
  const top = heading + 1;
  let bottom = top;
  while (bottom + 1 < ws.rowCount && cellValue(ws, bottom + 1, 0) !== "") bottom++;
  if (bottom <= top) return null;
  const values: RekapValue[][] = [];
  for (let r = 0; r <= bottom; r++) values.push([cellValue(ws, r, 0), cellValue(ws, r, 1)]);
  return {
    sheet: ws.name,
    source: { top, left: 0, bottom, right: 1 },
    values,
    at: { row: 3, col: (tw ? REKAP_TW_WIDTH : REKAP_WIDTH) + 1 },
    title: tw
      ? `Capaian per Sasaran Strategis s.d. Triwulan ${tw[1].toUpperCase()} (%)`
      : "Capaian per Sasaran Strategis (%)",
  };
}

/** The charts of the Rekap sheets other than `except` (the one being written), to be made again. */
export function otherRekapCharts(wb: ExcelJS.Workbook, except: string): RekapChartSpec[] {
  const skip = normalizeLabel(except);
  return wb.worksheets
    .filter((ws) => normalizeLabel(ws.name) !== skip)
    .map(specOf)
    .filter((s): s is RekapChartSpec => s !== null);
}
