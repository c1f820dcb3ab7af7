/**
 * Tanggal Laporan (spec 2.1): a date cell, or a date written in Indonesian ("15 Januari 2026",
 * "15 Jan 2026", "15-01-2026", "15/01/2026", "2026-01-15"), as `YYYY-MM-DD`.
 */
import type { Cell } from "../grid";
import { tidyText } from "../text";
import { isDateFormat } from "./numberFormat";

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
};

function iso(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 (60 is the fictitious 1900-02-29). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Indonesian date text to `YYYY-MM-DD`; undefined when it is not a real date. */
export function parseTanggalText(text: string): string | undefined {
  const s = tidyText(text).toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ").trim();
  let m = /^(\d{1,2})\s*[ -]\s*([a-z]+)\.?\s*[ -]\s*(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]];
    return month === undefined ? undefined : iso(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1])); // day first, as Indonesia writes it
  m = /^(\d{4})-(\d{2})-(\d{2})(?:t00:00(?::00(?:\.0+)?)?z?)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A Tanggal Laporan cell to `YYYY-MM-DD`; undefined when it does not hold a date. */
export function readTanggalCell(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  switch (cell.t) {
    case "d":
      return parseTanggalText(cell.v.slice(0, 10));
    case "n":
      return isDateFormat(cell.f) ? excelSerialToIso(cell.v) : undefined;
    case "s":
      return parseTanggalText(cell.v);
    default:
      return undefined;
  }
}
