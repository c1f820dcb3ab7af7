/**
 * One unit's indicator sheet of the format: title, note, headers, widths, dropdowns and
 * number checks on its data rows.
 */
import type { LayoutCell, LayoutValidation, SheetLayout, StyleName } from "./layoutTypes";
import { DATA_ROWS, INDICATOR_HEADERS, TITLE_ROWS, earlierYearHeaders } from "./formatColumns";
import { range } from "./layoutRange";
import { appendQuarterColumns } from "./quarterLayout";

export const INDICATOR_WIDTHS = [5, 32, 40, 11, 10, 11, 11, 13, 13, 36, 36, 36, 36, 13];
export const YEAR_WIDTH = 12;

export function indicatorSheet(unit: string, sheetName: string, tahun: number, earlierYears: number): SheetLayout {
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
