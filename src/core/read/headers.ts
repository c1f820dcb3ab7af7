/** Header-row detection with aliases (spec sections 2.2 and 2.3). */
import { normalizeLabel } from "../text";
import { SheetView, cellText } from "./sheetView";

export interface ColumnSpec<K extends string> {
  key: K;
  /** The header as the spec names it (used in messages). */
  label: string;
  aliases: string[];
  required: boolean;
}

export const INDICATOR_COLUMNS = [
  { key: "no", label: "No", aliases: ["No", "No.", "Nomor"], required: false },
  { key: "sasaran", label: "Sasaran Strategis", aliases: ["Sasaran Strategis", "Sasaran"], required: true },
  { key: "indikator", label: "Indikator Kinerja", aliases: ["Indikator Kinerja", "Indikator"], required: true },
  { key: "satuan", label: "Satuan", aliases: ["Satuan"], required: true },
  { key: "polaritas", label: "Polaritas", aliases: ["Polaritas"], required: true },
  { key: "target", label: "Target", aliases: ["Target"], required: true },
  { key: "realisasi", label: "Realisasi", aliases: ["Realisasi"], required: true },
  { key: "realisasiTahunLalu", label: "Realisasi Tahun Lalu", aliases: ["Realisasi Tahun Lalu"], required: false },
  { key: "targetAkhirRenstra", label: "Target Akhir Renstra", aliases: ["Target Akhir Renstra"], required: false },
  { key: "standarNasional", label: "Standar Nasional", aliases: ["Standar Nasional"], required: false },
  { key: "keterangan", label: "Keterangan", aliases: ["Keterangan"], required: false },
  { key: "faktorPendukung", label: "Faktor Pendukung", aliases: ["Faktor Pendukung"], required: false },
  { key: "faktorPenghambat", label: "Faktor Penghambat", aliases: ["Faktor Penghambat"], required: false },
  { key: "upayaPerbaikan", label: "Upaya Perbaikan", aliases: ["Upaya Perbaikan", "Solusi", "Upaya"], required: false },
] as const satisfies readonly ColumnSpec<string>[];

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]["key"];

export const ANGGARAN_COLUMNS = [
  {
    key: "program",
    label: "Program/Kegiatan",
    aliases: ["Program/Kegiatan", "Program / Kegiatan", "Program", "Kegiatan"],
    required: true,
  },
  { key: "sasaran", label: "Sasaran Strategis", aliases: ["Sasaran Strategis", "Sasaran"], required: false },
  { key: "pagu", label: "Pagu", aliases: ["Pagu", "Pagu Anggaran"], required: true },
  { key: "realisasi", label: "Realisasi", aliases: ["Realisasi", "Realisasi Anggaran"], required: true },
] as const satisfies readonly ColumnSpec<string>[];

export type AnggaranColumn = (typeof ANGGARAN_COLUMNS)[number]["key"];

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch<K extends string> {
  /** 0-based header row. */
  row: number;
  /** Column index of each header found (the first one, when a header stands twice). */
  columns: Partial<Record<K, number>>;
}

/** Folded header text -> column key, over every alias of `specs`. */
export function headerLookup<K extends string>(specs: readonly ColumnSpec<K>[]): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const alias of spec.aliases) lookup.set(normalizeLabel(alias), spec.key);
  return lookup;
}

/** The text cells of a header row as [0-based column, text], in column order (at most 200 columns). */
export function headerCells(view: SheetView, row: number): [number, string][] {
  const cells: [number, string][] = [];
  const width = Math.min(view.width(HEADER_SEARCH_ROWS), 200);
  for (let c = 0; c < width; c++) {
    const cell = view.raw(row, c);
    if (cell && cell.t === "s") cells.push([c, cellText(cell)]);
  }
  return cells;
}

function matchRow<K extends string>(
  view: SheetView,
  row: number,
  specs: readonly ColumnSpec<K>[],
): Partial<Record<K, number>> {
  const lookup = headerLookup(specs);
  const found: Partial<Record<K, number>> = {};
  const width = Math.min(view.width(HEADER_SEARCH_ROWS), 200);
  for (let c = 0; c < width; c++) {
    const cell = view.raw(row, c);
    if (!cell || cell.t !== "s") continue;
    const key = lookup.get(normalizeLabel(cellText(cell)));
    if (key !== undefined && found[key] === undefined) found[key] = c;
  }
  return found;
}

/**
 * The first row among the first 10 that holds all `keys`; undefined when none does.
 * `partial` is the first row that holds `anchor` (to tell a broken header from a notes sheet).
 */
export function findHeaderRow<K extends string>(
  view: SheetView,
  specs: readonly ColumnSpec<K>[],
  keys: readonly K[],
  anchor: K,
): { full?: HeaderMatch<K>; partial?: HeaderMatch<K> } {
  let partial: HeaderMatch<K> | undefined;
  const limit = Math.min(HEADER_SEARCH_ROWS, view.lastRow + 1);
  for (let r = 0; r < limit; r++) {
    const columns = matchRow(view, r, specs);
    if (keys.every((k) => columns[k] !== undefined)) return { full: { row: r, columns } };
    if (!partial && columns[anchor] !== undefined) partial = { row: r, columns };
  }
  return { partial };
}

/** Edit distance of two short strings (insertions, deletions, substitutions), stopping above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A header cell of `row` that nearly spells one of `spec`'s aliases ("Realisai" for "Realisasi"):
 * not a header of any column, at most 1 edit away (2 for headers of 8 letters or more).
 */
export function nearHeader<K extends string>(
  view: SheetView,
  row: number,
  spec: ColumnSpec<K>,
  specs: readonly ColumnSpec<K>[],
): { col: number; text: string } | null {
  const known = headerLookup(specs);
  for (const [col, text] of headerCells(view, row)) {
    const folded = normalizeLabel(text);
    if (folded === "" || known.has(folded)) continue;
    for (const alias of spec.aliases) {
      const target = normalizeLabel(alias);
      if (editDistance(folded, target, target.length >= 8 ? 2 : 1) <= (target.length >= 8 ? 2 : 1))
        return { col, text: text.trim() };
    }
  }
  return null;
}
