/**
 * The quarters' columns of an indicator sheet and of `Anggaran` (spec 2.2, 2.3): `Target TW I`
 * ... `Target TW IV`, `Realisasi TW I` ... `Realisasi TW IV`, `Rencana Aksi TW I` ...,
 * `Kendala TW I` ..., and `Cara Akumulasi`. One place that recognises these headers (for the
 * reader) and writes them (for the format and the unit files).
 *
 * Accepted spellings of a quarter: `TW I`, `TW 1`, `Triwulan I`, `Triwulan 1`, `TW-I`, `TW.I`
 * (I-IV and 1-4), case and white space folded.
 */
import { normalizeLabel } from "../text";

/** A quarter: 1..4. */
export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** What a quarter column holds. */
export type QuarterColumnKind = "target" | "realisasi" | "rencanaAksi" | "kendala";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** `I`, `II`, `III`, `IV`. */
export function romanQuarter(q: Quarter): string {
  return ROMAN[q - 1];
}

const KIND_WORDS: [string, QuarterColumnKind][] = [
  ["target", "target"],
  ["realisasi", "realisasi"],
  ["realisasi anggaran", "realisasi"],
  ["rencana aksi", "rencanaAksi"],
  ["kendala", "kendala"],
];

const QUARTER_HEADER =
  /^(target|realisasi anggaran|realisasi|rencana aksi|kendala)\s*(?:tw|triwulan)\s*[-.]?\s*(iv|iii|ii|i|[1-4])$/;

/** The kind and quarter of a header such as `Realisasi TW III` or `Target Triwulan 2`; undefined otherwise. */
export function parseQuarterHeader(text: string): { kind: QuarterColumnKind; quarter: Quarter } | undefined {
  const m = QUARTER_HEADER.exec(normalizeLabel(text));
  if (!m) return undefined;
  const kind = KIND_WORDS.find(([w]) => w === m[1])![1];
  const q = m[2];
  const quarter = (
    /^[1-4]$/.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase() as (typeof ROMAN)[number]) + 1
  ) as Quarter;
  return { kind, quarter };
}

/** The header a writer puts above a quarter column: `Target TW I`, `Realisasi TW II`, `Rencana Aksi TW III`. */
export function quarterHeader(kind: QuarterColumnKind, q: Quarter): string {
  const word = { target: "Target", realisasi: "Realisasi", rencanaAksi: "Rencana Aksi", kendala: "Kendala" }[kind];
  return `${word} TW ${romanQuarter(q)}`;
}

/** The quarters' Rekap sheets of the Excel pane (`Rekap TW I` ... `Rekap TW IV`): reserved names (spec 2.2), as matched. */
export const REKAP_TW_KEYS = ["rekap tw i", "rekap tw ii", "rekap tw iii", "rekap tw iv"];

/** The header of the accumulation column, and its alias. */
export const AKUMULASI_HEADER = "Cara Akumulasi";
const AKUMULASI_KEYS = new Set(["cara akumulasi", "akumulasi"]);

export function isAkumulasiHeader(text: string): boolean {
  return AKUMULASI_KEYS.has(normalizeLabel(text));
}

/** One quarter column found in a header row. */
export interface QuarterColumn {
  kind: QuarterColumnKind;
  quarter: Quarter;
  /** 0-based column. */
  col: number;
  /** The header as written (for messages). */
  header: string;
}

/** Per kind, the column of each quarter (index 0 = TW I); undefined where absent. */
export type QuarterColumnMap = Record<QuarterColumnKind, (QuarterColumn | undefined)[]>;

export interface QuarterColumns {
  columns: QuarterColumnMap;
  /** The `Cara Akumulasi` column, when present. */
  akumulasi?: { col: number; header: string };
  /** Columns for the same kind and quarter (or a second Cara Akumulasi) found twice: the first is kept. */
  duplicates: { kept: { col: number; header: string }; duplicate: { col: number; header: string } }[];
  /** True when the row holds any quarter column or Cara Akumulasi. */
  any: boolean;
}

function emptyMap(): QuarterColumnMap {
  return { target: [], realisasi: [], rencanaAksi: [], kendala: [] };
}

/**
 * Sorts the text cells of a header row ([0-based column, text], column order) into the quarter
 * columns. `kinds` limits what is read (the Anggaran sheet has only Realisasi TW).
 */
export function sortQuarterColumns(
  headers: readonly (readonly [number, string])[],
  kinds: readonly QuarterColumnKind[] = ["target", "realisasi", "rencanaAksi", "kendala"],
  withAkumulasi = true,
): QuarterColumns {
  const columns = emptyMap();
  const duplicates: QuarterColumns["duplicates"] = [];
  let akumulasi: QuarterColumns["akumulasi"];
  let any = false;
  for (const [col, header] of headers) {
    if (withAkumulasi && isAkumulasiHeader(header)) {
      any = true;
      if (akumulasi) duplicates.push({ kept: akumulasi, duplicate: { col, header } });
      else akumulasi = { col, header };
      continue;
    }
    const parsed = parseQuarterHeader(header);
    if (!parsed || !kinds.includes(parsed.kind)) continue;
    any = true;
    const list = columns[parsed.kind];
    const kept = list[parsed.quarter - 1];
    if (kept) duplicates.push({ kept, duplicate: { col, header } });
    else list[parsed.quarter - 1] = { ...parsed, col, header };
  }
  return { columns, akumulasi, duplicates, any };
}

/** Every column of `q` (all kinds), for blank-row detection. */
export function quarterColumnIndexes(q: QuarterColumns): number[] {
  const out: number[] = [];
  for (const list of Object.values(q.columns)) for (const c of list) if (c) out.push(c.col);
  if (q.akumulasi) out.push(q.akumulasi.col);
  return out;
}
