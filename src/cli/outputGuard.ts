/**
 * `computeOutputSchema` (schema.ts) without zod's per-call cost on 10.000 indicators: the same
 * checks, no looser, on the object as it is. True only when zod would accept the output AND give
 * back the same JSON: every object has exactly the schema's keys, in the schema's order (zod builds
 * its result in that order). Anything else goes through the schema itself, which stays the
 * authority (compute.ts); `test/cli/outputGuard.test.ts` holds the two together on real and
 * mutated outputs.
 */
import { FINDING_CODES } from "../core/validate/findings";

type Check = (v: unknown) => boolean;

const CODES: ReadonlySet<string> = new Set(FINDING_CODES);
const CELL = /^([A-Z]{1,3}[1-9][0-9]*)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const str: Check = (v) => typeof v === "string";
const nonEmpty: Check = (v) => typeof v === "string" && v.length > 0;
const finite: Check = (v) => typeof v === "number" && Number.isFinite(v);
const int: Check = (v) => Number.isSafeInteger(v);
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const target: Check = (v) => finite(v) || (Array.isArray(v) && v.length === 2 && finite(v[0]) && finite(v[1]));
const arrayOf =
  (check: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (const x of v) if (!check(x)) return false;
    return true;
  };

/** An object with exactly `shape`'s keys, in its order, each passing its check. */
function object(shape: Record<string, Check>): Check {
  const keys = Object.keys(shape);
  const checks = keys.map((k) => shape[k]);
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const have = Object.keys(v);
    if (have.length !== keys.length) return false;
    for (let k = 0; k < keys.length; k++) {
      if (have[k] !== keys[k]) return false;
      if (!checks[k]((v as Record<string, unknown>)[keys[k]])) return false;
    }
    return true;
  };
}

const finding = object({
  code: (v) => typeof v === "string" && CODES.has(v),
  severity: oneOf("error", "warning"),
  sheet: str,
  cell: (v) => typeof v === "string" && CELL.test(v),
  message: nonEmpty,
});

const identitas = object({
  instansi: orNull(str),
  pemerintahDaerah: orNull(str),
  tahun: orNull(int),
  namaKepala: orNull(str),
  nipKepala: orNull(str),
  jabatanKepala: orNull(str),
  periodeRenstra: orNull(str),
  pangkatKepala: orNull(str),
  tempat: orNull(str),
  tanggalLaporan: orNull((v) => typeof v === "string" && DATE.test(v)),
  judulLaporan: orNull(oneOf("LAKIP", "LKjIP", "Laporan Kinerja")),
  alamat: orNull(str),
  jabatanKepalaDaerah: orNull(str),
  namaKepalaDaerah: orNull(str),
});

const indikator = object({
  unit: str,
  sasaran: str,
  indikator: str,
  satuan: str,
  polaritas: oneOf("Naik", "Turun"),
  target,
  realisasi: finite,
  capaian: orNull(finite),
  predikat: orNull(nonEmpty),
  sheet: str,
  row: (v) => int(v) && (v as number) > 0,
  standarNasional: orNull(finite),
  riwayat: arrayOf(object({ tahun: int, target: orNull(target), realisasi: orNull(finite), capaian: orNull(finite) })),
  capaianRenstra: orNull(finite),
  akumulasi: oneOf("Jumlah", "Akhir", "Rata-rata"),
  triwulan: arrayOf(
    object({
      tw: oneOf(1, 2, 3, 4),
      target: orNull(target),
      realisasi: orNull(finite),
      targetSd: orNull(target),
      realisasiSd: orNull(finite),
      capaianSd: orNull(finite),
    }),
  ),
});

const output = object({
  findings: arrayOf(finding),
  identitas,
  indikator: arrayOf(indikator),
  pengaturan: object({
    rumusTurun: oneOf("(2T - R) / T", "T / R"),
    batasCapaian: orNull(finite),
    batasBawahCapaian: orNull(finite),
    skala: arrayOf(object({ predikat: nonEmpty, batasBawah: orNull(finite) }), 2),
  }),
  sasaran: arrayOf(
    object({
      sasaran: str,
      capaian: orNull(finite),
      predikat: orNull(nonEmpty),
      jumlahIndikator: (v) => int(v) && (v as number) >= 0,
    }),
  ),
  unit: arrayOf(object({ unit: str, capaian: orNull(finite), predikat: orNull(nonEmpty) })),
  organisasi: object({ capaian: orNull(finite), predikat: orNull(nonEmpty) }),
  anggaran: arrayOf(
    object({ program: str, sasaran: orNull(str), pagu: finite, realisasi: finite, serapan: orNull(finite) }),
  ),
  efisiensi: arrayOf(
    object({
      sasaran: str,
      capaian: orNull(finite),
      serapan: orNull(finite),
      efisiensi: orNull(finite),
      kategori: orNull(oneOf("Efisien", "Cukup Efisien", "Tidak Efisien")),
    }),
  ),
});

/** True when `o` passes `computeOutputSchema` and prints as zod's result would (see above). */
export function isComputeOutputFast(o: unknown): boolean {
  return output(o);
}
