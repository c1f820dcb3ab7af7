/**
 * Himpun's one honest outcome (issue 21): success when every chosen file was taken whole and the
 * SOP step recorded; a warning, titled as one, when data was taken but a file, a sheet or a cell
 * was refused or changed, or the step was not recorded; a refusal when nothing was taken.
 */
import type { FileReport } from "../../core/plan/himpunPlan";
import { EXCEL } from "../common/texts";
import type { Notice } from "../common/usePaneTask";

export interface HimpunCounts {
  sheets: number;
  rows: number;
  cells: number;
  files: number;
}

export function himpunOutcome(
  counts: HimpunCounts,
  reports: readonly FileReport[],
  /** Why the SOP step was not recorded, or null when it was. */
  sop: string | null,
): Notice {
  const taken = counts.sheets + counts.rows + counts.cells;
  const body = EXCEL.himpun.doneBody(counts.sheets, counts.rows, counts.cells, counts.files, taken > 0);
  if (taken === 0) return { intent: "error", title: EXCEL.himpun.noneTitle, body: EXCEL.himpun.noneBody };
  const attention = reports.filter((r) => r.refused.length > 0 || (r.warnings?.length ?? 0) > 0).length;
  const lines = sop ? [sop] : undefined;
  if (attention > 0) return { intent: "warning", title: EXCEL.himpun.partTitle(attention), body, lines };
  if (sop) return { intent: "warning", title: EXCEL.himpun.unrecordedTitle, body, lines };
  return { intent: "success", title: EXCEL.himpun.doneTitle, body };
}
