/** Small helpers both panes use: reading a picked .xlsx (the text of an error is core/errors' userMessage). */
import type { WorkbookGrid } from "../../core/grid";

/** Reads a picked .xlsx with ExcelJS, which is loaded only now (a lazy chunk, not the initial bundle). */
export async function readPickedWorkbook(data: ArrayBuffer): Promise<WorkbookGrid> {
  const { readWorkbookGrid } = await import("../../hosts/files/readXlsx");
  return readWorkbookGrid(data);
}
