/**
 * Small pure measures the report shows besides the engine's numbers: the change against last
 * year. Every capaian (the year's, earlier years', against the Renstra end target), predikat,
 * serapan and efisiensi comes from the Analysis, computed by compute/capaian.ts under the
 * agency's Pengaturan: the report has no capaian formula of its own.
 */
import type { Polaritas } from "../model";

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
