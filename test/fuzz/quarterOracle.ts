/**
 * A second, independent formulation of spec section 3's quarters, written from the spec's text
 * and sharing no code with src/core: for quarter N, the target and realisasi "s.d. TW N" follow
 * the indicator's Cara Akumulasi over the quarters 1..N that hold a value (Jumlah adds them,
 * Akhir takes the last one, Rata-rata takes their mean); capaian s.d. TW N is the polaritas
 * formula (./oracle.ts) on those two numbers. Blank Cara Akumulasi: Akhir for %, persen, indeks,
 * nilai, skor, predikat; else Jumlah.
 */
import { capaian, type Pol, type Rules, DEFAULT_RULES } from "./oracle";

export type Way = "Jumlah" | "Akhir" | "Rata-rata";

export function defaultWay(satuan: string): Way {
  const s = satuan.trim().toLowerCase();
  return ["%", "persen", "indeks", "nilai", "skor", "predikat"].indexOf(s) >= 0 ? "Akhir" : "Jumlah";
}

/** s.d. TW n of one series of quarter values (index 0 = TW I). */
export function toDate(values: (number | null)[], n: number, way: Way): number | null {
  const held: number[] = [];
  for (let q = 1; q <= n; q++) {
    const v = values[q - 1];
    if (typeof v === "number") held.push(v);
  }
  if (held.length === 0) return null;
  switch (way) {
    case "Jumlah":
      return held.reduce((a, b) => a + b, 0);
    case "Akhir":
      return held[held.length - 1];
    case "Rata-rata":
      return held.reduce((a, b) => a + b, 0) / held.length;
  }
}

export interface OracleQuarter {
  tw: number;
  targetSd: number | null;
  realisasiSd: number | null;
  capaianSd: number | null;
}

/** The quarters that hold a target or a realisasi, with their s.d. figures. */
export function quarters(
  pol: Pol,
  way: Way,
  targets: (number | null)[],
  realisasi: (number | null)[],
  rules: Rules = DEFAULT_RULES,
): OracleQuarter[] {
  const out: OracleQuarter[] = [];
  for (let n = 1; n <= 4; n++) {
    if (targets[n - 1] === null && realisasi[n - 1] === null) continue;
    const t = toDate(targets, n, way);
    const r = toDate(realisasi, n, way);
    out.push({
      tw: n,
      targetSd: t,
      realisasiSd: r,
      capaianSd: t === null || r === null ? null : capaian(pol, t, r, rules).capaian,
    });
  }
  return out;
}
