/**
 * The Perjanjian Kinerja of a workbook as one .zip (LAKIP.html): PK-Kepala.docx and one
 * PK-<unit>.docx per unit, the same files `lakip pk` writes (src/hosts/files/pkDocx.ts). A
 * workbook with error findings (blank Realisasi aside) gives no zip, only the refusal.
 */
import JSZip from "jszip";
import type { WorkbookGrid } from "../../core/grid";
import type { Finding } from "../../core/model";
import { safeFileNames } from "../../core/layout/fileNames";
import type { Paper } from "../../core/report";
import { buildPkDocuments, type PkBuild } from "../files/pkDocx";

export interface PkZip {
  build: PkBuild;
  /** The error findings that stopped it, or null when the PKs were made. */
  refused: Finding[] | null;
  zip: Uint8Array;
  zipName: string;
}

export async function pkZip(grid: WorkbookGrid, now: Date, paper: Paper = "A4"): Promise<PkZip> {
  const build = await buildPkDocuments(grid, { now, paper });
  const tahun = build.plan.analysis.identitas.tahun;
  const [{ fileName: zipName }] = safeFileNames(
    [tahun === null ? "Perjanjian Kinerja" : `Perjanjian Kinerja ${tahun}`],
    ".zip",
  );
  const errors = build.plan.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { build, refused: errors, zip: new Uint8Array(), zipName };
  const zip = new JSZip();
  for (const f of build.files) zip.file(f.fileName, f.bytes, { date: now });
  return {
    build,
    refused: null,
    zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    zipName,
  };
}
