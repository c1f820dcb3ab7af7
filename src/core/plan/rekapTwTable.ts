/**
 * The sheet "Rekap TW N" (spec 5.1: "the Excel Rekap can show quarter N") as plain data, beside
 * the year's "Rekap Capaian": capaian s.d. triwulan N per indikator, per sasaran (with its chart),
 * per unit and for the organisation, and serapan anggaran s.d. TW N. Every capaian goes through
 * the one capaian function (src/core/compute/quarters.ts); means as for the year (spec 3). The
 * analysis must be read for quarter N (`analyzeWorkbook(grid, { triwulan: N })`): a quarter up to
 * N without realisasi is then MISSING_QUARTER and the writers refuse, so no zero ever stands for
 * a quarter not reported. A value that cannot be computed is an empty cell, never 0.
 */
import type { Analysis, IndikatorDetail, Target } from "../model";
import { mean } from "../compute/capaian";
import { predikatOf } from "../compute/predikat";
import { indikatorToDate, serapanToDate } from "../compute/quarters";
import { formatTanggal } from "../format/date";
import { romanQuarter, type Quarter } from "../read/quarterColumns";
import {
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  RUPIAH_FORMAT,
  asTypedFormat,
  rekapSheetBuilder,
  predikatColor,
  type RekapRange,
  type RekapTable,
  type RekapValue,
} from "./rekapTable";

/** "Rekap TW I" ... "Rekap TW IV": reserved sheet names (spec 2.2). */
export function rekapTwSheet(n: Quarter): string {
  return `Rekap TW ${romanQuarter(n)}`;
}

export const REKAP_TW_WIDTH = 11;
const MONTHS = ["Maret", "Juni", "September", "Desember"];

/**
 * The latest quarter reported: the highest quarter in which some indicator holds a Realisasi TW
 * (the Rekap tab's default choice); undefined when no quarter is reported.
 */
export function latestReportedQuarter(a: Pick<Analysis, "indikator">): Quarter | undefined {
  let latest = 0;
  for (const i of a.indikator)
    i.kuartal?.realisasi.forEach((v, k) => {
      if (v !== null && v !== undefined && k + 1 > latest) latest = k + 1;
    });
  return latest === 0 ? undefined : (latest as Quarter);
}

interface Row {
  i: IndikatorDetail;
  targetSd: Target | null;
  realisasiSd: number | null;
  capaianSd: number | null;
  progres: number | null;
}

const num = (x: number | null | undefined): RekapValue => (x == null || !Number.isFinite(x) ? "" : x);

function targetCell(t: Target | null, typed?: string): { v: RekapValue; f?: string } {
  if (t === null) return { v: "" };
  if (typeof t === "number") return { v: t, f: asTypedFormat(t) };
  return { v: typed || `${t[0]} - ${t[1]}` };
}

/** Capaian s.d. TW N per sasaran (means of its indicators', across units) and of the organisation (spec 3). */
export function figuresToDate(
  a: Analysis,
  n: Quarter,
  rows: readonly Row[] = a.indikator.map((i) => ({ i, ...indikatorToDate(i, n, a.pengaturan) })),
): { sasaran: { name: string; capaian: number | null; count: number }[]; organisasi: number | null } {
  const bySasaran = new Map<string, Row[]>();
  for (const r of rows) {
    const list = bySasaran.get(r.i.sasaran) ?? [];
    list.push(r);
    bySasaran.set(r.i.sasaran, list);
  }
  const sasaran = [...bySasaran.entries()].map(([name, list]) => ({
    name,
    capaian: mean(list.map((r) => r.capaianSd)),
    count: list.length,
  }));
  return { sasaran, organisasi: mean(sasaran.map((s) => s.capaian)) };
}

/** Builds the Rekap TW N sheet from an analysis read for quarter N. */
export function buildRekapTwTable(a: Analysis, n: Quarter, now: Date = new Date()): RekapTable {
  const { values, formats, fills, boldRows, headerRows, push, text, blank, heading, header } =
    rekapSheetBuilder(REKAP_TW_WIDTH);
  const tw = `s.d. TW ${romanQuarter(n)}`;

  const predikatFill = (row: number, col: number, c: number | null) => {
    const color = predikatColor(a.scale, predikatOf(c, a.scale));
    if (color) fills.push({ row, col, color });
  };
  const percentRow = (label: string, c: number | null, extra: { v: RekapValue; f?: string }[] = []) => {
    const r = push([text(label), { v: num(c), f: PERCENT_FORMAT }, text(predikatOf(c, a.scale)), ...extra]);
    predikatFill(r, 2, c);
    return r;
  };

  const rows: Row[] = a.indikator.map((i) => ({ i, ...indikatorToDate(i, n, a.pengaturan) }));
  const id = a.identitas;
  const tahun = id.tahun === null ? "" : ` ${id.tahun}`;
  boldRows.push(
    push([
      text(
        `Rekap Capaian Kinerja Triwulan ${romanQuarter(n)} ${id.instansi ?? ""} Tahun${tahun}`
          .replace(/\s+/g, " ")
          .trim(),
      ),
    ]),
  );
  push([
    text(
      `Capaian s.d. Triwulan ${romanQuarter(n)} (Januari s.d. ${MONTHS[n - 1]}${tahun}), dibuat oleh LAKIP pada ${formatTanggal(now)} dari data buku kerja ini. Jalankan Rekap triwulan lagi setelah data diubah; jangan mengetik di sheet ini.`,
    ),
  ]);
  blank();

  const { sasaran, organisasi } = figuresToDate(a, n, rows);

  heading(`Capaian kinerja organisasi ${tw}`);
  percentRow("Capaian organisasi", organisasi);
  blank();

  heading(`Capaian per indikator ${tw}`);
  header([
    "Unit",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Cara Akumulasi",
    "Target Tahun",
    `Target ${tw}`,
    `Realisasi ${tw}`,
    `Capaian ${tw}`,
    "Predikat",
    "Kemajuan thd Target Tahun",
  ]);
  const indikatorRows: number[] = [];
  for (const r of rows) {
    const at = push([
      text(r.i.unit),
      text(r.i.sasaran),
      text(r.i.indikator),
      text(r.i.satuan),
      text(r.i.akumulasi),
      targetCell(r.i.target, r.i.targetText),
      targetCell(r.targetSd),
      r.realisasiSd === null ? text("") : { v: r.realisasiSd, f: asTypedFormat(r.realisasiSd) },
      { v: num(r.capaianSd), f: PERCENT_FORMAT },
      text(predikatOf(r.capaianSd, a.scale)),
      { v: num(r.progres), f: PERCENT_FORMAT },
    ]);
    indikatorRows.push(at);
    predikatFill(at, 9, r.capaianSd);
  }
  blank();

  heading(`Capaian per sasaran strategis ${tw}`);
  header(["Sasaran Strategis", `Capaian ${tw}`, "Predikat", "Jumlah Indikator"]);
  let chartSource: RekapRange | null = null;
  const firstSasaran = values.length;
  for (const s of sasaran) percentRow(s.name, s.capaian, [{ v: s.count, f: INTEGER_FORMAT }]);
  if (sasaran.length > 0) chartSource = { top: firstSasaran - 1, left: 0, bottom: values.length - 1, right: 1 };
  blank();

  heading(`Capaian per unit ${tw}`);
  header(["Unit", `Capaian ${tw}`, "Predikat"]);
  for (const u of a.unit) percentRow(u.unit, mean(rows.filter((r) => r.i.unit === u.unit).map((r) => r.capaianSd)));
  blank();

  heading(`Serapan anggaran ${tw}`);
  header(["Program/Kegiatan", "Sasaran Strategis", "Pagu", `Realisasi ${tw}`, `Serapan ${tw}`]);
  for (const x of a.anggaran) {
    const q = x.triwulan ?? [];
    let spent: number | null = null;
    for (let k = 0; k < n; k++) if (q[k] !== null && q[k] !== undefined) spent = (spent ?? 0) + (q[k] as number);
    push([
      text(x.program),
      text(x.sasaran),
      { v: x.pagu, f: RUPIAH_FORMAT },
      spent === null ? text("") : { v: spent, f: RUPIAH_FORMAT },
      { v: num(serapanToDate(x.pagu, q, n)), f: PERCENT_FORMAT },
    ]);
  }
  if (a.anggaran.length === 0) push([text("Tidak ada data anggaran.")]);
  else if (a.anggaran.every((x) => !x.triwulan))
    push([text(`Sheet Anggaran tidak memuat kolom Realisasi TW: serapan ${tw} tidak dapat dihitung.`)]);

  return {
    values,
    formats,
    fills,
    boldRows,
    headerRows,
    chartSource,
    chartAt: { row: 3, col: REKAP_TW_WIDTH + 1 },
    widths: [34, 34, 40, 12, 14, 14, 16, 18, 16, 14, 26],
    indikatorRows,
    capaianCol: 8,
    sheet: rekapTwSheet(n),
    chartTitle: `Capaian per Sasaran Strategis s.d. Triwulan ${romanQuarter(n)} (%)`,
  };
}
