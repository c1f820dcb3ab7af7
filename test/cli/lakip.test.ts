/**
 * The real command: spawns `node bin/lakip.js` (compiled to build/node by `npm run build:node`)
 * on real .xlsx files written by code.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from "fs";
import * as os from "os";
import * as path from "path";
import { computeOutputSchema, validateOutputSchema } from "../../src/cli/schema";
import {
  buildBerantakanWorkbook,
  buildKesbangpolWorkbook,
  buildTanpaIdentitasWorkbook,
} from "../../scripts/make-examples";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "lakip.js");
let dir: string;
let kesbangpol: string;
let berantakan: string;
let tanpaIdentitas: string;

function lakip(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectUnusable(r: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout).toBe("");
}

beforeAll(async () => {
  // build/node is compiled by jest's globalSetup (test/support/buildNode.js) before this suite.
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-cli-"));
  kesbangpol = path.join(dir, "kesbangpol.xlsx");
  berantakan = path.join(dir, "berantakan.xlsx");
  tanpaIdentitas = path.join(dir, "tanpa-identitas.xlsx");
  writeFileSync(kesbangpol, await buildKesbangpolWorkbook());
  writeFileSync(berantakan, await buildBerantakanWorkbook());
  writeFileSync(tanpaIdentitas, await buildTanpaIdentitasWorkbook());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("help and version", () => {
  test("--help and help print the usage, exit 0", () => {
    for (const args of [["--help"], ["help"], ["compute", "--help"]]) {
      const r = lakip(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Pemakaian:/);
      expect(r.stdout).toMatch(/lakip compute FILE\.xlsx/);
    }
  });

  test("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = lakip("--version");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`lakip ${pkg.version}`);
  });

  test("no command, an unknown command, an unknown top-level option: exit 2", () => {
    expect(lakip().code).toBe(2);
    expectUnusable(lakip("hitung", "a.xlsx"), /Perintah "hitung" tidak dikenal/);
    expectUnusable(lakip("--verbose"), /Opsi "--verbose" tidak dikenal/);
  });
});

describe("lakip format", () => {
  test("writes the empty format; validating it gives exactly the blank Identitas values (exit 1)", () => {
    const r = lakip("format", "--out", "format.xlsx");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/ditulis ke format\.xlsx/);
    expect(statSync(path.join(dir, "format.xlsx")).size).toBeGreaterThan(5000);
    const v = lakip("validate", "format.xlsx");
    expect(v.code).toBe(1);
    const lines = v.stdout.split("\n").filter((l) => l.startsWith("["));
    expect(lines.map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual([
      "[GALAT] Identitas!B2 MISSING_IDENTITY:",
      "[GALAT] Identitas!B3 MISSING_IDENTITY:",
      "[GALAT] Identitas!B4 MISSING_IDENTITY:",
    ]);
    expect(v.stdout).toMatch(/3 galat, 0 peringatan/);
  });

  test("records SOP step 2 (Selesai) in the workbook's custom properties", async () => {
    expect(lakip("format", "--out", "format-sop.xlsx").code).toBe(0);
    const { readWorkbookGrid } = await import("../../src/hosts/files/readXlsx");
    const grid = await readWorkbookGrid(readFileSync(path.join(dir, "format-sop.xlsx")));
    expect(grid.customProperties?.["LAKIP Langkah 2"]).toMatch(
      /^Selesai \| \d{4}-\d{2}-\d{2}T\d{2}:\d{2} \| \d{4}-\d{2}-\d{2}T\d{2}:\d{2} \| .+, Kasubag Program \| /,
    );
  });

  test("--units picks the sheets", () => {
    const r = lakip("format", "--out=dua-unit.xlsx", "--units", "Sekretariat; Bidang Politik Dalam Negeri");
    expect(r.code).toBe(0);
    const c = lakip("compute", "dua-unit.xlsx", "--json");
    const out = computeOutputSchema.parse(JSON.parse(c.stdout));
    expect(out.unit.map((u) => u.unit)).toEqual(["Sekretariat", "Bidang Politik Dalam Negeri"]);
  });

  test("refuses to overwrite without --force; --force overwrites", () => {
    const file = path.join(dir, "ada.xlsx");
    writeFileSync(file, "isi lama");
    expectUnusable(lakip("format", "--out", "ada.xlsx"), /sudah ada/);
    expect(readFileSync(file, "utf8")).toBe("isi lama");
    expect(lakip("format", "--out", "ada.xlsx", "--force").code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test("bad arguments: exit 2, message on stderr, nothing written", () => {
    expectUnusable(lakip("format"), /memerlukan --out/);
    expectUnusable(lakip("format", "--out"), /memerlukan nilai/);
    expectUnusable(lakip("format", "--out", "x.docx"), /berakhiran \.xlsx/);
    expectUnusable(lakip("format", "--out", "x.xlsx", "--unit", "A"), /Opsi "--unit" tidak dikenal/);
    expectUnusable(lakip("format", "--out", "x.xlsx", "--units", "Identitas;Bidang A"), /sheet bawaan/);
    expectUnusable(lakip("format", "--out", "x.xlsx", "--units", "Bidang A/B"), /karakter/);
    expectUnusable(lakip("format", "--out", "tidak-ada/x.xlsx"), /Folder .* tidak ada/);
    expectUnusable(lakip("format", "x.xlsx"), /tidak menerima argumen/);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("lakip validate", () => {
  test("a good workbook: exit 0, warnings only", () => {
    const r = lakip("validate", kesbangpol);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\[GALAT\]/);
    expect(r.stdout).toMatch(/\[PERINGATAN\] 'Bidang Kewaspadaan Nasional'!F\d+ ZERO_TARGET:/);
    const j = lakip("validate", kesbangpol, "--json");
    expect(j.code).toBe(0);
    const out = validateOutputSchema.parse(JSON.parse(j.stdout));
    expect(out.findings.every((f) => f.severity === "warning")).toBe(true);
  });

  test("a messy workbook: exit 1, GALAT and PERINGATAN lines with sheet!cell", () => {
    const r = lakip("validate", berantakan);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\[GALAT\] Sekretariat!G11 FORMULA_ERROR: /m);
    expect(r.stdout).toMatch(/^\[PERINGATAN\] Anggaran!D2 BUDGET_OVER_PAGU: /m);
    const j = validateOutputSchema.parse(JSON.parse(lakip("validate", berantakan, "--json").stdout));
    expect(j.findings.find((f) => f.code === "MISSING_COLUMN")).toMatchObject({
      severity: "error",
      sheet: "Bidang Poldagri",
      // the misspelt header's own cell, with the header it probably means (issue 21)
      cell: "G1",
      message: expect.stringContaining('mungkin maksudnya "Realisasi"'),
    });
  });

  test("no Identitas sheet is a finding (MISSING_SHEET, exit 1), not unusable input", () => {
    const r = lakip("validate", tanpaIdentitas, "--json");
    expect(r.code).toBe(1);
    expect(validateOutputSchema.parse(JSON.parse(r.stdout)).findings.map((f) => f.code)).toEqual(["MISSING_SHEET"]);
  });

  test("unusable input: missing file, folder, not an xlsx, corrupt zip, bad options", () => {
    expectUnusable(lakip("validate", "tidak-ada.xlsx"), /tidak ditemukan/);
    expectUnusable(lakip("validate", "."), /folder/);
    writeFileSync(path.join(dir, "data.csv"), "No;Indikator;Target\n1;A;80\n");
    expectUnusable(lakip("validate", "data.csv"), /bukan buku kerja Excel \.xlsx/);
    const good = readFileSync(kesbangpol);
    writeFileSync(path.join(dir, "rusak.xlsx"), good.subarray(0, Math.floor(good.length * 0.6)));
    expectUnusable(lakip("validate", "rusak.xlsx"), /rusak/);
    expectUnusable(lakip("validate"), /memerlukan nama berkas/);
    expectUnusable(lakip("validate", kesbangpol, berantakan), /hanya menerima satu berkas/);
    expectUnusable(lakip("validate", kesbangpol, "--json=ya"), /tidak menerima nilai/);
    expectUnusable(lakip("validate", kesbangpol, "--jsonn"), /tidak dikenal/);
  });
});

describe("lakip compute", () => {
  test("--json on a good workbook: exit 0, the schema, numbers unrounded, rows 1-based", () => {
    const r = lakip("compute", kesbangpol, "--json");
    expect(r.code).toBe(0);
    const out = computeOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.identitas).toMatchObject({ instansi: "Badan Kesatuan Bangsa dan Politik", tahun: 2025 });
    expect(out.unit).toHaveLength(5);
    const konflik = out.indikator.find((i) => i.indikator === "Jumlah konflik sosial")!;
    expect(konflik).toMatchObject({
      polaritas: "Turun",
      target: 0,
      realisasi: 0,
      capaian: 100,
      predikat: "Sangat Tinggi",
    });
    expect(konflik.row).toBe(4); // the first data row under the header of row 3
    const waktu = out.indikator.find((i) => i.indikator.startsWith("Waktu rata-rata"))!;
    expect(waktu.target).toEqual([2, 3]);
    expect(waktu.capaian).toBeCloseTo(((2 * 3 - 3.5) / 3) * 100, 10);
    expect(out.organisasi.capaian).not.toBeNull();
    expect(out.efisiensi.length).toBe(out.sasaran.length);
  });

  test("--json: the fields of spec section 6 from Pengaturan, earlier years, Standar Nasional and Identitas", async () => {
    const { writeWorkbookGrid } = await import("../../src/hosts/files/writeGrid");
    const file = path.join(dir, "aturan.xlsx");
    writeFileSync(
      file,
      await writeWorkbookGrid({
        sheets: [
          {
            name: "Identitas",
            rows: [
              ["Instansi", "Direktorat Reserse"],
              ["Pemerintah Daerah", "Provinsi Kalimantan Tengah"],
              ["Tahun", 2025],
              ["Pangkat/Golongan Kepala", "Komisaris Besar Polisi"],
              ["Tempat", "Palangka Raya"],
              ["Tanggal Laporan", { t: "d", v: "2026-01-15" }],
              ["Judul Laporan", "LKjIP"],
            ],
          },
          {
            name: "Subdit",
            rows: [
              [
                "Sasaran",
                "Indikator Kinerja",
                "Satuan",
                "Polaritas",
                "Target",
                "Realisasi",
                "Realisasi 2024",
                "Target 2023",
                "Realisasi 2023",
                "Target 2024",
                "Standar Nasional",
              ],
              ["Menurunnya kejahatan", "Jumlah tindak pidana", "kasus", "Turun", 60, 129.03, 70, 50, 40, 55, 65],
              [null, "Penyelesaian perkara", "%", "Naik", 50, 100, null, null, null, null, null],
            ],
          },
          {
            name: "Pengaturan",
            rows: [
              ["Rumus Polaritas Turun", "T / R x 100"],
              ["Batas Capaian", 150],
              [],
              ["Predikat", "Batas Bawah"],
              ["Sangat Baik", 100],
              ["Baik", 75],
              ["Kurang", 55],
              ["Buruk", null],
            ],
          },
        ],
      }),
    );
    const r = lakip("compute", file, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = computeOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.identitas).toMatchObject({
      pangkatKepala: "Komisaris Besar Polisi",
      tempat: "Palangka Raya",
      tanggalLaporan: "2026-01-15",
      judulLaporan: "LKjIP",
    });
    expect(out.pengaturan).toEqual({
      rumusTurun: "T / R",
      batasCapaian: 150,
      batasBawahCapaian: null,
      skala: [
        { predikat: "Sangat Baik", batasBawah: 100 },
        { predikat: "Baik", batasBawah: 75 },
        { predikat: "Kurang", batasBawah: 55 },
        { predikat: "Buruk", batasBawah: null },
      ],
    });
    const [pidana, perkara] = out.indikator;
    expect(pidana.capaian).toBeCloseTo((60 / 129.03) * 100, 10); // 46,50%, as the Polda report prints it
    expect(pidana.predikat).toBe("Buruk");
    expect(pidana.standarNasional).toBe(65);
    expect(pidana.riwayat).toEqual([
      { tahun: 2023, target: 50, realisasi: 40, capaian: 125 },
      { tahun: 2024, target: 55, realisasi: 70, capaian: (55 / 70) * 100 },
    ]);
    expect(perkara).toMatchObject({ capaian: 150, predikat: "Sangat Baik", standarNasional: null, riwayat: [] });
    const summary = lakip("compute", file);
    expect(summary.stdout).toMatch(/Rumus polaritas Turun\s*: T \/ R x 100 \(sheet Pengaturan\)/);
    expect(summary.stdout).toMatch(/Batas capaian\s*: 150%/);
    expect(summary.stdout).toMatch(/Sangat Baik: capaian ≥ 100%/);
  });

  test("--json with error findings still prints everything, exit 1", () => {
    const r = lakip("compute", berantakan, "--json");
    expect(r.code).toBe(1);
    const out = computeOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.findings.some((f) => f.severity === "error")).toBe(true);
    expect(out.indikator.length).toBeGreaterThan(0);
  });

  test("without --json: a readable Indonesian summary", () => {
    const r = lakip("compute", kesbangpol);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Instansi\s+: Badan Kesatuan Bangsa dan Politik/);
    expect(r.stdout).toMatch(
      /Capaian kinerja organisasi: \d{2,3},\d\d% \((Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah)\)/,
    );
    expect(r.stdout).toMatch(/Capaian per sasaran:/);
    expect(r.stdout).toMatch(/Capaian per unit:/);
    expect(r.stdout).toMatch(/Temuan validasi: 0 galat, 1 peringatan\./);
  });

  test("unusable input: exit 2", () => {
    expectUnusable(lakip("compute", "tidak-ada.xlsx", "--json"), /tidak ditemukan/);
    mkdirSync(path.join(dir, "folder.xlsx"), { recursive: true });
    expectUnusable(lakip("compute", "folder.xlsx", "--json"), /folder/);
  });
});

describe("lakip report", () => {
  test("without a workbook: exit 2 and a message", () => {
    const r = lakip("report");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lakip report/);
    expect(r.stdout).toBe("");
  });
});
