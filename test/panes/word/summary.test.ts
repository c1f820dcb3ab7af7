import type { Analysis, IndikatorDetail, Predikat } from "../../../src/core/model";
import { describeFill, fillRefusal, summarize, toBase64 } from "../../../src/panes/word/summary";

const scale = {
  name: "Permendagri 86/2017",
  bands: [
    { predikat: "Sangat Tinggi" as Predikat, min: 91 },
    { predikat: "Tinggi" as Predikat, min: 76 },
    { predikat: "Sedang" as Predikat, min: 66 },
    { predikat: "Rendah" as Predikat, min: 51 },
    { predikat: "Sangat Rendah" as Predikat, min: null },
  ],
};

function ind(capaian: number | null, predikat: Predikat | null): IndikatorDetail {
  return {
    unit: "Sekretariat",
    sasaran: "S",
    indikator: "I",
    satuan: "%",
    polaritas: "Naik",
    target: 100,
    realisasi: 1,
    capaian,
    predikat,
    sheet: "Sekretariat",
    row: 2,
    standarNasional: null,
    riwayat: [],
    capaianRenstra: null,
    akumulasi: "Jumlah",
    triwulan: [],
    targetText: "100",
    realisasiText: "1",
    realisasiTahunLalu: null,
    targetAkhirRenstra: null,
    keterangan: null,
    faktorPendukung: null,
    faktorPenghambat: null,
    upayaPerbaikan: null,
  };
}

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    findings: [],
    identitas: {
      instansi: "Badan Kesbangpol",
      pemerintahDaerah: "Kab. X",
      tahun: 2025,
      namaKepala: null,
      nipKepala: null,
      jabatanKepala: null,
      periodeRenstra: null,
      pangkatKepala: null,
      tempat: null,
      tanggalLaporan: null,
      judulLaporan: null,
      alamat: null,
      jabatanKepalaDaerah: null,
      namaKepalaDaerah: null,
    },
    indikator: [ind(105.263, "Sangat Tinggi"), ind(80, "Tinggi"), ind(92, "Sangat Tinggi"), ind(null, null)],
    sasaran: [],
    unit: [],
    organisasi: { capaian: 92.4216, predikat: "Sangat Tinggi" },
    anggaran: [],
    efisiensi: [],
    units: ["Sekretariat"],
    scale,
    pengaturan: {
      rumusTurun: "(2T - R) / T",
      batasBawahCapaian: null,
      batasCapaian: null,
      skala: scale.bands.map((b) => ({ predikat: b.predikat, batasBawah: b.min })),
    },
    customProperties: {},
    ...over,
  };
}

describe("Word pane summary", () => {
  test("capaian organisasi and indicators per predikat in the scale's order", () => {
    const s = summarize(analysis());
    expect(s.capaianOrganisasi).toBe("92,42%");
    expect(s.predikatOrganisasi).toBe("Sangat Tinggi");
    expect(s.perPredikat).toEqual([
      { predikat: "Sangat Tinggi", count: 2 },
      { predikat: "Tinggi", count: 1 },
      { predikat: "Sedang", count: 0 },
      { predikat: "Rendah", count: 0 },
      { predikat: "Sangat Rendah", count: 0 },
    ]);
    expect(s.tanpaCapaian).toBe(1);
    expect(s.tahun).toBe("2025");
    expect(s.aturan).toBe(
      "Aturan: skala Permendagri 86/2017 (Sangat Tinggi ≥ 91%, Tinggi ≥ 76%, Sedang ≥ 66%, Rendah ≥ 51%, Sangat Rendah di bawahnya), rumus polaritas Turun (2T - R) / T, capaian tidak dibatasi.",
    );
  });

  test("an agency's own scale: its words, counted in its order, and its rules", () => {
    const own = {
      name: "sheet Pengaturan",
      bands: [
        { predikat: "Memuaskan", min: 85 },
        { predikat: "Baik", min: 65.5 },
        { predikat: "Kurang", min: null },
      ],
    };
    const base = analysis();
    const s = summarize(
      analysis({
        scale: own,
        pengaturan: { rumusTurun: "T / R", batasCapaian: 120, batasBawahCapaian: null, skala: [] },
        indikator: base.indikator.map((i, n) => ({
          ...i,
          predikat: ["Memuaskan", "Kurang", "Kurang", null][n] ?? null,
        })),
      }),
    );
    expect(s.perPredikat.map((p) => p.predikat)).toEqual(["Memuaskan", "Baik", "Kurang"]);
    expect(s.perPredikat.map((p) => p.count)).toEqual([1, 0, 2]);
    expect(s.aturan).toBe(
      "Aturan: skala dari sheet Pengaturan (Memuaskan ≥ 85%, Baik ≥ 65,5%, Kurang di bawahnya), rumus polaritas Turun T / R, capaian dibatasi 120%.",
    );
  });

  test("filling is refused without data and while errors remain", () => {
    expect(fillRefusal(null)).toMatch(/Muat data/);
    const err = summarize(
      analysis({
        findings: [
          { code: "MISSING_VALUE", severity: "error", sheet: "Sekretariat", cell: "F3", message: "Target kosong." },
        ],
      }),
    );
    expect(fillRefusal(err)).toMatch(/1 galat/);
    const warn = summarize(
      analysis({
        findings: [
          {
            code: "TEXT_NUMBER",
            severity: "warning",
            sheet: "Sekretariat",
            cell: "F3",
            message: "Angka sebagai teks.",
          },
        ],
      }),
    );
    expect(fillRefusal(warn)).toBeNull();
  });

  test("fill report in Indonesian, missing tags as a warning", () => {
    const titles: Record<string, string> = {
      "lakip:tabel-pengukuran": "Tabel Pengukuran Kinerja",
      "lakip:penutup": "Penutup",
    };
    const m = describeFill(
      { filled: [{ tag: "lakip:tabel-pengukuran", count: 2 }], missing: ["lakip:penutup", "lakip:x"] },
      (t) => titles[t] ?? t,
    );
    expect(m.lines).toEqual(["Tabel Pengukuran Kinerja: 2 kontrol diisi"]);
    expect(m.warning).toContain("2 bagian tidak ditemukan");
    expect(m.warning).toContain("Penutup, lakip:x");
    expect(describeFill({ filled: [], missing: [] }, (t) => t).warning).toBeNull();
  });

  test("toBase64 matches Node's encoder on large binary data", () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
