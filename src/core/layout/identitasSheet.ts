/**
 * The one Identitas sheet builder, shared by the format and next year's format (nextYear.ts):
 * its rows, notes, the Tahun check and the Judul Laporan dropdown.
 */
import type { LayoutCell, LayoutValidation, SheetLayout } from "./layoutTypes";
import { range } from "./layoutRange";

export const IDENTITAS_ROWS: { label: string; required: boolean; note: string }[] = [
  { label: "Instansi", required: true, note: "wajib; contoh: Badan Kesatuan Bangsa dan Politik" },
  { label: "Pemerintah Daerah", required: true, note: "wajib; contoh: Kabupaten Kotawaringin Barat" },
  { label: "Tahun", required: true, note: "wajib; tahun pelaporan, angka 4 digit, contoh: 2025" },
  { label: "Nama Kepala", required: false, note: "opsional; nama penandatangan, contoh: Drs. H. Ahmad Yani, M.Si" },
  { label: "NIP Kepala", required: false, note: "opsional; 18 digit, boleh berspasi, contoh: 19700101 199503 1 001" },
  { label: "Jabatan Kepala", required: false, note: "opsional; contoh: Kepala Badan Kesatuan Bangsa dan Politik" },
  { label: "Periode Renstra", required: false, note: "opsional; contoh: 2021-2026" },
  {
    label: "Pangkat/Golongan Kepala",
    required: false,
    note: "opsional; dicetak di blok tanda tangan, contoh: Pembina Utama Muda (IV/c)",
  },
  { label: "Tempat", required: false, note: "opsional; kota tempat laporan ditandatangani, contoh: Pangkalan Bun" },
  {
    label: "Tanggal Laporan",
    required: false,
    note: "opsional; tanggal penandatanganan, contoh: 15 Januari 2026 (atau sel berformat tanggal); kosong: tanggal laporan dibuat",
  },
  {
    label: "Judul Laporan",
    required: false,
    note: "opsional; pilih LAKIP (bawaan), LKjIP atau Laporan Kinerja",
  },
  {
    label: "Alamat",
    required: false,
    note: "opsional; alamat kantor, dicetak di sampul dan kop Perjanjian Kinerja, contoh: Jl. Sutan Syahrir No. 1, Pangkalan Bun",
  },
  {
    label: "Jabatan Kepala Daerah",
    required: false,
    note: "opsional; pihak kedua Perjanjian Kinerja Kepala, contoh: Bupati Kotawaringin Barat",
  },
  { label: "Nama Kepala Daerah", required: false, note: "opsional; dicetak di bawah tanda tangan Kepala Daerah" },
];

/** Identitas' Tahun cell (column B of `row`): a whole year 2000-2100; `contoh` is the example year shown. */
export function tahunValidation(row: number, contoh: number): LayoutValidation {
  return {
    type: "whole",
    range: range(row, 1, row, 1),
    operator: "between",
    min: 2000,
    max: 2100,
    allowBlank: true,
    prompt: { title: "Tahun", message: `Isi tahun pelaporan, angka 4 digit, misalnya ${contoh}.` },
    error: { title: "Tahun tidak sah", message: `Tahun harus angka bulat antara 2000 dan 2100, misalnya ${contoh}.` },
  };
}

/** One row of the Identitas sheet: its label, its note, and the value cell (column B) when it has one. */
export interface IdentitasRow {
  label: string;
  note: string;
  value?: LayoutCell;
}

/**
 * The one Identitas sheet builder: the basic format's rows (empty input cells) by default, or the
 * given rows with their values (next year's format). Tahun gets its whole-year check with
 * `contohTahun` as the example, Judul Laporan its dropdown.
 */
export function identitasSheet(
  rows: readonly IdentitasRow[] = IDENTITAS_ROWS.map((r) => ({ label: r.label, note: r.note })),
  contohTahun = 2025,
): SheetLayout {
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "Uraian", style: "header" },
    { row: 0, col: 1, value: "Isian", style: "header" },
    { row: 0, col: 2, value: "Keterangan", style: "header" },
  ];
  rows.forEach((r, i) => {
    cells.push({ row: i + 1, col: 0, value: r.label, style: "label" });
    cells.push(r.value ?? { row: i + 1, col: 1, value: "", style: "input" });
    cells.push({ row: i + 1, col: 2, value: r.note, style: "note" });
  });
  const rowOf = (label: string) => rows.findIndex((r) => r.label === label) + 1;
  const validations: LayoutValidation[] = [];
  if (rowOf("Tahun") > 0) validations.push(tahunValidation(rowOf("Tahun"), contohTahun));
  if (rowOf("Judul Laporan") > 0)
    validations.push({
      type: "list",
      range: range(rowOf("Judul Laporan"), 1, rowOf("Judul Laporan"), 1),
      values: ["LAKIP", "LKjIP", "Laporan Kinerja"],
      allowBlank: true,
      prompt: { title: "Judul Laporan", message: "Pilih LAKIP (bawaan), LKjIP atau Laporan Kinerja." },
      error: {
        title: "Judul tidak dikenal",
        message: "Judul Laporan hanya boleh LAKIP, LKjIP atau Laporan Kinerja.",
      },
    });
  return {
    name: "Identitas",
    kind: "identitas",
    // 24: the longest label ("Pangkat/Golongan Kepala") fits without wrapping.
    widths: [24, 50, 62],
    cells,
    merges: [],
    freeze: { rows: 1, columns: 0 },
    headerRow: 0,
    numberFormats: [],
    validations,
  };
}
