/**
 * SOP steps 2-4 on real files through the real command (`node bin/lakip.js`): next year's format
 * from this year's workbook, one file per unit, and Himpun back into a copy of the master.
 * Every workbook is made by code (scripts/make-examples.ts and ExcelJS below).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { computeOutputSchema } from "../../src/cli/schema";
import {
  buildBerantakanWorkbook,
  buildKesbangpolWorkbook,
  KESBANGPOL_INDICATORS,
  KESBANGPOL_PROGRAMS,
} from "../../scripts/make-examples";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { withCustomProperties, writeWorkbookGrid } from "../../src/hosts/files/writeGrid";
import { analyzeWorkbook } from "../../src/core";
import { cellText } from "../../src/core/read/sheetView";
import { quarterIndicatorHeaders } from "../../src/core/layout/quarterLayout";
import type { WorkbookGrid } from "../../src/core/grid";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "lakip.js");
let dir: string;

function lakip(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const at = (...p: string[]) => path.join(dir, ...p);

async function gridOf(file: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(readFileSync(file));
}

/** Header text -> 0-based column of a sheet's header row (the first row holding "Indikator Kinerja"). */
function headerMap(ws: ExcelJS.Worksheet): { row: number; col: Map<string, number> } {
  for (let r = 1; r <= 10; r++) {
    const col = new Map<string, number>();
    ws.getRow(r).eachCell((c, n) => col.set(String(c.value ?? "").trim(), n));
    if (col.has("Indikator Kinerja") || col.has("Program/Kegiatan")) return { row: r, col };
  }
  throw new Error(`no header in ${ws.name}`);
}

/** The row (1-based) of an indicator in a sheet, or undefined. */
function findRow(ws: ExcelJS.Worksheet, indikator: string): number | undefined {
  const h = headerMap(ws);
  const c = h.col.get("Indikator Kinerja")!;
  for (let r = h.row + 1; r <= ws.rowCount; r++) if (ws.getCell(r, c).value === indikator) return r;
  return undefined;
}

function rowOf(ws: ExcelJS.Worksheet, indikator: string): number {
  const r = findRow(ws, indikator);
  if (r === undefined) throw new Error(`${indikator} not in ${ws.name}`);
  return r;
}

type Fill = "targets" | "realisasi";

/**
 * Fills a workbook the way people do: the Kasubag types the PK's targets into the master,
 * a unit types its realisasi and texts into its file. Values are 2025's, shifted by `bump`
 * so that the new year differs from the history columns.
 */
async function fill(file: string, what: Fill[], only?: string, bump = 1): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const specs = Object.values(KESBANGPOL_INDICATORS).flat();
  for (const ws of wb.worksheets) {
    if (only && ws.name !== only) continue;
    let h;
    try {
      h = headerMap(ws);
    } catch {
      continue;
    }
    if (!h.col.has("Indikator Kinerja")) continue;
    for (const s of specs) {
      const r = findRow(ws, s.indikator);
      if (r === undefined) continue;
      const put = (header: string, v: string | number | undefined) => {
        if (v !== undefined) ws.getCell(r, h.col.get(header)!).value = v;
      };
      const plain = (v: number | string) => (typeof v === "number" && s.fmt && v <= 1.5 ? v * 100 : v);
      if (what.includes("targets")) put("Target", typeof s.target === "number" ? plain(s.target) : s.target);
      if (what.includes("realisasi")) {
        const rv = plain(s.realisasi);
        put("Realisasi", typeof rv === "number" ? Math.round(rv * bump * 100) / 100 : rv);
        put("Keterangan", s.keterangan);
        put("Faktor Pendukung", s.pendukung);
        put("Faktor Penghambat", s.penghambat);
        put("Upaya Perbaikan", s.upaya);
      }
    }
  }
  const ang = wb.getWorksheet("Anggaran");
  if (ang) {
    const h = headerMap(ang);
    for (let r = h.row + 1; r <= ang.rowCount; r++) {
      const program = ang.getCell(r, h.col.get("Program/Kegiatan")!).value;
      const p = KESBANGPOL_PROGRAMS.find((x) => x.program === program);
      if (!p) continue;
      if (what.includes("targets")) ang.getCell(r, h.col.get("Pagu")!).value = p.pagu;
      if (what.includes("realisasi")) ang.getCell(r, h.col.get("Realisasi")!).value = Math.round(p.realisasi * bump);
    }
  }
  await writeKeepingProperties(wb, file);
}

/** Saves like Excel does: ExcelJS drops custom document properties, so they are put back. */
async function writeKeepingProperties(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const props = (await gridOf(file)).customProperties ?? {};
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  writeFileSync(file, Object.keys(props).length > 0 ? await withCustomProperties(bytes, props) : bytes);
}

beforeAll(async () => {
  // build/node is compiled by jest's globalSetup (test/support/buildNode.js) before this suite.
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-units-"));
  writeFileSync(at("kesbangpol-2025.xlsx"), await buildKesbangpolWorkbook());
  writeFileSync(at("berantakan.xlsx"), await buildBerantakanWorkbook());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("lakip format --from: next year's format", () => {
  test("2025 -> 2026: Tahun advanced, history columns hold 2025's figures, the new year empty", async () => {
    const r = lakip("format", "--from", "kesbangpol-2025.xlsx", "--out", "format-2026.xlsx");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Format tahun 2026 ditulis ke format-2026\.xlsx/);
    const old = analyzeWorkbook(await gridOf(at("kesbangpol-2025.xlsx")));
    const grid = await gridOf(at("format-2026.xlsx"));
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Pengaturan",
      ...old.units,
      "Anggaran",
      "Pejabat",
    ]);
    const identitas = grid.sheets.find((s) => s.name === "Identitas")!;
    const label = (l: string) => identitas.rows.find((row) => row && cellText(row[0] ?? undefined) === l)?.[1];
    expect(label("Tahun")).toEqual({ t: "n", v: 2026 });
    expect(label("Instansi")).toEqual({ t: "s", v: "Badan Kesatuan Bangsa dan Politik" });
    expect(label("NIP Kepala")).toEqual({ t: "s", v: "19710512 199703 1 004" });
    expect(label("Tanggal Laporan") ?? null).toBeNull();
    expect(grid.customProperties?.["LAKIP Langkah 2"]).toMatch(
      /^Selesai \| .*Format 2026 dibuat dari kesbangpol-2025\.xlsx/,
    );

    for (const unit of old.units) {
      const sheet = grid.sheets.find((s) => s.name === unit)!;
      const header = sheet.rows[2]!.map((c) => cellText(c ?? undefined));
      expect(header).toEqual([
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Polaritas",
        "Target",
        "Realisasi",
        // the example's own earlier years (2022-2024), then 2025's figures
        "Target 2022",
        "Realisasi 2022",
        "Target 2023",
        "Realisasi 2023",
        "Target 2024",
        "Realisasi 2024",
        "Target 2025",
        "Realisasi 2025",
        "Target Akhir Renstra",
        "Standar Nasional",
        "Keterangan",
        "Faktor Pendukung",
        "Faktor Penghambat",
        "Upaya Perbaikan",
        // the quarters of the new year (spec 2.2), Cara Akumulasi written out per indicator
        ...quarterIndicatorHeaders(),
      ]);
      const col = (h: string) => header.indexOf(h);
      const rows = old.indikator.filter((i) => i.sheet === unit);
      rows.forEach((ind, k) => {
        const row = sheet.rows[3 + k]!;
        const v = (h: string) => row[col(h)] ?? null;
        expect(cellText(v("Indikator Kinerja") ?? undefined)).toBe(ind.indikator);
        expect(cellText(v("Satuan") ?? undefined)).toBe(ind.satuan);
        expect(cellText(v("Cara Akumulasi") ?? undefined)).toBe(ind.akumulasi);
        expect(cellText(v("Polaritas") ?? undefined)).toBe(ind.polaritas);
        expect(v("Target")).toBeNull();
        expect(v("Realisasi")).toBeNull();
        for (const h of ["Keterangan", "Faktor Pendukung", "Faktor Penghambat", "Upaya Perbaikan"])
          expect(v(h)).toBeNull();
        // earlier years the 2025 workbook held are carried as they were
        const t2024 = ind.riwayat.find((y) => y.tahun === 2024)?.target ?? null;
        expect(v("Target 2024")).toEqual(
          typeof t2024 === "number" ? { t: "n", v: t2024 } : t2024 === null ? null : expect.anything(),
        );
        expect(v("Realisasi 2025")).toEqual({ t: "n", v: ind.realisasi });
        expect(v("Target 2025")).toEqual(
          typeof ind.target === "number" ? { t: "n", v: ind.target } : { t: "s", v: ind.targetText },
        );
        expect(v("Realisasi 2024")).toEqual({ t: "n", v: ind.realisasiTahunLalu });
        expect(v("Target Akhir Renstra")).toEqual({ t: "n", v: ind.targetAkhirRenstra });
      });
      expect(sheet.rows.length).toBe(3 + rows.length);
    }
    const anggaran = grid.sheets.find((s) => s.name === "Anggaran")!;
    const programs = anggaran.rows.slice(3).map((row) => row?.map((c) => (c ? cellText(c) : null)));
    expect(programs).toEqual(KESBANGPOL_PROGRAMS.map((p) => [p.program, p.sasaran]));

    // The new format is valid apart from what the new year must fill in.
    const codes = new Set(analyzeWorkbook(grid).findings.map((f) => f.code));
    expect([...codes]).toEqual(["MISSING_VALUE"]);
  });

  test("the history grows: 2026 filled -> 2027 holds 2022 to 2026", async () => {
    const file = at("lakip-2026.xlsx");
    writeFileSync(file, readFileSync(at("format-2026.xlsx")));
    await fill(file, ["targets", "realisasi"], undefined, 1.1);
    const filled = analyzeWorkbook(await gridOf(file));
    expect(filled.findings.filter((f) => f.severity === "error")).toEqual([]);
    const r = lakip("format", "--from", "lakip-2026.xlsx", "--out", "format-2027.xlsx");
    expect(r.code).toBe(0);
    const grid = await gridOf(at("format-2027.xlsx"));
    const sheet = grid.sheets.find((s) => s.name === "Sekretariat")!;
    const header = sheet.rows[2]!.map((c) => cellText(c ?? undefined));
    expect(header.slice(5, 17)).toEqual([
      "Target",
      "Realisasi",
      "Target 2022",
      "Realisasi 2022",
      "Target 2023",
      "Realisasi 2023",
      "Target 2024",
      "Realisasi 2024",
      "Target 2025",
      "Realisasi 2025",
      "Target 2026",
      "Realisasi 2026",
    ]);
    const first = sheet.rows[3]!;
    expect(first[12]).toEqual({ t: "n", v: 68.5 }); // Realisasi 2024, carried from the 2025 workbook
    expect(first[14]).toEqual({ t: "n", v: 71.25 }); // Realisasi 2025
    expect(first[16]).toEqual({ t: "n", v: 78.38 }); // Realisasi 2026 = 71,25 x 1,1 as typed
  });

  test("a workbook with error findings is refused: exit 1, the findings printed, nothing written", () => {
    const r = lakip("format", "--from", "berantakan.xlsx", "--out", "tidak-jadi.xlsx");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tidak dibuat: berantakan\.xlsx masih memuat \d+ galat/);
    expect(r.stdout).toMatch(/\[GALAT\] Sekretariat!G10 NOT_A_NUMBER/);
    expect(existsSync(at("tidak-jadi.xlsx"))).toBe(false);
  });

  test("bad arguments: exit 2, nothing written", () => {
    expect(lakip("format", "--from", "kesbangpol-2025.xlsx").code).toBe(2);
    const same = lakip("format", "--from", "kesbangpol-2025.xlsx", "--out", "./kesbangpol-2025.xlsx", "--force");
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/sama dengan berkas --from/);
    expect(lakip("format", "--from", "tidak-ada.xlsx", "--out", "x.xlsx").stderr).toMatch(/tidak ditemukan/);
    expect(lakip("format", "--from", "a.xlsx", "--per-unit", "b.xlsx", "--out", "x.xlsx").code).toBe(2);
    expect(existsSync(at("x.xlsx"))).toBe(false);
  });
});

describe("lakip format --per-unit and lakip himpun: the round trip", () => {
  let master: string;

  beforeAll(async () => {
    // Step 2: next year's format, the PK's targets and the DPA's pagu typed into the master.
    master = at("induk-2026.xlsx");
    writeFileSync(master, readFileSync(at("format-2026.xlsx")));
    await fill(master, ["targets"]);
  });

  test("one protected file per unit; only the unit's cells are unlocked; step 3 recorded", async () => {
    const r = lakip("format", "--per-unit", "induk-2026.xlsx", "--out", "unit");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = readdirSync(at("unit")).sort();
    expect(files).toEqual(
      [
        "Format 2026 - Bidang Ideologi dan Wasbang.xlsx",
        "Format 2026 - Bidang Ketahanan Ekososbud.xlsx",
        "Format 2026 - Bidang Kewaspadaan Nasional.xlsx",
        "Format 2026 - Bidang Politik Dalam Negeri.xlsx",
        "Format 2026 - Sekretariat.xlsx",
      ].sort(),
    );
    const file = at("unit", "Format 2026 - Sekretariat.xlsx");
    const grid = await gridOf(file);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Petunjuk", "Identitas", "Sekretariat", "Anggaran"]);
    expect(grid.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \| /);
    expect(grid.customProperties?.["LAKIP Langkah 2"]).toMatch(/^Selesai \| /);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Sekretariat")!;
    const h = headerMap(ws);
    const open = ["Realisasi", "Keterangan", "Faktor Pendukung", "Faktor Penghambat", "Upaya Perbaikan"];
    for (const spec of KESBANGPOL_INDICATORS.Sekretariat) {
      const r = rowOf(ws, spec.indikator);
      for (const [header, c] of h.col) {
        const locked = ws.getCell(r, c).protection?.locked !== false;
        expect([header, locked]).toEqual([header, !open.includes(header)]);
      }
    }
    expect(ws.getCell(h.row, h.col.get("Realisasi")!).protection?.locked).not.toBe(false);
    // Protected without a password, on every sheet.
    const zip = await JSZip.loadAsync(readFileSync(file));
    for (let i = 1; i <= 4; i++) {
      const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string");
      expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
      expect(xml).not.toMatch(/hashValue|password=/);
    }
    const ang = wb.getWorksheet("Anggaran")!;
    const ah = headerMap(ang);
    expect(ang.getCell(ah.row + 1, ah.col.get("Program/Kegiatan")!).value).toBe(KESBANGPOL_PROGRAMS[0].program);
    expect(ang.getCell(ah.row + 1, ah.col.get("Realisasi")!).protection?.locked).toBe(false);
    expect(ang.getCell(ah.row + 1, ah.col.get("Pagu")!).protection?.locked).not.toBe(false);
    expect(ang.rowCount).toBe(ah.row + 1);
  });

  test("units fill their files; Himpun gives the same numbers as filling the master directly", async () => {
    for (const f of readdirSync(at("unit"))) await fill(at("unit", f), ["realisasi"]);
    const unitFiles = readdirSync(at("unit")).map((f) => path.join("unit", f));
    const masterBefore = readFileSync(master);
    const r = lakip("himpun", "induk-2026.xlsx", ...unitFiles, "--out", "terhimpun-2026.xlsx");
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/PERINGATAN|DITOLAK/);
    expect(r.code).toBe(0);
    expect(readFileSync(master).equals(masterBefore)).toBe(true);

    const direct = at("langsung-2026.xlsx");
    writeFileSync(direct, readFileSync(master));
    await fill(direct, ["realisasi"]);
    const gathered = computeOutputSchema.parse(JSON.parse(lakip("compute", "terhimpun-2026.xlsx", "--json").stdout));
    const expected = computeOutputSchema.parse(JSON.parse(lakip("compute", "langsung-2026.xlsx", "--json").stdout));
    expect(gathered.indikator.length).toBe(18);
    expect(gathered).toEqual(expected);
    expect(gathered.organisasi.capaian).not.toBeNull();

    const props = (await gridOf(at("terhimpun-2026.xlsx"))).customProperties ?? {};
    expect(props["LAKIP Langkah 3"]).toMatch(/^Selesai \| /);
    expect(props["LAKIP Langkah 4"]).toMatch(/^Berjalan \| /);
  });

  test("a changed target is a warning naming file, sheet and cell; the master's value is kept", async () => {
    const file = at("unit", "Format 2026 - Sekretariat.xlsx");
    const changed = at("sekretariat-ubah.xlsx");
    writeFileSync(changed, readFileSync(file));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(changed);
    const ws = wb.getWorksheet("Sekretariat")!;
    const h = headerMap(ws);
    const r = rowOf(ws, "Nilai evaluasi SAKIP perangkat daerah");
    const targetCell = ws.getCell(r, h.col.get("Target")!);
    targetCell.value = 60;
    const ketCell = ws.getCell(r, h.col.get("Keterangan")!);
    ketCell.value = "=1+1 tetap teks"; // user text, never a formula
    await writeKeepingProperties(wb, changed);
    const res = lakip("himpun", "induk-2026.xlsx", "sekretariat-ubah.xlsx", "--out", "ubah.xlsx");
    expect(res.code).toBe(1); // the other units' Realisasi are still blank: error findings
    expect(res.stdout).toContain(
      `[PERINGATAN] Berkas "sekretariat-ubah.xlsx", sheet "Sekretariat", sel ${targetCell.address}: Target diubah dari "70" menjadi "60"; nilai format induk yang dipakai.`,
    );
    expect(res.stdout).toMatch(/Belum ada berkasnya: Bidang Ideologi/);
    const out = analyzeWorkbook(await gridOf(at("ubah.xlsx")));
    const sakip = out.indikator.find((i) => i.indikator === "Nilai evaluasi SAKIP perangkat daerah")!;
    expect(sakip.target).toBe(70);
    expect(sakip.realisasi).toBe(71.25);
    expect(sakip.keterangan).toBe("=1+1 tetap teks");
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(at("ubah.xlsx"));
    const written = check.getWorksheet("Sekretariat")!.getCell(ketCell.address);
    expect(written.formula).toBeUndefined();
    expect(written.value).toBe("=1+1 tetap teks");
  });

  test("a unit file whose indicators no longer match is refused row by row, never merged", async () => {
    const file = at("unit", "Format 2026 - Bidang Politik Dalam Negeri.xlsx");
    const changed = at("poldagri-geser.xlsx");
    writeFileSync(changed, readFileSync(file));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(changed);
    const ws = wb.getWorksheet("Bidang Politik Dalam Negeri")!;
    ws.spliceRows(5, 0, [null, null, "Indikator sisipan", "kali", "Naik", 3, 3]);
    await writeKeepingProperties(wb, changed);
    const res = lakip("himpun", "induk-2026.xlsx", "poldagri-geser.xlsx", "--out", "geser.xlsx");
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(
      /\[DITOLAK\] Berkas "poldagri-geser\.xlsx", sheet "Bidang Politik Dalam Negeri", sel C5: indikator "Indikator sisipan" berbeda dengan format induk/,
    );
    expect(res.stdout).toMatch(/sel C6: indikator .* berbeda/);
    expect(res.stdout).toMatch(/sel C7: indikator .* tidak ada di format induk/);
    expect(res.stdout).toMatch(/tidak dihimpun karena indikatornya tidak lagi sama/);
    const out = analyzeWorkbook(await gridOf(at("geser.xlsx")));
    expect(out.indikator.filter((i) => i.unit === "Bidang Politik Dalam Negeri")).toEqual([]);
  });

  test("never writes over the master; unusable arguments exit 2", () => {
    const before = statSync(master).mtimeMs;
    const r = lakip(
      "himpun",
      "induk-2026.xlsx",
      "unit/Format 2026 - Sekretariat.xlsx",
      "--out",
      "./induk-2026.xlsx",
      "--force",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/format induk itu sendiri/);
    expect(statSync(master).mtimeMs).toBe(before);
    expect(lakip("himpun", "induk-2026.xlsx", "--out", "a.xlsx").code).toBe(2);
    expect(lakip("himpun", "induk-2026.xlsx", "tidak-ada.xlsx", "--out", "a.xlsx").stderr).toMatch(/tidak ditemukan/);
    expect(existsSync(at("a.xlsx"))).toBe(false);
  });

  test("unit names that cannot be Windows file names are changed, and said so", async () => {
    const header = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
    writeFileSync(
      at("nama-aneh.xlsx"),
      await writeWorkbookGrid({
        sheets: [
          {
            name: "Identitas",
            rows: [
              ["Instansi", "Badan X"],
              ["Pemerintah Daerah", "Kab Y"],
              ["Tahun", 2026],
            ],
          },
          { name: "CON", rows: [header, [1, "Sasaran 1", "Indikator a", "%", "Naik", 80]] },
          { name: 'Bidang "Khusus" <A|B>', rows: [header, [1, "Sasaran 2", "Indikator b", "%", "Naik", 90]] },
        ],
      }),
    );
    const r = lakip("format", "--per-unit", "nama-aneh.xlsx", "--out", "aneh");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(at("aneh")).sort()).toEqual([
      "Format 2026 - Bidang -Khusus- -A-B-.xlsx",
      "Format 2026 - CON.xlsx",
    ]);
    expect(r.stdout).toContain(
      'Nama berkas diubah dari nama unit "Bidang "Khusus" <A|B>": karakter " < | > tidak boleh ada',
    );
    // "Format 2026 - CON" is not a reserved name itself: only a bare CON is.
    expect(r.stdout).not.toMatch(/dari nama unit "CON"/);
  });

  test("--catat-di-induk also records step 3 in the master, changing nothing else", async () => {
    const copy = at("induk-catat.xlsx");
    writeFileSync(copy, readFileSync(master));
    const before = await gridOf(copy);
    expect(before.customProperties?.["LAKIP Langkah 3"]).toBeUndefined();
    const r = lakip("format", "--per-unit", "induk-catat.xlsx", "--out", "unit-catat", "--catat-di-induk");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tercatat Selesai di setiap berkas unit dan di induk-catat\.xlsx/);
    const after = await gridOf(copy);
    expect(after.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \| /);
    expect(after.sheets).toEqual(before.sheets);
    expect(lakip("format", "--from", "a.xlsx", "--out", "b.xlsx", "--catat-di-induk").code).toBe(2);
  });
});
