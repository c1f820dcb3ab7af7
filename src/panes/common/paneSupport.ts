/** Small helpers both panes use: the user-facing text of an error, and reading a picked .xlsx. */
import type { WorkbookGrid } from "../../core/grid";
import { UnreadableWorkbookError } from "../../hosts/files/errors";

/**
 * The message to show for a failure: a host error's or the workbook reader's own text (already
 * written for the user, in Bahasa Indonesia), otherwise "Terjadi kesalahan tak terduga: ...".
 */
export function userMessage(error: unknown, hostError: abstract new (...args: never[]) => Error): string {
  // The reader's own refusals (not a workbook, damaged, over the limits) are written for the user too.
  if (error instanceof hostError || error instanceof UnreadableWorkbookError) return error.message;
  if (error instanceof Error) return `Terjadi kesalahan tak terduga: ${error.message}`;
  return `Terjadi kesalahan tak terduga: ${String(error)}`;
}

/** Reads a picked .xlsx with ExcelJS, which is loaded only now (a lazy chunk, not the initial bundle). */
export async function readPickedWorkbook(data: ArrayBuffer): Promise<WorkbookGrid> {
  const { readWorkbookGrid } = await import("../../hosts/files/readXlsx");
  return readWorkbookGrid(data);
}
