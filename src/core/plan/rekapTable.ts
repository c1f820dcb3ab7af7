/**
 * The sheet "Rekap Capaian" (SOP step 5) as plain data: values, number formats, fills and the
 * chart's source, written by the Office.js host. Numbers are the engine's, unrounded; the
 * display comes from number formats (Excel shows them with the user's separators: id-ID
 * "105,26%"). Every text cell has the number format "@" so user text starting with = + - @
 * stays text and never becomes a formula.
 */
import type { Analysis, Predikat, PredikatScale } from "../model";
import { describeScale } from "../compute/predikat";
import { formatTanggal } from "../format/date";
import { formatNumber } from "../format/number";

export const REKAP_SHEET = "Rekap Capaian";
export const REKAP_WIDTH = 9;

export const TEXT_FORMAT = "@";
export const PERCENT_FORMAT = '#,##0.00"%"';
export const NUMBER_FORMAT = "#,##0";

/**
 * A number format that shows a target or realisasi with the decimals it has, as typed
 * (1.250, 85,5, 71,25): "#,##0" for whole numbers, "#,##0.0…" otherwise. (A format such as
 * "#,##0.##" would show a whole number with a dangling decimal mark.)
 */
export function asTypedFormat(v: number): string {
  const decimals = (formatNumber(v).split(",")[1] ?? "").length;
  return decimals === 0 ? NUMBER_FORMAT : `${NUMBER_FORMAT}.${"0".repeat(Math.min(decimals, 10))}`;
}
export const RUPIAH_FORMAT = '"Rp "#,##0';
export const INTEGER_FORMAT = "0";

export const PREDIKAT_FILLS: Record<Predikat, string> = {
  "Sangat Tinggi": "#C6EFCE",
  Tinggi: "#DDEBF7",
  Sedang: "#FFEB9C",
  Rendah: "#F8CBAD",
  "Sangat Rendah": "#FFC7CE",
};
export const HEADER_FILL = "#D9E2F3";

/** The default scale's fills from the highest band to the lowest, the palette for any scale. */
const BAND_PALETTE = ["#C6EFCE", "#DDEBF7", "#FFEB9C", "#F8CBAD", "#FFC7CE"];

/**
 * The fill of a predikat of the scale in force: the default words keep their colours; an
 * agency's own words are coloured by their band's position, the highest green and the lowest
 * red, whatever the words and however many bands (spec 2.4).
 */
export function predikatColor(scale: PredikatScale, predikat: Predikat | null): string | undefined {
  if (!predikat) return undefined;
  const index = scale.bands.findIndex((b) => b.predikat === predikat);
  if (index < 0) return PREDIKAT_FILLS[predikat];
  const n = scale.bands.length;
  const slot = n <= 1 ? 0 : Math.round((index * (BAND_PALETTE.length - 1)) / (n - 1));
  return BAND_PALETTE[slot];
}

export type RekapValue = string | number;

export interface RekapRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RekapTable {
  /** widths.length columns per row (REKAP_WIDTH for the year's Rekap); "" is an empty cell. */
  values: RekapValue[][];
  formats: string[][];
  fills: { row: number; col: number; color: string }[];
  /** Rows written bold (titles, headings, table headers). */
  boldRows: number[];
  headerRows: number[];
  /** Sasaran names and their capaian (two adjacent columns), for the chart; null without sasaran. */
  chartSource: RekapRange | null;
  /** Where the chart goes (top-left cell row/col). */
  chartAt: { row: number; col: number };
  widths: number[];
  /** Where each indicator's capaian is, for tests: row index per indikator in analysis order. */
  indikatorRows: number[];
  capaianCol: number;
  /** The sheet it is written to ("Rekap Capaian", "Rekap TW II"); only this sheet is replaced. */
  sheet: string;
  /** The chart's title. */
  chartTitle: string;
}

function num(x: number | null | undefined): RekapValue {
  return x == null || !Number.isFinite(x) ? "" : x;
}

export interface RekapCell {
  v: RekapValue;
  f?: string;
}

/**
 * The rows of a Rekap sheet as they are built (the year's and each quarter's): values with their
 * number formats (a number gets `f` or the plain number format, text the text format), fills, bold
 * and header rows, and the small writers every Rekap uses.
 */
export function rekapSheetBuilder(width: number) {
  const values: RekapValue[][] = [];
  const formats: string[][] = [];
  const fills: RekapTable["fills"] = [];
  const boldRows: number[] = [];
  const headerRows: number[] = [];
  const push = (cells: RekapCell[]): number => {
    const row: RekapValue[] = [];
    const fmt: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const v = cell ? cell.v : "";
      row.push(v);
      fmt.push(typeof v === "number" ? (cell?.f ?? NUMBER_FORMAT) : TEXT_FORMAT);
    }
    values.push(row);
    formats.push(fmt);
    return values.length - 1;
  };
  const text = (v: string | null | undefined): RekapCell => ({ v: v ?? "" });
  const blank = () => push([]);
  const heading = (t: string) => boldRows.push(push([text(t)]));
  const header = (names: string[]) => {
    const r = push(names.map(text));
    headerRows.push(r);
    boldRows.push(r);
    names.forEach((_, c) => fills.push({ row: r, col: c, color: HEADER_FILL }));
  };
  return { values, formats, fills, boldRows, headerRows, push, text, blank, heading, header };
}

/** Builds the Rekap sheet from the engine's analysis. */
export function buildRekapTable(a: Analysis, now: Date = new Date()): RekapTable {
  const { values, formats, fills, boldRows, headerRows, push, text, blank, heading, header } =
    rekapSheetBuilder(REKAP_WIDTH);

  const predikatFill = (row: number, col: number, p: Predikat | null) => {
    const color = predikatColor(a.scale, p);
    if (color) fills.push({ row, col, color });
  };

  const id = a.identitas;
  boldRows.push(
    push([text(`Rekap Capaian Kinerja ${id.instansi ?? ""} Tahun ${id.tahun ?? ""}`.replace(/\s+/g, " ").trim())]),
  );
  push([
    text(
      `Dibuat oleh LAKIP pada ${formatTanggal(now)} dari data buku kerja ini. Jalankan Rekap lagi setelah data diubah; jangan mengetik di sheet ini.`,
    ),
  ]);
  blank();

  heading("Capaian kinerja organisasi");
  const org = push([
    text("Capaian organisasi"),
    { v: num(a.organisasi.capaian), f: PERCENT_FORMAT },
    text(a.organisasi.predikat),
  ]);
  predikatFill(org, 2, a.organisasi.predikat);
  blank();

  // The rules in force (spec 2.4): printed with the numbers they made.
  heading("Aturan perhitungan yang berlaku");
  const p = a.pengaturan;
  push([text("Rumus polaritas Turun"), text(`${p.rumusTurun} x 100`)]);
  const capped = a.indikator.filter((i) => i.uncappedCapaian !== undefined).length;
  push([
    text("Batas capaian"),
    p.batasCapaian === null ? text("tidak dibatasi") : { v: p.batasCapaian, f: PERCENT_FORMAT },
    text(capped > 0 ? `${capped} indikator dibatasi` : ""),
  ]);
  header(["Predikat", "Batas bawah", "Rentang capaian"]);
  const ranges = describeScale(a.scale);
  a.scale.bands.forEach((b, i) => {
    const r = push([
      text(b.predikat),
      b.min === null ? text("") : { v: b.min, f: PERCENT_FORMAT },
      text(ranges[i]?.slice(b.predikat.length + 2) ?? ""),
    ]);
    predikatFill(r, 0, b.predikat);
  });
  blank();

  heading("Capaian per indikator");
  header([
    "Unit",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Target",
    "Realisasi",
    "Capaian",
    "Predikat",
  ]);
  const indikatorRows: number[] = [];
  for (const i of a.indikator) {
    const target: { v: RekapValue; f?: string } =
      typeof i.target === "number"
        ? { v: i.target, f: asTypedFormat(i.target) }
        : text(i.targetText || `${i.target[0]} - ${i.target[1]}`);
    const r = push([
      text(i.unit),
      text(i.sasaran),
      text(i.indikator),
      text(i.satuan),
      text(i.polaritas),
      target,
      { v: i.realisasi, f: asTypedFormat(i.realisasi) },
      { v: num(i.capaian), f: PERCENT_FORMAT },
      text(i.predikat),
    ]);
    indikatorRows.push(r);
    predikatFill(r, 8, i.predikat);
  }
  blank();

  heading("Capaian per sasaran strategis");
  header(["Sasaran Strategis", "Capaian", "Predikat", "Jumlah Indikator"]);
  let chartSource: RekapRange | null = null;
  const firstSasaran = values.length;
  for (const s of a.sasaran) {
    const r = push([
      text(s.sasaran),
      { v: num(s.capaian), f: PERCENT_FORMAT },
      text(s.predikat),
      { v: s.jumlahIndikator, f: INTEGER_FORMAT },
    ]);
    predikatFill(r, 2, s.predikat);
  }
  if (a.sasaran.length > 0) chartSource = { top: firstSasaran - 1, left: 0, bottom: values.length - 1, right: 1 };
  blank();

  heading("Capaian per unit");
  header(["Unit", "Capaian", "Predikat"]);
  for (const u of a.unit) {
    const r = push([text(u.unit), { v: num(u.capaian), f: PERCENT_FORMAT }, text(u.predikat)]);
    predikatFill(r, 2, u.predikat);
  }
  blank();

  heading("Serapan anggaran");
  header(["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi", "Serapan"]);
  for (const x of a.anggaran) {
    push([
      text(x.program),
      text(x.sasaran),
      { v: x.pagu, f: RUPIAH_FORMAT },
      { v: x.realisasi, f: RUPIAH_FORMAT },
      { v: num(x.serapan), f: PERCENT_FORMAT },
    ]);
  }
  if (a.anggaran.length === 0) push([text("Tidak ada data anggaran.")]);
  blank();

  heading("Efisiensi per sasaran strategis");
  header(["Sasaran Strategis", "Capaian", "Serapan", "Efisiensi", "Kategori"]);
  for (const e of a.efisiensi) {
    push([
      text(e.sasaran),
      { v: num(e.capaian), f: PERCENT_FORMAT },
      { v: num(e.serapan), f: PERCENT_FORMAT },
      { v: num(e.efisiensi), f: PERCENT_FORMAT },
      text(e.kategori),
    ]);
  }
  if (a.efisiensi.length === 0) push([text("Efisiensi tidak dapat dihitung tanpa data anggaran per sasaran.")]);

  return {
    values,
    formats,
    fills,
    boldRows,
    headerRows,
    chartSource,
    chartAt: { row: 3, col: REKAP_WIDTH + 1 },
    widths: [34, 34, 40, 12, 10, 14, 14, 12, 14],
    indikatorRows,
    capaianCol: 7,
    sheet: REKAP_SHEET,
    chartTitle: "Capaian per Sasaran Strategis (%)",
  };
}
