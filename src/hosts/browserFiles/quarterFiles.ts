/**
 * A quarter's round over files, for LAKIP.html (spec 5.1, 6; docs/decisions/quarters.md): unit
 * files for quarter N in one .zip (only quarter N's cells open), Himpun of those files back into
 * the master (only quarter N's cells written), and the Laporan Triwulan .docx. The same core and
 * writers as `lakip format --per-unit --triwulan N`, `lakip himpun` and `lakip triwulan`; no SOP
 * step is recorded (a quarter is no step of the year's SOP). Runs in Node too.
 */
import JSZip from "jszip";
import { analyzeWorkbook, hasErrors } from "../../core/index";
import type { Analysis, Finding } from "../../core/model";
import { buildUnitFiles } from "../../core/layout/unitFiles";
import { planGather, type GatherPlan } from "../../core/layout/gather";
import { QuarterColumnsError, UNIT_FILE_QUARTER_PROPERTY } from "../../core/layout/quarterUnitFiles";
import { safeFileNames } from "../../core/layout/fileNames";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import { UserError } from "../../core/errors";
import type { WorkbookGrid } from "../../core/grid";
import { renderLayoutXlsx } from "../files/writeFormat";
import { writeGatheredXlsx } from "../files/gatherXlsx";
import { fillTriwulanZip } from "../files/triwulanDocx";
import type { FillReport } from "../files/docxFill";
import { structuralError } from "./formatFiles";
import type { WorkbookFile } from "./workbookFiles";

/** Said when a master cannot give quarter N's unit files (no Realisasi TW N column, ...). */
export class QuarterFilesError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "QuarterFilesError";
  }
}

export type QuarterUnitFilesResult =
  | { refused: Finding[] }
  | { refused: null; units: { unit: string; fileName: string }[]; zip: Uint8Array; zipName: string; notes: string[] };

/**
 * Quarter `n`'s unit files from the master `file`, in one .zip: each file opens only Realisasi TW
 * N, Kendala TW N and the Anggaran's Realisasi TW N, and carries the property `LAKIP Triwulan` = N.
 * Refused with the structural findings when the master lacks sheets or header rows.
 */
export async function quarterUnitFilesZip(file: WorkbookFile, n: Quarter, now: Date): Promise<QuarterUnitFilesResult> {
  const analysis = analyzeWorkbook(file.grid);
  const bad = analysis.findings.filter(structuralError);
  if (bad.length > 0) return { refused: bad };
  let plan: ReturnType<typeof buildUnitFiles>;
  try {
    plan = buildUnitFiles(file.grid, analysis.identitas, { triwulan: n });
  } catch (e) {
    if (e instanceof QuarterColumnsError) throw new QuarterFilesError(e.problems.join(" "));
    throw e;
  }
  if (plan.files.length === 0) throw new QuarterFilesError(`${file.name} tidak memuat sheet unit.`);
  const props = { ...(file.grid.customProperties ?? {}), [UNIT_FILE_QUARTER_PROPERTY]: String(n) };
  const zip = new JSZip();
  for (const f of plan.files) zip.file(f.fileName, await renderLayoutXlsx(f.layout, props), { date: now });
  const tahun = analysis.identitas.tahun;
  const [{ fileName: zipName }] = safeFileNames(
    [`Berkas unit Triwulan ${romanQuarter(n)}${tahun === null ? "" : ` ${tahun}`}`],
    ".zip",
  );
  return {
    refused: null,
    units: plan.files.map((f) => ({ unit: f.unit, fileName: f.fileName })),
    zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    zipName,
    notes: plan.notes,
  };
}

export interface QuarterGatherResult {
  /** The master with quarter N's cells gathered (a new workbook; the master's bytes are not changed). */
  bytes: Uint8Array;
  plan: GatherPlan;
  /** The gathered workbook read for quarter N's report (MISSING_QUARTER where a unit has not reported). */
  analysis: Analysis;
}

/**
 * Himpun of quarter `n`'s unit files into a copy of `master`, as `lakip himpun --triwulan N`:
 * only Realisasi TW N, Kendala TW N and the Anggaran's Realisasi TW N are written; earlier
 * quarters, the year's columns and the master's texts stay.
 */
export async function gatherQuarterWorkbook(
  master: WorkbookFile,
  units: readonly { name: string; grid: WorkbookGrid }[],
  n: Quarter,
): Promise<QuarterGatherResult> {
  const tahun = analyzeWorkbook(master.grid).identitas.tahun;
  const plan = planGather(master.grid, units, tahun, { triwulan: n });
  const bytes = await writeGatheredXlsx(master.bytes, plan.writes, {});
  const { readWorkbookGrid } = await import("../files/readXlsx");
  const analysis = analyzeWorkbook(await readWorkbookGrid(bytes), { triwulan: n });
  return { bytes, plan, analysis };
}

export type TriwulanReportResult =
  { refused: Finding[] } | { refused: null; bytes: Uint8Array; fileName: string; fill: FillReport; analysis: Analysis };

/**
 * The Laporan Capaian Kinerja Triwulan N from `grid` (the built-in template), as `lakip triwulan`:
 * refused with the error findings of quarter N (MISSING_QUARTER included).
 */
export async function triwulanReport(grid: WorkbookGrid, n: Quarter, now: Date): Promise<TriwulanReportResult> {
  const analysis = analyzeWorkbook(grid, { triwulan: n });
  if (hasErrors(analysis.findings)) return { refused: analysis.findings.filter((f) => f.severity === "error") };
  const { zip, fill } = await fillTriwulanZip(analysis, n, now);
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  const tahun = analysis.identitas.tahun;
  const [{ fileName }] = safeFileNames(
    [`Laporan Triwulan ${romanQuarter(n)}${tahun === null ? "" : ` ${tahun}`}`],
    ".docx",
  );
  return { refused: null, bytes, fileName, fill, analysis };
}
