/**
 * The quarters' columns of the data-collection workbook (spec 2.2, 2.3): `Cara Akumulasi`, then
 * per quarter `Target TW q`, `Rencana Aksi TW q`, `Realisasi TW q`, `Kendala TW q` (a quarter's
 * plan and its report side by side); on `Anggaran`, `Realisasi TW I` ... `Realisasi TW IV`.
 * Appended to the right of a sheet's existing columns by the format, next year's format and the
 * example builder, with their data validation. Pure: layout data.
 */
import { AKUMULASI_CHOICES } from "../compute/quarters";
import { AKUMULASI_HEADER, QUARTERS, quarterHeader, romanQuarter, type Quarter } from "../read/quarterColumns";
import type { LayoutCell, LayoutValidation, SheetLayout, StyleName } from "./layoutTypes";

/** The quarter columns of an indicator sheet, in order. */
export function quarterIndicatorHeaders(): string[] {
  return [
    AKUMULASI_HEADER,
    ...QUARTERS.flatMap((q) => [
      quarterHeader("target", q),
      quarterHeader("rencanaAksi", q),
      quarterHeader("realisasi", q),
      quarterHeader("kendala", q),
    ]),
  ];
}

/** The quarter columns of the Anggaran sheet, in order. */
export function quarterAnggaranHeaders(): string[] {
  return QUARTERS.map((q) => quarterHeader("realisasi", q));
}

function widthOf(header: string): number {
  if (header === AKUMULASI_HEADER) return 12;
  if (/^(Rencana Aksi|Kendala)/.test(header)) return 30;
  return 11;
}

function akumulasiValidation(col: number, first: number, last: number): LayoutValidation {
  return {
    type: "list",
    range: { top: first, left: col, bottom: last, right: col },
    values: [...AKUMULASI_CHOICES],
    allowBlank: true,
    prompt: {
      title: "Cara Akumulasi",
      message:
        "Jumlah: triwulan dijumlahkan (kegiatan, dokumen, orang, kasus). Akhir: triwulan terakhir yang dilaporkan (%, indeks, nilai). Rata-rata: rata-rata triwulan.",
    },
    error: {
      title: "Cara Akumulasi tidak sah",
      message: "Cara Akumulasi hanya boleh Jumlah, Akhir atau Rata-rata; pilih dari daftar.",
    },
  };
}

function numberValidation(col: number, first: number, last: number, label: string): LayoutValidation {
  return {
    type: "decimal",
    range: { top: first, left: col, bottom: last, right: col },
    operator: "between",
    min: -1e15,
    max: 1e15,
    allowBlank: true,
    prompt: { title: label, message: `Ketik ${label} sebagai angka, misalnya 85,5 atau 1.250; tanpa satuan.` },
    error: {
      title: "Bukan angka",
      message: `${label} harus berupa angka (koma untuk desimal), tanpa satuan atau teks.`,
    },
  };
}

function moneyValidation(col: number, first: number, last: number, label: string): LayoutValidation {
  return {
    type: "decimal",
    range: { top: first, left: col, bottom: last, right: col },
    operator: "greaterThanOrEqual",
    min: 0,
    allowBlank: true,
    prompt: { title: label, message: `Ketik ${label} dalam rupiah sebagai angka, tanpa "Rp", misalnya 25.000.000.` },
    error: {
      title: "Bukan angka rupiah",
      message: `${label} harus berupa angka 0 atau lebih, tanpa "Rp" dan tanpa teks.`,
    },
  };
}

export interface QuarterColumnsOptions {
  /** 0-based header row of the sheet. */
  headerRow: number;
  /** 0-based first and last data rows that carry the validation. */
  first: number;
  last: number;
  /**
   * Per data row from `first`: the Cara Akumulasi to write out (the indicator's way, or the
   * default of its Satuan); the other quarter cells of these rows are written as empty input cells.
   */
  akumulasi?: readonly string[];
}

/** Appends the quarter columns to an indicator sheet's layout, right of its last column. */
export function appendQuarterColumns(sheet: SheetLayout, opts: QuarterColumnsOptions): void {
  const start = sheet.widths.length;
  const headers = quarterIndicatorHeaders();
  headers.forEach((text, i) => {
    sheet.cells.push({ row: opts.headerRow, col: start + i, value: text, style: "header" });
    sheet.widths.push(widthOf(text));
  });
  sheet.validations.push(akumulasiValidation(start, opts.first, opts.last));
  headers.forEach((text, i) => {
    if (text.startsWith("Realisasi TW"))
      sheet.validations.push(numberValidation(start + i, opts.first, opts.last, text));
  });
  opts.akumulasi?.forEach((way, k) => {
    const row = opts.first + k;
    const cells: LayoutCell[] = headers.map((_, i) => ({
      row,
      col: start + i,
      value: i === 0 ? way : "",
      style: "input" as StyleName,
    }));
    sheet.cells.push(...cells);
  });
}

/** Appends `Realisasi TW I` ... `Realisasi TW IV` to the Anggaran sheet's layout, with rupiah checks. */
export function appendAnggaranQuarterColumns(sheet: SheetLayout, opts: Omit<QuarterColumnsOptions, "akumulasi">): void {
  const start = sheet.widths.length;
  quarterAnggaranHeaders().forEach((text, i) => {
    const col = start + i;
    sheet.cells.push({ row: opts.headerRow, col, value: text, style: "header" });
    sheet.widths.push(16);
    sheet.validations.push(
      moneyValidation(col, opts.first, opts.last, `Realisasi anggaran TW ${romanQuarter((i + 1) as Quarter)}`),
    );
    sheet.numberFormats.push({ range: { top: opts.first, left: col, bottom: opts.last, right: col }, numFmt: "#,##0" });
  });
}

/** The Petunjuk's paragraphs on the quarters, numbered from `from`. */
export function quarterPetunjukLines(from: number): { text: string; style: StyleName }[] {
  return [
    { text: "F. Triwulan (Rencana Aksi dan realisasi per triwulan)", style: "heading" },
    {
      text: `${from}. Kolom triwulan tidak wajib; isi bila capaian diukur per triwulan. Cara Akumulasi menentukan cara triwulan membentuk angka tahunan: Jumlah (triwulan dijumlahkan: kegiatan, dokumen, orang, kasus), Akhir (triwulan terakhir yang dilaporkan: %, indeks, nilai) atau Rata-rata. Kosong berarti Akhir untuk satuan %, persen, indeks, nilai, skor dan predikat, selain itu Jumlah.`,
      style: "text",
    },
    {
      text: `${from + 1}. Pada awal tahun isi Target TW dan Rencana Aksi TW I-IV sesuai Rencana Aksi Perjanjian Kinerja. Setiap akhir triwulan unit mengisi Realisasi TW dan Kendala TW triwulan itu (berkas unit per triwulan dibuat oleh Subbagian Program); Realisasi anggaran per triwulan diisi di lembar Anggaran.`,
      style: "text",
    },
    {
      text: `${from + 2}. Realisasi tahunan boleh dikosongkan bila keempat Realisasi TW terisi: angkanya adalah akumulasi keempatnya. Bila diisi dan berbeda dengan akumulasi triwulan, Validasi memberi peringatan.`,
      style: "text",
    },
  ];
}
