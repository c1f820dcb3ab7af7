/**
 * The four quarters of the bundled example's year (examples/kesbangpol-2025.xlsx), made from its
 * annual figures so that they agree with them exactly: a `Jumlah` indicator's quarters add up to
 * its annual target and realisasi, an `Akhir` indicator's fourth quarter is its annual value, a
 * `Rata-rata` indicator's quarters average to it; the programs' Realisasi TW I-IV add up to their
 * annual realisasi. The annual cells are left as they are, so the year's results do not change.
 * Deterministic: the same figures every build.
 */
import { accumulate, defaultAkumulasi, type Akumulasi } from "../src/core/compute/quarters";
import { formatNumber } from "../src/core/format/number";

/** Indicators whose quarters are not the Satuan's default (written out in Cara Akumulasi anyway). */
export const EXAMPLE_AKUMULASI: Record<string, Akumulasi> = {
  "Waktu rata-rata penanganan laporan potensi konflik": "Rata-rata",
};

const SHARE = [0.2, 0.25, 0.25, 0.3];
const ROMAN = ["I", "II", "III", "IV"];

/** Splits `total` into four parts by SHARE: whole numbers when total is whole, else two decimals; they add up to total. */
export function splitTotal(total: number): number[] {
  const whole = Number.isInteger(total);
  const unit = whole ? 1 : 0.01;
  const parts = SHARE.map((s) => Math.floor((total * s) / unit) * unit);
  const rest = Math.round((total - parts.reduce((a, b) => a + b, 0)) / unit);
  for (let k = 0; k < rest; k++) parts[3 - (k % 4)] += unit;
  return parts.map((p) => Math.round(p / unit) * unit).map((p) => (whole ? p : Math.round(p * 100) / 100));
}

function level(value: number, polaritas: string): number[] {
  const ramp = polaritas === "Turun" ? [1.3, 1.2, 1.1, 1] : [0.6, 0.75, 0.9, 1];
  return ramp.map((f, k) => (k === 3 ? value : Math.round(value * f * 100) / 100));
}

export interface ExampleQuarters {
  akumulasi: Akumulasi;
  target: (number | string)[];
  realisasi: number[];
  rencanaAksi: string[];
  kendala: (string | undefined)[];
}

/**
 * The quarters of one indicator from its annual target (a number or a range text) and realisasi,
 * both in the units the sheet shows (percent cells as percents).
 */
export function exampleQuarters(
  indikator: string,
  satuan: string,
  polaritas: string,
  target: number | string,
  realisasi: number,
): ExampleQuarters {
  const way = EXAMPLE_AKUMULASI[indikator] ?? defaultAkumulasi(satuan);
  let t: (number | string)[];
  let r: number[];
  if (way === "Jumlah") {
    t = typeof target === "number" ? splitTotal(target) : [target, target, target, target];
    r = splitTotal(realisasi);
  } else if (way === "Akhir") {
    t = typeof target === "number" ? level(target, polaritas) : [target, target, target, target];
    r = level(realisasi, polaritas);
  } else {
    t = [target, target, target, target];
    const d = Math.round(realisasi * 0.15 * 100) / 100;
    r = [realisasi + d, realisasi, realisasi, realisasi - d].map((x) => Math.round(x * 100) / 100);
  }
  if (accumulate(r, 4, way) === null) throw new Error(`kuartal ${indikator}`);
  const amount = (v: number | string) => {
    const text = typeof v === "number" ? formatNumber(v) : v;
    return satuan === "%" ? `${text}%` : `${text} ${satuan}`;
  };
  const rencanaAksi = t.map((tq, k) =>
    way === "Jumlah"
      ? `Melaksanakan ${amount(tq)} sesuai jadwal triwulan ${ROMAN[k]}.`
      : `Memantau dan menindaklanjuti capaian agar mencapai ${amount(tq)} pada akhir triwulan ${ROMAN[k]}.`,
  );
  const kendala = r.map((rq, k) => {
    const tq = t[k];
    if (typeof tq !== "number") return undefined;
    const behind = polaritas === "Turun" ? rq > tq : rq < tq;
    return behind
      ? `Realisasi triwulan ${ROMAN[k]} di bawah target triwulan karena sebagian kegiatan bergeser ke triwulan berikutnya.`
      : undefined;
  });
  return { akumulasi: way, target: t, realisasi: r, rencanaAksi, kendala };
}

/** A program's Realisasi TW I-IV in whole rupiah, adding up to its annual realisasi. */
export function exampleAnggaranQuarters(realisasi: number): number[] {
  const share = [0.15, 0.25, 0.25, 0.35];
  const parts = share.map((s) => Math.floor(realisasi * s));
  parts[3] = realisasi - parts[0] - parts[1] - parts[2];
  return parts;
}
