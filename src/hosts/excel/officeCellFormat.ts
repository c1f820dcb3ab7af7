/**
 * "Ubah format sel": a number typed into a cell formatted as a date (or as Teks) stays a date
 * (or text), so the galat never clears by typing. This changes only the cell's number format to
 * General; its value is kept, its fill and everything else untouched.
 *
 * Office.js: Range.numberFormat (ExcelApi 1.1), a 2-D array the size of the range
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member);
 * setting it changes the format only, never the value. Worksheets are found by name without
 * case, as Excel names them (WorksheetCollection.load, ExcelApi 1.1).
 */
import { ExcelHostError } from "./port";

/** The format LAKIP sets: Excel's "Umum" (General). */
export const GENERAL_FORMAT = "General";

/** @requires validasi */
export async function setGeneralFormatOffice(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ws = worksheets.items.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws)
    throw new ExcelHostError(
      `Sheet "${sheet}" tidak ada lagi di buku kerja ini (mungkin diganti nama atau dihapus). Jalankan Validasi lagi.`,
    );
  const range = ws.getRange(address);
  range.numberFormat = [[GENERAL_FORMAT]];
  await context.sync();
}
