/** Indicator sheets (one per unit): header detection, data rows, typed indicator rows (spec 2.2). */
import { z } from "zod/v4";
import { a1 } from "../grid";
import type { Akumulasi, KuartalDetail, Polaritas, Target } from "../model";
import { normalizeLabel, normalizeRepeated, tidyText } from "../text";
import { FindingCollector, quote } from "../validate/findings";
import {
  findHeaderRow,
  headerCells,
  headerLookup,
  INDICATOR_COLUMNS,
  nearHeader,
  type IndicatorColumn,
} from "./headers";
import { sortYearColumns, type YearColumn } from "./yearColumns";
import { readNumericCell, type NumericRead } from "./numbers";
import { SheetView, cellText } from "./sheetView";
import { formatNumber, formatTarget } from "../format/number";
import { quarterColumnIndexes, REKAP_TW_KEYS } from "./quarterColumns";
import { readQuarterHeader, readQuarterRow, reconcileAnnual } from "./quarterCells";

const finite = z.number().finite();
const targetSchema = z.union([finite, z.tuple([finite, finite])]);

/**
 * The guard run on every row read from an indicator sheet (zod at the boundary). The earlier
 * years (`tahunLalu`) are not in it: they come from `numeric` (finite numbers by construction)
 * and are attached after the check, which keeps 10,000 rows fast.
 */
const RowGuard = z.object({
  unit: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
  sasaran: z.string(),
  indikator: z.string().min(1),
  satuan: z.string(),
  polaritas: z.enum(["Naik", "Turun"]),
  target: targetSchema,
  realisasi: finite,
  realisasiTahunLalu: finite.nullable(),
  targetAkhirRenstra: finite.nullable(),
  standarNasional: finite.nullable(),
  keterangan: z.string().nullable(),
  faktorPendukung: z.string().nullable(),
  faktorPenghambat: z.string().nullable(),
  upayaPerbaikan: z.string().nullable(),
});

/** One earlier year of a row (spec 2.2). */
export const TahunLaluSchema = z.object({
  tahun: z.number().int(),
  target: targetSchema.nullable(),
  realisasi: finite.nullable(),
});

/** A data row read from an indicator sheet, before capaian. */
export const IndicatorRowSchema = RowGuard.extend({
  /** Earlier years with a target or realisasi on this row, oldest first. */
  tahunLalu: z.array(TahunLaluSchema),
});
type GuardedRow = z.infer<typeof RowGuard>;

const isFinite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === "string";
const isNullable = <T>(v: unknown, check: (x: unknown) => x is T): v is T | null => v === null || check(v);

/**
 * RowGuard without zod's per-call cost (10,000 rows): the same checks, no looser, and the same
 * output (a new object with the schema's keys in the schema's order, a target pair copied).
 * Undefined when a check fails: the row then goes through RowGuard itself, which stays the
 * authority (test/core/read/rowGuard.test.ts holds the two to the same answers).
 */
export function guardRowFast(c: Record<string, unknown>): GuardedRow | undefined {
  const t = c.target;
  const target = isFinite(t)
    ? t
    : Array.isArray(t) && t.length === 2 && isFinite(t[0]) && isFinite(t[1])
      ? ([t[0], t[1]] as [number, number])
      : undefined;
  if (
    target === undefined ||
    !isText(c.unit) ||
    !isText(c.sheet) ||
    !(typeof c.row === "number" && Number.isSafeInteger(c.row) && c.row > 0) ||
    !isText(c.sasaran) ||
    !(isText(c.indikator) && c.indikator.length >= 1) ||
    !isText(c.satuan) ||
    !(c.polaritas === "Naik" || c.polaritas === "Turun") ||
    !isFinite(c.realisasi) ||
    !isNullable(c.realisasiTahunLalu, isFinite) ||
    !isNullable(c.targetAkhirRenstra, isFinite) ||
    !isNullable(c.standarNasional, isFinite) ||
    !isNullable(c.keterangan, isText) ||
    !isNullable(c.faktorPendukung, isText) ||
    !isNullable(c.faktorPenghambat, isText) ||
    !isNullable(c.upayaPerbaikan, isText)
  )
    return undefined;
  return {
    unit: c.unit,
    sheet: c.sheet,
    row: c.row,
    sasaran: c.sasaran,
    indikator: c.indikator,
    satuan: c.satuan,
    polaritas: c.polaritas,
    target,
    realisasi: c.realisasi,
    realisasiTahunLalu: c.realisasiTahunLalu,
    targetAkhirRenstra: c.targetAkhirRenstra,
    standarNasional: c.standarNasional,
    keterangan: c.keterangan,
    faktorPendukung: c.faktorPendukung,
    faktorPenghambat: c.faktorPenghambat,
    upayaPerbaikan: c.upayaPerbaikan,
  };
}

/** A candidate row through the guard: the fast check, else zod's RowGuard (the authority). */
export function guardRow(candidate: Record<string, unknown>): GuardedRow | undefined {
  const fast = guardRowFast(candidate);
  if (fast) return fast;
  const parsed = RowGuard.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** RowGuard itself, for the test that holds the fast check to it. */
export const ROW_GUARD = RowGuard;

export type IndicatorRow = z.infer<typeof IndicatorRowSchema> & {
  /** The quarters (spec 2.2), present only when the sheet has quarter columns. */
  kuartal?: KuartalDetail;
  akumulasi?: Akumulasi;
  /** The annual Realisasi is blank (read for a quarter's report only); `realisasi` is then 0 and means nothing. */
  realisasiKosong?: true;
};

const REQUIRED_KEYS: IndicatorColumn[] = ["sasaran", "indikator", "satuan", "polaritas", "target", "realisasi"];

const POLARITAS_WORDS: Record<string, Polaritas> = {
  naik: "Naik",
  positif: "Naik",
  maksimal: "Naik",
  turun: "Turun",
  negatif: "Turun",
  minimal: "Turun",
};

/** Sheets that are never indicator sheets: the add-in's own (spec 2.2; the Rekap sheet is the Excel pane's output). */
export const NON_INDICATOR_SHEETS = new Set([
  "identitas",
  "anggaran",
  "petunjuk",
  "pengaturan",
  "rekap capaian",
  "pejabat",
  // the quarters' Rekap sheets (spec 2.2)
  ...REKAP_TW_KEYS,
]);

export interface IndicatorSheetResult {
  /** True when the sheet is an indicator sheet (its header row was found). */
  isIndicatorSheet: boolean;
  rows: IndicatorRow[];
  /** 0-based columns of Target and Realisasi (and Indikator, Faktor Penghambat, the header row), for findings raised after reading (capaian, analysis, quarters). */
  cols?: { target: number; realisasi: number; indikator?: number; faktorPenghambat?: number; headerRow?: number };
}

function polaritasOf(text: string): Polaritas | undefined {
  return POLARITAS_WORDS[normalizeRepeated(text)];
}

/** A required column not found: at the header that nearly spells it ("Realisai"), else at the row's first cell. */
function missingColumn(
  view: SheetView,
  findings: FindingCollector,
  row: number,
  spec: (typeof INDICATOR_COLUMNS)[number],
): void {
  const near = nearHeader(view, row, spec, INDICATOR_COLUMNS);
  if (near)
    findings.add(
      "MISSING_COLUMN",
      view.name,
      a1(row, near.col),
      `Judul kolom "${near.text}" di sel ${a1(row, near.col)} sheet ${view.name} tidak dikenali; mungkin maksudnya "${spec.label}": perbaiki ejaannya.`,
    );
  else
    findings.add(
      "MISSING_COLUMN",
      view.name,
      a1(row, 0),
      `Kolom "${spec.label}" tidak ada di baris judul (baris ${row + 1}) sheet ${view.name}; tambahkan kolom itu.`,
    );
}

function optionalText(view: SheetView, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const t = tidyText(cellText(view.get(row, col)));
  return t === "" ? null : t;
}

/**
 * Reads one sheet; findings about its header, cells and rows go to `findings`. `tahun` is the
 * reporting year (Identitas): the earlier years' columns are read only when it is known.
 */
export function readIndicatorSheet(
  view: SheetView,
  findings: FindingCollector,
  tahun: number | null = null,
  options: { realisasiOptional?: boolean } = {},
): IndicatorSheetResult {
  const sheet = view.name;
  const header = findHeaderRow(view, INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator");
  if (!header.full) {
    if (header.partial) {
      for (const spec of INDICATOR_COLUMNS) {
        if (spec.required && header.partial.columns[spec.key] === undefined)
          missingColumn(view, findings, header.partial.row, spec);
      }
      return { isIndicatorSheet: true, rows: [] };
    }
    return { isIndicatorSheet: false, rows: [] };
  }
  const { row: headerRow, columns } = header.full;
  const missing = REQUIRED_KEYS.filter((k) => columns[k] === undefined);
  for (const key of missing) {
    missingColumn(
      view,
      findings,
      headerRow,
      INDICATOR_COLUMNS.find((s) => s.key === key)!,
    );
  }
  if (missing.length > 0) return { isIndicatorSheet: true, rows: [] };

  const col = columns as Record<(typeof REQUIRED_KEYS)[number], number> & Partial<Record<IndicatorColumn, number>>;
  const yearCols = readHeaderExtras(view, headerRow, tahun, findings);
  const quarterCols = readQuarterHeader(view, headerRow, findings);
  const extraCols = yearCols.flatMap((y) => [y.target?.col, y.realisasi?.col]).filter((c) => c !== undefined);
  extraCols.push(...quarterColumnIndexes(quarterCols));
  const rows: IndicatorRow[] = [];
  let currentSasaran: string | undefined;
  let firstDataRow = true;
  const seen = new Map<string, number>(); // sasaran|indikator -> row

  for (let r = headerRow + 1; r <= view.lastRow; r++) {
    // Blank row: nothing but No and a Sasaran continued from above (a merge, or nothing at all).
    let meaningful = false;
    for (const spec of INDICATOR_COLUMNS) {
      const c = columns[spec.key];
      if (c === undefined || spec.key === "no") continue;
      if (spec.key === "sasaran") {
        if (view.raw(r, c)) meaningful = true;
        continue;
      }
      if (view.get(r, c)) {
        meaningful = true;
        break;
      }
    }
    if (!meaningful) for (const c of extraCols) if (view.get(r, c)) meaningful = true;
    if (!meaningful) continue;

    let rowOk = true;
    // Sasaran: a blank cell continues the sasaran above.
    const sasaranCell = view.get(r, col.sasaran);
    const sasaranText = tidyText(cellText(sasaranCell));
    if (sasaranText) currentSasaran = sasaranText;
    else if (currentSasaran === undefined && firstDataRow) {
      const address = a1(r, col.sasaran);
      findings.add(
        "MISSING_VALUE",
        sheet,
        address,
        `Sasaran Strategis di sel ${address} kosong; baris data pertama harus menyebut sasarannya.`,
      );
    }
    firstDataRow = false;
    const sasaran = currentSasaran ?? "";

    const indikatorAddress = () => a1(r, col.indikator);
    const indikatorCell = view.get(r, col.indikator);
    const indikator = tidyText(cellText(indikatorCell));
    if (indikatorCell?.t === "e") {
      findings.add(
        "FORMULA_ERROR",
        sheet,
        indikatorAddress(),
        `Indikator Kinerja di sel ${indikatorAddress()} berisi galat rumus ${indikatorCell.v}; ketik nama indikatornya.`,
      );
      rowOk = false;
    } else if (!indikator) {
      findings.add(
        "MISSING_VALUE",
        sheet,
        indikatorAddress(),
        `Indikator Kinerja di sel ${indikatorAddress()} kosong; tulis nama indikator kinerjanya.`,
      );
      rowOk = false;
    }

    const satuanAddress = () => a1(r, col.satuan);
    const satuanCell = view.get(r, col.satuan);
    const satuan = satuanCell?.t === "e" ? "" : tidyText(cellText(satuanCell));
    if (satuanCell?.t === "e")
      findings.add(
        "FORMULA_ERROR",
        sheet,
        satuanAddress(),
        `Satuan di sel ${satuanAddress()} berisi galat rumus ${satuanCell.v}; ketik satuannya, misalnya %, dokumen, atau kasus.`,
      );
    else if (!satuan)
      findings.add(
        "MISSING_VALUE",
        sheet,
        satuanAddress(),
        `Satuan di sel ${satuanAddress()} kosong; isi satuan indikator, misalnya %, dokumen, kegiatan, atau kasus.`,
      );

    const polaritasAddress = () => a1(r, col.polaritas);
    const polaritasCell = view.get(r, col.polaritas);
    let polaritas: Polaritas | undefined;
    if (!polaritasCell) {
      findings.add(
        "MISSING_VALUE",
        sheet,
        polaritasAddress(),
        `Polaritas di sel ${polaritasAddress()} kosong; pilih Naik (makin tinggi makin baik) atau Turun (makin rendah makin baik).`,
      );
    } else if (polaritasCell.t === "e") {
      findings.add(
        "FORMULA_ERROR",
        sheet,
        polaritasAddress(),
        `Polaritas di sel ${polaritasAddress()} berisi galat rumus ${polaritasCell.v}; pilih Naik atau Turun.`,
      );
    } else {
      polaritas = polaritasOf(cellText(polaritasCell));
      if (!polaritas)
        findings.add(
          "INVALID_POLARITY",
          sheet,
          polaritasAddress(),
          `Polaritas ${quote(cellText(polaritasCell))} di sel ${polaritasAddress()} tidak dikenal; pilih Naik (makin tinggi makin baik) atau Turun (makin rendah makin baik).`,
        );
    }
    if (!polaritas) rowOk = false;

    const unitWord = satuan || undefined;
    const target = numeric(view, findings, r, col.target, "Target", unitWord, true, true);
    const quarters = quarterCols.any
      ? readQuarterRow(view, findings, r, quarterCols, satuan, (row, c, label, u, range, req) =>
          numeric(view, findings, row, c, label, u, range, req),
        )
      : undefined;
    const annualRequired = !quarters?.allRealisasi && options.realisasiOptional !== true;
    const annual = numeric(view, findings, r, col.realisasi, "Realisasi", unitWord, false, annualRequired) as
      number | undefined;
    const realisasi = quarters ? reconcileAnnual(findings, sheet, a1(r, col.realisasi), annual, quarters) : annual;
    // Without Tahun the earlier years cannot be placed; Realisasi Tahun Lalu is still read.
    const realisasiTahunLalu =
      tahun === null
        ? numeric(view, findings, r, col.realisasiTahunLalu, "Realisasi Tahun Lalu", unitWord, false, false)
        : undefined;
    const tahunLalu: IndicatorRow["tahunLalu"] = [];
    for (const y of yearCols) {
      const t = y.target ? numeric(view, findings, r, y.target.col, y.target.header, unitWord, true, false) : undefined;
      const re = y.realisasi
        ? (numeric(view, findings, r, y.realisasi.col, y.realisasi.header, unitWord, false, false) as
            number | undefined)
        : undefined;
      if (t !== undefined || re !== undefined)
        tahunLalu.push({ tahun: y.year, target: t ?? null, realisasi: re ?? null });
    }
    const standarNasional = numeric(view, findings, r, col.standarNasional, "Standar Nasional", unitWord, false, false);
    const targetAkhirRenstra = numeric(
      view,
      findings,
      r,
      col.targetAkhirRenstra,
      "Target Akhir Renstra",
      unitWord,
      true,
      false,
    );
    // A quarter's workbook (spec 6, lakip triwulan): a blank annual Realisasi is not a finding.
    const realisasiKosong = realisasi === undefined && !annualRequired && !view.get(r, col.realisasi);
    if (target === undefined || (realisasi === undefined && !realisasiKosong)) rowOk = false;

    // Satuan % with a value above 100
    const satuanKey = normalizeRepeated(satuan);
    if (satuanKey === "%" || satuanKey === "persen") {
      const t = target === undefined ? undefined : typeof target === "number" ? target : target[1];
      if (t !== undefined && t > 100) {
        const address = a1(r, col.target);
        findings.add(
          "PERCENT_OVER_100",
          sheet,
          address,
          `Target ${formatTarget(target!)} di sel ${address} melebihi 100 padahal satuannya %; periksa apakah angkanya benar.`,
        );
      }
      if (annual !== undefined && annual > 100) {
        const address = a1(r, col.realisasi);
        findings.add(
          "PERCENT_OVER_100",
          sheet,
          address,
          `Realisasi ${formatNumber(annual)} di sel ${address} melebihi 100 padahal satuannya %; periksa apakah angkanya benar.`,
        );
      }
    }

    if (indikator) {
      const key = normalizeRepeated(sasaran) + "\u0000" + normalizeLabel(indikator);
      const before = seen.get(key);
      if (before !== undefined)
        findings.add(
          "DUPLICATE_INDICATOR",
          sheet,
          indikatorAddress(),
          `Indikator ${quote(indikator)} di sel ${indikatorAddress()} sudah ada di baris ${before + 1} untuk sasaran yang sama; hapus salah satunya atau bedakan namanya.`,
        );
      else seen.set(key, r);
    }

    if (!rowOk || !polaritas || target === undefined || (realisasi === undefined && !realisasiKosong)) continue;
    const candidate = {
      unit: sheet,
      sheet,
      row: r + 1,
      sasaran,
      indikator,
      satuan,
      polaritas,
      target,
      realisasi: realisasi ?? 0,
      realisasiTahunLalu:
        tahun !== null
          ? (tahunLalu.find((y) => y.tahun === tahun - 1)?.realisasi ?? null)
          : typeof realisasiTahunLalu === "number"
            ? realisasiTahunLalu
            : null,
      standarNasional: typeof standarNasional === "number" ? standarNasional : null,
      targetAkhirRenstra:
        targetAkhirRenstra === undefined
          ? null
          : typeof targetAkhirRenstra === "number"
            ? targetAkhirRenstra
            : targetAkhirRenstra[1],
      keterangan: optionalText(view, r, col.keterangan),
      faktorPendukung: optionalText(view, r, col.faktorPendukung),
      faktorPenghambat: optionalText(view, r, col.faktorPenghambat),
      upayaPerbaikan: optionalText(view, r, col.upayaPerbaikan),
    };
    const guarded = guardRow(candidate);
    if (guarded) {
      const row = guarded as IndicatorRow;
      row.tahunLalu = tahunLalu;
      if (realisasiKosong) row.realisasiKosong = true;
      if (quarters) {
        row.kuartal = quarters.kuartal;
        row.akumulasi = quarters.akumulasi;
      }
      rows.push(row);
    }
  }
  return {
    isIndicatorSheet: true,
    rows,
    cols: {
      target: col.target,
      realisasi: col.realisasi,
      indikator: col.indikator,
      faktorPenghambat: col.faktorPenghambat,
      headerRow,
    },
  };
}

/** The earlier years' columns of a header row, oldest first; DUPLICATE_COLUMN for every column read twice. */
function readHeaderExtras(
  view: SheetView,
  headerRow: number,
  tahun: number | null,
  findings: FindingCollector,
): { year: number; target?: YearColumn; realisasi?: YearColumn }[] {
  const sheet = view.name;
  const cells = headerCells(view, headerRow);
  const duplicate = (col: number, header: string, keptCol: number, keptHeader: string, what?: string) => {
    const address = a1(headerRow, col);
    const kept = a1(headerRow, keptCol);
    findings.add(
      "DUPLICATE_COLUMN",
      sheet,
      address,
      `Kolom ${quote(header)} di sel ${address} memuat hal yang sama dengan kolom ${quote(keptHeader)} di sel ${kept}${what ? ` (${what})` : ""}; hanya kolom di sel ${kept} yang dibaca, jadi hapus salah satunya.`,
    );
  };
  // the spec's own headers, each once (Realisasi Tahun Lalu is handled with the years)
  const lookup = headerLookup(INDICATOR_COLUMNS);
  const first = new Map<IndicatorColumn, [number, string]>();
  for (const [c, text] of cells) {
    const key = lookup.get(normalizeLabel(text));
    if (key === undefined || (key === "realisasiTahunLalu" && tahun !== null)) continue;
    const kept = first.get(key);
    if (kept) duplicate(c, text, kept[0], kept[1]);
    else first.set(key, [c, text]);
  }
  if (tahun === null) return [];
  const { years, duplicates } = sortYearColumns(cells, tahun);
  for (const d of duplicates)
    duplicate(
      d.duplicate.col,
      d.duplicate.header,
      d.kept.col,
      d.kept.header,
      `${d.duplicate.kind === "target" ? "target" : "realisasi"} tahun ${d.duplicate.year}`,
    );
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, cols]) => ({ year, ...cols }));
}

/**
 * Reads a numeric cell and reports what is wrong with it. Returns the value (a number, or a
 * range where allowed), or undefined when blank or unusable.
 */
function numeric(
  view: SheetView,
  findings: FindingCollector,
  row: number,
  col: number | undefined,
  label: string,
  satuan: string | undefined,
  allowRange: boolean,
  required: boolean,
): Target | undefined {
  if (col === undefined) return undefined;
  const read: NumericRead = readNumericCell(view.get(row, col), satuan, allowRange);
  if (read.kind === "number" && !read.fromText && read.value >= 0) return read.value; // the common case: nothing to report
  const address = a1(row, col);
  const sheet = view.name;
  switch (read.kind) {
    case "blank":
      if (required)
        findings.add("MISSING_VALUE", sheet, address, `${label} di sel ${address} kosong; isi dengan angka.`);
      return undefined;
    case "error":
      findings.add(
        "FORMULA_ERROR",
        sheet,
        address,
        `${label} di sel ${address} berisi galat rumus ${read.value}; perbaiki rumusnya atau ketik angkanya langsung.`,
      );
      return undefined;
    case "not-a-number":
      findings.add(
        "NOT_A_NUMBER",
        sheet,
        address,
        read.shown === "tanggal"
          ? `${label} di sel ${address} berformat tanggal, jadi angka yang diketik di sana tetap tampil sebagai tanggal; ubah format selnya ke Umum atau Angka (Beranda > Format Angka), lalu periksa atau ketik ulang angkanya, misalnya 85,5.`
          : `${label} ${quote(read.shown)} di sel ${address} bukan angka; ketik angka dengan koma sebagai tanda desimal, misalnya 85,5${allowRange ? " atau rentang 80 - 90" : ""}.`,
      );
      return undefined;
    case "range":
      if (read.value[0] < 0) negative(findings, sheet, address, label, formatTarget(read.value));
      return read.value;
    case "number":
      if (read.fromText)
        findings.add(
          "TEXT_NUMBER",
          sheet,
          address,
          `${label} di sel ${address} diketik sebagai teks dan dibaca sebagai ${formatNumber(read.value)}; bila format selnya Teks, ubah ke Umum (Beranda > Format Angka), lalu ketik ulang angkanya.`,
        );
      if (read.value < 0 && (label === "Target" || label === "Realisasi"))
        negative(findings, sheet, address, label, formatNumber(read.value));
      return read.value;
  }
}

function negative(findings: FindingCollector, sheet: string, address: string, label: string, shown: string): void {
  findings.add(
    "NEGATIVE_VALUE",
    sheet,
    address,
    `${label} ${shown} di sel ${address} bernilai negatif; pastikan memang demikian (misalnya laju pertumbuhan).`,
  );
}
