/**
 * The Anggaran sheet: program/kegiatan, sasaran, pagu and realisasi, with the quarter columns.
 */
import type { LayoutCell, LayoutValidation, SheetLayout, StyleName } from "./layoutTypes";
import { ANGGARAN_HEADERS, DATA_ROWS, TITLE_ROWS } from "./formatColumns";
import { range } from "./layoutRange";
import { appendAnggaranQuarterColumns } from "./quarterLayout";

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
