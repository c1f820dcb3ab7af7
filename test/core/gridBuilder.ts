/** Builds grids for tests from plain values: number -> numeric cell, string -> text, null -> blank. */
import type { Cell, MergeRange, SheetGrid, WorkbookGrid } from "../../src/core/grid";

export type Plain = number | string | boolean | null | undefined | Cell;

export function cell(v: Plain): Cell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return { t: "n", v };
  if (typeof v === "string") return { t: "s", v };
  if (typeof v === "boolean") return { t: "b", v };
  return v;
}

export function sheet(name: string, rows: Plain[][], merges: MergeRange[] = []): SheetGrid {
  return { name, rows: rows.map((r) => r.map(cell)), merges };
}

export const IDENTITAS = sheet("Identitas", [
  ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
  ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
  ["Tahun", 2025],
  ["Nama Kepala", "Drs. H. Ahmad Yani, M.Si"],
  ["NIP Kepala", "19700101 199003 1 001"],
]);

export const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** A unit sheet with the standard header in row 1 and the given data rows from row 2. */
export function unitSheet(name: string, data: Plain[][], merges: MergeRange[] = []): SheetGrid {
  return sheet(name, [HEADER, ...data], merges);
}
