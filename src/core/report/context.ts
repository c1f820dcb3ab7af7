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
  return { analysis, tahun: analysis.identitas.tahun, groups, multiUnit: units.size > 1 };
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
