/**
 * A second, independent formulation of spec section 3 (capaian, means, predikat), written from
 * the spec's text and sharing no code with src/core. The fuzz tests compare the engine with it.
 *
 * The agency's own rules (spec 2.4, `Pengaturan`) plug in through `Rules`: the default rules are
 * `DEFAULT_RULES`; a `T / R` formula, a Batas Capaian or another predikat scale are further
 * `Rules` values (add them with a generator for the `Pengaturan` sheet).
 */

export type Pol = "Naik" | "Turun";
export type TargetValue = number | [number, number];

export interface Rules {
  /** Capaian of Turun against a single nonzero target (spec 3 default: (2T - R) / T, overflow-safe). */
  turun: "(2T - R) / T" | "T / R";
  /** Capaian above this is taken as this (null: no bound). */
  batasCapaian: number | null;
  /** Batas Bawah Capaian: capaian below this is taken as this (absent or null: no floor). */
  batasBawah?: number | null;
  /** Predikat scale, highest first: name and lower bound (null on the last). */
  scale: { predikat: string; min: number | null }[];
}

export const DEFAULT_RULES: Rules = {
  turun: "(2T - R) / T",
  batasCapaian: null,
  scale: [
    { predikat: "Sangat Tinggi", min: 91 },
    { predikat: "Tinggi", min: 76 },
    { predikat: "Sedang", min: 66 },
    { predikat: "Rendah", min: 51 },
    { predikat: "Sangat Rendah", min: null },
  ],
};

export interface OracleCapaian {
  capaian: number | null;
  /** ZERO_TARGET finding expected, by severity. */
  zeroTarget?: "error" | "warning";
  /** ZERO_REALISASI (T / R rule) expected. */
  zeroRealisasi?: boolean;
  /** EXTREME_CAPAIAN expected, by severity. */
  extreme?: "error" | "warning";
}

/**
 * Round half away from zero to two decimals on the decimal value the number shows as
 * (spec 3: 1,005 -> 1,01): digit arithmetic on the shortest decimal string of x.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const s = String(Math.abs(x));
  if (s.includes("e-")) return 0; // below 1e-6
  if (s.includes("e+")) return x; // no decimals at all
  const [int, frac = ""] = s.split(".");
  if (frac.length <= 2) return x;
  const digits = (int + frac.slice(0, 2)).split("").map(Number);
  if (Number(frac[2]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0) {
      if (digits[i] === 9) {
        digits[i] = 0;
        i--;
      } else {
        digits[i]++;
        break;
      }
    }
    if (i < 0) digits.unshift(1);
  }
  const str = digits.join("");
  const v = Number(`${str.slice(0, str.length - 2)}.${str.slice(-2)}`);
  return x < 0 ? -v : v;
}

export function predikat(c: number | null, rules: Rules = DEFAULT_RULES): string | null {
  if (c === null) return null;
  const shown = round2(c);
  for (const band of rules.scale) if (band.min === null || shown >= band.min) return band.predikat;
  return rules.scale[rules.scale.length - 1].predikat;
}

function single(pol: Pol, t: number, r: number, rules: Rules): OracleCapaian {
  if (pol === "Naik") {
    if (t === 0) return { capaian: null, zeroTarget: "error" };
    return { capaian: (r / t) * 100 };
  }
  if (rules.turun === "T / R") {
    if (r === 0) {
      if (t === 0) return { capaian: 100 };
      if (rules.batasCapaian !== null) return { capaian: rules.batasCapaian };
      return { capaian: null, zeroRealisasi: true };
    }
    if (t === 0) return { capaian: 0, zeroTarget: "warning" };
    return { capaian: (t / r) * 100 };
  }
  if (t === 0) return { capaian: r === 0 ? 100 : 0, zeroTarget: "warning" };
  // 1 + (1 - R/T): the form that cannot overflow (T = 1e308, R = 1 gives 200).
  return { capaian: (1 + (1 - r / t)) * 100 };
}

/** Capaian of one indicator, with the findings section 3 attaches to it. */
export function capaian(pol: Pol, target: TargetValue, r: number, rules: Rules = DEFAULT_RULES): OracleCapaian {
  let out: OracleCapaian;
  if (Array.isArray(target)) {
    const [a, b] = target[0] <= target[1] ? target : [target[1], target[0]];
    out = r >= a && r <= b ? { capaian: 100 } : single(pol, r > b ? b : a, r, rules);
  } else out = single(pol, target, r, rules);
  if (out.capaian !== null && !Number.isFinite(out.capaian)) return { ...out, capaian: null, extreme: "error" };
  if (out.capaian !== null && rules.batasCapaian !== null && out.capaian > rules.batasCapaian)
    out = { ...out, capaian: rules.batasCapaian };
  const floor = rules.batasBawah ?? null;
  if (out.capaian !== null && floor !== null && out.capaian < floor) out = { ...out, capaian: floor };
  if (out.capaian !== null) {
    const shown = round2(out.capaian);
    if (shown > 150 || shown < 0) out = { ...out, extreme: "warning" };
  }
  return out;
}

/** Arithmetic mean of the values that are not null; null when none. */
export function meanOf(values: (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** |a - b| small relative to their size (the engine may compute in another, equivalent order). */
export function close(a: number | null, b: number | null, rel = 1e-9): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
