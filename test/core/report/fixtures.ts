/** Hand-built Analysis objects for the report tests (independent of the engine). */
import type { Analysis, IndikatorDetail, Predikat } from "../../../src/core/model";

/** Capaian against the Renstra end target by the default rules (spec section 3), written out here. */
function renstraOf(polaritas: "Naik" | "Turun", realisasi: number, t: number | null | undefined): number | null {
  if (t === null || t === undefined) return null;
  if (polaritas === "Naik") return t === 0 ? null : (realisasi / t) * 100;
  if (t === 0) return realisasi === 0 ? 100 : 0;
  return ((2 * t - realisasi) / t) * 100;
}

export function indikator(over: Partial<IndikatorDetail> = {}): IndikatorDetail {
  const target = over.target ?? 100;
  const realisasi = over.realisasi ?? 95;
  return {
    unit: "Sekretariat",
    sasaran: "Meningkatnya akuntabilitas kinerja",
    indikator: "Nilai evaluasi SAKIP",
    satuan: "nilai",
    polaritas: "Naik",
    target,
    realisasi,
    capaian: 95,
    predikat: "Sangat Tinggi",
    sheet: "Sekretariat",
    row: 2,
    standarNasional: null,
    riwayat: [],
    akumulasi: "Jumlah",
    triwulan: [],
    targetText: Array.isArray(target) ? `${target[0]} - ${target[1]}` : String(target),
    realisasiText: String(realisasi),
    realisasiTahunLalu: null,
    targetAkhirRenstra: null,
    keterangan: null,
    faktorPendukung: null,
    faktorPenghambat: null,
    upayaPerbaikan: null,
    capaianRenstra: renstraOf(over.polaritas ?? "Naik", realisasi, over.targetAkhirRenstra),
    ...over,
  };
}

export const SCALE = {
  name: "Permendagri 86/2017",
  bands: [
    { predikat: "Sangat Tinggi" as Predikat, min: 91 },
    { predikat: "Tinggi" as Predikat, min: 76 },
    { predikat: "Sedang" as Predikat, min: 66 },
    { predikat: "Rendah" as Predikat, min: 51 },
    { predikat: "Sangat Rendah" as Predikat, min: null },
  ],
};

function predikatOf(c: number | null): Predikat | null {
  if (c === null) return null;
  for (const b of SCALE.bands) if (b.min === null || c >= b.min) return b.predikat;
  return null;
}

/** An analysis from indicators; sasaran/unit/organisasi means computed here (plain means). */
export function analysis(list: IndikatorDetail[], over: Partial<Analysis> = {}): Analysis {
  const names: string[] = [];
  for (const i of list) if (!names.includes(i.sasaran)) names.push(i.sasaran);
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const sasaran = names.map((s) => {
    const c = mean(list.filter((i) => i.sasaran === s).map((i) => i.capaian));
    return {
      sasaran: s,
      capaian: c,
      predikat: predikatOf(c),
      jumlahIndikator: list.filter((i) => i.sasaran === s).length,
    };
  });
  const units = [...new Set(list.map((i) => i.unit))];
  const org = mean(sasaran.map((s) => s.capaian));
  return {
    findings: [],
    identitas: {
      instansi: "Badan Kesatuan Bangsa dan Politik",
      pemerintahDaerah: "Kabupaten Kotawaringin Barat",
      tahun: 2025,
      namaKepala: "Drs. Hendra Saputra, M.Si",
      nipKepala: "19710512 199703 1 004",
      jabatanKepala: "Kepala Badan Kesatuan Bangsa dan Politik",
      periodeRenstra: "2021-2026",
      pangkatKepala: "Pembina Utama Muda (IV/c)",
      tempat: "Pangkalan Bun",
      tanggalLaporan: "2026-01-15",
      judulLaporan: null,
      alamat: null,
      jabatanKepalaDaerah: null,
      namaKepalaDaerah: null,
    },
    indikator: list,
    sasaran,
    unit: units.map((u) => {
      const c = mean(list.filter((i) => i.unit === u).map((i) => i.capaian));
      return { unit: u, capaian: c, predikat: predikatOf(c) };
    }),
    organisasi: { capaian: org, predikat: predikatOf(org) },
    anggaran: [],
    efisiensi: sasaran.map((s) => ({
      sasaran: s.sasaran,
      capaian: s.capaian,
      serapan: null,
      efisiensi: null,
      kategori: null,
    })),
    units,
    scale: SCALE,
    pengaturan: {
      rumusTurun: "(2T - R) / T",
      batasCapaian: null,
      batasBawahCapaian: null,
      skala: SCALE.bands.map((b) => ({ predikat: b.predikat, batasBawah: b.min })),
    },
    customProperties: {},
    ...over,
  };
}

/** A small but complete analysis: two sasaran, three indicators, a range target, budget rows. */
export function sampleAnalysis(): Analysis {
  const list = [
    indikator({
      indikator: "Nilai evaluasi SAKIP",
      target: 70,
      realisasi: 71.25,
      targetText: "70",
      realisasiText: "71,25",
      capaian: 101.78571428571429,
      predikat: "Sangat Tinggi",
      realisasiTahunLalu: 68.5,
      targetAkhirRenstra: 75,
      keterangan: "Nilai SAKIP naik dari 68,50 menjadi 71,25.",
      faktorPendukung: "Komitmen pimpinan",
      faktorPenghambat: "Keterbatasan SDM",
      upayaPerbaikan: "Pelatihan penyusun",
    }),
    indikator({
      indikator: "Persentase peserta yang meningkat pemahamannya",
      satuan: "%",
      target: [80, 90],
      realisasi: 70,
      targetText: "80 - 90",
      realisasiText: "70",
      capaian: 87.5,
      predikat: "Tinggi",
      unit: "Bidang Ideologi",
      sheet: "Bidang Ideologi",
      realisasiTahunLalu: 75,
    }),
    indikator({
      sasaran: "Terwujudnya kondisi daerah yang kondusif",
      indikator: "Jumlah konflik sosial",
      satuan: "kasus",
      polaritas: "Turun",
      target: 5,
      realisasi: 3,
      targetText: "5",
      realisasiText: "3",
      capaian: 140,
      predikat: "Sangat Tinggi",
      unit: "Bidang Kewaspadaan",
      realisasiTahunLalu: 3,
      targetAkhirRenstra: 2,
    }),
  ];
  const a = analysis(list);
  a.anggaran = [
    {
      program: "Program Penunjang Urusan",
      sasaran: "Meningkatnya akuntabilitas kinerja",
      pagu: 3215480000,
      realisasi: 3087112350,
      serapan: 96.00802,
      sheet: "Anggaran",
      row: 2,
    },
    {
      program: "Program Kewaspadaan Nasional",
      sasaran: "Terwujudnya kondisi daerah yang kondusif",
      pagu: 634200000,
      realisasi: 612955000,
      serapan: 96.65011,
      sheet: "Anggaran",
      row: 3,
    },
  ];
  a.efisiensi = a.sasaran.map((s, k) => {
    const serapan = k === 0 ? 96.00802 : 96.65011;
    const e = (s.capaian as number) - serapan;
    return {
      sasaran: s.sasaran,
      capaian: s.capaian,
      serapan,
      efisiensi: e,
      kategori: e > 5 ? "Efisien" : e >= -5 ? "Cukup Efisien" : "Tidak Efisien",
    };
  });
  return a;
}
