/**
 * Himpun of a quarter's unit files (spec section 6): from a file made by `lakip format --per-unit
 * --triwulan N` (its `LAKIP Triwulan` property), only quarter N's cells are taken: Realisasi TW N
 * and Kendala TW N of each indicator row, and the Anggaran's Realisasi TW N. Nothing else of the
 * master is written, so the earlier quarters (and the year's own columns) stay as they are.
 */
import { a1, type WorkbookGrid } from "../grid";
import { romanQuarter, type Quarter } from "../read/quarterColumns";
import type { GatherNote, GatherWrite } from "./gatherTypes";
import { cellText } from "../read/sheetView";
import { quarterColumnsOf, unitFileQuarter } from "./quarterUnitFiles";
import type { RawAnggaranSheet, RawIndicatorSheet } from "./unitSheet";

/**
 * The quarter a file is gathered for: its own `LAKIP Triwulan`, else the one asked for
 * (`--triwulan`), else undefined (a yearly file). A file made for another quarter than the one
 * asked for is refused ("refused", with a note).
 */
export function gatherQuarter(
  file: { name: string; grid: WorkbookGrid },
  asked: Quarter | undefined,
  refused: GatherNote[],
): Quarter | undefined | "refused" {
  const own = unitFileQuarter(file.grid);
  if (own !== undefined && asked !== undefined && own !== asked) {
    refused.push({
      file: file.name,
      sheet: "",
      cell: "",
      message: `Berkas "${file.name}" dibuat untuk Triwulan ${romanQuarter(own)}, sedangkan yang dihimpun Triwulan ${romanQuarter(asked)}; berkas ini tidak dihimpun.`,
    });
    return "refused";
  }
  return own ?? asked;
}

/**
 * The writes of quarter q of one unit sheet: the unit's Realisasi TW q and Kendala TW q into the
 * master's columns of the same headers, row for row. Undefined (and a note) when the master or the
 * file lacks the Realisasi TW q column.
 */
export function gatherQuarterSheet(
  file: string,
  master: RawIndicatorSheet,
  unit: RawIndicatorSheet,
  q: Quarter,
  writes: GatherWrite[],
  refused: GatherNote[],
  warnings: GatherNote[] = [],
): number | undefined {
  const mq = quarterColumnsOf(master.view, master.headerRow).columns;
  const uq = quarterColumnsOf(unit.view, unit.headerRow).columns;
  const mr = mq.realisasi[q - 1];
  const ur = uq.realisasi[q - 1];
  if (!mr || !ur) {
    refused.push({
      file,
      sheet: unit.name,
      cell: "",
      message: `Berkas "${file}", sheet "${unit.name}": kolom "Realisasi TW ${romanQuarter(q)}" tidak ada di ${!mr ? "format induk" : "berkas unit"}; sheet ini tidak dihimpun.`,
    });
    return undefined;
  }
  const pairs: [number, number][] = [[mr.col, ur.col]];
  const mk = mq.kendala[q - 1];
  const uk = uq.kendala[q - 1];
  if (mk && uk) pairs.push([mk.col, uk.col]);
  let values = 0;
  for (const r of master.indicatorRows)
    for (const [mc, uc] of pairs) {
      const u = unit.view.raw(r, uc) ?? null;
      writes.push({ sheet: master.name, row: r, col: mc, cell: u });
      if (u) values++;
    }
  // The other quarters' realisasi are locked in the file: one the unit changed anyway is told,
  // and the master's value stands (as for the yearly files' locked cells).
  for (let p = 1; p <= 4; p++) {
    const m = mq.realisasi[p - 1];
    const u = uq.realisasi[p - 1];
    if (p === q || !m || !u) continue;
    for (const r of master.indicatorRows) {
      const was = cellText(master.view.get(r, m.col)).trim();
      const now = cellText(unit.view.get(r, u.col)).trim();
      if (was === now) continue;
      const cell = a1(r, m.col);
      warnings.push({
        file,
        sheet: unit.name,
        cell,
        message: `Berkas "${file}", sheet "${unit.name}", sel ${cell}: Realisasi TW ${romanQuarter(p as Quarter)} diubah dari "${was}" menjadi "${now}"; nilai format induk yang dipakai.`,
      });
    }
  }
  return values;
}

/** The write of quarter q of one Anggaran row (unit row `r` into master row `target`), or a note when a column is missing. */
export function gatherQuarterAnggaran(
  file: string,
  master: RawAnggaranSheet,
  unit: RawAnggaranSheet,
  r: number,
  target: number,
  q: Quarter,
  refused: GatherNote[],
): GatherWrite | undefined {
  const mc = quarterColumnsOf(master.view, master.headerRow, true).columns.realisasi[q - 1];
  const uc = quarterColumnsOf(unit.view, unit.headerRow, true).columns.realisasi[q - 1];
  if (!mc || !uc) {
    const cell = a1(r, unit.columns.program ?? 0);
    refused.push({
      file,
      sheet: unit.name,
      cell,
      message: `Berkas "${file}", sheet "${unit.name}", sel ${cell}: kolom "Realisasi TW ${romanQuarter(q)}" tidak ada di ${!mc ? "Anggaran format induk" : "berkas unit"}; baris ini tidak dihimpun.`,
    });
    return undefined;
  }
  return { sheet: master.name, row: target, col: mc.col, cell: unit.view.raw(r, uc.col) ?? null };
}
