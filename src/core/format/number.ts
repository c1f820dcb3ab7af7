/**
 * id-ID number display: `.` groups thousands, `,` is the decimal mark. Deterministic (no Intl),
 * rounding half away from zero on the decimal value (1,005 -> 1,01), as spec section 3 asks.
 */

/** Splits a finite number's shortest decimal representation into sign, integer digits and fraction digits. */
function decimalParts(x: number): { negative: boolean; int: string; frac: string } {
  const negative = x < 0 || Object.is(x, -0);
  let s = Math.abs(x).toString();
  if (/e/i.test(s)) s = expandExponent(s);
  const [int, frac = ""] = s.split(".");
  return { negative, int, frac };
}

/** "1.5e-7" -> "0.00000015", "1e+21" -> "1000000000000000000000". */
function expandExponent(s: string): string {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const digits = m[1] + (m[2] ?? "");
  const exp = Number(m[3]) - (m[2] ?? "").length;
  if (exp >= 0) return digits + "0".repeat(exp);
  const point = digits.length + exp;
  if (point > 0) return digits.slice(0, point) + "." + digits.slice(point);
  return "0." + "0".repeat(-point) + digits;
}

/** Adds one unit to a string of decimal digits ("199" -> "200", "99" -> "100"). */
function incrementDigits(digits: string): string {
  const arr = digits.split("");
  let i = arr.length - 1;
  while (i >= 0) {
    if (arr[i] === "9") {
      arr[i] = "0";
      i--;
    } else {
      arr[i] = String(Number(arr[i]) + 1);
      return arr.join("");
    }
  }
  return "1" + arr.join("");
}

/** Rounds on the decimal digits, half away from zero; returns sign, integer digits and exactly `decimals` fraction digits. */
function roundedParts(x: number, decimals: number): { negative: boolean; int: string; frac: string } {
  const { negative, int, frac } = decimalParts(x);
  if (frac.length <= decimals) return { negative, int, frac: frac.padEnd(decimals, "0") };
  const keep = int + frac.slice(0, decimals);
  const roundUp = frac.charCodeAt(decimals) >= 53; // '5'
  const digits = roundUp ? incrementDigits(keep) : keep;
  const intLen = digits.length - decimals;
  return { negative, int: digits.slice(0, intLen) || "0", frac: digits.slice(intLen) };
}

/** Rounds half away from zero on the decimal value: roundHalfAway(1.005, 2) === 1.01. */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const scale = 10 ** decimals;
  const scaled = Math.abs(x) * scale;
  const fraction = scaled - Math.floor(scaled);
  if (scaled < 2 ** 50 && Math.abs(fraction - 0.5) > 1e-6) {
    // far from a half: binary noise cannot change the result, so plain rounding is exact enough
    const r = Math.round(scaled) / scale;
    return x < 0 && r !== 0 ? -r : r;
  }
  const { negative, int, frac } = roundedParts(x, decimals);
  const v = Number(frac ? `${int}.${frac}` : int);
  return negative && v !== 0 ? -v : v;
}

function groupThousands(int: string): string {
  const stripped = int.replace(/^0+(?=\d)/, "");
  return stripped.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Formats a number in id-ID notation. With `decimals`, exactly that many decimals (rounded half
 * away from zero); without, as many as the value has (up to 10, trailing zeros dropped).
 */
export function formatNumber(x: number, decimals?: number): string {
  if (!Number.isFinite(x)) return "-";
  if (Number.isSafeInteger(x) && decimals === undefined) {
    // fast path for whole numbers, the common case of targets and realisasi
    const grouped = groupThousands(String(Math.abs(x)));
    return x < 0 ? "-" + grouped : grouped;
  }
  if (decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 && decimals <= 6) {
    // far from a half, plain rounding of the scaled value is the decimal rounding (as in
    // roundHalfAway): whole-number arithmetic instead of the digits of the value's text
    const scale = 10 ** decimals;
    const scaled = Math.abs(x) * scale;
    if (scaled < 2 ** 50 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      const r = Math.round(scaled);
      const int = Math.floor(r / scale);
      const frac = decimals === 0 ? "" : String(r - int * scale).padStart(decimals, "0");
      const grouped = int < 1000 ? String(int) : groupThousands(String(int));
      return (x < 0 && r !== 0 ? "-" : "") + grouped + (frac ? "," + frac : "");
    }
  }
  return formatNumberExact(x, decimals);
}

/**
 * `formatNumber` on the digits of the value's shortest decimal text, for every value: the
 * reference its whole-number fast path is held to (and the route near a half, where binary noise
 * could tip plain rounding).
 */
export function formatNumberExact(x: number, decimals?: number): string {
  if (!Number.isFinite(x)) return "-";
  let parts: { negative: boolean; int: string; frac: string };
  if (decimals === undefined) {
    const cleaned = Number(x.toPrecision(12)); // drops binary noise such as 85.49999999999999
    parts = roundedParts(cleaned, 10);
    parts.frac = parts.frac.replace(/0+$/, "");
  } else {
    parts = roundedParts(x, decimals);
  }
  const isZero = /^0*$/.test(parts.int) && /^0*$/.test(parts.frac);
  const sign = parts.negative && !isZero ? "-" : "";
  return sign + groupThousands(parts.int) + (parts.frac ? "," + parts.frac : "");
}

/** "105,26%"; null (cannot be computed) shows as "-". */
export function formatPercent(x: number | null | undefined, decimals = 2): string {
  if (x == null || !Number.isFinite(x)) return "-";
  return formatNumber(x, decimals) + "%";
}

/** "Rp 1.234.567" (no decimals); negative as "-Rp 1.234.567". */
export function formatRupiah(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return "-";
  const s = formatNumber(x, 0);
  return s.startsWith("-") ? "-Rp " + s.slice(1) : "Rp " + s;
}

/** A target for display: a number as it is, a range as "80 - 90". */
export function formatTarget(target: number | readonly [number, number]): string {
  if (typeof target === "number") return formatNumber(target);
  return `${formatNumber(target[0])} - ${formatNumber(target[1])}`;
}
