/** What every renderer shares: the analysis grouped per sasaran, the year and display helpers. */
import type { Analysis, AnggaranResult, EfisiensiResult, IndikatorDetail, SasaranResult } from "../model";
import { formatNumber, formatRupiah } from "../format/number";
import { oneLine } from "./xml";

export interface SasaranGroup {
  /** 0-based position in the analysis' sasaran list. */
  index: number;
  result: SasaranResult;
  indikator: IndikatorDetail[];
  efisiensi: EfisiensiResult | null;
  programs: AnggaranResult[];
}

export interface ReportContext {
  analysis: Analysis;
  tahun: number | null;
  groups: SasaranGroup[];
  /** More than one unit: name the unit beside an indicator in the narrative. */
  multiUnit: boolean;
  /** Trend charts rendered so far (Grafik 3.2 onward), collected while the narrative is written. */
  charts: import("./chart").ChartSpec[];
  /** Grafik 3.1 (capaian per sasaran) once rendered. */
  chartCapaian: import("./chart").ChartSpec | null;
}

export function buildContext(analysis: Analysis): ReportContext {
  const byName = new Map<string, SasaranGroup>();
  const groups = analysis.sasaran.map((s, index) => {
    const g: SasaranGroup = { index, result: s, indikator: [], efisiensi: null, programs: [] };
    byName.set(s.sasaran, g);
    return g;
  });
  for (const i of analysis.indikator) {
    let g = byName.get(i.sasaran);
    if (!g) {
      // an indicator whose sasaran is not in the list (should not happen): give it its own group
      g = {
        index: groups.length,
        result: { sasaran: i.sasaran, capaian: null, predikat: null, jumlahIndikator: 0 },
        indikator: [],
        efisiensi: null,
        programs: [],
      };
      byName.set(i.sasaran, g);
      groups.push(g);
    }
    g.indikator.push(i);
  }
  for (const e of analysis.efisiensi) {
    const g = byName.get(e.sasaran);
    if (g) g.efisiensi = e;
  }
  for (const a of analysis.anggaran) {
    if (a.sasaran === null) continue;
    const g = byName.get(a.sasaran);
    if (g) g.programs.push(a);
  }
  const units = new Set(analysis.indikator.map((i) => i.unit));
  return {
    analysis,
    tahun: analysis.identitas.tahun,
    groups,
    multiUnit: units.size > 1,
    charts: [],
    chartCapaian: null,
  };
}

/** "Tahun 2025", or "tahun berjalan" when the workbook has no year. */
export function tahunText(tahun: number | null, offset = 0): string {
  return tahun === null ? (offset === 0 ? "tahun berjalan" : "tahun sebelumnya") : `Tahun ${tahun + offset}`;
}

/** No-break space: keeps "Rp 1.500.000", "12 kegiatan" and "80 - 90" on one line. */
export const NBSP = "\u00A0";

/** A value with its satuan: "85,5%", "12 kegiatan" (joined by a no-break space). */
export function withSatuan(valueText: string, satuan: string): string {
  const v = valueText.replace(/ /g, NBSP);
  const s = oneLine(satuan);
  if (!s) return v;
  if (s === "%") return v + "%";
  return `${v}${NBSP}${s}`;
}

/** Rupiah for prose: "Rp 1.500.000" with a no-break space. */
export function rupiah(x: number): string {
  return formatRupiah(x).replace(/ /g, NBSP);
}

/** A signed difference for tables: "+5", "-2,5", "0". */
export function signed(x: number): string {
  const t = formatNumber(x);
  return x > 0 ? "+" + t : t;
}

const KATA = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];

/** Small counts in words, as formal Indonesian prose writes them ("tiga indikator"); digits from 11. */
export function bilangan(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? KATA[n] : formatNumber(n);
}

/** Text quoted with Indonesian typographic quotes. */
export function kutip(text: string): string {
  return `“${oneLine(text)}”`;
}

/** User text as one sentence: folded to one line, ending with a full stop. */
export function kalimat(text: string): string {
  const t = oneLine(text);
  if (!t) return "";
  return /[.!?…:;)"”]$/.test(t) ? t : t + ".";
}

/** A deterministic choice among phrasings: stable for the same key, varied across keys. */
export function pick<T>(options: readonly T[], key: number): T {
  return options[((key % options.length) + options.length) % options.length];
}

/** Small string hash (FNV-1a), for choosing phrasings by content. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The report's title from `Judul Laporan` (spec 2.1): the full words and the short form. */
export function judulOf(judul: string | null): { full: string; short: string | null } {
  if (judul === "LKjIP") return { full: "Laporan Kinerja Instansi Pemerintah", short: "LKjIP" };
  if (judul === "Laporan Kinerja") return { full: "Laporan Kinerja", short: null };
  return { full: "Laporan Akuntabilitas Kinerja Instansi Pemerintah", short: "LAKIP" };
}

/** The signing date: Tanggal Laporan (`YYYY-MM-DD`) when given, else `fallback` (the day the report is made). */
export function tanggalLaporanOf(value: string | null, fallback: Date): Date {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return fallback;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? fallback : d;
}

/** One earlier year of an indicator as the report shows it. */
export interface TahunLalu {
  tahun: number | null;
  target: import("../model").Target | null;
  realisasi: number;
  capaian: number | null;
}

/**
 * The earlier years of an indicator with a realisasi, oldest first: its `riwayat` when the
 * engine gives one, else the single `Realisasi Tahun Lalu` (as year Tahun - 1).
 */
export function riwayatOf(i: IndikatorDetail, tahun: number | null): readonly Readonly<TahunLalu>[] {
  // asked by several tables and the narrative for each of 10.000 indicators: made once per
  // indicator and year (the analysis is not changed once made)
  const made = RIWAYAT_MADE.get(i);
  if (made !== undefined && made.tahun === tahun) return made.list;
  const list = makeRiwayat(i, tahun);
  RIWAYAT_MADE.set(i, { tahun, list });
  return list;
}

const RIWAYAT_MADE = new WeakMap<IndikatorDetail, { tahun: number | null; list: readonly TahunLalu[] }>();

function makeRiwayat(i: IndikatorDetail, tahun: number | null): readonly TahunLalu[] {
  const list = (i.riwayat ?? [])
    .filter((r) => r.realisasi !== null && Number.isFinite(r.realisasi))
    .map((r) => ({ tahun: r.tahun, target: r.target, realisasi: r.realisasi as number, capaian: r.capaian }))
    .sort((a, b) => (a.tahun as number) - (b.tahun as number));
  if (list.length > 0) return list;
  if (i.realisasiTahunLalu !== null)
    return [{ tahun: tahun === null ? null : tahun - 1, target: null, realisasi: i.realisasiTahunLalu, capaian: null }];
  return [];
}

/** The year just before this one in an indicator's history (null when there is none). */
export function tahunLaluOf(i: IndikatorDetail, tahun: number | null): Readonly<TahunLalu> | null {
  const list = riwayatOf(i, tahun);
  return list.length ? list[list.length - 1] : null;
}

/**
 * A value read as a person writes it: "71,25%", "12 kegiatan", "nilai 71,25", "indeks 78".
 * Satuan that name what the number is (nilai, indeks, skor, peringkat, level, predikat) go
 * before the number; counted things (kegiatan, kasus, orang, dokumen, ...) after it.
 */
export function nilaiSatuan(valueText: string, satuan: string): string {
  const s = oneLine(satuan);
  const v = valueText.replace(/ /g, NBSP);
  if (/^(nilai|indeks|skor|peringkat|level|tingkat|predikat|opini|kategori|status)\b/i.test(s))
    return `${s.toLowerCase()}${NBSP}${v}`;
  return withSatuan(valueText, satuan);
}
