/**
 * Himpun from the units' files (SOP step 4; spec section 6, `lakip himpun`): the values of the
 * cells a unit fills (Realisasi, Keterangan, Faktor Pendukung, Faktor Penghambat, Upaya
 * Perbaikan; Realisasi of its Anggaran rows) go into a copy of the master, at the same cell.
 * A file is recognised as made from this master when its unit sheet has the master's name and
 * the same indicators in the same rows. A unit sheet whose indicators no longer match is refused
 * and reported row by row; a locked value a unit changed anyway (sasaran, satuan, polaritas,
 * target, earlier years, Target Akhir Renstra, Standar Nasional, pagu) is a warning per cell, the
 * master's value kept. Pure: the writes are applied by the file host.
 */
import { a1, type Cell, type WorkbookGrid } from "../grid";
import { cellText } from "../read/sheetView";
import { normalizeLabel, tidyText } from "../text";
import {
  OPEN_KEYS,
  rawIndicatorSheets,
  readRawAnggaran,
  sameNumeric,
  sameText,
  shown,
  type RawIndicatorSheet,
} from "./unitSheet";
import type { Quarter } from "../read/quarterColumns";
import { gatherQuarter, gatherQuarterAnggaran, gatherQuarterSheet } from "./quarterGather";

export interface GatherFile {
  /** The file's name as the user knows it (shown in messages). */
  name: string;
  grid: WorkbookGrid;
}

import type { GatherNote, GatherWrite } from "./gatherTypes";
export type { GatherNote, GatherWrite } from "./gatherTypes";

export interface GatherFileReport {
  file: string;
  /** Unit sheets taken (their open cells). */
  sheets: string[];
  /** Filled open cells taken. */
  values: number;
  anggaranRows: number;
}

export interface GatherPlan {
  writes: GatherWrite[];
  reports: GatherFileReport[];
  /** Locked values a unit changed: the master's value kept. */
  warnings: GatherNote[];
  /** What was not taken: files, sheets and rows that do not match the master. */
  refused: GatherNote[];
  /** Unit sheets of the master that no file brought. */
  missing: string[];
}

const LOCKED_TEXT = [
  ["sasaran", "Sasaran Strategis"],
  ["satuan", "Satuan"],
  ["polaritas", "Polaritas"],
] as const;
const LOCKED_NUMBER = [
  ["target", "Target"],
  ["targetAkhirRenstra", "Target Akhir Renstra"],
] as const;

function compareRows(file: string, master: RawIndicatorSheet, unit: RawIndicatorSheet, refused: GatherNote[]): boolean {
  const mInd = master.columns.indikator!;
  const uInd = unit.columns.indikator!;
  let ok = true;
  if (unit.headerRow !== master.headerRow) {
    refused.push({
      file,
      sheet: unit.name,
      cell: a1(unit.headerRow, 0),
      message: `Berkas "${file}", sheet "${unit.name}": baris judul ada di baris ${unit.headerRow + 1}, di format induk di baris ${master.headerRow + 1}; baris telah disisipkan atau dihapus, sheet ini tidak dihimpun.`,
    });
    return false;
  }
  const last = Math.max(master.lastRow, unit.lastRow);
  for (let r = master.headerRow + 1; r <= last; r++) {
    const m = master.view.get(r, mInd);
    const u = unit.view.get(r, uInd);
    if (!m && !u) continue;
    if (sameText(m, u)) continue;
    ok = false;
    const cell = a1(r, uInd);
    refused.push({
      file,
      sheet: unit.name,
      cell,
      message: !m
        ? `Berkas "${file}", sheet "${unit.name}", sel ${cell}: indikator "${shown(u)}" tidak ada di format induk (baris ${r + 1} di induk kosong).`
        : !u
          ? `Berkas "${file}", sheet "${unit.name}", sel ${cell}: indikator "${shown(m)}" dari format induk tidak ada di baris ini.`
          : `Berkas "${file}", sheet "${unit.name}", sel ${cell}: indikator "${shown(u)}" berbeda dengan format induk ("${shown(m)}").`,
    });
  }
  if (!ok)
    refused.push({
      file,
      sheet: unit.name,
      cell: "",
      message: `Berkas "${file}", sheet "${unit.name}" tidak dihimpun karena indikatornya tidak lagi sama dengan format induk baris demi baris; perbaiki berkas unit (atau buat ulang dari format induk) lalu himpun lagi.`,
    });
  return ok;
}

function gatherSheet(
  file: string,
  master: RawIndicatorSheet,
  unit: RawIndicatorSheet,
  writes: GatherWrite[],
  warnings: GatherNote[],
): number {
  let values = 0;
  const satuanCol = master.columns.satuan;
  for (const r of master.indicatorRows) {
    const satuan = satuanCol === undefined ? undefined : tidyText(cellText(master.view.get(r, satuanCol)));
    const warn = (label: string, col: number, m: Cell | undefined, u: Cell | undefined) => {
      const cell = a1(r, col);
      warnings.push({
        file,
        sheet: unit.name,
        cell,
        message: `Berkas "${file}", sheet "${unit.name}", sel ${cell}: ${label} diubah dari "${shown(m)}" menjadi "${shown(u)}"; nilai format induk yang dipakai.`,
      });
    };
    for (const [key, label] of LOCKED_TEXT) {
      const mc = master.columns[key];
      const uc = unit.columns[key];
      if (mc === undefined || uc === undefined) continue;
      // A sasaran continued from above (blank or merged) reads the same either way.
      const m = key === "sasaran" ? master.view.raw(r, mc) : master.view.get(r, mc);
      const u = key === "sasaran" ? unit.view.raw(r, uc) : unit.view.get(r, uc);
      if (!sameText(m, u)) warn(label, uc, m, u);
    }
    const numeric: [number | undefined, number | undefined, string][] = [
      ...LOCKED_NUMBER.map(
        ([k, label]) => [master.columns[k], unit.columns[k], label] as [number | undefined, number | undefined, string],
      ),
      [master.standarNasional, unit.standarNasional, "Standar Nasional"],
      ...master.years.map(
        (y) =>
          [y.col, unit.years.find((x) => x.tahun === y.tahun && x.kind === y.kind)?.col, y.header] as [
            number | undefined,
            number | undefined,
            string,
          ],
      ),
    ];
    for (const [mc, uc, label] of numeric) {
      if (mc === undefined || uc === undefined) continue;
      const m = master.view.get(r, mc);
      const u = unit.view.get(r, uc);
      if (!sameNumeric(m, u, satuan)) warn(label, uc, m, u);
    }
    for (const key of OPEN_KEYS) {
      const mc = master.columns[key];
      const uc = unit.columns[key];
      if (mc === undefined || uc === undefined) continue;
      const u = unit.view.raw(r, uc) ?? null;
      writes.push({ sheet: master.name, row: r, col: mc, cell: u });
      if (u) values++;
    }
  }
  return values;
}

/** Plans Himpun of `files` into a copy of `master`. */
export function planGather(
  master: WorkbookGrid,
  files: readonly GatherFile[],
  tahun: number | null,
  options: { triwulan?: Quarter } = {},
): GatherPlan {
  const writes: GatherWrite[] = [];
  const warnings: GatherNote[] = [];
  const refused: GatherNote[] = [];
  const reports: GatherFileReport[] = [];
  const masterSheets = rawIndicatorSheets(master, tahun);
  const byKey = new Map(masterSheets.map((s) => [normalizeLabel(s.name), s]));
  const takenFrom = new Map<string, string>();

  const masterAnggaran = readRawAnggaran(master);
  // program|sasaran -> master rows with that key, in order
  const anggaranRows = new Map<string, number[]>();
  const anggaranKey = (program: Cell | undefined, sasaran: Cell | undefined) =>
    `${normalizeLabel(cellText(program))}\u0001${normalizeLabel(cellText(sasaran))}`;
  if (masterAnggaran) {
    const { program, sasaran } = masterAnggaran.columns;
    for (const r of masterAnggaran.rows) {
      const key = anggaranKey(
        masterAnggaran.view.get(r, program!),
        sasaran === undefined ? undefined : masterAnggaran.view.get(r, sasaran),
      );
      anggaranRows.set(key, [...(anggaranRows.get(key) ?? []), r]);
    }
  }
  const anggaranTaken = new Map<number, string>();

  for (const file of files) {
    const report: GatherFileReport = { file: file.name, sheets: [], values: 0, anggaranRows: 0 };
    reports.push(report);
    const quarter = gatherQuarter(file, options.triwulan, refused);
    if (quarter === "refused") continue;
    const units = rawIndicatorSheets(file.grid, tahun);
    if (units.length === 0)
      refused.push({
        file: file.name,
        sheet: "",
        cell: "",
        message: `Berkas "${file.name}" tidak memuat sheet indikator (kolom Indikator Kinerja, Target, Realisasi); tidak ada yang dihimpun darinya.`,
      });
    for (const unit of units) {
      const key = normalizeLabel(unit.name);
      const m = byKey.get(key);
      if (!m) {
        refused.push({
          file: file.name,
          sheet: unit.name,
          cell: "",
          message: `Berkas "${file.name}", sheet "${unit.name}": tidak ada sheet unit bernama itu di format induk; berkas ini bukan dibuat dari format induk ini atau nama sheet-nya diganti. Tidak dihimpun.`,
        });
        continue;
      }
      const other = takenFrom.get(key);
      if (other !== undefined) {
        refused.push({
          file: file.name,
          sheet: unit.name,
          cell: "",
          message: `Berkas "${file.name}", sheet "${unit.name}": sheet ini sudah dihimpun dari berkas "${other}"; yang kedua tidak dipakai.`,
        });
        continue;
      }
      if (!compareRows(file.name, m, unit, refused)) continue;
      if (quarter !== undefined) {
        // A quarter's file: only that quarter's cells (the locked values are still compared).
        const values = gatherQuarterSheet(file.name, m, unit, quarter, writes, refused, warnings);
        if (values === undefined) continue;
        takenFrom.set(key, file.name);
        gatherSheet(file.name, m, unit, [], warnings);
        report.values += values;
        report.sheets.push(m.name);
        continue;
      }
      takenFrom.set(key, file.name);
      report.values += gatherSheet(file.name, m, unit, writes, warnings);
      report.sheets.push(m.name);
    }

    const ua = readRawAnggaran(file.grid);
    if (ua && ua.rows.length > 0) {
      const seen = new Map<string, number>();
      for (const r of ua.rows) {
        const program = ua.view.get(r, ua.columns.program!);
        const sasaran = ua.columns.sasaran === undefined ? undefined : ua.view.get(r, ua.columns.sasaran);
        const key = anggaranKey(program, sasaran);
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        const target = anggaranRows.get(key)?.[nth];
        const cell = a1(r, ua.columns.program!);
        if (!masterAnggaran || target === undefined) {
          refused.push({
            file: file.name,
            sheet: ua.name,
            cell,
            message: `Berkas "${file.name}", sheet "${ua.name}", sel ${cell}: program "${shown(program)}" (sasaran "${shown(sasaran)}") tidak ada di Anggaran format induk; baris ini tidak dihimpun.`,
          });
          continue;
        }
        const before = anggaranTaken.get(target);
        if (before !== undefined) {
          refused.push({
            file: file.name,
            sheet: ua.name,
            cell,
            message: `Berkas "${file.name}", sheet "${ua.name}", sel ${cell}: realisasi program "${shown(program)}" sudah dihimpun dari berkas "${before}"; yang kedua tidak dipakai.`,
          });
          continue;
        }
        anggaranTaken.set(target, file.name);
        const mp = masterAnggaran.columns.pagu;
        const up = ua.columns.pagu;
        if (mp !== undefined && up !== undefined) {
          const m = masterAnggaran.view.get(target, mp);
          const u = ua.view.get(r, up);
          if (!sameNumeric(m, u, undefined)) {
            const at = a1(r, up);
            warnings.push({
              file: file.name,
              sheet: ua.name,
              cell: at,
              message: `Berkas "${file.name}", sheet "${ua.name}", sel ${at}: Pagu diubah dari "${shown(m)}" menjadi "${shown(u)}"; nilai format induk yang dipakai.`,
            });
          }
        }
        if (quarter !== undefined) {
          const w = gatherQuarterAnggaran(file.name, masterAnggaran, ua, r, target, quarter, refused);
          if (w) {
            writes.push(w);
            report.anggaranRows++;
          }
          continue;
        }
        const mr = masterAnggaran.columns.realisasi;
        const ur = ua.columns.realisasi;
        if (mr !== undefined && ur !== undefined) {
          writes.push({ sheet: masterAnggaran.name, row: target, col: mr, cell: ua.view.raw(r, ur) ?? null });
          report.anggaranRows++;
        }
      }
    }
  }
  const missing = masterSheets.filter((s) => !takenFrom.has(normalizeLabel(s.name))).map((s) => s.name);
  return { writes, reports, warnings, refused, missing };
}
