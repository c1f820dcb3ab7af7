/**
 * Builds the bundled example workbooks (examples/*.xlsx) and, on request, any named fixture.
 *
 *   npm run build:node && node build/node/scripts/make-examples.js            # writes examples/
 *   node build/node/scripts/make-examples.js --out DIR                         # writes them to DIR
 *   node build/node/scripts/make-examples.js --fixture berantakan --out F.xlsx # one fixture
 *   node build/node/scripts/make-examples.js --list                            # fixture names
 *
 * The builders are exported for tests, which make their fixtures by code.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  buildFormatLayout,
  DEFAULT_UNITS,
  planUnitSheets,
  indicatorHeaders,
  INDICATOR_HEADERS,
  ANGGARAN_HEADERS,
} from "../src/core/layout/formatLayout";
import { yearColumnHeader } from "../src/core/read/yearColumns";
import { quarterIndicatorHeaders } from "../src/core/layout/quarterLayout";
import { exampleAnggaranQuarters, exampleQuarters } from "./exampleQuarters";
import { buildFormatWorkbook } from "../src/hosts/files/writeFormat";
import { writeWorkbookGrid, type WriteCell, type WriteSheet } from "../src/hosts/files/writeGrid";

export interface IndicatorSpec {
  /** Omitted: continues the sasaran above (blank cell, as users fill it). */
  sasaran?: string;
  indikator: string;
  satuan: string;
  polaritas: string;
  target: number | string;
  realisasi: number | string;
  /** Number format of the target/realisasi cells (e.g. "0.00%": the value is then a fraction). */
  fmt?: string;
  lalu?: number;
  renstra?: number;
  keterangan?: string;
  pendukung?: string;
  penghambat?: string;
  upaya?: string;
}

export interface ProgramSpec {
  program: string;
  sasaran: string;
  pagu: number;
  realisasi: number;
}

export const KESBANGPOL_IDENTITAS: [string, string | number][] = [
  ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
  ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
  ["Tahun", 2025],
  ["Nama Kepala", "Drs. Hendra Saputra, M.Si"],
  ["NIP Kepala", "19710512 199703 1 004"],
  ["Jabatan Kepala", "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat"],
  ["Periode Renstra", "2021-2026"],
  ["Pangkat/Golongan Kepala", "Pembina Utama Muda (IV/c)"],
  ["Tempat", "Pangkalan Bun"],
  ["Tanggal Laporan", "15 Januari 2026"],
  ["Judul Laporan", "LAKIP"],
];

/** The reporting year of the Kesbangpol example, and how many earlier years its format holds (2022-2024). */
export const KESBANGPOL_TAHUN = 2025;
export const KESBANGPOL_EARLIER_YEARS = 3;

/**
 * Earlier years of some Kesbangpol indicators (by indikator): [target, realisasi] per year; for
 * 2024 only the target, its realisasi being the Realisasi Tahun Lalu column (spec 2.2).
 */
export const KESBANGPOL_RIWAYAT: Record<string, { [year: number]: [number | string, number] | number }> = {
  "Nilai evaluasi SAKIP perangkat daerah": { 2022: [65, 62.1], 2023: [67, 65.8], 2024: 68 },
  "Indeks Demokrasi Indonesia (IDI) kabupaten": { 2022: [76, 75.12], 2023: [77, 76.3], 2024: 77.5 },
  "Persentase ormas terdaftar yang aktif melaporkan keberadaannya": { 2023: [65, 60.4], 2024: 70 },
  "Jumlah kegiatan pemasyarakatan wawasan kebangsaan": { 2023: [9, 10], 2024: 10 },
  "Jumlah konflik sosial": { 2022: [2, 3], 2023: [1, 2], 2024: 1 },
  "Jumlah gangguan keamanan dan ketertiban yang berpotensi konflik": { 2022: [8, 9], 2023: [7, 7], 2024: 6 },
};

/** Standar Nasional of the indicators that have one (by indikator). */
export const KESBANGPOL_STANDAR_NASIONAL: Record<string, number> = {
  // IDI nasional 2023 (BPS)
  "Indeks Demokrasi Indonesia (IDI) kabupaten": 79.51,
  // Permendagri 36/2018: every party that received bantuan keuangan reports on it
  "Persentase partai politik yang menyampaikan laporan pertanggungjawaban bantuan keuangan tepat waktu": 100,
};

const S1 = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan administrasi perangkat daerah";
const S2 = "Meningkatnya pemahaman ideologi Pancasila dan wawasan kebangsaan masyarakat";
const S3 = "Meningkatnya partisipasi politik dan kualitas demokrasi di daerah";
const S4 = "Meningkatnya peran organisasi kemasyarakatan dan ketahanan sosial budaya masyarakat";
const S5 = "Terwujudnya kondisi daerah yang aman, tenteram dan kondusif";

/** Unit (full name) -> its indicators, Tahun 2025. */
export const KESBANGPOL_INDICATORS: Record<string, IndicatorSpec[]> = {
  Sekretariat: [
    {
      sasaran: S1,
      indikator: "Nilai evaluasi SAKIP perangkat daerah",
      satuan: "nilai",
      polaritas: "Naik",
      target: 70,
      realisasi: 71.25,
      lalu: 68.5,
      renstra: 75,
      keterangan: "Nilai SAKIP naik dari 68,50 menjadi 71,25 (predikat BB) berdasarkan hasil evaluasi Inspektorat.",
      pendukung: "Perjanjian kinerja dan rencana aksi telah disusun berjenjang sampai pejabat pengawas.",
      penghambat: "Pengukuran kinerja triwulanan belum seluruhnya dilakukan tepat waktu.",
      upaya: "Menetapkan jadwal pengukuran kinerja triwulanan dan memantaunya dalam rapat staf.",
    },
    {
      indikator: "Persentase realisasi anggaran",
      satuan: "%",
      polaritas: "Naik",
      target: 0.95,
      realisasi: 0.9612,
      fmt: "0.00%",
      lalu: 93.4,
      renstra: 97,
      keterangan: "Realisasi anggaran mencapai 96,12% dari pagu setelah perubahan APBD.",
      pendukung: "Rencana penarikan dana disusun per bulan dan dievaluasi setiap triwulan.",
      penghambat: "Sebagian kegiatan bergeser ke akhir tahun karena menunggu perubahan anggaran.",
      upaya: "Menyusun jadwal pelaksanaan kegiatan sejak awal tahun anggaran.",
    },
    {
      indikator: "Persentase dokumen perencanaan dan pelaporan yang disampaikan tepat waktu",
      satuan: "%",
      polaritas: "Naik",
      target: 100,
      realisasi: 100,
      lalu: 90,
      renstra: 100,
      keterangan: "Renja, RKA, LKjIP dan laporan keuangan disampaikan sesuai jadwal.",
      pendukung: "Tim penyusun dokumen ditetapkan dengan surat keputusan Kepala Badan.",
      upaya: "Mempertahankan jadwal penyusunan dokumen yang sudah berjalan baik.",
    },
    {
      indikator: "Jumlah laporan keuangan yang disusun tepat waktu",
      satuan: "laporan",
      polaritas: "Naik",
      target: 12,
      realisasi: 12,
      lalu: 12,
      renstra: 12,
      keterangan: "Laporan keuangan bulanan disusun dan disampaikan ke BPKAD setiap bulan.",
    },
  ],
  "Bidang Ideologi dan Wawasan Kebangsaan": [
    {
      sasaran: S2,
      indikator: "Persentase peserta pembinaan ideologi Pancasila yang meningkat pemahamannya",
      satuan: "%",
      polaritas: "Naik",
      target: "80 - 90",
      realisasi: 86.4,
      lalu: 78.2,
      renstra: 90,
      keterangan: "Hasil pre-test dan post-test menunjukkan 86,4% peserta meningkat pemahamannya.",
      pendukung: "Narasumber dari perguruan tinggi dan tokoh masyarakat setempat.",
      penghambat: "Sebagian peserta dari desa terpencil tidak dapat hadir penuh.",
      upaya: "Menyelenggarakan pembinaan langsung di kecamatan pada tahun berikutnya.",
    },
    {
      indikator: "Jumlah kegiatan pemasyarakatan wawasan kebangsaan",
      satuan: "kegiatan",
      polaritas: "Naik",
      target: 12,
      realisasi: 14,
      lalu: 11,
      renstra: 15,
      keterangan: "Dua kegiatan tambahan dilaksanakan bersama sekolah menengah atas.",
      pendukung: "Dukungan dinas pendidikan dan kepala sekolah.",
    },
    {
      indikator: "Jumlah kader bela negara yang dibina",
      satuan: "orang",
      polaritas: "Naik",
      target: 150,
      realisasi: 142,
      lalu: 120,
      renstra: 200,
      keterangan: "Sebanyak 142 kader mengikuti pembinaan dari 150 orang yang direncanakan.",
      penghambat: "Delapan calon kader berhalangan karena bertugas di luar daerah.",
      upaya: "Menyiapkan daftar cadangan peserta pada setiap angkatan.",
    },
  ],
  "Bidang Politik Dalam Negeri": [
    {
      sasaran: S3,
      indikator: "Indeks Demokrasi Indonesia (IDI) kabupaten",
      satuan: "indeks",
      polaritas: "Naik",
      target: 78,
      realisasi: 79.32,
      lalu: 77.45,
      renstra: 80,
      keterangan: "IDI naik terutama pada aspek kebebasan dan lembaga demokrasi.",
      pendukung: "Koordinasi yang baik dengan KPU, Bawaslu dan partai politik.",
      upaya: "Memperkuat forum komunikasi dengan lembaga demokrasi di daerah.",
    },
    {
      indikator: "Persentase partai politik yang menyampaikan laporan pertanggungjawaban bantuan keuangan tepat waktu",
      satuan: "%",
      polaritas: "Naik",
      target: 100,
      realisasi: 88.89,
      lalu: 77.78,
      renstra: 100,
      keterangan: "Delapan dari sembilan partai politik menyampaikan laporan tepat waktu.",
      pendukung: "Bimbingan teknis penyusunan laporan bagi bendahara partai politik.",
      penghambat: "Pergantian pengurus pada satu partai politik menunda penyusunan laporan.",
      upaya: "Pendampingan khusus bagi partai yang mengalami pergantian pengurus.",
    },
    {
      indikator: "Jumlah kegiatan pendidikan politik bagi pemilih pemula",
      satuan: "kegiatan",
      polaritas: "Naik",
      target: 6,
      realisasi: 6,
      lalu: 5,
      renstra: 8,
      keterangan: "Pendidikan politik dilaksanakan di enam SMA/SMK sederajat.",
    },
  ],
  "Bidang Ketahanan Ekonomi, Sosial dan Budaya": [
    {
      sasaran: S4,
      indikator: "Persentase ormas terdaftar yang aktif melaporkan keberadaannya",
      satuan: "%",
      polaritas: "Naik",
      target: 75,
      realisasi: 71.6,
      lalu: 65.3,
      renstra: 85,
      keterangan: "Dari 176 ormas terdaftar, 126 ormas menyampaikan laporan keberadaan.",
      pendukung: "Sosialisasi kewajiban pelaporan melalui forum komunikasi ormas.",
      penghambat: "Banyak ormas tidak aktif dan alamat sekretariatnya tidak diketahui.",
      upaya: "Pemutakhiran data ormas bersama camat dan lurah/kepala desa.",
    },
    {
      indikator: "Jumlah fasilitasi Forum Pembauran Kebangsaan (FPK)",
      satuan: "kegiatan",
      polaritas: "Naik",
      target: 4,
      realisasi: 4,
      lalu: 4,
      renstra: 4,
      keterangan: "Fasilitasi FPK dilaksanakan setiap triwulan.",
    },
    {
      indikator: "Persentase masalah sosial kemasyarakatan yang difasilitasi penyelesaiannya",
      satuan: "%",
      polaritas: "Naik",
      target: 85,
      realisasi: 90,
      lalu: 82.5,
      renstra: 90,
      keterangan: "Sembilan dari sepuluh masalah sosial yang dilaporkan difasilitasi sampai selesai.",
      pendukung: "Peran aktif tokoh agama dan tokoh adat dalam mediasi.",
    },
  ],
  "Bidang Kewaspadaan Nasional dan Penanganan Konflik": [
    {
      sasaran: S5,
      indikator: "Jumlah konflik sosial",
      satuan: "kasus",
      polaritas: "Turun",
      target: 0,
      realisasi: 0,
      lalu: 1,
      renstra: 0,
      keterangan: "Tidak terjadi konflik sosial selama tahun 2025.",
      pendukung: "Deteksi dini oleh Komunitas Intelijen Daerah dan forum kewaspadaan dini masyarakat.",
      upaya: "Mempertahankan pemantauan wilayah rawan konflik bersama TNI dan Polri.",
    },
    {
      indikator: "Jumlah gangguan keamanan dan ketertiban yang berpotensi konflik",
      satuan: "kasus",
      polaritas: "Turun",
      target: 5,
      realisasi: 3,
      lalu: 6,
      renstra: 3,
      keterangan: "Tiga kasus sengketa lahan berhasil dimediasi sebelum meluas.",
      pendukung: "Respons cepat tim terpadu penanganan konflik sosial.",
      penghambat: "Sengketa lahan perkebunan masih berulang di dua kecamatan.",
      upaya: "Mendorong penyelesaian batas lahan bersama dinas pertanahan.",
    },
    {
      indikator: "Persentase rekomendasi hasil deteksi dini yang ditindaklanjuti",
      satuan: "%",
      polaritas: "Naik",
      target: 90,
      realisasi: 0.933,
      fmt: "0.0%",
      lalu: 88,
      renstra: 95,
      keterangan: "Empat belas dari lima belas rekomendasi ditindaklanjuti perangkat daerah terkait.",
    },
    {
      indikator: "Waktu rata-rata penanganan laporan potensi konflik",
      satuan: "hari",
      polaritas: "Turun",
      target: "2 - 3",
      realisasi: 3.5,
      lalu: 4,
      renstra: 2,
      keterangan: "Rata-rata penanganan 3,5 hari, masih di atas target 2 sampai 3 hari.",
      penghambat: "Jarak tempuh ke desa di wilayah utara yang jauh.",
      upaya: "Membentuk tim reaksi cepat di tingkat kecamatan.",
    },
    {
      indikator: "Jumlah rapat koordinasi Komunitas Intelijen Daerah (Kominda)",
      satuan: "kali",
      polaritas: "Naik",
      target: 12,
      realisasi: 12,
      lalu: 12,
      renstra: 12,
      keterangan: "Rapat Kominda dilaksanakan setiap bulan.",
    },
  ],
};

export const KESBANGPOL_PROGRAMS: ProgramSpec[] = [
  {
    program: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    sasaran: S1,
    pagu: 3_215_480_000,
    realisasi: 3_087_112_350,
  },
  {
    program: "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
    sasaran: S2,
    pagu: 412_500_000,
    realisasi: 398_240_000,
  },
  {
    program:
      "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
    sasaran: S3,
    pagu: 868_343_000,
    realisasi: 797_286_500,
  },
  {
    program: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
    sasaran: S4,
    pagu: 289_750_000,
    realisasi: 276_100_000,
  },
  {
    program: "Program Pembinaan dan Pengembangan Ketahanan Ekonomi, Sosial, dan Budaya",
    sasaran: S4,
    pagu: 245_000_000,
    realisasi: 231_600_000,
  },
  {
    program:
      "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
    sasaran: S5,
    pagu: 634_200_000,
    realisasi: 612_955_000,
  },
];

function setValue(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: string | number | undefined,
  numFmt?: string,
): void {
  if (value === undefined) return;
  const cell = ws.getCell(row + 1, col + 1);
  cell.value = value;
  if (numFmt && typeof value === "number") cell.numFmt = numFmt;
}

/** examples/kesbangpol-2025.xlsx: the format filled in by the five units of Kesbangpol Kotawaringin Barat. */
export async function buildKesbangpolWorkbook(): Promise<Uint8Array> {
  return new Uint8Array(await (await kesbangpolExcelWorkbook()).xlsx.writeBuffer());
}

/** The filled Kesbangpol workbook as ExcelJS, for the examples built on it. */
async function kesbangpolExcelWorkbook(): Promise<ExcelJS.Workbook> {
  const layout = buildFormatLayout(DEFAULT_UNITS, { tahun: KESBANGPOL_TAHUN, earlierYears: KESBANGPOL_EARLIER_YEARS });
  const workbook = buildFormatWorkbook(layout);
  const identitas = workbook.getWorksheet("Identitas");
  if (!identitas) throw new Error("format tanpa sheet Identitas");
  identitas.eachRow((row) => {
    const label = String(row.getCell(1).value ?? "");
    const entry = KESBANGPOL_IDENTITAS.find(([l]) => l === label);
    if (entry) row.getCell(2).value = entry[1];
  });
  const headers = [...indicatorHeaders(KESBANGPOL_TAHUN, KESBANGPOL_EARLIER_YEARS), ...quarterIndicatorHeaders()];
  const col = (h: string) => headers.indexOf(h);
  for (const { unit, sheetName } of planUnitSheets(DEFAULT_UNITS)) {
    const ws = workbook.getWorksheet(sheetName);
    const sheet = layout.sheets.find((s) => s.name === sheetName);
    if (!ws || !sheet || sheet.headerRow === undefined) throw new Error(`sheet ${sheetName} tidak ada`);
    KESBANGPOL_INDICATORS[unit].forEach((ind, i) => {
      const r = sheet.headerRow! + 1 + i;
      setValue(ws, r, col("No"), i + 1);
      setValue(ws, r, col("Sasaran Strategis"), ind.sasaran);
      setValue(ws, r, col("Indikator Kinerja"), ind.indikator);
      setValue(ws, r, col("Satuan"), ind.satuan);
      setValue(ws, r, col("Polaritas"), ind.polaritas);
      setValue(
        ws,
        r,
        col("Target"),
        ind.target,
        ind.fmt && typeof ind.target === "number" && ind.target <= 1.5 ? ind.fmt : undefined,
      );
      setValue(ws, r, col("Realisasi"), ind.realisasi, ind.fmt);
      setValue(ws, r, col("Realisasi Tahun Lalu"), ind.lalu);
      setValue(ws, r, col("Target Akhir Renstra"), ind.renstra);
      setValue(ws, r, col("Keterangan"), ind.keterangan);
      setValue(ws, r, col("Faktor Pendukung"), ind.pendukung);
      setValue(ws, r, col("Faktor Penghambat"), ind.penghambat);
      setValue(ws, r, col("Upaya Perbaikan"), ind.upaya);
      setValue(ws, r, col("Standar Nasional"), KESBANGPOL_STANDAR_NASIONAL[ind.indikator]);
      // The year's four quarters, consistent with the annual figures (scripts/exampleQuarters.ts)
      const shown = (v: number | string) => (typeof v === "number" && ind.fmt?.includes("%") && v <= 1.5 ? v * 100 : v);
      const q = exampleQuarters(
        ind.indikator,
        ind.satuan,
        ind.polaritas,
        shown(ind.target),
        Number(shown(ind.realisasi)),
      );
      setValue(ws, r, col("Cara Akumulasi"), q.akumulasi);
      ["I", "II", "III", "IV"].forEach((tw, k) => {
        setValue(ws, r, col(`Target TW ${tw}`), q.target[k]);
        setValue(ws, r, col(`Realisasi TW ${tw}`), q.realisasi[k]);
        setValue(ws, r, col(`Rencana Aksi TW ${tw}`), q.rencanaAksi[k]);
        setValue(ws, r, col(`Kendala TW ${tw}`), q.kendala[k]);
      });
      for (const [year, value] of Object.entries(KESBANGPOL_RIWAYAT[ind.indikator] ?? {})) {
        const [target, realisasi] = typeof value === "number" ? [value, undefined] : value;
        setValue(ws, r, col(yearColumnHeader("target", Number(year))), target);
        setValue(ws, r, col(yearColumnHeader("realisasi", Number(year))), realisasi);
      }
      for (let c = 0; c < headers.length; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.alignment = {
          vertical: "top",
          wrapText: c >= col("Sasaran Strategis") && c <= col("Indikator Kinerja") ? true : c >= col("Keterangan"),
        };
        cell.border = {
          top: { style: "thin" },
          left: { style: "thin" },
          bottom: { style: "thin" },
          right: { style: "thin" },
        };
      }
    });
  }
  const anggaran = workbook.getWorksheet("Anggaran");
  const anggaranLayout = layout.sheets.find((s) => s.kind === "anggaran");
  if (!anggaran || anggaranLayout?.headerRow === undefined) throw new Error("format tanpa sheet Anggaran");
  const acol = (h: (typeof ANGGARAN_HEADERS)[number]) => ANGGARAN_HEADERS.indexOf(h);
  KESBANGPOL_PROGRAMS.forEach((p, i) => {
    const r = anggaranLayout.headerRow! + 1 + i;
    setValue(anggaran, r, acol("Program/Kegiatan"), p.program);
    setValue(anggaran, r, acol("Sasaran Strategis"), p.sasaran);
    setValue(anggaran, r, acol("Pagu"), p.pagu, "#,##0");
    setValue(anggaran, r, acol("Realisasi"), p.realisasi, "#,##0");
    exampleAnggaranQuarters(p.realisasi).forEach((v, k) =>
      setValue(anggaran, r, ANGGARAN_HEADERS.length + k, v, "#,##0"),
    );
    anggaran.getCell(r + 1, acol("Program/Kegiatan") + 1).alignment = { wrapText: true, vertical: "top" };
    anggaran.getCell(r + 1, acol("Sasaran Strategis") + 1).alignment = { wrapText: true, vertical: "top" };
  });
  return workbook;
}

/**
 * The agency's own rules of examples/kesbangpol-2025-aturan-sendiri.xlsx (spec 2.4): the T / R
 * formula, a bound of 120 and a six-band scale with its own words, as Pemda reports print them.
 */
export const ATURAN_SENDIRI = {
  rumusTurun: "T / R",
  batasCapaian: 120,
  skala: [
    ["Sangat Memuaskan", 85],
    ["Memuaskan", 75],
    ["Baik", 65],
    ["Cukup", 50],
    ["Kurang", 30],
    ["Sangat Kurang", null],
  ] as [string, number | null][],
};

/** examples/kesbangpol-2025-aturan-sendiri.xlsx: the same data under the agency's own Pengaturan. */
export async function buildAturanSendiriWorkbook(): Promise<Uint8Array> {
  const workbook = await kesbangpolExcelWorkbook();
  const ws = workbook.getWorksheet("Pengaturan");
  if (!ws) throw new Error("format tanpa sheet Pengaturan");
  let scaleHeader = -1;
  ws.eachRow((row, n) => {
    const label = String(row.getCell(1).value ?? "");
    if (label === "Rumus Polaritas Turun") row.getCell(2).value = ATURAN_SENDIRI.rumusTurun;
    else if (label === "Batas Capaian") row.getCell(2).value = ATURAN_SENDIRI.batasCapaian;
    else if (label === "Predikat") scaleHeader = n;
  });
  if (scaleHeader < 0) throw new Error("sheet Pengaturan tanpa skala predikat");
  ATURAN_SENDIRI.skala.forEach(([name, bound], i) => {
    const row = ws.getRow(scaleHeader + 1 + i);
    row.getCell(1).value = name;
    row.getCell(2).value = bound;
    row.getCell(3).value = null; // the default scale's notes do not describe this one
    row.getCell(1).style = ws.getRow(scaleHeader + 1).getCell(1).style;
    row.getCell(2).style = ws.getRow(scaleHeader + 1).getCell(2).style;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER_ROW: WriteCell[] = [...INDICATOR_HEADERS];

/**
 * examples/contoh-berantakan.xlsx: a messy workbook, the way files come back from the units.
 * It raises every finding code except MISSING_SHEET (its Pengaturan sheet gives INVALID_SETTING and,
 * through T / R, ZERO_REALISASI; a column pasted twice gives DUPLICATE_COLUMN). MISSING_SHEET cannot
 * stand beside the others (an absent Identitas sheet hides MISSING_IDENTITY; no indicator sheet hides
 * the row findings): see buildTanpaIdentitasWorkbook for that one.
 */
export function berantakanSheets(): WriteSheet[] {
  const identitas: WriteSheet = {
    name: "identitas ", // lower case and a trailing space: still the Identitas sheet
    rows: [
      ["IDENTITAS"],
      ["Instansi:", "Badan Kesatuan Bangsa dan Politik"],
      // "Pemerintah Daerah" is missing altogether (MISSING_IDENTITY, cell "")
      ["Tahun", "2O25"], // letter O instead of zero (MISSING_IDENTITY)
      ["Nama  Kepala", "Drs. Hendra Saputra, M.Si"],
    ],
    widths: [22, 40],
  };
  const sekretariat: WriteSheet = {
    name: "Sekretariat",
    rows: [
      ["FORMAT PENGUMPULAN DATA KINERJA TAHUN 2025"],
      ["Unit: Sekretariat"],
      [],
      [
        "No",
        "Sasaran",
        "Indikator\nKinerja",
        "Satuan",
        "Polaritas",
        "Target",
        "Realisasi",
        "Realisasi Tahun Lalu",
        "Keterangan",
      ],
      [
        1,
        "Meningkatnya akuntabilitas kinerja",
        "Nilai SAKIP",
        "nilai",
        "naik",
        70,
        71.25,
        68.5,
        "Naik dari tahun lalu",
      ],
      // merged sasaran continues; realisasi typed as text with a comma (TEXT_NUMBER)
      [2, null, "Persentase realisasi anggaran", "%", "Positif", "95", "96,12%", "93,4"],
      // percent over 100 (PERCENT_OVER_100)
      [3, null, "Persentase dokumen tepat waktu", "%", "Naik", 100, 112],
      // same indikator again under the same sasaran (DUPLICATE_INDICATOR)
      [4, null, "Nilai SAKIP", "nilai", "Naik", 70, 70],
      // Satuan blank (MISSING_VALUE)
      [5, null, "Jumlah laporan keuangan", null, "Naik", 12, 12],
      // text that is no number (NOT_A_NUMBER)
      [6, null, "Jumlah rapat staf", "kali", "Naik", 12, "belum ada data"],
      // a formula whose cached value is an error (FORMULA_ERROR)
      [
        7,
        null,
        "Rasio pegawai terlatih",
        "%",
        "Naik",
        80,
        { t: "formula", formula: "G20/G21", result: { error: "#DIV/0!" } },
      ],
      // pre-numbered blank rows, skipped
      [8],
      [9],
    ],
    merges: [{ top: 4, left: 1, bottom: 10, right: 1 }],
  };
  const kewaspadaan: WriteSheet = {
    name: "Bidang Kewaspadaan",
    rows: [
      // a column pasted twice (DUPLICATE_COLUMN at the second header, J1)
      [...HEADER_ROW.slice(0, 8), "Realisasi  tahun lalu"],
      [1, "Terwujudnya kondisi daerah yang kondusif", "Jumlah konflik sosial", "kasus", "Turun", 0, 0], // ZERO_TARGET warning
      [2, null, "Jumlah kejadian menonjol", "kasus", "Naik", 0, 2], // ZERO_TARGET error (Naik, target 0)
      [3, null, "Pertumbuhan ormas aktif", "%", "Naik", 2, -1.41], // NEGATIVE_VALUE and EXTREME_CAPAIAN (-70,5%)
      [4, null, "Jumlah rapat Kominda", "kali", "Naik", 5, 50], // EXTREME_CAPAIAN (1000%): unit mix-up
      [5, null, "Jumlah patroli wilayah rawan", "kali", "Meningkat", 12, 12], // INVALID_POLARITY
      [6, null, "Jumlah deteksi dini", "laporan", "Naik", "1.250", "1.300 laporan"], // TEXT_NUMBER (thousands, satuan word)
      [7, null, "Tanggal laporan terakhir", "tanggal", "Naik", 1, { t: "d", v: "2025-12-31" }], // NOT_A_NUMBER (a date)
      [8, null, "Waktu penanganan laporan", "hari", "Turun", "2 - 3", 3.5], // a range target
      [9, null, "Indikator tanpa realisasi", "%", "Naik", 90, null], // MISSING_VALUE (Realisasi)
      [10, null, "Jumlah aksi unjuk rasa anarkis", "kasus", "Turun", 2, 0, 1, 3], // ZERO_REALISASI under T / R
    ],
  };
  const poldagri: WriteSheet = {
    name: "Bidang Poldagri",
    rows: [
      // "Realisai" typo: the Realisasi header is missing (MISSING_COLUMN)
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisai"],
      [1, "Meningkatnya partisipasi politik", "Indeks Demokrasi Indonesia", "indeks", "Naik", 78, 79.32],
    ],
  };
  const catatan: WriteSheet = {
    name: "Catatan",
    rows: [["Catatan rapat: data Bidang Ideologi menyusul."], ["Sheet ini bukan sheet indikator dan diabaikan."]],
  };
  const anggaran: WriteSheet = {
    name: "Anggaran",
    rows: [
      ["Program / Kegiatan", "Sasaran", "Pagu Anggaran", "Realisasi Anggaran"],
      [
        "Program Penunjang Urusan Pemerintahan Daerah",
        "Meningkatnya akuntabilitas kinerja",
        { t: "n", v: 3_215_480_000, f: "#,##0" },
        { t: "n", v: 3_300_000_000, f: "#,##0" },
      ], // BUDGET_OVER_PAGU
      ["Program Penguatan Ideologi Pancasila", "Meningkatnya pemahaman ideologi Pancasila", 412_500_000, 398_240_000], // UNKNOWN_SASARAN
      ["Kegiatan koreksi pembukuan", "Terwujudnya kondisi daerah yang kondusif", 10_000_000, -2_500_000], // NEGATIVE_VALUE
      ["Program Kewaspadaan Nasional", "Terwujudnya kondisi daerah yang kondusif", "Rp 634.200.000", 612_955_000], // TEXT_NUMBER
    ],
  };
  // The agency's own rules, half of them unusable (INVALID_SETTING): T / R holds, the bound and the scale do not.
  const pengaturan: WriteSheet = {
    name: "Pengaturan",
    rows: [
      ["Rumus Polaritas Turun", "T / R"],
      ["Batas Capaian", "tidak ada"],
      [],
      ["Predikat", "Batas Bawah"],
      ["Baik", 80],
      ["Sangat Baik", 85],
      ["Kurang", null],
    ],
    widths: [24, 16],
  };
  return [identitas, sekretariat, kewaspadaan, poldagri, catatan, anggaran, pengaturan];
}

export async function buildBerantakanWorkbook(): Promise<Uint8Array> {
  return writeWorkbookGrid({ sheets: berantakanSheets() });
}

/** examples/contoh-tanpa-identitas.xlsx: the Identitas sheet was renamed, so it is missing (MISSING_SHEET, exit 1). */
export async function buildTanpaIdentitasWorkbook(): Promise<Uint8Array> {
  return writeWorkbookGrid({
    sheets: [
      {
        name: "Data Instansi",
        rows: [
          ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
          ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
          ["Tahun", 2025],
        ],
      },
      {
        name: "Sekretariat",
        rows: [[...HEADER_ROW], [1, S1, "Nilai evaluasi SAKIP perangkat daerah", "nilai", "Naik", 70, 71.25]],
      },
    ],
  });
}

export const FIXTURES: Record<string, { file: string; build: () => Promise<Uint8Array>; example: boolean }> = {
  kesbangpol: { file: "kesbangpol-2025.xlsx", build: buildKesbangpolWorkbook, example: true },
  "aturan-sendiri": { file: "kesbangpol-2025-aturan-sendiri.xlsx", build: buildAturanSendiriWorkbook, example: true },
  berantakan: { file: "contoh-berantakan.xlsx", build: buildBerantakanWorkbook, example: true },
  "tanpa-identitas": { file: "contoh-tanpa-identitas.xlsx", build: buildTanpaIdentitasWorkbook, example: true },
  format: {
    file: "format-kosong.xlsx",
    build: async () => (await import("../src/hosts/files/writeFormat")).writeFormatXlsx(),
    example: false,
  },
};

async function cli(argv: string[]): Promise<number> {
  let out: string | undefined;
  let fixture: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = argv[++i];
    else if (argv[i] === "--fixture") fixture = argv[++i];
    else if (argv[i] === "--list") {
      for (const [name, f] of Object.entries(FIXTURES)) process.stdout.write(`${name}\t${f.file}\n`);
      return 0;
    } else {
      process.stderr.write(`make-examples: argumen tidak dikenal "${argv[i]}"\n`);
      return 2;
    }
  }
  if (fixture !== undefined) {
    const f = FIXTURES[fixture];
    if (!f || !out) {
      process.stderr.write(
        `make-examples: --fixture NAMA --out BERKAS.xlsx; nama: ${Object.keys(FIXTURES).join(", ")}\n`,
      );
      return 2;
    }
    await fs.writeFile(out, await f.build());
    process.stdout.write(`${out}\n`);
    return 0;
  }
  const dir = out ?? path.join(__dirname, "..", "..", "..", "examples");
  await fs.mkdir(dir, { recursive: true });
  for (const f of Object.values(FIXTURES)) {
    if (!f.example) continue;
    const file = path.join(dir, f.file);
    await fs.writeFile(file, await f.build());
    process.stdout.write(`${file}\n`);
  }
  return 0;
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`make-examples: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
