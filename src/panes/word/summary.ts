/**
 * What the Word pane shows about a loaded workbook and a fill, as plain data and Indonesian
 * sentences (pure: tested without React).
 */
import type { Analysis, Predikat } from "../../core/model";
import { formatNumber, formatPercent } from "../../core/format/number";
import { DEFAULT_SCALE } from "../../core/compute/predikat";
import type { FillReport } from "../../hosts/word/port";

export interface PredikatCount {
  predikat: Predikat;
  count: number;
}

export interface DataSummary {
  instansi: string;
  tahun: string;
  /** "97,35%" or "-" when it cannot be computed. */
  capaianOrganisasi: string;
  predikatOrganisasi: Predikat | null;
  jumlahIndikator: number;
  /** Indicators per predikat, in the scale's order (highest first), zero counts included. */
  perPredikat: PredikatCount[];
  /** Indicators whose capaian cannot be computed. */
  tanpaCapaian: number;
  /** The rules in force, one sentence: the scale's source and bands, the Turun formula, the bound. */
  aturan: string;
  errors: number;
  warnings: number;
}

export function summarize(analysis: Analysis): DataSummary {
  const perPredikat = analysis.scale.bands.map((b) => ({
    predikat: b.predikat,
    count: analysis.indikator.filter((i) => i.predikat === b.predikat).length,
  }));
  return {
    instansi: analysis.identitas.instansi ?? "-",
    tahun: analysis.identitas.tahun === null ? "-" : String(analysis.identitas.tahun),
    capaianOrganisasi: formatPercent(analysis.organisasi.capaian),
    predikatOrganisasi: analysis.organisasi.predikat,
    jumlahIndikator: analysis.indikator.length,
    perPredikat,
    tanpaCapaian: analysis.indikator.filter((i) => i.capaian === null).length,
    aturan: describeRules(analysis),
    errors: analysis.findings.filter((f) => f.severity === "error").length,
    warnings: analysis.findings.filter((f) => f.severity === "warning").length,
  };
}

/** "Aturan: skala Permendagri 86/2017 (Sangat Tinggi ≥ 91%, …), rumus Turun (2T - R) / T, capaian tidak dibatasi." */
export function describeRules(analysis: Analysis): string {
  const { scale, pengaturan } = analysis;
  const bands = scale.bands
    .map((b) => (b.min === null ? `${b.predikat} di bawahnya` : `${b.predikat} ≥ ${formatNumber(b.min)}%`))
    .join(", ");
  const source = scale.name === DEFAULT_SCALE.name ? `skala ${DEFAULT_SCALE.name}` : "skala dari sheet Pengaturan";
  const batas =
    pengaturan.batasCapaian === null
      ? "capaian tidak dibatasi"
      : `capaian dibatasi ${formatNumber(pengaturan.batasCapaian)}%`;
  return `Aturan: ${source} (${bands}), rumus polaritas Turun ${pengaturan.rumusTurun}, ${batas}.`;
}

/** Why filling is refused, or null when it may go ahead. */
export function fillRefusal(summary: DataSummary | null): string | null {
  if (!summary) return "Muat data kinerja (.xlsx) terlebih dahulu.";
  if (summary.errors > 0) {
    return `Data masih memiliki ${summary.errors} galat. Perbaiki di Excel, simpan, lalu muat ulang berkasnya; pengisian laporan ditahan sampai tidak ada galat.`;
  }
  return null;
}

export interface FillMessages {
  /** One line per filled tag: "Tabel Pengukuran Kinerja: 2 kontrol diisi". */
  lines: string[];
  /** A warning naming the tags not found, or null. */
  warning: string | null;
}

export function describeFill(report: FillReport, titleOf: (tag: string) => string): FillMessages {
  const lines = report.filled.map((f) => `${titleOf(f.tag)}: ${f.count} kontrol diisi`);
  const warning =
    report.missing.length === 0
      ? null
      : `${report.missing.length} bagian tidak ditemukan di dokumen dan dilewati: ${report.missing
          .map(titleOf)
          .join(", ")}. Sisipkan kerangka LAKIP, atau letakkan kursor lalu gunakan "Sisipkan di kursor".`;
  return { lines, warning };
}

/** Base64 of binary data (chunked: no call-stack blow-up on a large template). */
export function toBase64(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
