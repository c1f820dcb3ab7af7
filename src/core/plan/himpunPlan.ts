/**
 * Himpun (SOP step 4), pure: from the units' workbooks, what comes into the open workbook (one
 * sheet per unit, Anggaran rows) and, per file, what was taken and what was refused and why.
 */
import type { Cell, SheetGrid, WorkbookGrid } from "../grid";
import { ANGGARAN_COLUMNS, INDICATOR_COLUMNS, findHeaderRow, type AnggaranColumn } from "../read/headers";
import { NON_INDICATOR_SHEETS } from "../read/indicators";
import { SheetView, cellText } from "../read/sheetView";
import { normalizeLabel } from "../text";
import { ANGGARAN_HEADERS } from "../layout/formatLayout";
import { planGather, type GatherWrite } from "../layout/gather";
import { identitasTahun } from "../layout/unitSheet";
import { unitFileQuarter } from "../layout/quarterUnitFiles";
import type { Quarter } from "../read/quarterColumns";

/** One chosen file: its grid, or why it could not be read. */
export interface HimpunFile {
  name: string;
  grid?: WorkbookGrid;
  /** Why the file is not a workbook (read error), in Indonesian. */
  error?: string;
}

export interface FileReport {
  file: string;
  taken: string[];
  refused: string[];
  /**
   * A unit file made from this workbook: locked values the unit changed (the workbook's value
   * kept), and rows whose indicators no longer match (the sheet then goes the replace way).
   */
  warnings?: string[];
}

export interface HimpunSheet {
  name: string;
  rows: SheetGrid["rows"];
  /** True when a sheet of that name exists and is replaced. */
  replace: boolean;
}

export interface HimpunWrite {
  sheets: HimpunSheet[];
  /**
   * Cells of unit files made from this workbook (`lakip format --per-unit`, "Buat file per
   * unit"): only the cells the unit fills, written into the existing unit sheets and Anggaran.
   */
  cells?: GatherWrite[];
  /** Rows appended to Anggaran (0-based row, full-width cells), or null when there are none. */
  anggaran: null | {
    /** False: the sheet "Anggaran" is created, with `header` in its first row. */
    exists: boolean;
    header: string[];
    rows: { row: number; cells: (Cell | null)[] }[];
  };
}

export interface HimpunPlan {
  reports: FileReport[];
  /** The quarter gathered (a quarter's unit files, or the quarter chosen); absent for the year's Himpun. */
  quarter?: Quarter;
  /** Unit sheets that already exist in the open workbook (replaced only after confirmation). */
  conflicts: string[];
  write: HimpunWrite;
}

const SYSTEM = new Set([...NON_INDICATOR_SHEETS, "history", "_lakip_sorotan"]);

function isIndicatorSheet(sheet: SheetGrid): boolean {
  if (SYSTEM.has(normalizeLabel(sheet.name))) return false;
  return !!findHeaderRow(new SheetView(sheet), INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator")
    .full;
}

interface AnggaranShape {
  headerRow: number;
  columns: Partial<Record<AnggaranColumn, number>>;
  lastRow: number;
}

function anggaranShape(sheet: SheetGrid | undefined): AnggaranShape | undefined {
  if (!sheet) return undefined;
  const view = new SheetView(sheet);
  const h = findHeaderRow(view, ANGGARAN_COLUMNS, ["program", "pagu", "realisasi"], "program").full;
  if (!h) return undefined;
  return { headerRow: h.row, columns: h.columns, lastRow: view.lastRow };
}

const KEYS: AnggaranColumn[] = ["program", "sasaran", "pagu", "realisasi"];

/** The Anggaran data rows of a sheet as [program, sasaran, pagu, realisasi] cells. */
function anggaranRows(sheet: SheetGrid, shape: AnggaranShape): (Cell | null)[][] {
  const view = new SheetView(sheet);
  const out: (Cell | null)[][] = [];
  for (let r = shape.headerRow + 1; r <= shape.lastRow; r++) {
    const cells = KEYS.map((k) => {
      const c = shape.columns[k];
      return c === undefined ? null : (view.get(r, c) ?? null);
    });
    if (cells.every((c) => c === null || cellText(c).trim() === "")) continue;
    out.push(cells);
  }
  return out;
}

const rowKey = (cells: readonly (Cell | null)[]) =>
  cells.map((c) => (c ? normalizeLabel(cellText(c)) : "")).join("\u0001");

const sheetOf = (grid: WorkbookGrid, name: string) =>
  grid.sheets.find((s) => normalizeLabel(s.name) === normalizeLabel(name));

/**
 * Plans Himpun. `replaceExisting`: whether unit sheets already in the open workbook are replaced
 * (the pane asks first, then plans again with true).
 */
export function planHimpun(
  files: readonly HimpunFile[],
  current: WorkbookGrid,
  replaceExisting: boolean,
  options: { triwulan?: Quarter } = {},
): HimpunPlan {
  const reports: FileReport[] = [];
  const conflicts: string[] = [];
  const sheets: HimpunSheet[] = [];
  const takenBy = new Map<string, string>();
  const existing = new Set(current.sheets.map((s) => normalizeLabel(s.name)));

  const currentAnggaran = sheetOf(current, "Anggaran");
  const currentShape = anggaranShape(currentAnggaran);
  const seenRows = new Set<string>();
  if (currentAnggaran && currentShape)
    for (const r of anggaranRows(currentAnggaran, currentShape)) seenRows.add(rowKey(r));
  const newRows: (Cell | null)[][] = [];

  const tahun = identitasTahun(current);
  const cells: GatherWrite[] = [];
  let quarter: Quarter | undefined;
  for (const file of files) {
    const report: FileReport = { file: file.name, taken: [], refused: [] };
    reports.push(report);
    if (!file.grid) {
      report.refused.push(file.error ?? "Bukan buku kerja Excel (.xlsx) yang dapat dibaca.");
      continue;
    }
    const own = unitFileQuarter(file.grid) ?? options.triwulan;
    if (own !== undefined) {
      // A quarter's Himpun: only that quarter's cells, from files made from this workbook.
      quarter ??= own;
      planQuarterFile(current, file as Required<HimpunFile>, tahun, options.triwulan, report, takenBy, cells);
      continue;
    }
    // A file made from this workbook: its unit sheets carry the same indicators in the same rows.
    // Only the cells the unit fills are taken, without a question.
    const gathered = planGather(current, [{ name: file.name, grid: file.grid }], tahun);
    const fromMaster = new Set<string>();
    for (const name of gathered.reports[0].sheets) {
      const key = normalizeLabel(name);
      const other = takenBy.get(key);
      if (other !== undefined) {
        report.refused.push(`Sheet "${name}": sudah dihimpun dari berkas "${other}".`);
        fromMaster.add(key);
        continue;
      }
      takenBy.set(key, file.name);
      fromMaster.add(key);
      const own = gathered.writes.filter((w) => normalizeLabel(w.sheet) === key);
      cells.push(...own);
      report.taken.push(`Sheet "${name}": ${own.filter((w) => w.cell !== null).length} sel isian unit`);
    }
    const notPerCell = gathered.refused.filter(
      (r) => r.sheet !== "" && existing.has(normalizeLabel(r.sheet)) && normalizeLabel(r.sheet) !== "anggaran",
    );
    if (fromMaster.size > 0) {
      const ang = gathered.writes.filter((w) => normalizeLabel(w.sheet) === "anggaran");
      cells.push(...ang);
      if (ang.length > 0) report.taken.push(`${ang.length} realisasi Anggaran`);
      for (const r of gathered.refused) if (normalizeLabel(r.sheet) === "anggaran") report.refused.push(r.message);
    }
    const units = file.grid.sheets.filter((s) => isIndicatorSheet(s) && !fromMaster.has(normalizeLabel(s.name)));
    if (units.length === 0 && fromMaster.size === 0) {
      report.refused.push(
        "Tidak ada sheet indikator (sheet dengan kolom Indikator Kinerja, Target dan Realisasi) di berkas ini.",
      );
    }
    for (const sheet of units) {
      const key = normalizeLabel(sheet.name);
      const other = takenBy.get(key);
      if (other !== undefined) {
        report.refused.push(`Sheet "${sheet.name}": nama sheet bentrok dengan sheet dari berkas "${other}".`);
        continue;
      }
      if (existing.has(key)) {
        if (!conflicts.includes(sheet.name)) conflicts.push(sheet.name);
        if (!replaceExisting) {
          report.refused.push(`Sheet "${sheet.name}": sudah ada di buku kerja ini dan tidak diganti.`);
          continue;
        }
      }
      takenBy.set(key, file.name);
      sheets.push({ name: sheet.name, rows: sheet.rows, replace: existing.has(key) });
      report.taken.push(existing.has(key) ? `Sheet "${sheet.name}" (menggantikan yang lama)` : `Sheet "${sheet.name}"`);
    }
    // A sheet that could not be taken cell by cell is either taken whole (replacing the old one,
    // when the user agreed) or refused: the warning says which, never "not gathered" beside "taken".
    const warnings = [
      ...gathered.warnings.map((w) => w.message),
      ...notPerCell.map((r) =>
        sheets.some((x) => x.replace && normalizeLabel(x.name) === normalizeLabel(r.sheet))
          ? `Sheet "${r.sheet}": isiannya tidak dapat diambil per sel (susunan barisnya tidak lagi sama dengan buku kerja ini), jadi seluruh sheet diambil dari berkas ini dan menggantikan yang lama; periksa dengan Validasi.`
          : r.message,
      ),
    ];
    if (warnings.length > 0) report.warnings = warnings;
    const anggaran = fromMaster.size > 0 ? undefined : sheetOf(file.grid, "Anggaran");
    const shape = anggaranShape(anggaran);
    if (anggaran && shape) {
      let added = 0;
      let duplicates = 0;
      for (const r of anggaranRows(anggaran, shape)) {
        const k = rowKey(r);
        if (seenRows.has(k)) {
          duplicates++;
          continue;
        }
        seenRows.add(k);
        newRows.push(r);
        added++;
      }
      if (added > 0) report.taken.push(`${added} baris Anggaran`);
      if (duplicates > 0)
        report.refused.push(`${duplicates} baris Anggaran sudah ada di buku kerja ini (tidak digandakan).`);
    }
  }

  let anggaran: HimpunWrite["anggaran"] = null;
  if (newRows.length > 0) {
    const header = [...ANGGARAN_HEADERS];
    if (currentAnggaran && currentShape) {
      const width = Math.max(...KEYS.map((k) => currentShape.columns[k] ?? 0)) + 1;
      anggaran = {
        exists: true,
        header,
        rows: newRows.map((cells, i) => {
          const full: (Cell | null)[] = new Array<Cell | null>(width).fill(null);
          KEYS.forEach((k, j) => {
            const c = currentShape.columns[k];
            if (c !== undefined) full[c] = cells[j];
          });
          return { row: currentShape.lastRow + 1 + i, cells: full };
        }),
      };
    } else {
      if (currentAnggaran) {
        // An "Anggaran" sheet without the header: never written over.
        reports.push({
          file: "Anggaran",
          taken: [],
          refused: [
            `Sheet "Anggaran" di buku kerja ini tidak memiliki baris judul Program/Kegiatan, Pagu, Realisasi; ${newRows.length} baris Anggaran tidak dihimpun.`,
          ],
        });
      } else {
        anggaran = { exists: false, header, rows: newRows.map((cells, i) => ({ row: i + 1, cells })) };
      }
    }
  }
  const write = cells.length > 0 ? { sheets, anggaran, cells } : { sheets, anggaran };
  return quarter !== undefined ? { reports, conflicts, write, quarter } : { reports, conflicts, write };
}

/**
 * One file of a quarter's Himpun (its `LAKIP Triwulan` property, or the quarter chosen): the
 * unit's Realisasi TW N, Kendala TW N and the Anggaran's Realisasi TW N, cell by cell, into the
 * unit sheets of this workbook; earlier quarters, the year's columns and the master's texts are
 * never written. A sheet that is not one of this workbook's units is refused, never taken whole.
 */
function planQuarterFile(
  current: WorkbookGrid,
  file: { name: string; grid: WorkbookGrid },
  tahun: number | null,
  asked: Quarter | undefined,
  report: FileReport,
  takenBy: Map<string, string>,
  cells: GatherWrite[],
): void {
  const gathered = planGather(current, [file], tahun, { triwulan: asked });
  for (const r of gathered.refused) if (r.sheet === "") report.refused.push(r.message);
  const matched = new Set<string>();
  for (const name of gathered.reports[0]?.sheets ?? []) {
    const key = normalizeLabel(name);
    matched.add(key);
    const other = takenBy.get(key);
    if (other !== undefined) {
      report.refused.push(`Sheet "${name}": sudah dihimpun dari berkas "${other}".`);
      continue;
    }
    takenBy.set(key, file.name);
    const own = gathered.writes.filter((w) => normalizeLabel(w.sheet) === key);
    cells.push(...own);
    report.taken.push(`Sheet "${name}": ${own.filter((w) => w.cell !== null).length} sel isian triwulan`);
  }
  for (const r of gathered.refused) if (r.sheet !== "") report.refused.push(r.message);
  // locked values the unit changed anyway: the master's value is kept, and the user is told
  if (gathered.warnings.length > 0) report.warnings = gathered.warnings.map((w) => w.message);
  if (matched.size > 0) {
    const ang = gathered.writes.filter((w) => normalizeLabel(w.sheet) === "anggaran");
    cells.push(...ang);
    if (ang.length > 0) report.taken.push(`${ang.length} realisasi Anggaran triwulan`);
  }
  const named = new Set(gathered.refused.map((r) => normalizeLabel(r.sheet)));
  if (named.has("")) return; // the whole file was refused (made for another quarter)
  for (const s of file.grid.sheets) {
    const key = normalizeLabel(s.name);
    if (isIndicatorSheet(s) && !matched.has(key) && !named.has(key))
      report.refused.push(
        `Sheet "${s.name}": bukan berkas unit dari buku kerja ini; himpun triwulan hanya mengambil sel triwulan dari berkas yang dibuat dengan "Buat berkas per unit" untuk triwulan itu.`,
      );
  }
  if (report.taken.length === 0 && report.refused.length === 0)
    report.refused.push("Tidak ada sheet unit dari buku kerja ini di berkas ini.");
}
