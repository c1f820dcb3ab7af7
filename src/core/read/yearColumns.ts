/**
 * The columns of earlier years on an indicator sheet (spec 2.2): `Target YYYY`, `Realisasi YYYY`,
 * and `Realisasi Tahun Lalu` as the Realisasi of Tahun - 1. One place that recognises and writes
 * these headers, for the reader and for writers (`lakip format --from` moves this year's target
 * and realisasi into them).
 */
import { normalizeLabel } from "../text";

export type YearColumnKind = "target" | "realisasi";

const YEAR_HEADER = /^(target|realisasi)\s+(?:tahun\s+)?(\d{4})$/;
const TAHUN_LALU = "realisasi tahun lalu";

/**
 * The kind and year of a header such as `Target 2023` or `Realisasi 2024` (case and white space
 * folded; `Target Tahun 2023` also); undefined for any other header.
 */
export function parseYearHeader(text: string): { kind: YearColumnKind; year: number } | undefined {
  const m = YEAR_HEADER.exec(normalizeLabel(text));
  if (!m) return undefined;
  return { kind: m[1] as YearColumnKind, year: Number(m[2]) };
}

/** True for the header `Realisasi Tahun Lalu` (case and white space folded). */
export function isRealisasiTahunLaluHeader(text: string): boolean {
  return normalizeLabel(text) === TAHUN_LALU;
}

/** The header a writer puts above an earlier year's column: `Target 2024`, `Realisasi 2024`. */
export function yearColumnHeader(kind: YearColumnKind, year: number): string {
  return `${kind === "target" ? "Target" : "Realisasi"} ${year}`;
}

/** One column of an earlier year found in a header row. */
export interface YearColumn {
  kind: YearColumnKind;
  year: number;
  /** 0-based column. */
  col: number;
  /** The header as written (for messages). */
  header: string;
}

/** Columns for the same year and kind found twice: the first is kept, the second reported. */
export interface DuplicateYearColumn {
  kept: YearColumn;
  duplicate: YearColumn;
}

/**
 * Sorts the headers of one header row into the earlier years' columns of a workbook of `tahun`:
 * only years < tahun are read (a later column may hold plans). `Realisasi Tahun Lalu` is the
 * Realisasi of tahun - 1; a second column for the same year and kind is a duplicate.
 * `headers` lists [0-based column, text] of the row's text cells in column order.
 */
export function sortYearColumns(
  headers: readonly (readonly [number, string])[],
  tahun: number,
): { years: Map<number, { target?: YearColumn; realisasi?: YearColumn }>; duplicates: DuplicateYearColumn[] } {
  const years = new Map<number, { target?: YearColumn; realisasi?: YearColumn }>();
  const duplicates: DuplicateYearColumn[] = [];
  for (const [col, text] of headers) {
    let found: YearColumn | undefined;
    if (isRealisasiTahunLaluHeader(text)) found = { kind: "realisasi", year: tahun - 1, col, header: text };
    else {
      const parsed = parseYearHeader(text);
      if (parsed && parsed.year < tahun) found = { ...parsed, col, header: text };
    }
    if (!found) continue;
    let entry = years.get(found.year);
    if (!entry) years.set(found.year, (entry = {}));
    const kept = entry[found.kind];
    if (kept) duplicates.push({ kept, duplicate: found });
    else entry[found.kind] = found;
  }
  return { years, duplicates };
}
