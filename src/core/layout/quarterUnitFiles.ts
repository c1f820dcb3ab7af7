/**
 * The unit files of one quarter (spec section 6, `lakip format --per-unit MASTER --triwulan N`):
 * the same copy of the unit's sheet as the yearly unit files (src/core/layout/unitFiles.ts), but
 * only quarter N's `Realisasi TW N` and `Kendala TW N` (and the Anggaran's `Realisasi TW N`) are
 * unlocked; the earlier quarters stay visible and locked. The file records its quarter in the
 * custom property `LAKIP Triwulan`, by which Himpun takes back only that quarter's cells.
 */
import { UserError } from "../errors";
import type { Cell, WorkbookGrid } from "../grid";
import { headerCells } from "../read/headers";
import {
  quarterHeader,
  romanQuarter,
  sortQuarterColumns,
  type Quarter,
  type QuarterColumns,
} from "../read/quarterColumns";
import type { SheetView } from "../read/sheetView";
import type { LayoutCell, LayoutValidation, SheetLayout, StyleName } from "./layoutTypes";
import { petunjukSheetOf, ANGGARAN_HEADERS } from "./formatLayout";
import { layoutCellOf, wrappedRowHeights, type RawAnggaranSheet, type RawIndicatorSheet } from "./unitSheet";

/** The custom document property a quarter's unit file carries: the quarter, `1` ... `4`. */
export const UNIT_FILE_QUARTER_PROPERTY = "LAKIP Triwulan";

/** The quarter a unit file was made for (its `LAKIP Triwulan` property), or undefined for a yearly file. */
export function unitFileQuarter(grid: WorkbookGrid): Quarter | undefined {
  const v = grid.customProperties?.[UNIT_FILE_QUARTER_PROPERTY]?.trim();
  return v === "1" || v === "2" || v === "3" || v === "4" ? (Number(v) as Quarter) : undefined;
}

/** Parses `--triwulan`: 1-4 or I-IV; undefined when it is neither. */
export function parseQuarterArg(text: string): Quarter | undefined {
  const t = text.trim().toUpperCase();
  const i = ["1", "2", "3", "4"].indexOf(t);
  if (i >= 0) return (i + 1) as Quarter;
  const r = ["I", "II", "III", "IV"].indexOf(t);
  return r >= 0 ? ((r + 1) as Quarter) : undefined;
}

/** The quarter columns of a sheet's header row. */
export function quarterColumnsOf(view: SheetView, headerRow: number, anggaran = false): QuarterColumns {
  return anggaran
    ? sortQuarterColumns(headerCells(view, headerRow), ["realisasi"], false)
    : sortQuarterColumns(headerCells(view, headerRow));
}

/** The columns a unit fills for quarter `q` on its indicator sheet. */
export interface QuarterOpen {
  /** Realisasi TW q, and Kendala TW q when present. */
  cols: number[];
  /** The header of each open column, for the Petunjuk. */
  labels: string[];
  /** Realisasi TW q: the column with a number check. */
  realisasi: number;
}

export function quarterOpen(raw: RawIndicatorSheet, q: Quarter): QuarterOpen | undefined {
  const qc = quarterColumnsOf(raw.view, raw.headerRow);
  const r = qc.columns.realisasi[q - 1];
  if (!r) return undefined;
  const k = qc.columns.kendala[q - 1];
  return {
    cols: k ? [r.col, k.col] : [r.col],
    labels: k ? [r.header, k.header] : [r.header],
    realisasi: r.col,
  };
}

/** Thrown when the master lacks quarter q's columns: the unit files could not be filled. */
export class QuarterColumnsError extends UserError {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
    this.name = "QuarterColumnsError";
  }
}

/** Indonesian problems when the master lacks quarter q's Realisasi TW columns (indicator sheets, Anggaran). */
export function missingQuarterColumns(
  raws: readonly RawIndicatorSheet[],
  anggaran: RawAnggaranSheet | undefined,
  q: Quarter,
): string[] {
  const header = quarterHeader("realisasi", q);
  const problems = raws
    .filter((raw) => quarterOpen(raw, q) === undefined)
    .map(
      (raw) =>
        `Sheet ${raw.name} di format induk tidak memuat kolom "${header}" di baris judulnya (baris ${raw.headerRow + 1}); tambahkan kolom itu (format dari lakip format sudah memuatnya).`,
    );
  if (
    anggaran &&
    anggaran.rows.length > 0 &&
    !quarterColumnsOf(anggaran.view, anggaran.headerRow, true).columns.realisasi[q - 1]
  )
    problems.push(
      `Sheet ${anggaran.name} di format induk tidak memuat kolom "${header}" di baris judulnya (baris ${anggaran.headerRow + 1}); tambahkan kolom itu.`,
    );
  return problems;
}

/**
 * The unit's Anggaran rows for quarter q: Program/Kegiatan, Sasaran, Pagu and the annual
 * Realisasi as the master has them (locked), then Realisasi TW I ... TW q, only TW q unlocked.
 */
export function quarterAnggaranCopy(raw: RawAnggaranSheet, rows: readonly number[], q: Quarter): SheetLayout {
  const qc = quarterColumnsOf(raw.view, raw.headerRow, true);
  const keys = ["program", "sasaran", "pagu", "realisasi"] as const;
  const quarterHeaders = Array.from({ length: q }, (_, i) => quarterHeader("realisasi", (i + 1) as Quarter));
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: `Realisasi Anggaran Triwulan ${romanQuarter(q)} per Program/Kegiatan`, style: "title" },
    {
      row: 1,
      col: 0,
      value: `Isi hanya kolom ${quarterHeader("realisasi", q)} (rupiah yang dibelanjakan pada triwulan itu, tanpa "Rp"); kolom lain mengikuti format induk.`,
      style: "subtitle",
    },
    ...[...ANGGARAN_HEADERS, ...quarterHeaders].map((text, c) => ({
      row: 2,
      col: c,
      value: text,
      style: "header" as StyleName,
    })),
  ];
  const openCol = keys.length + q - 1;
  rows.forEach((src, i) => {
    const r = 3 + i;
    const sources: (number | undefined)[] = [
      ...keys.map((k) => raw.columns[k]),
      ...quarterHeaders.map((_, k) => qc.columns.realisasi[k]?.col),
    ];
    sources.forEach((from, c) => {
      const cell: Cell | undefined = from === undefined ? undefined : raw.view.get(src, from);
      const style: StyleName = c === openCol ? "input" : "data";
      const lc: LayoutCell = cell ? layoutCellOf(r, c, cell, style) : { row: r, col: c, value: "", style };
      cells.push(c >= 2 && !lc.numFmt ? { ...lc, numFmt: "#,##0" } : lc);
    });
  });
  const last = 2 + rows.length;
  const widths = [55, 40, 18, 18, ...quarterHeaders.map(() => 16)];
  const validation: LayoutValidation = {
    type: "decimal",
    range: { top: 3, left: openCol, bottom: last, right: openCol },
    operator: "greaterThanOrEqual",
    min: 0,
    allowBlank: true,
    prompt: {
      title: `Realisasi anggaran TW ${romanQuarter(q)}`,
      message: 'Ketik realisasi anggaran triwulan ini dalam rupiah sebagai angka, tanpa "Rp", misalnya 25.000.000.',
    },
    error: {
      title: "Bukan angka rupiah",
      message: 'Realisasi anggaran harus berupa angka 0 atau lebih, tanpa "Rp" dan tanpa teks.',
    },
  };
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
    validations: [validation],
    protection: { unlocked: [{ top: 3, left: openCol, bottom: last, right: openCol }] },
  };
}

/** The Petunjuk of a quarter's unit file. */
export function quarterPetunjuk(
  unit: string,
  instansi: string,
  tahun: number | null,
  q: Quarter,
  openLabels: readonly string[],
  anggaran: boolean,
): SheetLayout {
  const tw = `Triwulan ${romanQuarter(q)}${tahun === null ? "" : ` Tahun ${tahun}`}`;
  const lines: { text: string; style: StyleName }[] = [
    { text: `PETUNJUK PENGISIAN REALISASI ${tw.toUpperCase()}: ${unit.toUpperCase()}`, style: "title" },
    {
      text: `Berkas ini dibuat oleh Subbagian Program dari format induk${instansi ? ` ${instansi}` : ""}, khusus untuk ${unit}, untuk melaporkan realisasi ${tw}. Indikator, target, Rencana Aksi dan realisasi triwulan sebelumnya ditampilkan apa adanya dan dikunci.`,
      style: "text",
    },
    { text: "A. Yang diisi", style: "heading" },
    {
      text: `1. Di lembar "${unit}", isi hanya sel berwarna kuning: ${openLabels.join(", ")}. Sel lain dikunci (lembar dilindungi tanpa kata sandi).`,
      style: "text",
    },
    {
      text: `2. Realisasi TW ${romanQuarter(q)}: angka yang dicapai pada triwulan ini saja (bukan sejak awal tahun), diketik sebagai angka (koma untuk desimal: 85,5), tanpa satuan. Untuk indikator dengan Cara Akumulasi Akhir (misalnya persen), tulis keadaan pada akhir triwulan ini.`,
      style: "text",
    },
    {
      text: `3. Kendala TW ${romanQuarter(q)}: hambatan yang dihadapi pada triwulan ini, dalam kalimat lengkap; dikutip ke Laporan Capaian Kinerja Triwulan.`,
      style: "text",
    },
    ...(anggaran
      ? [
          {
            text: `4. Di lembar "Anggaran", isi kolom Realisasi TW ${romanQuarter(q)} setiap program/kegiatan: rupiah yang dibelanjakan pada triwulan ini, tanpa "Rp".`,
            style: "text" as StyleName,
          },
        ]
      : []),
    { text: "B. Mengirim kembali", style: "heading" },
    {
      text: "5. Jangan mengganti nama lembar atau menyisipkan dan menghapus baris. Simpan berkas dan kirim kembali ke Subbagian Program; Himpun mengambil hanya sel triwulan ini, sehingga data triwulan sebelumnya di format induk tidak berubah.",
      style: "text",
    },
  ];
  return { ...petunjukSheetOf(lines), protection: { unlocked: [] } };
}
