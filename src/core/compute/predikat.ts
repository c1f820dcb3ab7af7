/** Predikat scale (Permendagri 86/2017 by default) and the efisiensi categories: spec section 3. */
import type { KategoriEfisiensi, Predikat, PredikatScale } from "../model";
import { formatNumber, roundHalfAway } from "../format/number";

export const DEFAULT_SCALE: PredikatScale = {
  name: "Permendagri 86/2017",
  bands: [
    { predikat: "Sangat Tinggi", min: 91 },
    { predikat: "Tinggi", min: 76 },
    { predikat: "Sedang", min: 66 },
    { predikat: "Rendah", min: 51 },
    { predikat: "Sangat Rendah", min: null },
  ],
};

/** The predikat of a capaian, decided on the value rounded to two decimals (the one the user sees). */
export function predikatOf(capaian: number | null, scale: PredikatScale = DEFAULT_SCALE): Predikat | null {
  if (capaian === null || !Number.isFinite(capaian)) return null;
  const shown = roundHalfAway(capaian, 2);
  for (const band of scale.bands) if (band.min === null || shown >= band.min) return band.predikat;
  return scale.bands[scale.bands.length - 1].predikat;
}

/** Efisiensi category on the efisiensi (percentage points) rounded to two decimals. */
export function kategoriEfisiensi(efisiensi: number | null): KategoriEfisiensi | null {
  if (efisiensi === null || !Number.isFinite(efisiensi)) return null;
  const shown = roundHalfAway(efisiensi, 2);
  if (shown > 5) return "Efisien";
  if (shown >= -5) return "Cukup Efisien";
  return "Tidak Efisien";
}

/** A readable description of the scale, printed with the report. */
export function describeScale(scale: PredikatScale = DEFAULT_SCALE): string[] {
  const lines: string[] = [];
  let upper: number | null = null;
  const pct = (x: number) => `${formatNumber(x)}%`;
  for (const band of scale.bands) {
    if (band.min === null)
      lines.push(upper === null ? `${band.predikat}: semua capaian` : `${band.predikat}: capaian < ${pct(upper)}`);
    else if (upper === null) lines.push(`${band.predikat}: capaian ≥ ${pct(band.min)}`);
    else lines.push(`${band.predikat}: ${pct(band.min)} ≤ capaian < ${pct(upper)}`);
    upper = band.min;
  }
  return lines;
}
