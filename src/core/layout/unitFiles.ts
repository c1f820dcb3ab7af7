/**
 * One workbook per unit from the master (SOP step 3, "Menyampaikan format kepada masing-masing
 * bidang dan sekretariat"; spec section 6, `lakip format --per-unit`): Petunjuk, Identitas
 * (protected), the unit's sheet as the master has it, cell for cell and row for row (so Himpun
 * finds every value back in the same cell), with only the cells the unit fills unlocked, and the
 * unit's Anggaran rows. Pure: layouts that the file writer renders.
 */
import { a1, type WorkbookGrid } from "../grid";
import { cellText } from "../read/sheetView";
import { normalizeLabel, tidyText } from "../text";
import type { Identitas } from "../model";
import {
  ANGGARAN_HEADERS,
  STYLES,
  petunjukSheetOf,
  type LayoutCell,
  type LayoutRange,
  type LayoutValidation,
  type SheetLayout,
  type StyleName,
  type WorkbookLayout,
} from "./formatLayout";
import { safeFileNames } from "./fileNames";
import {
  OPEN_KEYS,
  layoutCellOf,
  rawIndicatorSheets,
  wrappedRowHeights,
  readRawAnggaran,
  sheetNamed,
  type RawAnggaranSheet,
  type RawIndicatorSheet,
} from "./unitSheet";
import type { Quarter } from "../read/quarterColumns";
import {
  QuarterColumnsError,
  missingQuarterColumns,
  quarterAnggaranCopy,
  quarterOpen,
  quarterPetunjuk,
  type QuarterOpen,
} from "./quarterUnitFiles";
import { romanQuarter } from "../read/quarterColumns";

export interface UnitFile {
  /** The unit (its sheet name in the master). */
  unit: string;
  fileName: string;
  /** Why the file name is not the plain one (Indonesian), or null. */
  fileNameChanged: string | null;
  layout: WorkbookLayout;
  indicators: number;
  anggaranRows: number;
}

export interface UnitFilesPlan {
  tahun: number | null;
  files: UnitFile[];
  /** Things the user should know (Indonesian): Anggaran rows kept in the master, empty targets. */
  notes: string[];
}

const OPEN_LABEL: Record<(typeof OPEN_KEYS)[number], string> = {
  realisasi: "Realisasi",
  keterangan: "Keterangan",
  faktorPendukung: "Faktor Pendukung",
  faktorPenghambat: "Faktor Penghambat",
  upayaPerbaikan: "Upaya Perbaikan",
};

const WIDTH_BY_HEADER: Record<string, number> = {
  no: 5,
  "sasaran strategis": 32,
  sasaran: 32,
  "indikator kinerja": 40,
  indikator: 40,
  satuan: 11,
  polaritas: 10,
  target: 11,
  realisasi: 12,
  "target akhir renstra": 13,
  "standar nasional": 12,
  keterangan: 36,
  "faktor pendukung": 36,
  "faktor penghambat": 36,
  "upaya perbaikan": 36,
};

/** The plain file name of a unit's file (before making it safe). */
export function unitFileBaseName(unit: string, tahun: number | null, triwulan?: Quarter): string {
  const tw = triwulan === undefined ? "" : ` TW ${romanQuarter(triwulan)}`;
  return tahun === null ? `Format${tw} - ${unit}` : `Format ${tahun}${tw} - ${unit}`;
}

function unitSheetLayout(raw: RawIndicatorSheet, grid: WorkbookGrid, quarter?: QuarterOpen): SheetLayout {
  const sheet = sheetNamed(grid, raw.name)!;
  const openCols = new Set<number>(quarter?.cols ?? []);
  if (!quarter)
    for (const k of OPEN_KEYS) {
      const c = raw.columns[k];
      if (c !== undefined) openCols.add(c);
    }
  const indicatorRows = new Set(raw.indicatorRows);
  const headerCells = sheet.rows[raw.headerRow] ?? [];
  const width = Math.max(headerCells.length, 1);
  const cells: LayoutCell[] = [];
  sheet.rows.forEach((row, r) => {
    if (r < raw.headerRow) {
      row?.forEach((cell, c) => {
        if (cell) cells.push(layoutCellOf(r, c, cell, r === 0 && c === 0 ? "title" : "subtitle"));
      });
      return;
    }
    if (r === raw.headerRow) {
      for (let c = 0; c < width; c++) {
        const cell = row?.[c];
        cells.push(cell ? layoutCellOf(r, c, cell, "header") : { row: r, col: c, value: "", style: "header" });
      }
      return;
    }
    const inTable = indicatorRows.has(r);
    for (let c = 0; c < Math.max(width, row?.length ?? 0); c++) {
      const cell = row?.[c];
      const style: StyleName | undefined = inTable && c < width ? (openCols.has(c) ? "input" : "data") : undefined;
      if (cell) cells.push(layoutCellOf(r, c, cell, style));
      else if (style) cells.push({ row: r, col: c, value: "", style });
    }
  });
  // Contiguous runs of indicator rows, each unlocked in the open columns.
  const runs: { top: number; bottom: number }[] = [];
  for (const r of raw.indicatorRows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, bottom: r });
  }
  const unlocked: LayoutRange[] = [];
  for (const run of runs)
    for (const c of openCols) unlocked.push({ top: run.top, left: c, bottom: run.bottom, right: c });
  const realisasi = quarter?.realisasi ?? raw.columns.realisasi!;
  const label = quarter?.labels[0] ?? "Realisasi";
  const validations: LayoutValidation[] = runs.map((run) => ({
    type: "decimal",
    range: { top: run.top, left: realisasi, bottom: run.bottom, right: realisasi },
    operator: "between",
    min: -1e15,
    max: 1e15,
    allowBlank: true,
    prompt: { title: label, message: "Ketik realisasi sebagai angka, misalnya 85,5 atau 1.250; tanpa satuan." },
    error: {
      title: "Bukan angka",
      message: "Realisasi harus berupa angka (koma untuk desimal), tanpa satuan atau teks.",
    },
  }));
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    const h = headerCells[c];
    const key = h ? normalizeLabel(cellText(h)) : "";
    widths.push(WIDTH_BY_HEADER[key] ?? 12);
  }
  return {
    name: raw.name,
    kind: "indikator",
    unit: raw.name,
    widths,
    cells,
    merges: (sheet.merges ?? []).map((m) => ({ ...m })),
    freeze: { rows: raw.headerRow + 1, columns: 0 },
    headerRow: raw.headerRow,
    numberFormats: [],
    rowHeights: { ...wrappedRowHeights(cells, widths, raw.headerRow + 1), [raw.headerRow]: 32 },
    validations,
    protection: { unlocked },
  };
}

function identitasCopy(grid: WorkbookGrid): SheetLayout {
  const sheet = sheetNamed(grid, "Identitas");
  const cells: LayoutCell[] = [];
  // The format's Identitas starts with an "Uraian | Isian | Keterangan" header row.
  const a1Cell = sheet?.rows[0]?.[0];
  const headerFirst = a1Cell?.t === "s" && normalizeLabel(a1Cell.v) === "uraian";
  sheet?.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell)
        cells.push(
          layoutCellOf(r, c, cell, r === 0 && headerFirst ? "header" : c === 0 ? "label" : c === 1 ? "data" : "note"),
        );
    }),
  );
  return {
    name: sheet?.name ?? "Identitas",
    kind: "identitas",
    widths: [24, 50, 62],
    cells,
    merges: (sheet?.merges ?? []).map((m) => ({ ...m })),
    freeze: { rows: 0, columns: 0 },
    numberFormats: [],
    validations: [],
    protection: { unlocked: [] },
  };
}

function anggaranCopy(raw: RawAnggaranSheet, rows: readonly number[]): SheetLayout {
  const keys = ["program", "sasaran", "pagu", "realisasi"] as const;
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "Realisasi Anggaran per Program/Kegiatan", style: "title" },
    {
      row: 1,
      col: 0,
      value: 'Isi hanya kolom Realisasi (rupiah, tanpa "Rp"); program dan pagu mengikuti format induk.',
      style: "subtitle",
    },
    ...ANGGARAN_HEADERS.map((text, c) => ({ row: 2, col: c, value: text, style: "header" as StyleName })),
  ];
  rows.forEach((src, i) => {
    const r = 3 + i;
    keys.forEach((k, c) => {
      const from = raw.columns[k];
      const cell = from === undefined ? undefined : raw.view.get(src, from);
      const style: StyleName = k === "realisasi" ? "input" : "data";
      const numFmt = k === "pagu" || k === "realisasi" ? "#,##0" : undefined;
      const lc: LayoutCell = cell ? layoutCellOf(r, c, cell, style) : { row: r, col: c, value: "", style };
      cells.push(numFmt && !lc.numFmt ? { ...lc, numFmt } : lc);
    });
  });
  const last = 2 + rows.length;
  const widths = [55, 40, 18, 18];
  return {
    name: "Anggaran",
    kind: "anggaran",
    widths,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    freeze: { rows: 3, columns: 0 },
    headerRow: 2,
    rowHeights: { ...wrappedRowHeights(cells, widths, 3), 2: 20 },
    numberFormats: [],
    validations: [
      {
        type: "decimal",
        range: { top: 3, left: 3, bottom: last, right: 3 },
        operator: "greaterThanOrEqual",
        min: 0,
        allowBlank: true,
        prompt: {
          title: "Realisasi anggaran",
          message: 'Ketik realisasi anggaran dalam rupiah sebagai angka, tanpa "Rp", misalnya 125.000.000.',
        },
        error: {
          title: "Bukan angka rupiah",
          message: 'Realisasi anggaran harus berupa angka 0 atau lebih, tanpa "Rp" dan tanpa teks.',
        },
      },
    ],
    protection: { unlocked: [{ top: 3, left: 3, bottom: last, right: 3 }] },
  };
}

function petunjukFor(
  unit: string,
  instansi: string,
  tahun: number | null,
  openLabels: string[],
  anggaran: boolean,
): SheetLayout {
  const year = tahun === null ? "" : ` tahun ${tahun}`;
  const lines: { text: string; style: StyleName }[] = [
    { text: `PETUNJUK PENGISIAN DATA KINERJA: ${unit.toUpperCase()}`, style: "title" },
    {
      text: `Berkas ini dibuat oleh Subbagian Program dari format induk${instansi ? ` ${instansi}` : ""}${year}, khusus untuk ${unit}. Sasaran, indikator, satuan, polaritas dan target sudah diisi sesuai Perjanjian Kinerja.`,
      style: "text",
    },
    { text: "A. Yang diisi", style: "heading" },
    {
      text: `1. Di lembar "${unit}", isi hanya sel berwarna kuning: ${openLabels.join(", ")}. Sel lain dikunci (lembar dilindungi tanpa kata sandi) agar indikator dan target tetap sama dengan format induk.`,
      style: "text",
    },
    {
      text: "2. Realisasi: angka yang benar-benar dicapai, diketik sebagai angka (koma untuk desimal, titik pemisah ribuan: 85,5 atau 1.250), tanpa satuan. Untuk satuan %, ketik nilai persennya (85,5).",
      style: "text",
    },
    {
      text: "3. Keterangan: penjelasan singkat atas capaian. Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan: analisis penyebab dan langkah perbaikan, dalam kalimat lengkap; teks ini dikutip ke narasi laporan.",
      style: "text",
    },
    ...(anggaran
      ? [
          {
            text: '4. Di lembar "Anggaran", isi kolom Realisasi setiap program/kegiatan dalam rupiah tanpa "Rp", misalnya 125.000.000.',
            style: "text" as StyleName,
          },
        ]
      : []),
    { text: "B. Yang tidak boleh diubah", style: "heading" },
    {
      text: "5. Jangan mengganti nama lembar, menyisipkan atau menghapus baris, atau mengubah indikator dan target. Bila indikator atau target keliru, beri tahu Subbagian Program: perubahan di berkas ini tidak ikut dihimpun (nilai format induk yang dipakai) dan dilaporkan sebagai peringatan.",
      style: "text",
    },
    { text: "C. Mengirim kembali", style: "heading" },
    {
      text: "6. Simpan berkas (nama berkas boleh tetap) dan kirim kembali ke Subbagian Program. Subbagian Program menghimpun semua berkas unit dengan tombol Himpun (atau lakip himpun), lalu menjalankan Validasi.",
      style: "text",
    },
  ];
  return { ...petunjukSheetOf(lines), protection: { unlocked: [] } };
}

/**
 * The unit files of a master workbook. Anggaran rows go to the unit whose indicator sheet holds
 * their sasaran; a row whose sasaran is in two units' sheets, or in none, stays in the master
 * only (said in `notes`).
 */
export function buildUnitFiles(
  grid: WorkbookGrid,
  identitas: Pick<Identitas, "tahun" | "instansi">,
  options: { triwulan?: Quarter } = {},
): UnitFilesPlan {
  const tahun = identitas.tahun;
  const raws = rawIndicatorSheets(grid, tahun);
  const tw = options.triwulan;
  const notes: string[] = [];

  // sasaran key -> units whose sheet names it
  const sasaranUnits = new Map<string, Set<string>>();
  for (const raw of raws) {
    const col = raw.columns.sasaran!;
    for (const r of raw.indicatorRows) {
      const t = normalizeLabel(cellText(raw.view.get(r, col)));
      if (t === "") continue;
      const set = sasaranUnits.get(t) ?? new Set<string>();
      set.add(raw.name);
      sasaranUnits.set(t, set);
    }
    // Sasaran continued from the rows above (blank cells) belong to the same unit already.
  }
  const anggaran = readRawAnggaran(grid);
  const anggaranOf = new Map<string, number[]>();
  if (anggaran) {
    for (const r of anggaran.rows) {
      const sc = anggaran.columns.sasaran;
      const key = sc === undefined ? "" : normalizeLabel(cellText(anggaran.view.get(r, sc)));
      const units = sasaranUnits.get(key);
      const program = tidyText(cellText(anggaran.view.get(r, anggaran.columns.program!)));
      if (!units || units.size !== 1) {
        notes.push(
          units && units.size > 1
            ? `Anggaran baris ${r + 1} ("${program}") tidak dikirim ke unit mana pun: sasarannya dipakai oleh ${[...units].join(", ")}; isi realisasinya di format induk.`
            : `Anggaran baris ${r + 1} ("${program}") tidak dikirim ke unit mana pun: sasarannya tidak ada di sheet unit; isi realisasinya di format induk.`,
        );
        continue;
      }
      const unit = [...units][0];
      anggaranOf.set(unit, [...(anggaranOf.get(unit) ?? []), r]);
    }
  }
  if (tw !== undefined) {
    const problems = missingQuarterColumns(raws, anggaran, tw);
    if (problems.length > 0) throw new QuarterColumnsError(problems);
  }
  const names = safeFileNames(raws.map((r) => unitFileBaseName(r.name, tahun, tw)));
  const identitasSheet = identitasCopy(grid);
  const files: UnitFile[] = raws.map((raw, i) => {
    const quarter = tw === undefined ? undefined : quarterOpen(raw, tw);
    const openLabels =
      quarter?.labels ?? OPEN_KEYS.filter((k) => raw.columns[k] !== undefined).map((k) => OPEN_LABEL[k]);
    const rows = anggaranOf.get(raw.name) ?? [];
    const target = raw.columns.target!;
    const emptyTargets = raw.indicatorRows.filter((r) => !raw.view.get(r, target)).map((r) => a1(r, target));
    if (emptyTargets.length > 0 && tw === undefined)
      notes.push(
        `Sheet ${raw.name}: target belum diisi di ${emptyTargets.join(", ")}; berkas unit tetap dibuat, tetapi isi target di format induk sebelum dihimpun.`,
      );
    const sheets: SheetLayout[] = [
      tw === undefined
        ? petunjukFor(raw.name, identitas.instansi ?? "", tahun, openLabels, rows.length > 0)
        : quarterPetunjuk(raw.name, identitas.instansi ?? "", tahun, tw, openLabels, rows.length > 0),
      identitasSheet,
      unitSheetLayout(raw, grid, quarter),
      ...(anggaran && rows.length > 0
        ? [tw === undefined ? anggaranCopy(anggaran, rows) : quarterAnggaranCopy(anggaran, rows, tw)]
        : []),
    ];
    return {
      unit: raw.name,
      fileName: names[i].fileName,
      fileNameChanged: names[i].changed,
      layout: { styles: STYLES, sheets },
      indicators: raw.indicatorRows.length,
      anggaranRows: rows.length,
    };
  });
  return { tahun, files, notes };
}
