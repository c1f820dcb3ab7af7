/** What every `lakip` command shares: output streams, exit codes, loading a workbook file. */
import type { WorkbookGrid } from "../core/grid";
import { UsageError } from "./args";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** Where a command writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};

/**
 * Reads an .xlsx workbook for a command. A missing, unreadable or non-xlsx file becomes a
 * UsageError (exit 2) with an Indonesian message. ExcelJS is loaded only here, when needed.
 */
export async function loadWorkbook(path: string): Promise<WorkbookGrid> {
  // Loaded on demand: `lakip --help` and `lakip format` errors stay fast.
  const files = await import("../hosts/files/readWorkbookFile");
  const errors = await import("../hosts/files/errors");
  try {
    return await files.readWorkbookFile(path);
  } catch (e) {
    if (e instanceof errors.WorkbookFileError) throw new UsageError(e.message);
    if (e instanceof errors.UnreadableWorkbookError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
