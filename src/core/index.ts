/**
 * The LAKIP engine's entry points: one engine for the CLI, the Excel pane and the Word pane.
 */
import type { WorkbookGrid } from "./grid";
import type { Analysis, ComputeOutput, Finding } from "./model";
import { analyze, type AnalyzeOptions } from "./analyze";

export type { WorkbookGrid, SheetGrid, Cell, MergeRange } from "./grid";
export * from "./model";
export type { AnalyzeOptions } from "./analyze";

/** Reads, validates and computes a workbook. Never throws on any grid. */
export function analyzeWorkbook(grid: WorkbookGrid, options: AnalyzeOptions = {}): Analysis {
  return analyze(grid, options);
}

/** Exactly the JSON of `lakip compute --json` (extra detail fields dropped). */
export function toComputeOutput(a: Analysis): ComputeOutput {
  return {
    findings: a.findings,
    identitas: a.identitas,
    indikator: a.indikator.map((i) => ({
      unit: i.unit,
      sasaran: i.sasaran,
      indikator: i.indikator,
      satuan: i.satuan,
      polaritas: i.polaritas,
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      predikat: i.predikat,
      sheet: i.sheet,
      row: i.row,
      standarNasional: i.standarNasional,
      riwayat: i.riwayat,
      capaianRenstra: i.capaianRenstra,
      akumulasi: i.akumulasi,
      triwulan: i.triwulan,
    })),
    pengaturan: a.pengaturan,
    sasaran: a.sasaran,
    unit: a.unit,
    organisasi: a.organisasi,
    anggaran: a.anggaran.map((x) => ({
      program: x.program,
      sasaran: x.sasaran,
      pagu: x.pagu,
      realisasi: x.realisasi,
      serapan: x.serapan,
    })),
    efisiensi: a.efisiensi,
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
