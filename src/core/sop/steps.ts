/**
 * The eight steps of the LAKIP SOP (spec section 1, SOP 300/674/Kesbang.II/2017): what happens,
 * who does it by default, the mutu baku (time standard) and the output, plus the steps each one
 * needs before it can be marked Selesai.
 *
 * Prerequisites: each step needs the one before it (a strict chain 1 -> 2 -> ... -> 8), because
 * every step's input in the SOP is the previous step's output (Disposisi -> Format -> Format
 * terkirim -> Draft data -> Hasil analisis -> Draft LAKIP -> LAKIP terkoreksi). Step 1 needs
 * nothing. Only finishing is guarded: a step may be started while an earlier one still runs.
 */

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const STEP_NUMBERS: readonly StepNumber[] = [1, 2, 3, 4, 5, 6, 7, 8];

export type MutuBakuUnit = "menit" | "jam" | "hari";

export interface MutuBaku {
  amount: number;
  /** "menit"/"jam" are clock time; "hari" are working days (see calendar.ts). */
  unit: MutuBakuUnit;
}

export interface Who {
  name: string;
  role: string;
}

export interface StepDefinition {
  number: StepNumber;
  kegiatan: string;
  /** The default pelaksana (role); the SOP's role marks were lost, so it can be reassigned. */
  pelaksana: string;
  input: string;
  waktu: MutuBaku;
  output: string;
  /** Where the add-in helps with the step. */
  alat: string;
  /** Steps that must be Selesai before this one can be marked Selesai (without an override). */
  prasyarat: readonly StepNumber[];
}

export const STEPS: readonly StepDefinition[] = [
  {
    number: 1,
    kegiatan: "Memerintahkan penyusunan LAKIP",
    pelaksana: "Kepala (Kadis/Kaban)",
    input: "Disposisi surat",
    waktu: { amount: 10, unit: "menit" },
    output: "Disposisi surat",
    alat: "Word: mulai pelacakan tahapan",
    prasyarat: [],
  },
  {
    number: 2,
    kegiatan: "Membuat format pengumpulan data dan informasi kinerja per bidang dan sekretariat",
    pelaksana: "Kasubag Program",
    input: "Format penyusunan LAKIP",
    waktu: { amount: 2, unit: "jam" },
    output: "Format (buku kerja)",
    alat: "Excel: Buat Format",
    prasyarat: [1],
  },
  {
    number: 3,
    kegiatan: "Menyampaikan format kepada masing-masing bidang dan sekretariat",
    pelaksana: "Kasubag Program",
    input: "Format",
    waktu: { amount: 1, unit: "jam" },
    output: "Format terkirim",
    alat: "Excel: satu berkas per unit",
    prasyarat: [2],
  },
  {
    number: 4,
    kegiatan: "Menghimpun format data dan informasi kinerja dari bidang dan sekretariat",
    pelaksana: "Staf",
    input: "Format terisi",
    waktu: { amount: 3, unit: "jam" },
    output: "Draft data",
    alat: "Excel: Himpun dan Validasi",
    prasyarat: [3],
  },
  {
    number: 5,
    kegiatan: "Menganalisis dan mengevaluasi data dan informasi kinerja",
    pelaksana: "Kasubag Program",
    input: "Data terhimpun",
    waktu: { amount: 4, unit: "hari" },
    output: "Hasil analisis",
    alat: "Excel: capaian, rekap, grafik",
    prasyarat: [4],
  },
  {
    number: 6,
    kegiatan: "Membuat dokumen LAKIP",
    pelaksana: "Kasubag Program",
    input: "Hasil analisis, realisasi keuangan",
    waktu: { amount: 2, unit: "hari" },
    output: "Draft LAKIP",
    alat: "Word: isi templat",
    prasyarat: [5],
  },
  {
    number: 7,
    kegiatan: "Mengoreksi dokumen LAKIP",
    pelaksana: "Sekretaris",
    input: "Draft LAKIP",
    waktu: { amount: 1, unit: "hari" },
    output: "LAKIP terkoreksi",
    alat: "Word: koreksi dengan lacak perubahan",
    prasyarat: [6],
  },
  {
    number: 8,
    kegiatan: "Menyampaikan dokumen LAKIP kepada Kepala untuk persetujuan",
    pelaksana: "Kasubag Program",
    input: "LAKIP terkoreksi",
    waktu: { amount: 1, unit: "jam" },
    output: "LAKIP untuk disetujui",
    alat: "Word: pemeriksaan akhir dan persetujuan",
    prasyarat: [7],
  },
];

export function stepDefinition(n: StepNumber): StepDefinition {
  return STEPS[n - 1];
}

export function isStepNumber(n: unknown): n is StepNumber {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 8;
}

/** "2 jam", "10 menit", "4 hari kerja". */
export function formatMutuBaku(m: MutuBaku): string {
  return m.unit === "hari" ? `${m.amount} hari kerja` : `${m.amount} ${m.unit}`;
}
