/**
 * The data-collection workbook ("Format Pengumpulan Data Kinerja", spec section 2) as plain data.
 *
 * Pure: no ExcelJS, no Office.js. Two writers render it: `lakip format` (ExcelJS,
 * src/hosts/files/writeFormat.ts) and "Buat Format" in the Excel pane (Office.js).
 * Coordinates are 0-based like the grid (row 0 = worksheet row 1).
 */
import { columnLetters } from "../grid";
import { normalizeLabel } from "../text";
import { DEFAULT_SCALE } from "../compute/predikat";
import { PENGATURAN_LABELS, RUMUS_TURUN_DEFAULT, RUMUS_TURUN_TR } from "../read/pengaturan";
import { yearColumnHeader } from "../read/yearColumns";
import { UserError } from "../errors";
import { appendAnggaranQuarterColumns, appendQuarterColumns, quarterPetunjukLines } from "./quarterLayout";
import { pejabatSheet } from "./pejabatSheet";

import type {
  CellStyle,
  StyleName,
  LayoutCell,
  LayoutRange,
  LayoutValidation,
  SheetLayout,
  WorkbookLayout,
} from "./layoutTypes";
export type {
  CellStyle,
  StyleName,
  LayoutCell,
  LayoutRange,
  ValidationMessage,
  LayoutValidation,
  SheetKind,
  SheetLayout,
  WorkbookLayout,
} from "./layoutTypes";

/** The units of Kesbangpol Kotawaringin Barat (spec section 1), as typed in `--units`. */
export const DEFAULT_UNITS_TEXT =
  "Sekretariat;Bidang Ideologi dan Wawasan Kebangsaan;Bidang Politik Dalam Negeri;Bidang Ketahanan Ekonomi, Sosial dan Budaya;Bidang Kewaspadaan Nasional dan Penanganan Konflik";

export const DEFAULT_UNITS: string[] = parseUnits(DEFAULT_UNITS_TEXT);

/**
 * The sheets a unit may not be named after: the add-in's own sheets (spec 2.2), matched like
 * every sheet name (case-insensitive, white space folded).
 */
export const RESERVED_SHEETS = [
  "Petunjuk",
  "Identitas",
  "Anggaran",
  "Pengaturan",
  "Rekap Capaian",
  "Rekap TW I",
  "Rekap TW II",
  "Rekap TW III",
  "Rekap TW IV",
  "Pejabat",
];

export const MAX_SHEET_NAME = 31;

/** How many data rows carry dropdowns and number checks. */
export const DATA_ROWS = 200;

export const INDICATOR_HEADERS = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
  "Realisasi Tahun Lalu",
  "Target Akhir Renstra",
  "Keterangan",
  "Faktor Pendukung",
  "Faktor Penghambat",
  "Upaya Perbaikan",
  "Standar Nasional",
] as const;

/** How many earlier years the format offers columns for (Target and Realisasi of each; spec 2.2). */
export const EARLIER_YEARS = 2;

/**
 * The earlier years' headers the format appends after INDICATOR_HEADERS for reporting year
 * `tahun`, oldest first: `Target 2023`, `Realisasi 2023`, `Target 2024` (the Realisasi of
 * tahun - 1 is the `Realisasi Tahun Lalu` column, so it is not repeated: spec 2.2).
 */
export function earlierYearHeaders(tahun: number, years: number = EARLIER_YEARS): string[] {
  const headers: string[] = [];
  for (let y = tahun - years; y < tahun; y++) {
    headers.push(yearColumnHeader("target", y));
    if (y !== tahun - 1) headers.push(yearColumnHeader("realisasi", y));
  }
  return headers;
}

/** Every header of an indicator sheet of the format for reporting year `tahun`, in column order. */
export function indicatorHeaders(tahun: number, years: number = EARLIER_YEARS): string[] {
  return [...INDICATOR_HEADERS, ...earlierYearHeaders(tahun, years)];
}

/** The reporting year a new format is made for when none is given: last year (a LAKIP reports the year past). */
export function defaultFormatYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

export const ANGGARAN_HEADERS = ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"] as const;

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

const FORBIDDEN_CHARS_ALL = /[[\]:*?/\\]/g;

/** Splits "A;B; C" into trimmed, non-empty names. */
export function parseUnits(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

/** Well-known abbreviations in Kesbangpol and Pemda nomenclature, longest phrase first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bKewaspadaan Nasional dan Penanganan Konflik\b/i, "Kewaspadaan Nasional"],
  [/\bEkonomi, Sosial,? dan Budaya\b/i, "Ekososbud"],
  [/\bIdeologi dan Wawasan Kebangsaan\b/i, "Ideologi dan Wasbang"],
  [/\bWawasan Kebangsaan\b/i, "Wasbang"],
  [/\bPolitik Dalam Negeri\b/i, "Poldagri"],
  [/\bSumber Daya Manusia\b/i, "SDM"],
  [/\bPerencanaan\b/i, "Perenc."],
  [/\bBidang\b/i, "Bid."],
  [/\bSubbagian\b/i, "Subbag"],
  [/\bSeksi\b/i, "Si."],
];

/**
 * The sheet name of a unit: the name itself when it fits in 31 characters, otherwise
 * shortened by common abbreviations (applied one at a time until it fits), then cut at a
 * word boundary. Characters Excel forbids are not removed here (checkUnitNames reports them).
 */
export function unitSheetName(unit: string): string {
  let name = unit.replace(/\s+/g, " ").trim();
  for (const [pattern, short] of ABBREVIATIONS) {
    if (name.length <= MAX_SHEET_NAME) break;
    name = name.replace(pattern, short);
  }
  if (name.length <= MAX_SHEET_NAME) return name;
  const words = name.split(" ");
  let cut = "";
  for (const w of words) {
    const next = cut === "" ? w : `${cut} ${w}`;
    if (next.length > MAX_SHEET_NAME) break;
    cut = next;
  }
  if (cut === "") cut = name.slice(0, MAX_SHEET_NAME);
  return cut.replace(/[,\s]+$/, "");
}

/** Each unit with the sheet name it gets. */
export function planUnitSheets(units: readonly string[]): { unit: string; sheetName: string }[] {
  return units.map((u) => ({ unit: u.replace(/\s+/g, " ").trim(), sheetName: unitSheetName(u) }));
}

/**
 * Checks unit names for use as Excel sheet names (after shortening, see unitSheetName).
 * Returns Indonesian messages, one per problem; empty when all is well.
 */
export function checkUnitNames(units: readonly string[]): string[] {
  const errors: string[] = [];
  if (units.length === 0) errors.push("Daftar unit kosong; isi minimal satu unit, misalnya Sekretariat.");
  const seen = new Map<string, string>();
  const reserved = new Set(RESERVED_SHEETS.map(normalizeLabel));
  units.forEach((raw, i) => {
    const unit = raw.replace(/\s+/g, " ").trim();
    const n = i + 1;
    if (unit === "") {
      errors.push(`Nama unit ke-${n} kosong; isi nama unit atau hapus pemisah ";" yang berlebih.`);
      return;
    }
    const bad = unit.match(FORBIDDEN_CHARS_ALL);
    if (bad) {
      const chars = Array.from(new Set(bad)).join(" ");
      errors.push(
        `Nama unit "${unit}" memuat karakter yang tidak boleh ada di nama sheet Excel (${chars}); hapus atau ganti karakter itu.`,
      );
      return;
    }
    if (unit.startsWith("'") || unit.endsWith("'")) {
      errors.push(`Nama unit "${unit}" tidak boleh diawali atau diakhiri tanda petik (').`);
      return;
    }
    const sheet = unitSheetName(unit);
    if (reserved.has(normalizeLabel(sheet)) || normalizeLabel(sheet) === "history") {
      errors.push(
        `Nama unit "${unit}" sudah dipakai untuk sheet bawaan (${RESERVED_SHEETS.join(", ")}); pilih nama lain.`,
      );
      return;
    }
    const key = normalizeLabel(sheet);
    const before = seen.get(key);
    if (before !== undefined) {
      errors.push(
        sheet === unit && unitSheetName(before) === before
          ? `Nama unit "${unit}" tercantum lebih dari sekali (huruf besar/kecil tidak dibedakan); setiap unit harus unik.`
          : `Nama unit "${unit}" dan "${before}" menjadi nama sheet yang sama ("${sheet}") setelah dipendekkan menjadi paling banyak ${MAX_SHEET_NAME} karakter; bedakan namanya.`,
      );
      return;
    }
    seen.set(key, unit);
  });
  return errors;
}

export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: "1F3864" },
  subtitle: { italic: true, fontSize: 10, fontColor: "595959", wrap: false },
  header: { bold: true, fill: "D9E2F3", border: true, wrap: true, horizontal: "center", vertical: "middle" },
  label: { bold: true, border: true, vertical: "top" },
  input: { border: true, fill: "FFF2CC", vertical: "top", wrap: true },
  note: { italic: true, fontColor: "595959", wrap: true, vertical: "top" },
  text: { wrap: true, vertical: "top" },
  heading: { bold: true, fontColor: "1F3864", vertical: "top" },
  number: { border: true, vertical: "top", numFmt: "#,##0.##" },
  rupiah: { border: true, vertical: "top", numFmt: "#,##0" },
  data: { border: true, vertical: "top", wrap: true },
};

/** Petunjuk: numbered instructions in Bahasa Indonesia, one paragraph per row. */
export function petunjukLines(
  unitSheets: readonly { unit: string; sheetName: string }[],
  tahun: number = defaultFormatYear(),
  earlierYears: number = EARLIER_YEARS,
): { text: string; style: StyleName }[] {
  const years = earlierYearHeaders(tahun, earlierYears);
  const unitList = unitSheets
    .map((u) => (u.unit === u.sheetName ? u.sheetName : `${u.sheetName} (${u.unit})`))
    .join("; ");
  const L = (text: string, style: StyleName = "text") => ({ text, style });
  return [
    L("PETUNJUK PENGISIAN FORMAT PENGUMPULAN DATA KINERJA", "title"),
    L(
      "Format ini dipakai untuk menghimpun data kinerja dari Sekretariat dan setiap Bidang sebagai bahan penyusunan LAKIP (LKjIP). Isilah lembar demi lembar sesuai petunjuk di bawah ini, lalu jalankan Validasi sebelum format dikirim kembali ke Subbagian Program.",
      "text",
    ),
    L("A. Lembar Identitas", "heading"),
    L(
      "1. Isi kolom B di samping setiap label di kolom A. Instansi, Pemerintah Daerah dan Tahun wajib diisi; yang lain opsional tetapi dipakai pada halaman pengesahan laporan: Nama, NIP, Jabatan dan Pangkat/Golongan Kepala, Tempat dan Tanggal Laporan (misalnya Pangkalan Bun, 15 Januari 2026) di blok tanda tangan, dan Judul Laporan (LAKIP, LKjIP atau Laporan Kinerja) di sampul.",
    ),
    L(
      "2. Tahun adalah tahun pelaporan, ditulis sebagai angka 4 digit, misalnya 2025. NIP Kepala terdiri atas 18 digit dan boleh ditulis berspasi, misalnya 19700101 199503 1 001.",
    ),
    L("3. Jangan mengubah teks label di kolom A; label itulah yang dibaca oleh Validasi."),
    L("B. Lembar indikator (satu lembar per unit)", "heading"),
    L(
      `4. Setiap unit mengisi lembarnya sendiri: ${unitList}. Nama lembar adalah nama unit; jangan mengganti nama lembar dan jangan mengubah baris judul kolom.`,
    ),
    L("5. Satu baris untuk satu indikator kinerja. Kolom No boleh diisi nomor urut atau dibiarkan kosong."),
    L(
      "6. Sasaran Strategis: tulis nama sasaran sesuai Renstra/Perjanjian Kinerja. Jika beberapa indikator berada di bawah sasaran yang sama, cukup tulis sasaran pada baris pertama; baris kosong di bawahnya dianggap melanjutkan sasaran di atasnya. Tulislah nama sasaran yang sama persis di semua lembar agar capaiannya digabung.",
    ),
    L(
      '7. Indikator Kinerja: tulis nama indikator lengkap, misalnya "Persentase ormas yang aktif melaporkan keberadaannya". Indikator yang sama jangan ditulis dua kali di bawah satu sasaran.',
    ),
    L("8. Satuan: satuan ukur indikator, misalnya %, kegiatan, dokumen, kasus, orang, laporan."),
    L(
      "9. Polaritas: pilih dari daftar. Naik berarti makin tinggi makin baik (contoh: persentase pemilih yang menggunakan hak pilih, target 80, realisasi 84 → capaian 105%). Turun berarti makin rendah makin baik (contoh: jumlah konflik sosial, target 4 kasus, realisasi 3 kasus → capaian 125%). Untuk polaritas Turun dengan target 0 dan realisasi 0, capaian dihitung 100%.",
    ),
    L(
      '10. Target: angka target tahun ini. Target boleh berupa rentang, ditulis "80 - 90" (atau "80 s.d. 90"); realisasi di dalam rentang dihitung 100%. Target tidak boleh 0 untuk polaritas Naik.',
    ),
    L(
      `11. Realisasi: angka yang benar-benar dicapai tahun ini. Realisasi Tahun Lalu, Target Akhir Renstra, Standar Nasional (standar nasional indikator itu, bila ada) dan kolom tahun-tahun sebelumnya (${years.join(", ")}) diisi bila ada; semuanya dipakai untuk perbandingan di laporan. Kolom tahun dibuat untuk tahun pelaporan ${tahun}: bila Tahun di lembar Identitas lain, ganti angka tahun pada judul kolomnya. Realisasi tahun lalu cukup ditulis sekali, di kolom Realisasi Tahun Lalu.`,
    ),
    L(
      '12. Penulisan angka: ketik angka sebagai angka, bukan teks. Koma adalah tanda desimal dan titik pemisah ribuan (85,5 atau 1.250). Untuk satuan %, ketik nilai persennya (85,5), atau ketik 85,5% pada sel berformat persen; keduanya dibaca 85,5. Jangan menambahkan satuan di dalam sel angka (tulis 2 dan satuan "laporan", bukan "2 laporan").',
    ),
    L(
      "13. Keterangan: penjelasan singkat atas capaian. Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan: analisis penyebab keberhasilan atau kegagalan serta langkah perbaikannya. Teks ini dikutip ke narasi BAB III laporan, jadi tulislah dalam kalimat lengkap.",
    ),
    L("C. Lembar Anggaran", "heading"),
    L(
      '14. Satu baris untuk satu program atau kegiatan: nama Program/Kegiatan, Sasaran Strategis yang didukungnya (tulis persis seperti di lembar indikator), Pagu dan Realisasi anggaran dalam rupiah tanpa "Rp" dan tanpa desimal, misalnya 125.000.000.',
    ),
    L(
      "15. Realisasi anggaran tidak boleh negatif dan biasanya tidak melebihi pagu. Serapan (realisasi dibanding pagu) dan efisiensi per sasaran dihitung otomatis.",
    ),
    L("D. Validasi", "heading"),
    L(
      "16. Validasi memeriksa: lembar Identitas dan lembar indikator ada; label Identitas wajib terisi dan Tahun berupa tahun; judul kolom wajib lengkap; sel wajib (Sasaran pada baris pertama, Indikator, Satuan, Polaritas, Target, Realisasi) tidak kosong; kolom angka berisi angka; tidak ada nilai galat Excel (#DIV/0!, #REF!, #N/A); Polaritas bernilai Naik atau Turun; target tidak 0.",
    ),
    L(
      "17. Validasi juga memberi peringatan bila: angka diketik sebagai teks, nilai persen di atas 100, nilai negatif, capaian di atas 150% atau di bawah 0% (sering karena salah satuan), indikator ganda, realisasi anggaran melebihi pagu, atau sasaran di lembar Anggaran tidak ditemukan di lembar indikator.",
    ),
    L(
      "18. GALAT (error) harus diperbaiki sebelum laporan dapat dibuat; PERINGATAN boleh dibiarkan bila datanya memang benar. Validasi tidak pernah mengubah isi sel; sorotan warna hanya penanda dan dapat dihapus.",
    ),
    L("E. Lembar Pengaturan", "heading"),
    L(
      "19. Lembar Pengaturan memuat aturan perhitungan instansi. Isinya sudah berupa aturan bawaan (Permendagri 86/2017); ubah hanya bila instansi memakai aturan lain, dan jangan mengubah teks label di kolom A. Lembar ini boleh dihapus: tanpa lembar ini aturan bawaan yang berlaku.",
    ),
    L(
      "20. Rumus Polaritas Turun: (2T - R) / T (bawaan; target 4 kasus, realisasi 3 kasus → 125%) atau T / R (target 4, realisasi 3 → 133,33%). Batas Capaian: kosong berarti capaian tidak dibatasi; isi misalnya 120 agar capaian di atas 120% dihitung 120% dalam rata-rata dan predikat.",
    ),
    L(
      "21. Skala predikat: di bawah baris Predikat | Batas Bawah, satu baris per predikat dari yang tertinggi, nama di kolom A dan batas bawah dalam persen di kolom B (makin ke bawah makin kecil); batas baris terakhir boleh kosong. Capaian mendapat predikat baris pertama yang batas bawahnya tidak melebihi capaian itu.",
    ),
  ];
}

function range(top: number, left: number, bottom: number, right: number): LayoutRange {
  return { top, left, bottom, right };
}

function petunjukSheet(
  unitSheets: readonly { unit: string; sheetName: string }[],
  tahun: number,
  earlierYears: number,
): SheetLayout {
  const lines = petunjukLines(unitSheets, tahun, earlierYears);
  return petunjukSheetOf([...lines, ...quarterPetunjukLines(lines.filter((l) => /^\d+\. /.test(l.text)).length + 1)]);
}

/**
 * The Petunjuk sheet of any workbook this add-in writes (format, next year's, a unit's file):
 * one paragraph per row in column A, the row tall enough for its wrapped text.
 */
export function petunjukSheetOf(lines: readonly { text: string; style: StyleName }[]): SheetLayout {
  const rowHeights: Record<number, number> = {};
  const cells: LayoutCell[] = lines.map((l, i) => {
    // About 110 characters per line at width 120; 15 points per line.
    const lineCount = Math.max(1, Math.ceil(l.text.length / 110));
    if (lineCount > 1) rowHeights[i] = lineCount * 15;
    return { row: i, col: 0, value: l.text, style: l.style };
  });
  return {
    name: "Petunjuk",
    kind: "petunjuk",
    widths: [120],
    cells,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    validations: [],
    numberFormats: [],
    rowHeights,
  };
}

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

export const INDICATOR_WIDTHS = [5, 32, 40, 11, 10, 11, 11, 13, 13, 36, 36, 36, 36, 13];
export const YEAR_WIDTH = 12;

/** Title row, note row, then the header row (row 3, 0-based 2). */
export const TITLE_ROWS = 2;

function indicatorSheet(unit: string, sheetName: string, tahun: number, earlierYears: number): SheetLayout {
  const h = TITLE_ROWS;
  const first = h + 1;
  const last = h + DATA_ROWS;
  const years = earlierYearHeaders(tahun, earlierYears);
  const headers = [...INDICATOR_HEADERS, ...years];
  const col = (name: string) => headers.indexOf(name);
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: `Format Pengumpulan Data Kinerja: ${unit}`, style: "title" },
    {
      row: 1,
      col: 0,
      value: "Satu baris per indikator. Kolom berwarna wajib diisi; lihat lembar Petunjuk.",
      style: "subtitle",
    },
    ...headers.map((text, c) => ({ row: h, col: c, value: text, style: "header" as StyleName })),
  ];
  const number = (name: string, label: string): LayoutValidation => ({
    type: "decimal",
    range: range(first, col(name), last, col(name)),
    operator: "between",
    min: -1e15,
    max: 1e15,
    allowBlank: true,
    prompt: {
      title: label,
      message: `Ketik ${label.toLowerCase()} sebagai angka, misalnya 85,5 atau 1.250; tanpa satuan.`,
    },
    error: {
      title: "Bukan angka",
      message: `${label} harus berupa angka (koma untuk desimal), tanpa satuan atau teks.`,
    },
  });
  const sheet: SheetLayout = {
    name: sheetName,
    kind: "indikator",
    unit,
    widths: [...INDICATOR_WIDTHS, ...years.map(() => YEAR_WIDTH)],
    cells,
    merges: [range(0, 0, 0, 6)],
    freeze: { rows: h + 1, columns: 0 },
    headerRow: h,
    numberFormats: [],
    rowHeights: { [h]: 32 },
    validations: [
      {
        type: "list",
        range: range(first, col("Polaritas"), last, col("Polaritas")),
        values: ["Naik", "Turun"],
        allowBlank: true,
        prompt: {
          title: "Polaritas",
          message: "Pilih Naik (makin tinggi makin baik) atau Turun (makin rendah makin baik).",
        },
        error: { title: "Polaritas tidak sah", message: "Polaritas hanya boleh Naik atau Turun; pilih dari daftar." },
      },
      number("Realisasi", "Realisasi"),
      number("Realisasi Tahun Lalu", "Realisasi Tahun Lalu"),
      number("Target Akhir Renstra", "Target Akhir Renstra"),
      number("Standar Nasional", "Standar Nasional"),
      ...years.filter((name) => name.startsWith("Realisasi")).map((name) => number(name, name)),
    ],
  };
  appendQuarterColumns(sheet, { headerRow: h, first, last });
  return sheet;
}

/**
 * Pengaturan (spec 2.4): the defaults written out, so that an agency edits rather than types:
 * the Turun formula (with a dropdown), Batas Capaian and Batas Bawah Capaian (blank), and the
 * default predikat scale.
 */
function pengaturanSheet(): SheetLayout {
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "Pengaturan Perhitungan Capaian", style: "title" },
    {
      row: 1,
      col: 0,
      value: "Berisi aturan bawaan; ubah kolom B hanya bila instansi memakai aturan lain (lihat Petunjuk bagian E).",
      style: "subtitle",
    },
    { row: 2, col: 0, value: "Pengaturan", style: "header" },
    { row: 2, col: 1, value: "Isian", style: "header" },
    { row: 2, col: 2, value: "Keterangan", style: "header" },
    { row: 3, col: 0, value: PENGATURAN_LABELS.rumusTurun, style: "label" },
    { row: 3, col: 1, value: RUMUS_TURUN_DEFAULT, style: "input" },
    {
      row: 3,
      col: 2,
      value: `rumus capaian indikator polaritas Turun: ${RUMUS_TURUN_DEFAULT} (bawaan) atau ${RUMUS_TURUN_TR}, dikali 100`,
      style: "note",
    },
    { row: 4, col: 0, value: PENGATURAN_LABELS.batasCapaian, style: "label" },
    { row: 4, col: 1, value: "", style: "input" },
    {
      row: 4,
      col: 2,
      value: "kosong: capaian tidak dibatasi; atau angka 100 ke atas, misalnya 120: capaian di atas 120% dihitung 120%",
      style: "note",
    },
    { row: 5, col: 0, value: PENGATURAN_LABELS.batasBawahCapaian, style: "label" },
    { row: 5, col: 1, value: "", style: "input" },
    {
      row: 5,
      col: 2,
      value: "kosong: capaian negatif dibiarkan; atau angka 0 ke bawah, biasanya 0: capaian di bawah 0% dihitung 0%",
      style: "note",
    },
    { row: 6, col: 0, value: PENGATURAN_LABELS.predikat, style: "header" },
    { row: 6, col: 1, value: PENGATURAN_LABELS.batasBawah, style: "header" },
    { row: 6, col: 2, value: "Keterangan", style: "header" },
  ];
  const bands = DEFAULT_SCALE.bands;
  bands.forEach((b, i) => {
    const row = 7 + i;
    cells.push({ row, col: 0, value: b.predikat, style: "input" });
    cells.push({ row, col: 1, value: b.min ?? "", style: "input" });
    const upper = i > 0 ? bands[i - 1].min : null;
    cells.push({
      row,
      col: 2,
      value:
        b.min === null
          ? `capaian di bawah ${upper}% (batas baris terakhir boleh kosong)`
          : upper === null
            ? `capaian ${b.min}% ke atas`
            : `capaian ${b.min}% sampai di bawah ${upper}%`,
      style: "note",
    });
  });
  const firstBand = 7;
  const lastBand = 7 + bands.length + 4; // room for a longer scale of the agency's own
  return {
    name: "Pengaturan",
    kind: "pengaturan",
    widths: [26, 22, 80],
    cells,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    numberFormats: [],
    validations: [
      {
        type: "list",
        range: range(3, 1, 3, 1),
        values: [RUMUS_TURUN_DEFAULT, RUMUS_TURUN_TR],
        allowBlank: true,
        prompt: {
          title: "Rumus Polaritas Turun",
          message: `Pilih ${RUMUS_TURUN_DEFAULT} (bawaan) atau ${RUMUS_TURUN_TR}.`,
        },
        error: {
          title: "Rumus tidak dikenal",
          message: `Rumus Polaritas Turun hanya boleh ${RUMUS_TURUN_DEFAULT} atau ${RUMUS_TURUN_TR}; pilih dari daftar.`,
        },
      },
      {
        type: "decimal",
        range: range(4, 1, 4, 1),
        operator: "greaterThanOrEqual",
        min: 100,
        allowBlank: true,
        prompt: { title: "Batas Capaian", message: "Kosongkan, atau ketik angka 100 ke atas, misalnya 120." },
        error: { title: "Batas tidak sah", message: "Batas Capaian harus angka 100 atau lebih, atau dikosongkan." },
      },
      {
        type: "decimal",
        range: range(5, 1, 5, 1),
        operator: "between",
        min: -1000,
        max: 0,
        allowBlank: true,
        prompt: { title: "Batas Bawah Capaian", message: "Kosongkan, atau ketik angka 0 ke bawah, biasanya 0." },
        error: {
          title: "Batas tidak sah",
          message: "Batas Bawah Capaian harus angka 0 atau lebih kecil, atau dikosongkan.",
        },
      },
      {
        type: "decimal",
        range: range(firstBand, 1, lastBand, 1),
        operator: "between",
        min: -1000,
        max: 1000,
        allowBlank: true,
        prompt: { title: "Batas Bawah", message: "Batas bawah predikat dalam persen, misalnya 91 atau 90,5." },
        error: { title: "Bukan angka", message: "Batas bawah harus angka persen, misalnya 91 atau 90,5." },
      },
    ],
  };
}

export function anggaranSheet(): SheetLayout {
  const h = TITLE_ROWS;
  const first = h + 1;
  const last = h + DATA_ROWS;
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "Realisasi Anggaran per Program/Kegiatan", style: "title" },
    {
      row: 1,
      col: 0,
      value: 'Satu baris per program atau kegiatan; Pagu dan Realisasi dalam rupiah tanpa "Rp".',
      style: "subtitle",
    },
    ...ANGGARAN_HEADERS.map((text, c) => ({ row: h, col: c, value: text, style: "header" as StyleName })),
  ];
  const money = (c: number, label: string): LayoutValidation => ({
    type: "decimal",
    range: range(first, c, last, c),
    operator: "greaterThanOrEqual",
    min: 0,
    allowBlank: true,
    prompt: {
      title: label,
      message: `Ketik ${label.toLowerCase()} dalam rupiah sebagai angka, tanpa "Rp", misalnya 125.000.000.`,
    },
    error: {
      title: "Bukan angka rupiah",
      message: `${label} harus berupa angka 0 atau lebih, tanpa "Rp" dan tanpa teks.`,
    },
  });
  const sheet: SheetLayout = {
    name: "Anggaran",
    kind: "anggaran",
    widths: [55, 40, 18, 18],
    cells,
    merges: [range(0, 0, 0, 3)],
    freeze: { rows: h + 1, columns: 0 },
    headerRow: h,
    numberFormats: [
      {
        range: range(first, ANGGARAN_HEADERS.indexOf("Pagu"), last, ANGGARAN_HEADERS.indexOf("Pagu")),
        numFmt: "#,##0",
      },
      {
        range: range(first, ANGGARAN_HEADERS.indexOf("Realisasi"), last, ANGGARAN_HEADERS.indexOf("Realisasi")),
        numFmt: "#,##0",
      },
    ],
    rowHeights: { [h]: 20 },
    validations: [
      money(ANGGARAN_HEADERS.indexOf("Pagu"), "Pagu"),
      money(ANGGARAN_HEADERS.indexOf("Realisasi"), "Realisasi anggaran"),
    ],
  };
  appendAnggaranQuarterColumns(sheet, { headerRow: h, first, last });
  return sheet;
}

/** Thrown by buildFormatLayout when unit names cannot become sheet names. */
export class InvalidUnitNamesError extends UserError {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
    this.name = "InvalidUnitNamesError";
  }
}

/**
 * The empty data-collection workbook for the given units: Petunjuk, Identitas, one indicator
 * sheet per unit (with columns for the two years before `tahun`, by default last year), Anggaran,
 * Pengaturan (the default rules written out). Throws InvalidUnitNamesError when checkUnitNames finds problems.
 */
export function buildFormatLayout(
  units: readonly string[] = DEFAULT_UNITS,
  options: { tahun?: number; earlierYears?: number } = {},
): WorkbookLayout {
  const problems = checkUnitNames(units);
  if (problems.length > 0) throw new InvalidUnitNamesError(problems);
  const plan = planUnitSheets(units);
  const tahun = options.tahun ?? defaultFormatYear();
  const earlierYears = Math.max(0, Math.min(options.earlierYears ?? EARLIER_YEARS, 10));
  return {
    styles: STYLES,
    sheets: [
      petunjukSheet(plan, tahun, earlierYears),
      identitasSheet(),
      ...plan.map((p) => indicatorSheet(p.unit, p.sheetName, tahun, earlierYears)),
      anggaranSheet(),
      pengaturanSheet(),
      pejabatSheet(plan),
    ],
  };
}

/** Data-validation range in A1 notation ("E4:E203"). */
export function rangeA1(r: LayoutRange): string {
  const tl = `${columnLetters(r.left)}${r.top + 1}`;
  const br = `${columnLetters(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}
