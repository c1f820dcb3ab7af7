/**
 * Steps 2-5 recorded in the workbook's custom properties (`LAKIP Langkah 2` ... `5`, same
 * format as the document's) when the Excel pane runs Buat Format, Himpun, Validasi without
 * errors and Rekap. Office.js: `workbook.properties.custom` (ExcelApi 1.7). Syncs: 2.
 *
 * Use: `await recordExcelCommandInWorkbook("buatFormat", { name, role })` after the command.
 */
import {
  recordExcelCommand,
  readStepRecords,
  type ExcelCommand,
  type StepNumber,
  type StepRecord,
  type Who,
} from "../../core/sop";
import { describeOfficeError } from "./officeErrors";
import { UserError } from "../../core/errors";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** Writes the command's step record into the open workbook; returns the values written. @requires tahapanSop */
export async function recordExcelCommandInWorkbook(
  command: ExcelCommand,
  who: Who,
  note = "",
  now: Date = new Date(),
  run: ExcelRun = officeExcelRun,
): Promise<Record<string, string>> {
  try {
    return await run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.load("items/key,items/value");
      await context.sync();
      const current: Record<string, string> = {};
      for (const p of custom.items) if (typeof p.value === "string") current[p.key] = p.value;
      const values = recordExcelCommand(current, command, who, now, note);
      for (const [k, v] of Object.entries(values)) custom.add(k, v);
      await context.sync();
      return values;
    });
  } catch (e) {
    throw new UserError(
      `Mencatat tahapan SOP di properti buku kerja gagal: ${describeOfficeError(e)}. Perintahnya sendiri sudah selesai.`,
    );
  }
}

/** The step records of the open workbook (for showing them in the Excel pane). @requires tahapanSop */
export async function readWorkbookStepRecords(run: ExcelRun = officeExcelRun): Promise<Map<StepNumber, StepRecord>> {
  return run(async (context) => {
    const custom = context.workbook.properties.custom;
    custom.load("items/key,items/value");
    await context.sync();
    const current: Record<string, string> = {};
    for (const p of custom.items) if (typeof p.value === "string") current[p.key] = p.value;
    return readStepRecords(current);
  });
}
