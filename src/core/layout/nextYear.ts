/**
 * Next year's data-collection workbook from this year's filled one (SOP step 2; spec section 6,
 * `lakip format --from`): Tahun + 1, the same units, sasaran, indicators, satuan, polaritas,
 * Target Akhir Renstra, Standar Nasional and `Pengaturan`; this year's target and realisasi
 * moved into `Target YYYY` / `Realisasi YYYY` beside the earlier years already there; the new
 * year's Target, Realisasi and the unit's own texts empty. Pure: a WorkbookLayout that the file
 * writer (ExcelJS, in Node and in the browser) renders.
 */
import type { WorkbookGrid } from "../grid";
import type { Analysis, IndikatorDetail } from "../model";
import { pejabatSheet } from "./pejabatSheet";
import { formatNumber } from "../format/number";
import { SheetView, cellText } from "../read/sheetView";
import { normalizeLabel, tidyText } from "../text";
import { DATA_ROWS, TITLE_ROWS } from "./formatColumns";
import { STYLES } from "./formatStyles";
import { IDENTITAS_ROWS, identitasSheet, type IdentitasRow } from "./identitasSheet";
import { INDICATOR_WIDTHS } from "./indicatorSheet";
import { anggaranSheet } from "./anggaranSheet";
import { petunjukLines, petunjukSheetOf } from "./petunjuk";
import type { LayoutCell, LayoutRange, LayoutValidation, SheetLayout, StyleName, WorkbookLayout } from "./layoutTypes";
import {
  layoutCellOf,
  plainValue,
  rawIndicatorSheets,
  sheetNamed,
  wrappedRowHeights,
  yearHeaderText,
  type RawIndicatorSheet,
} from "./unitSheet";
import { UserError } from "../errors";
import { appendQuarterColumns, quarterPetunjukLines } from "./quarterLayout";

/** Identitas labels the spec (2.1) knows beyond the basic format's, with their notes. */
const MORE_IDENTITAS: { label: string; note: string }[] = [
  { label: "Pangkat/Golongan Kepala", note: "opsional; contoh: Pembina Utama Muda (IV/c)" },
  { label: "Tempat", note: "opsional; tempat penandatanganan, contoh: Pangkalan Bun" },
  { label: "Tanggal Laporan", note: "opsional; tanggal penandatanganan, contoh: 15 Januari 2027" },
  { label: "Judul Laporan", note: "opsional; LAKIP, LKjIP atau Laporan Kinerja" },
];

export interface NextYearPlan {
  layout: WorkbookLayout;
  /** The new year. */
  tahun: number;
  /** Unit sheet names, in order. */
  units: string[];
  /** The earlier years whose columns the new workbook holds, oldest first. */
  years: number[];
  /** What was left out or changed, one Indonesian sentence each (printed by the CLI, shown by the pane). */
  notes: string[];
}

/** Thrown when the workbook cannot give a next year (no Tahun, or Tahun + 1 beyond 2100). */
export class NextYearError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "NextYearError";
  }
}

const range = (top: number, left: number, bottom: number, right: number): LayoutRange => ({ top, left, bottom, right });

function identitasLayout(grid: WorkbookGrid, tahun: number, notes: string[]): SheetLayout {
  const sheet = sheetNamed(grid, "Identitas");
  const view = sheet ? new SheetView(sheet) : undefined;
  // label key -> value cell of the old workbook, first occurrence
  const values = new Map<string, { label: string; row: number }>();
  if (view)
    for (let r = 0; r <= view.lastRow; r++) {
      const label = view.raw(r, 0);
      if (!label || label.t !== "s") continue;
      const key = normalizeLabel(label.v).replace(/\s*:$/, "");
      if (key === "" || values.has(key) || key === "uraian") continue;
      values.set(key, { label: tidyText(label.v).replace(/\s*:$/, ""), row: r });
    }
  const rows: { label: string; note: string }[] = [
    ...IDENTITAS_ROWS.map((r) => ({ label: r.label, note: r.note })),
    ...MORE_IDENTITAS.filter((m) => !IDENTITAS_ROWS.some((r) => normalizeLabel(r.label) === normalizeLabel(m.label))),
  ];
  const known = new Set(rows.map((r) => normalizeLabel(r.label)));
  for (const [key, v] of values) if (!known.has(key)) rows.push({ label: v.label, note: "" });

  const identitas = rows.map((r, i): IdentitasRow => {
    const row = i + 1;
    const key = normalizeLabel(r.label);
    const old = values.get(key);
    const cell = old && view ? view.get(old.row, 1) : undefined;
    if (key === "tahun") return { ...r, value: { row, col: 1, value: tahun, style: "input" } };
    if (!cell || cell.t === "e") return r;
    if (cell.t === "d" || key === "tanggal laporan") {
      notes.push(
        `Identitas "${r.label}" (${tidyText(cellText(cell))}) dikosongkan karena tanggal tahun lalu; isi tanggal untuk laporan tahun ${tahun}.`,
      );
      return r;
    }
    return { ...r, value: layoutCellOf(row, 1, cell, "input") };
  });
  return identitasSheet(identitas, tahun);
}

/** `Pengaturan` copied cell by cell as it is (values, number formats, merges). */
function pengaturanLayout(grid: WorkbookGrid): SheetLayout | undefined {
  const sheet = sheetNamed(grid, "Pengaturan");
  if (!sheet) return undefined;
  const cells: LayoutCell[] = [];
  let width = 2;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      width = Math.max(width, c + 1);
      cells.push(layoutCellOf(r, c, cell, c === 0 ? "label" : "data"));
    });
  });
  return {
    name: sheet.name,
    kind: "pengaturan",
    widths: Array.from({ length: width }, (_, i) => (i === 0 ? 30 : i === 1 ? 22 : 40)),
    cells,
    merges: (sheet.merges ?? []).map((m) => ({ ...m })),
    freeze: { rows: 0, columns: 0 },
    numberFormats: [],
    validations: [],
  };
}

type Header =
  | { key: "no" | "sasaran" | "indikator" | "satuan" | "polaritas" | "target" | "realisasi" }
  | { key: "year"; tahun: number; kind: "target" | "realisasi" }
  | { key: "renstra" | "standar" | "keterangan" | "pendukung" | "penghambat" | "upaya" };

const HEADER_TEXT: Record<Exclude<Header["key"], "year">, string> = {
  no: "No",
  sasaran: "Sasaran Strategis",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  polaritas: "Polaritas",
  target: "Target",
  realisasi: "Realisasi",
  renstra: "Target Akhir Renstra",
  standar: "Standar Nasional",
  keterangan: "Keterangan",
  pendukung: "Faktor Pendukung",
  penghambat: "Faktor Penghambat",
  upaya: "Upaya Perbaikan",
};

function headerText(h: Header): string {
  return h.key === "year" ? yearHeaderText(h.tahun, h.kind) : HEADER_TEXT[h.key];
}

function headerWidth(h: Header): number {
  switch (h.key) {
    case "year":
      return 12;
    case "standar":
      return 12;
    case "renstra":
      return INDICATOR_WIDTHS[8];
    case "keterangan":
    case "pendukung":
    case "penghambat":
    case "upaya":
      return 36;
    default:
      return INDICATOR_WIDTHS[
        ["no", "sasaran", "indikator", "satuan", "polaritas", "target", "realisasi"].indexOf(h.key)
      ];
  }
}

/** The columns of next year's unit sheets: this year's and the earlier years' pairs, oldest first. */
export function nextYearHeaders(years: readonly number[]): Header[] {
  return [
    { key: "no" },
    { key: "sasaran" },
    { key: "indikator" },
    { key: "satuan" },
    { key: "polaritas" },
    { key: "target" },
    { key: "realisasi" },
    ...years.flatMap((tahun) => [
      { key: "year" as const, tahun, kind: "target" as const },
      { key: "year" as const, tahun, kind: "realisasi" as const },
    ]),
    { key: "renstra" },
    { key: "standar" },
    { key: "keterangan" },
    { key: "pendukung" },
    { key: "penghambat" },
    { key: "upaya" },
  ];
}

function targetValue(i: IndikatorDetail): string | number {
  return typeof i.target === "number" ? i.target : `${formatNumber(i.target[0])} - ${formatNumber(i.target[1])}`;
}

function unitLayout(
  raw: RawIndicatorSheet,
  rows: readonly IndikatorDetail[],
  lastYear: number,
  tahun: number,
  years: readonly number[],
): SheetLayout {
  const headers = nextYearHeaders(years);
  const col = (pred: (h: Header) => boolean) => headers.findIndex(pred);
  const h = TITLE_ROWS;
  const first = h + 1;
  const last = h + DATA_ROWS;
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: `Format Pengumpulan Data Kinerja Tahun ${tahun}: ${raw.name}`, style: "title" },
    {
      row: 1,
      col: 0,
      value: `Satu baris per indikator. Isi Target ${tahun} dari Perjanjian Kinerja; kolom tahun sebelumnya berisi data yang sudah dilaporkan. Lihat lembar Petunjuk.`,
      style: "subtitle",
    },
    ...headers.map((x, c) => ({ row: h, col: c, value: headerText(x), style: "header" as StyleName })),
  ];
  let previousSasaran: string | undefined;
  rows.forEach((ind, i) => {
    const r = first + i;
    const put = (c: number, value: string | number | undefined, style: StyleName) => {
      cells.push({ row: r, col: c, value: value ?? "", style });
    };
    headers.forEach((x, c) => {
      switch (x.key) {
        case "no":
          return put(c, i + 1, "data");
        case "sasaran": {
          const same = previousSasaran !== undefined && normalizeLabel(previousSasaran) === normalizeLabel(ind.sasaran);
          previousSasaran = ind.sasaran;
          return put(c, same ? "" : ind.sasaran, "data");
        }
        case "indikator":
          return put(c, ind.indikator, "data");
        case "satuan":
          return put(c, ind.satuan, "data");
        case "polaritas":
          return put(c, ind.polaritas, "data");
        case "target":
        case "realisasi":
        case "keterangan":
        case "pendukung":
        case "penghambat":
        case "upaya":
          return put(c, "", "input");
        case "renstra":
          return put(c, ind.targetAkhirRenstra ?? undefined, "data");
        case "standar": {
          const fromEngine = ind.standarNasional;
          const rawCol = raw.standarNasional;
          const v = fromEngine ?? (rawCol === undefined ? undefined : plainValue(raw.view.get(ind.row - 1, rawCol)));
          return put(c, v, "data");
        }
        case "year": {
          if (x.tahun === lastYear) return put(c, x.kind === "target" ? targetValue(ind) : ind.realisasi, "data");
          const source = raw.years.find((y) => y.tahun === x.tahun && y.kind === x.kind);
          return put(c, source ? plainValue(raw.view.get(ind.row - 1, source.col)) : undefined, "data");
        }
      }
    });
  });
  const number = (c: number, label: string): LayoutValidation => ({
    type: "decimal",
    range: range(first, c, last, c),
    operator: "between",
    min: -1e15,
    max: 1e15,
    allowBlank: true,
    prompt: { title: label, message: `Ketik ${label} sebagai angka, misalnya 85,5 atau 1.250; tanpa satuan.` },
    error: {
      title: "Bukan angka",
      message: `${label} harus berupa angka (koma untuk desimal), tanpa satuan atau teks.`,
    },
  });
  const widths = headers.map(headerWidth);
  const validations: LayoutValidation[] = [
    {
      type: "list",
      range: range(
        first,
        col((x) => x.key === "polaritas"),
        last,
        col((x) => x.key === "polaritas"),
      ),
      values: ["Naik", "Turun"],
      allowBlank: true,
      prompt: {
        title: "Polaritas",
        message: "Pilih Naik (makin tinggi makin baik) atau Turun (makin rendah makin baik).",
      },
      error: { title: "Polaritas tidak sah", message: "Polaritas hanya boleh Naik atau Turun; pilih dari daftar." },
    },
    number(
      col((x) => x.key === "realisasi"),
      "Realisasi",
    ),
    number(
      col((x) => x.key === "renstra"),
      "Target Akhir Renstra",
    ),
    number(
      col((x) => x.key === "standar"),
      "Standar Nasional",
    ),
    ...headers.flatMap((x, c) => (x.key === "year" && x.kind === "realisasi" ? [number(c, headerText(x))] : [])),
  ];
  const sheet: SheetLayout = {
    name: raw.name,
    kind: "indikator",
    unit: raw.name,
    widths,
    cells,
    merges: [range(0, 0, 0, 6)],
    freeze: { rows: h + 1, columns: 0 },
    headerRow: h,
    numberFormats: [],
    rowHeights: { ...wrappedRowHeights(cells, widths, first), [h]: 32 },
    validations,
  };
  // The quarters of the new year: the same Cara Akumulasi written out, the rest to fill.
  appendQuarterColumns(sheet, { headerRow: h, first, last, akumulasi: rows.map((i) => i.akumulasi) });
  return sheet;
}

/** Anggaran: the programs and their sasaran kept; Pagu and Realisasi empty for the new year's DPA. */
function anggaranLayout(analysis: Analysis): SheetLayout {
  const layout = anggaranSheet();
  const h = layout.headerRow!;
  analysis.anggaran.forEach((x, i) => {
    const r = h + 1 + i;
    layout.cells.push(
      { row: r, col: 0, value: x.program, style: "data" },
      { row: r, col: 1, value: x.sasaran ?? "", style: "data" },
      { row: r, col: 2, value: "", style: "input" },
      { row: r, col: 3, value: "", style: "input" },
    );
  });
  layout.rowHeights = { ...wrappedRowHeights(layout.cells, layout.widths, h + 1), ...layout.rowHeights };
  return layout;
}

function petunjukLayout(units: readonly string[], tahun: number, years: readonly number[]): SheetLayout {
  const lines = petunjukLines(units.map((u) => ({ unit: u, sheetName: u })));
  const more: { text: string; style: StyleName }[] = [
    { text: `E. Format tahun ${tahun} (dibuat dari workbook tahun ${tahun - 1})`, style: "heading" },
    {
      text: `19. Sasaran, indikator, satuan, polaritas, Target Akhir Renstra dan Standar Nasional diambil dari workbook tahun lalu. Periksa dan sesuaikan dengan Perjanjian Kinerja tahun ${tahun}, lalu isi kolom Target.`,
      style: "text",
    },
    {
      text: `20. Kolom ${years.map((y) => `Target ${y} dan Realisasi ${y}`).join(", ")} berisi data tahun-tahun sebelumnya dan dipakai untuk perbandingan antartahun di laporan; jangan diubah kecuali ada koreksi data.`,
      style: "text",
    },
    {
      text: "21. Standar Nasional diisi bila indikator memiliki standar nasional (misalnya dari kementerian terkait); dipakai pada butir perbandingan dengan standar nasional di BAB III.",
      style: "text",
    },
  ];
  return petunjukSheetOf([...lines, ...more, ...quarterPetunjukLines(22)]);
}

/**
 * Next year's workbook from a workbook without error findings (the caller refuses one with
 * errors: the analysis is the engine's reading of `grid`). Throws NextYearError without a Tahun.
 */
export function buildNextYearLayout(grid: WorkbookGrid, analysis: Analysis): NextYearPlan {
  const lastYear = analysis.identitas.tahun;
  if (lastYear === null)
    throw new NextYearError("Tahun di sheet Identitas tidak terbaca; isi Tahun pelaporan (misalnya 2025) lebih dulu.");
  const tahun = lastYear + 1;
  if (tahun > 2100)
    throw new NextYearError(
      `Tahun ${lastYear} adalah tahun terakhir yang dapat dipakai; tahun berikutnya di luar 2000-2100.`,
    );
  const notes: string[] = [];
  const raws = rawIndicatorSheets(grid, lastYear).filter((r) => analysis.units.includes(r.name));
  const yearSet = new Set<number>([lastYear]);
  for (const r of raws) for (const y of r.years) yearSet.add(y.tahun);
  const years = [...yearSet].sort((a, b) => a - b);
  const unitSheets = raws.map((raw) =>
    unitLayout(
      raw,
      analysis.indikator.filter((i) => i.sheet === raw.name),
      lastYear,
      tahun,
      years,
    ),
  );
  const renamed = raws.filter((raw) => raw.years.some((y) => normalizeLabel(y.header) === "realisasi tahun lalu"));
  if (renamed.length > 0)
    notes.push(
      `Kolom "Realisasi Tahun Lalu" menjadi "Realisasi ${lastYear - 1}" di sheet ${renamed.map((r) => r.name).join(", ")}.`,
    );
  const pengaturan = pengaturanLayout(grid);
  const sheets: SheetLayout[] = [
    petunjukLayout(
      unitSheets.map((s) => s.name),
      tahun,
      years,
    ),
    identitasLayout(grid, tahun, notes),
    ...(pengaturan ? [pengaturan] : []),
    ...unitSheets,
    anggaranLayout(analysis),
    pejabatSheet(
      unitSheets.map((s) => s.name),
      analysis.pejabat,
    ),
  ];
  if (analysis.anggaran.length > 0)
    notes.push(
      `Anggaran: ${analysis.anggaran.length} program/kegiatan dipertahankan; Pagu dan Realisasi dikosongkan untuk diisi dari DPA tahun ${tahun}.`,
    );
  return { layout: { styles: STYLES, sheets }, tahun, units: unitSheets.map((s) => s.name), years, notes };
}
