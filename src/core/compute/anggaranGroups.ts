/**
 * Programs and their kegiatan in sheet `Anggaran` (spec 2.3): a row whose Program/Kegiatan text
 * begins with `Kegiatan` or `Sub Kegiatan` is a kegiatan of the nearest program row above it; its
 * pagu and realisasi are detail of that program and are not added to any total a second time.
 */
import type { AnggaranResult } from "../model";

/** "Kegiatan ...", "Sub Kegiatan ...", "Sub-Kegiatan ..." (any case). */
export function isKegiatanRow(program: string): boolean {
  return /^\s*(sub[\s-]*)?kegiatan\b/i.test(program);
}

export interface ProgramGroup<T extends AnggaranResult = AnggaranResult> {
  program: T;
  kegiatan: T[];
}

/**
 * The rows grouped as published budget tables print them, in sheet order. Kegiatan rows before
 * any program row stand as programs of their own (there is no program to hold them).
 */
export function programGroups<T extends AnggaranResult>(rows: readonly T[]): ProgramGroup<T>[] {
  const out: ProgramGroup<T>[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (isKegiatanRow(r.program) && last) last.kegiatan.push(r);
    else out.push({ program: r, kegiatan: [] });
  }
  return out;
}

/** The rows that carry the totals: every program row (kegiatan rows are its detail). */
export function programRows<T extends AnggaranResult>(rows: readonly T[]): T[] {
  return programGroups(rows).map((g) => g.program);
}
