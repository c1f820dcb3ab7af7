/**
 * The Pengaturan sheet: the default rules written out for the agency to change (spec 2.2).
 */
import type { LayoutCell, LayoutValidation, SheetLayout } from "./layoutTypes";
import { range } from "./layoutRange";
import { DEFAULT_SCALE } from "../compute/predikat";
import { PENGATURAN_LABELS, RUMUS_TURUN_DEFAULT, RUMUS_TURUN_TR } from "../read/pengaturan";

/**
 * Pengaturan (spec 2.4): the defaults written out, so that an agency edits rather than types:
 * the Turun formula (with a dropdown), Batas Capaian and Batas Bawah Capaian (blank), and the
 * default predikat scale.
 */
export function pengaturanSheet(): SheetLayout {
  const firstBand = 7;
  const lastBand = 7 + DEFAULT_SCALE.bands.length + 4; // room for a longer scale of the agency's own
  return {
    name: "Pengaturan",
    kind: "pengaturan",
    widths: [26, 22, 80],
    cells: pengaturanCells(),
    merges: [],
    freeze: { rows: 0, columns: 0 },
    numberFormats: [],
    validations: pengaturanValidations(firstBand, lastBand),
  };
}

/** The rules with their notes (rows 1-6), then the default predikat scale from row 8. */
function pengaturanCells(): LayoutCell[] {
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
  return cells;
}

/** The Turun formula's dropdown, the two bounds' number checks, the scale's percentages. */
function pengaturanValidations(firstBand: number, lastBand: number): LayoutValidation[] {
  return [
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
  ];
}
