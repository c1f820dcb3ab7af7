/**
 * Capaian (achievement, percent) of one indicator: spec section 3, with the agency's own rules of
 * `Pengaturan` (spec 2.4). Full precision; round only for display. Never overflows where the true
 * result is a double (Turun T = 1e308, R = 1 gives 200); a result that is not a finite number is
 * reported as `nonFinite` with capaian null.
 */
import type { Pengaturan, Polaritas, Target } from "../model";

/**
 * The rules capaian depends on: the Turun formula and the optional bounds (spec 2.4). A rules
 * object without `batasBawahCapaian` (written before that setting existed) has no floor.
 */
export type CapaianRules = Pick<Pengaturan, "rumusTurun" | "batasCapaian"> &
  Partial<Pick<Pengaturan, "batasBawahCapaian">>;

export const DEFAULT_RULES: CapaianRules = { rumusTurun: "(2T - R) / T", batasCapaian: null, batasBawahCapaian: null };

/** A capaian with what the caller must report about it; optional fields are present only when set. */
export interface CapaianResult {
  /** Null when it cannot be computed (see the flags). */
  capaian: number | null;
  /** T = 0: an error (Naik: no capaian) or a warning (a rule gave 100 or 0). */
  zeroTarget?: "warning" | "error";
  /** R = 0 under `T / R`: an error (no capaian), or "bounded" when the Batas Capaian was taken. */
  zeroRealisasi?: "error" | "bounded";
  /** The formula's result is not a finite number (capaian null). */
  nonFinite?: true;
  /** The capaian before Batas Capaian, present only when the bound lowered it. */
  uncapped?: number;
  /** The capaian before Batas Bawah Capaian, present only when the floor raised it. */
  unfloored?: number;
}

type Raw = CapaianResult;

function finishRaw(raw: Raw, rules: CapaianRules): CapaianResult {
  if (raw.capaian === null) return raw;
  if (!Number.isFinite(raw.capaian)) return { capaian: null, nonFinite: true };
  const bound = rules.batasCapaian;
  if (bound !== null && raw.capaian > bound) return { ...raw, capaian: bound, uncapped: raw.capaian };
  const floor = rules.batasBawahCapaian ?? null;
  if (floor !== null && raw.capaian < floor) return { ...raw, capaian: floor, unfloored: raw.capaian };
  return raw;
}

/** Capaian before Batas Capaian against a single target value T (may be non-finite on overflow). */
function rawSingle(polaritas: Polaritas, target: number, realisasi: number, rules: CapaianRules): Raw {
  if (polaritas === "Naik") {
    if (target === 0) return { capaian: null, zeroTarget: "error" };
    return { capaian: (realisasi / target) * 100 };
  }
  if (rules.rumusTurun === "T / R") {
    if (realisasi === 0) {
      if (target === 0) return { capaian: 100, zeroTarget: "warning" };
      if (rules.batasCapaian !== null) return { capaian: rules.batasCapaian, zeroRealisasi: "bounded" };
      return { capaian: null, zeroRealisasi: "error" };
    }
    if (target === 0) return { capaian: 0, zeroTarget: "warning" };
    return { capaian: (target / realisasi) * 100 };
  }
  if (target === 0) return { capaian: realisasi === 0 ? 100 : 0, zeroTarget: "warning" };
  // (2T - R) / T, as written, while 2T - R is a finite double; otherwise the same value as
  // (2 - R/T), which cannot overflow in its intermediate steps (T = 1e308, R = 1: 200).
  const diff = 2 * target - realisasi;
  if (Number.isFinite(diff)) return { capaian: (diff / target) * 100 };
  return { capaian: (2 - realisasi / target) * 100 };
}

/** Capaian against a single target value T. */
export function capaianSingle(
  polaritas: Polaritas,
  target: number,
  realisasi: number,
  rules: CapaianRules = DEFAULT_RULES,
): CapaianResult {
  return finishRaw(rawSingle(polaritas, target, realisasi, rules), rules);
}

/**
 * Capaian against a target that may be a range [a, b]: inside the range is 100; outside, the
 * nearer bound is the target and the polaritas formula applies. Batas Capaian caps the result and
 * Batas Bawah Capaian floors it. Every capaian the product shows comes from here (spec section 3):
 * the year's, each earlier year's, against the Target Akhir Renstra, the quarters', the charts'.
 */
export function computeCapaian(
  polaritas: Polaritas,
  target: Target,
  realisasi: number,
  rules: CapaianRules = DEFAULT_RULES,
): CapaianResult {
  if (typeof target === "number") return capaianSingle(polaritas, target, realisasi, rules);
  const [a, b] = target;
  if (realisasi >= a && realisasi <= b) return { capaian: 100 };
  return capaianSingle(polaritas, realisasi > b ? b : a, realisasi, rules);
}

/** Arithmetic mean of the non-null values; null when there are none. Cannot overflow for finite values. */
export function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  if (n === 0) return null;
  if (Number.isFinite(sum)) return sum / n;
  // the plain sum overflowed: sum the shares instead (each |v / n| <= max, and so is their sum)
  let scaled = 0;
  for (const v of values) if (v !== null) scaled += v / n;
  return scaled;
}

/**
 * sum(numerators) / sum(denominators) x 100 without overflow in the sums; null when the
 * denominator sum is 0 or the ratio is not a finite number.
 */
export function ratioPercent(numerators: readonly number[], denominators: readonly number[]): number | null {
  let num = 0;
  let den = 0;
  for (const x of numerators) num += x;
  for (const x of denominators) den += x;
  if (!Number.isFinite(num) || !Number.isFinite(den)) {
    const k = Math.max(numerators.length, denominators.length, 1);
    num = 0;
    den = 0;
    for (const x of numerators) num += x / k;
    for (const x of denominators) den += x / k;
  }
  if (den === 0) return null;
  const r = (num / den) * 100;
  return Number.isFinite(r) ? r : null;
}
