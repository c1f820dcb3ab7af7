/**
 * SOP steps 2 and 3 over files, for LAKIP.html: next year's format from this year's filled
 * workbook, and one workbook per unit from the master, bundled in one .zip. The same core and
 * writer as `lakip format --from` / `lakip format --per-unit` (src/cli/commands/formatNext.ts):
 * buildNextYearLayout, buildUnitFiles, renderLayoutXlsx; the same refusals. Runs in Node too.
 */
import JSZip from "jszip";
import { analyzeWorkbook, hasErrors } from "../../core/index";
import type { Finding } from "../../core/model";
import { buildNextYearLayout, type NextYearPlan } from "../../core/layout/nextYear";
import { buildUnitFiles, type UnitFile } from "../../core/layout/unitFiles";
import { safeFileNames } from "../../core/layout/fileNames";
import { recordExcelCommand, type Who } from "../../core/sop";
import { renderLayoutXlsx } from "../files/writeFormat";
import type { WorkbookFile } from "./workbookFiles";

export type NextYearResult =
  | { refused: Finding[] }
  | { refused: null; bytes: Uint8Array; fileName: string; plan: NextYearPlan; indicators: number };

/**
 * Next year's format from `file`; a workbook with error findings is refused with them (as `lakip
 * format --from`). Step 2 is recorded Selesai in the new workbook. Throws NextYearError (its
 * message in Indonesian) when the workbook's Tahun cannot be advanced.
 */
export async function nextYearWorkbook(file: WorkbookFile, who: Who, now: Date): Promise<NextYearResult> {
  const analysis = analyzeWorkbook(file.grid);
  if (hasErrors(analysis.findings)) return { refused: analysis.findings.filter((f) => f.severity === "error") };
  const plan = buildNextYearLayout(file.grid, analysis);
  const step2 = recordExcelCommand({}, "buatFormat", who, now, `Format ${plan.tahun} dibuat dari ${file.name}`);
  const bytes = await renderLayoutXlsx(plan.layout, step2);
  const [{ fileName }] = safeFileNames([`Format ${plan.tahun}`]);
  return { refused: null, bytes, fileName, plan, indicators: analysis.indikator.length };
}

/** Structural errors that make a master unusable for unit files (blank Realisasi is expected); `lakip format --per-unit`'s rule. */
export function structuralError(f: Finding): boolean {
  return (
    f.severity === "error" &&
    (f.code === "MISSING_SHEET" ||
      f.code === "MISSING_COLUMN" ||
      (f.code === "MISSING_IDENTITY" && /Tahun/.test(f.message)))
  );
}

export interface MadeUnitFile extends Pick<
  UnitFile,
  "unit" | "fileName" | "fileNameChanged" | "indicators" | "anggaranRows"
> {
  bytes: Uint8Array;
}

export type UnitFilesResult =
  | { refused: Finding[] }
  | { refused: null; files: MadeUnitFile[]; zip: Uint8Array; zipName: string; notes: string[]; tahun: number | null };

/**
 * One workbook per unit from the master `file` (as `lakip format --per-unit`), each with step 3
 * recorded Selesai over the master's own SOP records, and all of them in one .zip. Refused with
 * the structural findings when the master lacks sheets or header rows; a master without unit
 * sheets gives `files: []`.
 */
export async function unitFilesZip(file: WorkbookFile, who: Who, now: Date): Promise<UnitFilesResult> {
  const analysis = analyzeWorkbook(file.grid);
  const bad = analysis.findings.filter(structuralError);
  if (bad.length > 0) return { refused: bad };
  const plan = buildUnitFiles(file.grid, analysis.identitas);
  const props = { ...(file.grid.customProperties ?? {}) };
  const step3 = recordExcelCommand(
    props,
    "kirimFormat",
    who,
    now,
    `${plan.files.length} berkas unit dibuat dari ${file.name}`,
  );
  const zip = new JSZip();
  const files: MadeUnitFile[] = [];
  for (const f of plan.files) {
    const bytes = await renderLayoutXlsx(f.layout, { ...props, ...step3 });
    // Stored with the time they were made, so the unzipped files show it.
    zip.file(f.fileName, bytes, { date: now });
    files.push({
      unit: f.unit,
      fileName: f.fileName,
      fileNameChanged: f.fileNameChanged,
      indicators: f.indicators,
      anggaranRows: f.anggaranRows,
      bytes,
    });
  }
  const [{ fileName: zipName }] = safeFileNames(
    [plan.tahun === null ? "Format per unit" : `Format ${plan.tahun} per unit`],
    ".zip",
  );
  const zipBytes =
    files.length > 0 ? await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : new Uint8Array();
  return { refused: null, files, zip: zipBytes, zipName, notes: plan.notes, tahun: plan.tahun };
}
