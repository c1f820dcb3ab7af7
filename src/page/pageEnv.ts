/**
 * What every view of LAKIP.html is given: the one task runner (progress, Hentikan, the result
 * notice), the files port, who records each SOP step, and the ONE workbook state that moves
 * forward: the newest workbook (opened, or made by Himpun or Rekap) is the one every later view uses.
 */
import { analyzeWorkbook } from "../core/index";
import type { Analysis, Finding } from "../core/model";
import { readStepRecords, recordExcelCommand, type StepNumber, type Who } from "../core/sop";
import type { WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import type { PaneTask } from "../panes/common/usePaneTask";
import type { Made, PageFiles } from "./pageFiles";

/** Where the current workbook came from (shown beside its name). */
export type Origin = "dibuka" | "himpun" | "rekap" | "rekapTw";

export const ORIGIN_TEXT: Record<Origin, string> = {
  dibuka: "dibuka dari komputer Anda",
  himpun: "hasil Himpun",
  rekap: "hasil Rekap",
  rekapTw: "hasil Rekap triwulan",
};

export interface Current {
  file: WorkbookFile;
  analysis: Analysis;
  origin: Origin;
}

export interface PageEnv {
  task: PaneTask;
  files: PageFiles;
  /** True while a task runs: every action waits. */
  disabled: boolean;
  /** Who is recorded for an SOP step: the user's name and the step's pelaksana (editable). */
  who: (step: StepNumber) => Who;
  current: Current | null;
  /**
   * Makes `file` the workbook every later view uses, and returns it analysed; `validated`: it was
   * opened in Validasi, so a clean one records step 4 Selesai.
   */
  setCurrent: (file: WorkbookFile, origin: Origin, validated?: boolean) => Current;
  /** Keeps nothing itself: hands the made file to the user (download). */
  deliver: (made: Made, keep?: (made: Made) => void) => void;
}

/** The current workbook, analysed by the engine. */
export function currentOf(file: WorkbookFile, origin: Origin): Current {
  return { file, analysis: analyzeWorkbook(file.grid), origin };
}

/** How many of the findings are galat (not peringatan). */
export function errorCountOf(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

export const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_ACCEPT = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const ZIP_TYPE = "application/zip";

/**
 * Step 4 finishes when the gathered data is validated clean: the current workbook (no galat)
 * gets step 4 Selesai in its properties, carried by every file made from it later (Rekap, the
 * highlighted copy, the report). Null when there is nothing to record.
 */
export function validatedClean(c: Current, who: Who, now: Date): Current | null {
  const props = c.file.grid.customProperties ?? {};
  if (errorCountOf(c.analysis.findings) > 0 || readStepRecords(props).get(4)?.status === "Selesai") return null;
  const next = { ...props, ...recordExcelCommand(props, "validasiBersih", who, now, "Divalidasi di LAKIP.html") };
  return {
    ...c,
    file: { ...c.file, grid: { ...c.file.grid, customProperties: next } },
    analysis: { ...c.analysis, customProperties: next },
  };
}
