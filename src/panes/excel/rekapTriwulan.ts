/**
 * Rekap triwulan in the Excel pane (spec 5.1): the sheet "Rekap TW N" beside the year's Rekap.
 * The workbook is read for quarter N (a quarter up to N without realisasi is MISSING_QUARTER, an
 * error: nothing is written and the findings are shown, never a zero for a quarter not
 * reported). "Otomatis" takes the latest quarter reported. A quarter's rekap is no step of the
 * year's SOP: nothing is recorded. The host calls go through the ExcelHost port only.
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import type { AnalyzeOptions } from "../../core/analyze";
import { latestReportedQuarter } from "../../core/plan/rekapTwTable";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import type { ExcelHost, RekapResult } from "../../hosts/excel/port";
import { checkCancelled } from "../common/usePaneTask";

export type AnalyzeFn = (grid: WorkbookGrid, signal: AbortSignal, options?: AnalyzeOptions) => Promise<Analysis>;

export type RekapTwOutcome =
  | { kind: "none" }
  | { kind: "empty" }
  | { kind: "refused"; n: Quarter; errors: Finding[]; findings: Finding[] }
  | { kind: "done"; n: Quarter; analysis: Analysis; result: RekapResult; auto: boolean };

/** Reads, checks for quarter N (or the latest reported, when `choice` is undefined) and writes Rekap TW N. */
export async function rekapTriwulan(
  host: Pick<ExcelHost, "readWorkbook" | "writeRekapTw">,
  analyze: AnalyzeFn,
  choice: Quarter | undefined,
  signal: AbortSignal,
  progress: (label: string, value: number) => void = () => undefined,
): Promise<RekapTwOutcome> {
  progress("Membaca semua sheet…", 0.1);
  const grid = await host.readWorkbook();
  checkCancelled(signal);
  let n = choice;
  if (n === undefined) {
    progress("Mencari triwulan terakhir yang dilaporkan…", 0.3);
    n = latestReportedQuarter(await analyze(grid, signal));
    checkCancelled(signal);
    if (n === undefined) return { kind: "none" };
  }
  progress(`Memeriksa isian s.d. Triwulan ${romanQuarter(n)}…`, 0.5);
  const analysis = await analyze(grid, signal, { triwulan: n });
  checkCancelled(signal);
  const errors = analysis.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { kind: "refused", n, errors, findings: analysis.findings };
  if (analysis.indikator.length === 0) return { kind: "empty" };
  progress(`Menulis sheet Rekap TW ${romanQuarter(n)}…`, 0.8);
  const result = await host.writeRekapTw(analysis, n);
  return { kind: "done", n, analysis, result, auto: choice === undefined };
}
