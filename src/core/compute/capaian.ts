/** Capaian (achievement, percent) of one indicator: spec section 3. Full precision; round only for display. */
import type { Polaritas, Target } from "../model";

export type CapaianResult = { capaian: number; zeroTarget?: "warning" } | { capaian: null; zeroTarget: "error" };

/** Capaian against a single target value T. */
export function capaianSingle(polaritas: Polaritas, target: number, realisasi: number): CapaianResult {
  if (polaritas === "Naik") {
    if (target === 0) return { capaian: null, zeroTarget: "error" };
    return { capaian: (realisasi / target) * 100 };
  }
  if (target === 0) return { capaian: realisasi === 0 ? 100 : 0, zeroTarget: "warning" };
  return { capaian: ((2 * target - realisasi) / target) * 100 };
}

/**
 * Capaian against a target that may be a range [a, b]: inside the range is 100; outside, the
 * nearer bound is the target and the polaritas formula applies.
 */
export function computeCapaian(polaritas: Polaritas, target: Target, realisasi: number): CapaianResult {
  if (typeof target === "number") return capaianSingle(polaritas, target, realisasi);
  const [a, b] = target;
  if (realisasi >= a && realisasi <= b) return { capaian: 100 };
  return capaianSingle(polaritas, realisasi > b ? b : a, realisasi);
}

/** Arithmetic mean of the non-null values; null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}
