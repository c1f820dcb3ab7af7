/**
 * Small pure measures the report shows besides the engine's numbers: the change against last
 * year and the capaian against the Renstra end target. Capaian, predikat, serapan and efisiensi
 * themselves always come from the Analysis.
 */
import type { Polaritas } from "../model";

/**
 * Capaian of this year's realisasi against the Renstra end target, in percent, with the spec's
 * polaritas formula (section 3): Naik R / T x 100; Turun (2T - R) / T x 100. T = 0: null for
 * Naik; for Turun 100 when R = 0, else 0.
 */
export function capaianRenstra(polaritas: Polaritas, realisasi: number, targetAkhir: number): number | null {
  if (!Number.isFinite(realisasi) || !Number.isFinite(targetAkhir)) return null;
  if (polaritas === "Naik") return targetAkhir === 0 ? null : (realisasi / targetAkhir) * 100;
  if (targetAkhir === 0) return realisasi === 0 ? 100 : 0;
  return ((2 * targetAkhir - realisasi) / targetAkhir) * 100;
}

export type Arah = "naik" | "turun" | "tetap";

export interface Perubahan {
  /** realisasi - realisasi tahun lalu, rounded to 10 decimals to drop binary noise. */
  selisih: number;
  arah: Arah;
  /** Whether the change is good news given the polaritas (null when tetap). */
  membaik: boolean | null;
}

/** The change of realisasi against last year's; "tetap" when equal at the precision shown. */
export function perubahan(polaritas: Polaritas, realisasi: number, tahunLalu: number): Perubahan {
  const selisih = Number((realisasi - tahunLalu).toFixed(10));
  if (selisih === 0) return { selisih: 0, arah: "tetap", membaik: null };
  const arah: Arah = selisih > 0 ? "naik" : "turun";
  return { selisih, arah, membaik: polaritas === "Naik" ? selisih > 0 : selisih < 0 };
}
