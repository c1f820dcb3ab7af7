/**
 * The Perjanjian Kinerja documents as .docx bytes (Node and browser: JSZip only): the built-in PK
 * template (src/core/pk/template.ts) or the agency's own, filled control by control with the
 * report's machinery (docxFill.ts), and `LAKIP PK` = `Tahun | unit | date` in the custom
 * properties (spec 5.2). Refilling a filled PK with the same workbook gives the same content.
 */
import JSZip from "jszip";
import type { WorkbookGrid } from "../../core/grid";
import { safeFileNames } from "../../core/layout/fileNames";
import type { Paper } from "../../core/report";
import {
  PK_PROPERTY,
  pkPropertyValue,
  pkRenderOptions,
  pkTanggal,
  pkTemplateParts,
  planPk,
  renderPk,
  type PkDocument,
  type PkPlan,
} from "../../core/pk";
import { setCustomProperties } from "./customProperties";
import { fillDocxZip, type FillReport } from "./docxFill";
import { FIXED_DATE } from "./docxTemplate";

export interface PkFile {
  /** null: the Kepala's PK. */
  unit: string | null;
  fileName: string;
  /** Why the file name differs from `PK-<unit>.docx` (Indonesian), or null. */
  fileNameChanged: string | null;
  bytes: Uint8Array;
  report: FillReport;
}

export interface PkBuildOptions {
  /** Today: the signing date when it falls in the PK's year. */
  now: Date;
  /** The signing date, when the user gives it. */
  tanggal?: Date | null;
  paper?: Paper;
  /** The agency's own template (.docx bytes) instead of the built-in one. */
  template?: Uint8Array;
}

export interface PkBuild {
  plan: PkPlan;
  tanggal: Date | null;
  /** Empty when the plan has error findings: nothing is made. */
  files: PkFile[];
}

/** The built-in PK template as a JSZip package. */
export function pkTemplateZip(paper: Paper = "A4"): JSZip {
  const zip = new JSZip();
  for (const [path, text] of pkTemplateParts(paper)) zip.file(path, text, { date: FIXED_DATE, createFolders: false });
  return zip;
}

export async function buildPkTemplateDocx(paper: Paper = "A4"): Promise<Uint8Array> {
  return pkTemplateZip(paper).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** File names: the Kepala's `PK-Kepala.docx` first, then `PK-<unit>.docx` in sheet order (Windows-safe). */
export function pkFileNames(documents: readonly PkDocument[]): { fileName: string; changed: string | null }[] {
  return safeFileNames(
    documents.map((d) => `PK-${d.unit ?? "Kepala"}`),
    ".docx",
  );
}

/** One document filled into a fresh copy of the template. */
export async function fillPkDocument(
  doc: PkDocument,
  plan: PkPlan,
  tanggal: Date | null,
  options: { paper?: Paper; template?: Uint8Array } = {},
): Promise<{ bytes: Uint8Array; report: FillReport }> {
  const zip = options.template ? await JSZip.loadAsync(options.template) : pkTemplateZip(options.paper);
  const contents = renderPk(doc, pkRenderOptions(plan, tanggal));
  const report = await fillDocxZip(zip, contents);
  await setCustomProperties(zip, {
    [PK_PROPERTY]: pkPropertyValue(doc, plan.analysis.identitas.tahun, tanggal),
  });
  for (const f of Object.values(zip.files)) f.date = FIXED_DATE;
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, report };
}

/** Every PK of the workbook, or none when it has error findings (blank Realisasi aside). */
export async function buildPkDocuments(grid: WorkbookGrid, options: PkBuildOptions): Promise<PkBuild> {
  const plan = planPk(grid);
  const tanggal = pkTanggal(plan.analysis.identitas.tahun, options.now, options.tanggal);
  if (plan.findings.some((f) => f.severity === "error")) return { plan, tanggal, files: [] };
  const names = pkFileNames(plan.documents);
  const files: PkFile[] = [];
  for (const [k, doc] of plan.documents.entries()) {
    const { bytes, report } = await fillPkDocument(doc, plan, tanggal, options);
    files.push({ unit: doc.unit, fileName: names[k].fileName, fileNameChanged: names[k].changed, bytes, report });
  }
  return { plan, tanggal, files };
}
