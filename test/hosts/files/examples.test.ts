import { readFileSync } from "fs";
import * as path from "path";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { analyzeWorkbook } from "../../../src/core";
import type { FindingCode } from "../../../src/core/model";
import {
  ATURAN_SENDIRI,
  buildAturanSendiriWorkbook,
  buildBerantakanWorkbook,
  buildKesbangpolWorkbook,
  buildTanpaIdentitasWorkbook,
  KESBANGPOL_INDICATORS,
} from "../../../scripts/make-examples";

const ALL_CODES: FindingCode[] = [
  "MISSING_SHEET",
  "MISSING_IDENTITY",
  "MISSING_COLUMN",
  "MISSING_VALUE",
  "NOT_A_NUMBER",
  "FORMULA_ERROR",
  "INVALID_POLARITY",
  "ZERO_TARGET",
  "TEXT_NUMBER",
  "PERCENT_OVER_100",
  "NEGATIVE_VALUE",
  "EXTREME_CAPAIAN",
  "DUPLICATE_INDICATOR",
  "BUDGET_OVER_PAGU",
  "UNKNOWN_SASARAN",
];

/** The codes the Pengaturan sheet and the new columns brought (spec 2.4, 2.2); each has its tests in test/core. */
const NEW_CODES: FindingCode[] = ["INVALID_SETTING", "ZERO_REALISASI", "DUPLICATE_COLUMN"];

describe("example workbooks", () => {
  test("kesbangpol-2025: five units, no error findings, the zero-target and range indicators computed", async () => {
    const a = analyzeWorkbook(await readWorkbookGrid(await buildKesbangpolWorkbook()));
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.identitas).toMatchObject({
      instansi: "Badan Kesatuan Bangsa dan Politik",
      pemerintahDaerah: "Kabupaten Kotawaringin Barat",
      tahun: 2025,
    });
    expect(a.units).toHaveLength(5);
    const count = Object.values(KESBANGPOL_INDICATORS).reduce((n, l) => n + l.length, 0);
    expect(a.indikator).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(25);
    expect(a.sasaran.length).toBeGreaterThanOrEqual(4);
    expect(a.indikator.some((i) => i.polaritas === "Turun")).toBe(true);
    const konflik = a.indikator.find((i) => i.indikator === "Jumlah konflik sosial")!;
    expect(konflik).toMatchObject({ polaritas: "Turun", target: 0, realisasi: 0, capaian: 100 });
    const range = a.indikator.find((i) => Array.isArray(i.target))!;
    expect(range.target).toEqual([80, 90]);
    expect(range.capaian).toBe(100);
    const pct = a.indikator.find((i) => i.indikator === "Persentase realisasi anggaran")!;
    expect(pct.realisasi).toBeCloseTo(96.12, 10);
    expect(pct.target).toBeCloseTo(95, 10);
    expect(a.anggaran.length).toBeGreaterThanOrEqual(5);
    expect(a.efisiensi.every((e) => e.kategori !== null)).toBe(true);
    expect(a.organisasi.predikat).not.toBeNull();
    // the new Identitas labels, earlier years (2022-2024) and national standards
    expect(a.identitas).toMatchObject({
      pangkatKepala: "Pembina Utama Muda (IV/c)",
      tempat: "Pangkalan Bun",
      tanggalLaporan: "2026-01-15",
      judulLaporan: "LAKIP",
    });
    const sakip = a.indikator.find((i) => i.indikator === "Nilai evaluasi SAKIP perangkat daerah")!;
    expect(sakip.riwayat.map((y) => [y.tahun, y.target, y.realisasi])).toEqual([
      [2022, 65, 62.1],
      [2023, 67, 65.8],
      [2024, 68, 68.5],
    ]);
    expect(sakip.capaian).toBeCloseTo((71.25 / 70) * 100, 10); // this year's numbers unchanged
    expect(a.indikator.filter((i) => i.standarNasional !== null).map((i) => i.standarNasional)).toEqual([79.51, 100]);
    expect(a.indikator.filter((i) => i.riwayat.some((y) => y.tahun === 2022))).toHaveLength(4);
    expect(a.pengaturan.rumusTurun).toBe("(2T - R) / T");
    expect(a.organisasi.capaian).toBeCloseTo(101.44587712493903, 10);
  });

  test("kesbangpol-2025-aturan-sendiri: the same data under T / R, Batas Capaian 120 and its own six-band scale", async () => {
    const a = analyzeWorkbook(await readWorkbookGrid(await buildAturanSendiriWorkbook()));
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.pengaturan).toEqual({
      rumusTurun: "T / R",
      batasCapaian: 120,
      batasBawahCapaian: null,
      skala: ATURAN_SENDIRI.skala.map(([predikat, b], i, all) => ({
        predikat,
        batasBawah: i === all.length - 1 ? null : b,
      })),
    });
    const gangguan = a.indikator.find((i) => i.indikator.startsWith("Jumlah gangguan keamanan"))!;
    expect(gangguan).toMatchObject({ target: 5, realisasi: 3, capaian: 120, predikat: "Sangat Memuaskan" });
    expect(gangguan.uncappedCapaian).toBeCloseTo((5 / 3) * 100, 10);
    const waktu = a.indikator.find((i) => i.indikator.startsWith("Waktu rata-rata"))!;
    expect(waktu.capaian).toBeCloseTo((3 / 3.5) * 100, 10); // range 2 - 3, R 3,5: T = 3, T / R
    const words = new Set(ATURAN_SENDIRI.skala.map(([w]) => w));
    for (const x of [...a.indikator, ...a.sasaran, ...a.unit, a.organisasi])
      if (x.predikat !== null) expect(words.has(x.predikat)).toBe(true);
  });

  test("contoh-berantakan raises every finding code but MISSING_SHEET; contoh-tanpa-identitas raises MISSING_SHEET", async () => {
    const messy = analyzeWorkbook(await readWorkbookGrid(await buildBerantakanWorkbook()));
    const codes = new Set(messy.findings.map((f) => f.code));
    for (const code of [...ALL_CODES, ...NEW_CODES].filter((c) => c !== "MISSING_SHEET"))
      expect([code, codes.has(code)]).toEqual([code, true]);
    expect(messy.findings.some((f) => f.code === "ZERO_TARGET" && f.severity === "error")).toBe(true);
    expect(messy.findings.some((f) => f.code === "ZERO_TARGET" && f.severity === "warning")).toBe(true);
    const noId = analyzeWorkbook(await readWorkbookGrid(await buildTanpaIdentitasWorkbook()));
    expect(noId.findings.map((f) => f.code)).toEqual(["MISSING_SHEET"]);
  });

  test("the committed example files are what the script builds (same findings and numbers)", async () => {
    const dir = path.join(__dirname, "..", "..", "..", "examples");
    for (const [file, build] of [
      ["kesbangpol-2025.xlsx", buildKesbangpolWorkbook],
      ["kesbangpol-2025-aturan-sendiri.xlsx", buildAturanSendiriWorkbook],
      ["contoh-berantakan.xlsx", buildBerantakanWorkbook],
      ["contoh-tanpa-identitas.xlsx", buildTanpaIdentitasWorkbook],
    ] as const) {
      const committed = analyzeWorkbook(await readWorkbookGrid(readFileSync(path.join(dir, file))));
      const fresh = analyzeWorkbook(await readWorkbookGrid(await build()));
      expect([file, committed.findings]).toEqual([file, fresh.findings]);
      expect([file, committed.indikator]).toEqual([file, fresh.indikator]);
      expect([file, committed.identitas, committed.pengaturan]).toEqual([file, fresh.identitas, fresh.pengaturan]);
    }
  });
});
