/**
 * The quarters' arithmetic (spec section 3): target and realisasi "s.d. TW N" by the indicator's
 * Cara Akumulasi, capaian s.d. TW N through the one capaian function, progress towards the year
 * (`Jumlah`), and serapan anggaran s.d. TW N. Full precision; round only for display.
 */
import type {
  Akumulasi,
  IndikatorDetail,
  KuartalDetail,
  Pengaturan,
  Polaritas,
  Target,
  TriwulanResult,
} from "../model";
import { normalizeLabel } from "../text";
import { computeCapaian, mean, ratioPercent } from "./capaian";

export type { Akumulasi };
export type Quarter = 1 | 2 | 3 | 4;

/** Satuan whose quarters are a level, not a count (spec 2.2): their default is `Akhir`. */
const LEVEL_SATUAN = new Set(["%", "persen", "indeks", "nilai", "skor", "predikat"]);

/** The default Cara Akumulasi of a Satuan (spec 2.2): `Akhir` for %, persen, indeks, nilai, skor, predikat; else `Jumlah`. */
export function defaultAkumulasi(satuan: string): Akumulasi {
  return LEVEL_SATUAN.has(normalizeLabel(satuan)) ? "Akhir" : "Jumlah";
}

const AKUMULASI_WORDS: Record<string, Akumulasi> = {
  jumlah: "Jumlah",
  akhir: "Akhir",
  "rata-rata": "Rata-rata",
  "rata rata": "Rata-rata",
  ratarata: "Rata-rata",
  "rata - rata": "Rata-rata",
};

/** The Cara Akumulasi a cell's text names (case and white space folded); undefined when it names none. */
export function parseAkumulasi(text: string): Akumulasi | undefined {
  return AKUMULASI_WORDS[normalizeLabel(text)];
}

/** The accepted words, as the format's dropdown offers them. */
export const AKUMULASI_CHOICES: readonly Akumulasi[] = ["Jumlah", "Akhir", "Rata-rata"];

/**
 * The accumulation of `values` (index 0 = TW I) over the quarters 1..n that hold a value: Jumlah
 * adds them, Akhir takes the last one reported, Rata-rata their mean. Null when none holds a value
 * or the sum is not a finite number.
 */
export function accumulate(values: readonly (number | null)[], n: number, way: Akumulasi): number | null {
  const held: number[] = [];
  for (let i = 0; i < n && i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) held.push(v);
  }
  if (held.length === 0) return null;
  if (way === "Akhir") return held[held.length - 1];
  if (way === "Rata-rata") return mean(held);
  let sum = 0;
  for (const v of held) sum += v;
  return Number.isFinite(sum) ? sum : null;
}

/** The same for targets, where a quarter's target may be a range [a, b]: each bound accumulates. */
export function accumulateTarget(values: readonly (Target | null)[], n: number, way: Akumulasi): Target | null {
  const upTo = values.slice(0, n);
  if (!upTo.some((v) => Array.isArray(v))) return accumulate(upTo as (number | null)[], n, way);
  const low = upTo.map((v) => (v === null || v === undefined ? null : typeof v === "number" ? v : v[0]));
  const high = upTo.map((v) => (v === null || v === undefined ? null : typeof v === "number" ? v : v[1]));
  const a = accumulate(low, n, way);
  const b = accumulate(high, n, way);
  if (a === null || b === null) return null;
  return a === b ? a : [a, b];
}

/** What s.d. TW N holds for one indicator. */
export interface QuarterToDate {
  targetSd: Target | null;
  realisasiSd: number | null;
  /** By the one capaian function and the agency's Pengaturan; null when it cannot be computed. */
  capaianSd: number | null;
  /** Realisasi s.d. TW N / the year's Target x 100 (`Jumlah` only; null otherwise or when the target is 0). */
  progres: number | null;
}

/**
 * The year's target a progress is measured against: a range gives its bound in the polaritas'
 * direction (Naik: the upper bound, Turun: the lower one).
 */
function yearTargetValue(target: Target, polaritas: Polaritas): number {
  if (typeof target === "number") return target;
  return polaritas === "Naik" ? target[1] : target[0];
}

/** s.d. TW N of an indicator's quarters (spec section 3). */
export function quarterToDate(
  polaritas: Polaritas,
  yearTarget: Target,
  akumulasi: Akumulasi,
  kuartal: Pick<KuartalDetail, "target" | "realisasi">,
  n: number,
  rules: Pengaturan,
): QuarterToDate {
  const targetSd = accumulateTarget(kuartal.target, n, akumulasi);
  const realisasiSd = accumulate(kuartal.realisasi, n, akumulasi);
  const capaianSd =
    targetSd === null || realisasiSd === null ? null : computeCapaian(polaritas, targetSd, realisasiSd, rules).capaian;
  let progres: number | null = null;
  if (akumulasi === "Jumlah" && realisasiSd !== null) {
    const t = yearTargetValue(yearTarget, polaritas);
    progres = t === 0 ? null : ratioPercent([realisasiSd], [t]);
  }
  return { targetSd, realisasiSd, capaianSd, progres };
}

/** The quarters 1-4 that hold a target or a realisasi, each with its s.d. figures (the CLI's `triwulan`). */
export function triwulanResults(
  polaritas: Polaritas,
  yearTarget: Target,
  akumulasi: Akumulasi,
  kuartal: Pick<KuartalDetail, "target" | "realisasi"> | undefined,
  rules: Pengaturan,
): TriwulanResult[] {
  if (!kuartal) return [];
  const out: TriwulanResult[] = [];
  for (let i = 0; i < 4; i++) {
    const target = kuartal.target[i] ?? null;
    const realisasi = kuartal.realisasi[i] ?? null;
    if (target === null && realisasi === null) continue;
    const sd = quarterToDate(polaritas, yearTarget, akumulasi, kuartal, i + 1, rules);
    out.push({
      tw: (i + 1) as Quarter,
      target,
      realisasi,
      targetSd: sd.targetSd,
      realisasiSd: sd.realisasiSd,
      capaianSd: sd.capaianSd,
    });
  }
  return out;
}

/** s.d. TW N of an analysed indicator. */
export function indikatorToDate(i: IndikatorDetail, n: number, rules: Pengaturan): QuarterToDate {
  const kuartal = i.kuartal ?? { target: [], realisasi: [] };
  return quarterToDate(i.polaritas, i.target, i.akumulasi, kuartal, n, rules);
}

/** Serapan anggaran s.d. TW N: the sum of the quarters' realisasi 1..N / pagu x 100; null when pagu is 0 or none is filled. */
export function serapanToDate(pagu: number, quarters: readonly (number | null)[], n: number): number | null {
  const spent = accumulate(quarters, n, "Jumlah");
  if (spent === null) return null;
  return ratioPercent([spent], [pagu]);
}
