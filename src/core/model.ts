/**
 * The typed results of the engine: what `lakip compute --json` prints (spec section 6),
 * plus the extra fields the report and the panes need (kept out of the CLI JSON).
 */

export type Severity = "error" | "warning";

export type FindingCode =
  | "MISSING_SHEET"
  | "MISSING_IDENTITY"
  | "MISSING_COLUMN"
  | "MISSING_VALUE"
  | "NOT_A_NUMBER"
  | "FORMULA_ERROR"
  | "INVALID_POLARITY"
  | "ZERO_TARGET"
  | "TEXT_NUMBER"
  | "PERCENT_OVER_100"
  | "NEGATIVE_VALUE"
  | "EXTREME_CAPAIAN"
  | "DUPLICATE_INDICATOR"
  | "BUDGET_OVER_PAGU"
  | "UNKNOWN_SASARAN"
  | "INVALID_SETTING"
  | "ZERO_REALISASI"
  | "DUPLICATE_COLUMN"
  | "MISSING_ANALYSIS"
  | "QUARTER_MISMATCH"
  | "MISSING_QUARTER"
  | "INVALID_ACCUMULATION";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address without `$`; "" for workbook-level findings and an absent Identitas label. */
  cell: string;
  /** One Bahasa Indonesia sentence that tells the user what to fix. */
  message: string;
}

export type Polaritas = "Naik" | "Turun";

/** The words of the default scale (Permendagri 86/2017). */
export type DefaultPredikat = "Sangat Tinggi" | "Tinggi" | "Sedang" | "Rendah" | "Sangat Rendah";

/** A predikat is a word of the scale in force: the default one or the agency's own (`Pengaturan`, spec 2.4). */
export type Predikat = string;

/** The titles `Judul Laporan` accepts (spec 2.1). */
export type JudulLaporan = "LAKIP" | "LKjIP" | "Laporan Kinerja";

export type KategoriEfisiensi = "Efisien" | "Cukup Efisien" | "Tidak Efisien";

/** A target is a number or a range [a, b] (a <= b). */
export type Target = number | [number, number];

export interface Identitas {
  instansi: string | null;
  pemerintahDaerah: string | null;
  tahun: number | null;
  namaKepala: string | null;
  nipKepala: string | null;
  jabatanKepala: string | null;
  periodeRenstra: string | null;
  pangkatKepala: string | null;
  tempat: string | null;
  /** `YYYY-MM-DD`, or null when absent or unparseable (then the report uses the day it is made). */
  tanggalLaporan: string | null;
  /** As written in canonical form; null when absent (the default title, LAKIP, applies). */
  judulLaporan: JudulLaporan | null;
  /** The agency's street address (cover, letterhead of the Perjanjian Kinerja). */
  alamat: string | null;
  /** The other party of the Kepala's Perjanjian Kinerja, e.g. Bupati Kotawaringin Barat. */
  jabatanKepalaDaerah: string | null;
  namaKepalaDaerah: string | null;
}

/** One earlier year of an indicator (spec 2.2): `Target YYYY` / `Realisasi YYYY`, `Realisasi Tahun Lalu`. */
export interface RiwayatTahun {
  tahun: number;
  target: Target | null;
  realisasi: number | null;
  /** By the same rules as this year's; null when target or realisasi is missing or it cannot be computed. */
  capaian: number | null;
}

/** The agency's own rules (`Pengaturan`, spec 2.4), or the defaults. */
export interface Pengaturan {
  rumusTurun: "(2T - R) / T" | "T / R";
  batasCapaian: number | null;
  /** `Batas Bawah Capaian`: a capaian below it is taken as it (usually 0); null: no floor. */
  batasBawahCapaian: number | null;
  /** The scale in force, highest first; the last batasBawah is null. */
  skala: { predikat: Predikat; batasBawah: number | null }[];
}

/** How an indicator's quarters make its year (spec 2.2). */
export type Akumulasi = "Jumlah" | "Akhir" | "Rata-rata";

/** One quarter of an indicator as the CLI prints it (spec section 6): the quarter's figures and s.d. that quarter. */
export interface TriwulanResult {
  tw: 1 | 2 | 3 | 4;
  target: Target | null;
  realisasi: number | null;
  targetSd: Target | null;
  realisasiSd: number | null;
  capaianSd: number | null;
}

/** The quarters of an indicator as read (index 0 = TW I; null where blank or absent). */
export interface KuartalDetail {
  target: (Target | null)[];
  realisasi: (number | null)[];
  rencanaAksi: (string | null)[];
  kendala: (string | null)[];
  /** A1 address of each Realisasi TW cell; "" where the sheet has no such column. */
  realisasiCells: string[];
  /** True when the annual Realisasi was blank and is the accumulation of the four quarters. */
  realisasiDariTriwulan: boolean;
}

/** One indicator row as the CLI prints it. */
export interface IndikatorResult {
  unit: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas;
  target: Target;
  realisasi: number;
  capaian: number | null;
  predikat: Predikat | null;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  standarNasional: number | null;
  /** Earlier years present, oldest first (`Realisasi Tahun Lalu` as year Tahun - 1); empty when none. */
  riwayat: RiwayatTahun[];
  /** Capaian against the Target Akhir Renstra (T = that target), by the same rules; null when absent or not computable. */
  capaianRenstra: number | null;
  /** How the quarters make the year: the Cara Akumulasi cell, or the default of the Satuan. */
  akumulasi: Akumulasi;
  /** The quarters 1-4 that hold a target or a realisasi; empty when none. */
  triwulan: TriwulanResult[];
}

/** The same row with what the report and panes need besides. */
export interface IndikatorDetail extends IndikatorResult {
  /** Target and realisasi as the user typed them, for display ("1.250", "85,5", "80 - 90"). */
  targetText: string;
  realisasiText: string;
  realisasiTahunLalu: number | null;
  targetAkhirRenstra: number | null;
  keterangan: string | null;
  faktorPendukung: string | null;
  faktorPenghambat: string | null;
  upayaPerbaikan: string | null;
  /** The capaian the formula gave, present only when `Batas Capaian` lowered it to `capaian` (the report notes it). */
  uncappedCapaian?: number;
  /** The capaian the formula gave, present only when `Batas Bawah Capaian` raised it to `capaian`. */
  unflooredCapaian?: number;
  /** The annual Realisasi was blank, read for a quarter's report (`realisasi` then means nothing, capaian null). */
  realisasiKosong?: true;
  /** The quarters as read; present only when the sheet has quarter columns. */
  kuartal?: KuartalDetail;
}

export interface SasaranResult {
  sasaran: string;
  capaian: number | null;
  predikat: Predikat | null;
  jumlahIndikator: number;
}

export interface UnitResult {
  unit: string;
  capaian: number | null;
  predikat: Predikat | null;
}

export interface OrganisasiResult {
  capaian: number | null;
  predikat: Predikat | null;
}

export interface AnggaranResult {
  program: string;
  sasaran: string | null;
  pagu: number;
  realisasi: number;
  serapan: number | null;
}

export interface EfisiensiResult {
  sasaran: string;
  capaian: number | null;
  serapan: number | null;
  efisiensi: number | null;
  kategori: KategoriEfisiensi | null;
}

/** Exactly the JSON of `lakip compute --json`. */
export interface ComputeOutput {
  findings: Finding[];
  identitas: Identitas;
  indikator: IndikatorResult[];
  pengaturan: Pengaturan;
  sasaran: SasaranResult[];
  unit: UnitResult[];
  organisasi: OrganisasiResult;
  anggaran: AnggaranResult[];
  efisiensi: EfisiensiResult[];
}

/** A program row with what the report needs besides. */
export interface AnggaranDetail extends AnggaranResult {
  sheet: string;
  row: number;
  /** Realisasi TW I..IV (index 0 = TW I; null where blank); present only when the sheet has those columns. */
  triwulan?: (number | null)[];
  /** A1 address of each Realisasi TW cell; "" where absent. */
  triwulanCells?: string[];
}

/** One row of sheet `Pejabat` (spec 2.5): who signs a unit's Perjanjian Kinerja. */
export interface PejabatRow {
  /** The unit as the workbook names it (its indicator sheet's name). */
  unit: string;
  jabatan: string | null;
  nama: string | null;
  nip: string | null;
  pangkat: string | null;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
}

/** Everything the engine knows about a workbook: the compute output with details. */
export interface Analysis extends Omit<ComputeOutput, "indikator" | "anggaran"> {
  indikator: IndikatorDetail[];
  anggaran: AnggaranDetail[];
  /** Unit names in sheet order. */
  units: string[];
  /** The predikat scale in force (printed with the report). */
  scale: PredikatScale;
  /** The workbook's custom properties as read (SOP records of steps 2-5 live there). */
  customProperties: Record<string, string>;
  /** Sheet `Pejabat` as read (spec 2.5); absent or empty when the workbook has none. */
  pejabat?: PejabatRow[];
}

export interface PredikatBand {
  predikat: Predikat;
  /** Inclusive lower bound; null for the lowest band. */
  min: number | null;
}

export interface PredikatScale {
  name: string;
  /** Highest band first. */
  bands: PredikatBand[];
}
