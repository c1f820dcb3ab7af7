/**
 * The columns of the format's indicator and Anggaran sheets and the years they are for
 * (spec 2.2): headers, earlier years, how many data rows carry checks.
 */
import { yearColumnHeader } from "../read/yearColumns";

/** How many data rows carry dropdowns and number checks. */
export const DATA_ROWS = 200;

export const INDICATOR_HEADERS = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
  "Realisasi Tahun Lalu",
  "Target Akhir Renstra",
  "Keterangan",
  "Faktor Pendukung",
  "Faktor Penghambat",
  "Upaya Perbaikan",
  "Standar Nasional",
] as const;

/** How many earlier years the format offers columns for (Target and Realisasi of each; spec 2.2). */
export const EARLIER_YEARS = 2;

/**
 * The earlier years' headers the format appends after INDICATOR_HEADERS for reporting year
 * `tahun`, oldest first: `Target 2023`, `Realisasi 2023`, `Target 2024` (the Realisasi of
 * tahun - 1 is the `Realisasi Tahun Lalu` column, so it is not repeated: spec 2.2).
 */
export function earlierYearHeaders(tahun: number, years: number = EARLIER_YEARS): string[] {
  const headers: string[] = [];
  for (let y = tahun - years; y < tahun; y++) {
    headers.push(yearColumnHeader("target", y));
    if (y !== tahun - 1) headers.push(yearColumnHeader("realisasi", y));
  }
  return headers;
}

/** Every header of an indicator sheet of the format for reporting year `tahun`, in column order. */
export function indicatorHeaders(tahun: number, years: number = EARLIER_YEARS): string[] {
  return [...INDICATOR_HEADERS, ...earlierYearHeaders(tahun, years)];
}

/** The reporting year a new format is made for when none is given: last year (a LAKIP reports the year past). */
export function defaultFormatYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

export const ANGGARAN_HEADERS = ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"] as const;

/** Title row, note row, then the header row (row 3, 0-based 2). */
export const TITLE_ROWS = 2;
