/**
 * The finding codes of spec section 4, their severities, and the Bahasa Indonesia sentences that
 * tell the user what to fix. Every finding names its sheet and cell.
 */
import type { Finding, FindingCode, Severity } from "../model";

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  MISSING_SHEET: "error",
  MISSING_IDENTITY: "error",
  MISSING_COLUMN: "error",
  MISSING_VALUE: "error",
  NOT_A_NUMBER: "error",
  FORMULA_ERROR: "error",
  INVALID_POLARITY: "error",
  ZERO_TARGET: "error",
  TEXT_NUMBER: "warning",
  PERCENT_OVER_100: "warning",
  NEGATIVE_VALUE: "warning",
  EXTREME_CAPAIAN: "warning",
  DUPLICATE_INDICATOR: "warning",
  BUDGET_OVER_PAGU: "warning",
  UNKNOWN_SASARAN: "warning",
  INVALID_SETTING: "error",
  ZERO_REALISASI: "error",
  DUPLICATE_COLUMN: "warning",
  MISSING_ANALYSIS: "warning",
  QUARTER_MISMATCH: "warning",
  MISSING_QUARTER: "error",
  INVALID_ACCUMULATION: "error",
};

/** Every finding code of spec section 4, in the spec's order. */
export const FINDING_CODES = Object.keys(DEFAULT_SEVERITY) as [FindingCode, ...FindingCode[]];

/** Short Indonesian titles of the codes, for lists and the user guide. */
export const CODE_TITLES: Record<FindingCode, string> = {
  MISSING_SHEET: "Sheet tidak ada",
  MISSING_IDENTITY: "Identitas belum lengkap",
  MISSING_COLUMN: "Kolom wajib tidak ada",
  MISSING_VALUE: "Isian wajib kosong",
  NOT_A_NUMBER: "Bukan angka",
  FORMULA_ERROR: "Rumus menghasilkan galat",
  INVALID_POLARITY: "Polaritas tidak dikenal",
  ZERO_TARGET: "Target nol",
  TEXT_NUMBER: "Angka diketik sebagai teks",
  PERCENT_OVER_100: "Persen di atas 100",
  NEGATIVE_VALUE: "Nilai negatif",
  EXTREME_CAPAIAN: "Capaian tidak wajar",
  DUPLICATE_INDICATOR: "Indikator ganda",
  BUDGET_OVER_PAGU: "Realisasi melebihi pagu",
  UNKNOWN_SASARAN: "Sasaran tidak dikenal",
  INVALID_SETTING: "Pengaturan tidak dapat dipakai",
  ZERO_REALISASI: "Realisasi nol",
  DUPLICATE_COLUMN: "Kolom ganda",
  MISSING_ANALYSIS: "Analisis penyebab belum ditulis",
  QUARTER_MISMATCH: "Realisasi tahunan berbeda dengan triwulan",
  MISSING_QUARTER: "Realisasi triwulan belum diisi",
  INVALID_ACCUMULATION: "Cara Akumulasi tidak dikenal",
};

/** Collects findings in reading order. */
export class FindingCollector {
  readonly items: Finding[] = [];

  add(
    code: FindingCode,
    sheet: string,
    cell: string,
    message: string,
    severity: Severity = DEFAULT_SEVERITY[code],
  ): void {
    this.items.push({ code, severity, sheet, cell, message });
  }
}

/** Quotes user text inside a message, shortened so that a message stays one readable sentence. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1) + "…" : t}"`;
}
