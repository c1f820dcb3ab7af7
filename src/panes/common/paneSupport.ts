/** Small helpers both panes use: the user-facing text of an error, and reading a picked .xlsx. */
import type { WorkbookGrid } from "../../core/grid";
import { UnreadableWorkbookError } from "../../hosts/files/errors";
import { COMMON } from "./texts";

/**
 * The message to show for a failure. A host error's own text is already written for the user
 * (Bahasa Indonesia), except the raw Office message a host appends after "gagal di Excel:" /
 * "gagal di Word:": that part is dropped and replaced by what to do. The workbook reader's own
 * refusals (not a workbook, damaged, over the limits) are written for the user too and shown as
 * they are. Anything else is a failure the pane did not foresee: a plain sentence, never the raw
 * (often English) message.
 */
export function userMessage(error: unknown, hostError: abstract new (...args: never[]) => Error): string {
  if (error instanceof UnreadableWorkbookError) return error.message;
  if (error instanceof hostError) {
    const raw = /^(.*?) gagal di (Excel|Word)\s*:/s.exec(error.message);
    return raw ? COMMON.hostFailed(raw[2] as "Excel" | "Word", raw[1]) : error.message;
  }
  return COMMON.unexpected;
}

/** Reads a picked .xlsx with ExcelJS, which is loaded only now (a lazy chunk, not the initial bundle). */
export async function readPickedWorkbook(data: ArrayBuffer): Promise<WorkbookGrid> {
  const { readWorkbookGrid } = await import("../../hosts/files/readXlsx");
  return readWorkbookGrid(data);
}
