/** The workbook side of the files host of LAKIP.html: Himpun over files, the highlighted copy, the Rekap copy. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeWorkbook, toComputeOutput } from "../../../src/core";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import {
  gatherWorkbook,
  highlightedCopy,
  readWorkbookFileBytes,
  rekapCopy,
  rekapTwCopy,
} from "../../../src/hosts/browserFiles/workbookFiles";
import { REKAP_SHEET } from "../../../src/core/plan/rekapTable";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLE = path.join(ROOT, "examples/kesbangpol-2025.xlsx");
const who = { name: "Sari Dewi", role: "Kasubag Program" };
const now = new Date(2026, 0, 15, 9, 30);

async function without(sheets: string[], anggaranKeep?: number[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  for (const name of sheets) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  const ang = wb.getWorksheet("Anggaran");
  if (ang && anggaranKeep) for (let r = ang.rowCount; r >= 4; r--) if (!anggaranKeep.includes(r)) ang.spliceRows(r, 1);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const UNITS_A = ["Sekretariat", "Bidang Ideologi dan Wasbang"];
const UNITS_B = ["Bidang Politik Dalam Negeri", "Bidang Ketahanan Ekososbud", "Bidang Kewaspadaan Nasional"];

describe("gatherWorkbook", () => {
  test("two unit files without a master give the numbers of the whole example", async () => {
    const a = await without(UNITS_B, [4, 5]);
    const b = await without(UNITS_A, [6, 7, 8, 9]);
    const files = [
      { name: "a.xlsx", bytes: a, grid: await readWorkbookGrid(a) },
      { name: "b.xlsx", bytes: b, grid: await readWorkbookGrid(b) },
    ];
    const r = await gatherWorkbook(null, files, who, now);
    expect(r.base).toBe("a.xlsx");
    const grid = await readWorkbookGrid(r.bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Pengaturan",
      ...UNITS_A,
      ...UNITS_B,
      "Anggaran",
    ]);
    const mine = toComputeOutput(analyzeWorkbook(grid));
    const theirs = toComputeOutput(analyzeWorkbook(await readWorkbookGrid(fs.readFileSync(EXAMPLE))));
    expect(mine.indikator).toEqual(theirs.indikator);
    expect(mine.anggaran).toEqual(theirs.anggaran);
    expect(mine.organisasi).toEqual(theirs.organisasi);
    expect(grid.customProperties?.["LAKIP Langkah 4"]).toMatch(
      /^Berjalan \| 2026-01-15T09:30 \| - \| Sari Dewi, Kasubag Program/,
    );
    // The unit sheets keep the unit's formatting (column widths).
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(r.bytes as unknown as ExcelJS.Buffer);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(EXAMPLE);
    expect(out.getWorksheet("Sekretariat")!.getColumn(3).width).toBe(
      src.getWorksheet("Sekretariat")!.getColumn(3).width,
    );
  }, 60_000);

  test("with a master, a unit file made from it gives its open cells and the master's bytes are untouched", async () => {
    const masterBytes = fs.readFileSync(EXAMPLE);
    const copy = Buffer.from(masterBytes);
    const master = await readWorkbookFileBytes("induk.xlsx", masterBytes);
    const unit = await without([...UNITS_A.slice(1), ...UNITS_B], []);
    const r = await gatherWorkbook(
      master,
      [{ name: "sekretariat.xlsx", bytes: unit, grid: await readWorkbookGrid(unit) }],
      who,
      now,
    );
    expect(Buffer.compare(masterBytes, copy)).toBe(0);
    // the unit's sheet matches the master's indicators (issue 14): only the cells a unit fills are taken
    expect(r.plan.reports[0].taken).toEqual(['Sheet "Sekretariat": 16 sel isian unit']);
    expect(r.plan.reports[0].refused).toEqual([]);
    const grid = await readWorkbookGrid(r.bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(master.grid.sheets.map((s) => s.name));
  }, 60_000);

  test("with a master, the open cells a unit file changed are written into the master's copy", async () => {
    const master = await readWorkbookFileBytes("induk.xlsx", fs.readFileSync(EXAMPLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await without([...UNITS_A.slice(1), ...UNITS_B], [])) as unknown as ExcelJS.Buffer);
    wb.getWorksheet("Sekretariat")!.getCell("G4").value = 80.5; // Realisasi, an open cell
    wb.getWorksheet("Sekretariat")!.getCell("F4").value = 99; // Target, locked: the master's value stays
    const unit = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await gatherWorkbook(
      master,
      [{ name: "sekretariat.xlsx", bytes: unit, grid: await readWorkbookGrid(unit) }],
      who,
      now,
    );
    expect(r.plan.reports[0].warnings?.some((w) => w.includes("F4"))).toBe(true);
    const grid = await readWorkbookGrid(r.bytes);
    const sheet = grid.sheets.find((s) => s.name === "Sekretariat")!;
    expect(sheet.rows[3]?.[6]).toEqual({ t: "n", v: 80.5 });
    expect(sheet.rows[3]?.[5]).toEqual({ t: "n", v: 70 });
    expect(grid.customProperties?.["LAKIP Langkah 4"]).toMatch(/^Berjalan \|/);
  }, 60_000);

  test("a file that could not be read is reported, and with no base at all the page says what to choose", async () => {
    await expect(gatherWorkbook(null, [{ name: "x.xlsx", error: "rusak" }], who, now)).rejects.toThrow(
      /buku kerja induk/,
    );
  });
});

describe("highlightedCopy", () => {
  test("fills the findings' cells, changes no value, records step 4 only when clean", async () => {
    const messy = await readWorkbookFileBytes(
      "m.xlsx",
      fs.readFileSync(path.join(ROOT, "examples/contoh-berantakan.xlsx")),
    );
    const findings = analyzeWorkbook(messy.grid).findings;
    const r = await highlightedCopy(messy, findings, who, now);
    expect(r.errorCells).toBeGreaterThan(0);
    const after = await readWorkbookGrid(r.bytes);
    for (const s of messy.grid.sheets) expect(after.sheets.find((x) => x.name === s.name)!.rows).toEqual(s.rows);
    expect(after.customProperties?.["LAKIP Langkah 4"]).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ExcelJS.Buffer);
    const e = findings.find((f) => f.severity === "error" && f.cell)!;
    expect((wb.getWorksheet(e.sheet)!.getCell(e.cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");

    const clean = await readWorkbookFileBytes("k.xlsx", fs.readFileSync(EXAMPLE));
    const c = await highlightedCopy(clean, analyzeWorkbook(clean.grid).findings, who, now);
    expect((await readWorkbookGrid(c.bytes)).customProperties?.["LAKIP Langkah 4"]).toMatch(/^Selesai \|/);
  }, 60_000);
});

describe("rekapCopy", () => {
  test("writes Rekap Capaian with the engine's numbers; text stays text; again replaces it", async () => {
    const file = await readWorkbookFileBytes("k.xlsx", fs.readFileSync(EXAMPLE));
    const analysis = analyzeWorkbook(file.grid);
    const once = await rekapCopy(file, analysis, who, now);
    const twice = await rekapCopy(await readWorkbookFileBytes("k2.xlsx", once), analysis, who, now);
    const grid = await readWorkbookGrid(twice);
    expect(grid.sheets.filter((s) => s.name === REKAP_SHEET)).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(twice as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(REKAP_SHEET)!;
    let org: unknown;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Capaian organisasi") org = row.getCell(2).value;
    });
    expect(org).toBe(analysis.organisasi.capaian);
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);
    expect(grid.customProperties?.["LAKIP Langkah 5"]).toMatch(/^Selesai \|/);
    expect(grid.customProperties?.["LAKIP Langkah 4"]).toMatch(/^Selesai \|/);
    // One chart (made again, not doubled), fed by the sasaran table, its numbers cached.
    const zip = await JSZip.loadAsync(twice);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async("string");
    expect(chart).toContain("<c:f>'Rekap Capaian'!$B$");
    for (const s of analysis.sasaran) expect(chart).toContain(`<c:v>${s.capaian}</c:v>`);
    // The engine reads the copy as it read the original (the Rekap sheet is the add-in's own).
    expect(toComputeOutput(analyzeWorkbook(grid)).indikator).toEqual(toComputeOutput(analysis).indikator);
  }, 60_000);
});

describe("rekapTwCopy (Rekap TW N on files)", () => {
  test("writes Rekap TW II beside the year's Rekap with its own chart; again replaces only it", async () => {
    const file = await readWorkbookFileBytes("k.xlsx", fs.readFileSync(EXAMPLE));
    const year = await rekapCopy(file, analyzeWorkbook(file.grid), who, now);
    const withYear = await readWorkbookFileBytes("k2.xlsx", year);
    const tw2 = analyzeWorkbook(withYear.grid, { triwulan: 2 });
    const once = await rekapTwCopy(withYear, tw2, 2, now);
    const twice = await rekapTwCopy(await readWorkbookFileBytes("k3.xlsx", once), tw2, 2, now);
    const grid = await readWorkbookGrid(twice);
    expect(grid.sheets.map((s) => s.name).filter((n) => /^Rekap/.test(n))).toEqual([REKAP_SHEET, "Rekap TW II"]);
    // No SOP step for a quarter: the properties are the year's rekap's.
    expect(grid.customProperties).toEqual(withYear.grid.customProperties);
    const zip = await JSZip.loadAsync(twice);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2);
    const texts = await Promise.all(charts.map((c) => zip.file(c)!.async("string")));
    expect(texts.filter((t) => t.includes("<c:f>'Rekap TW II'!$B$"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("<c:f>'Rekap Capaian'!$B$"))).toHaveLength(1);
    // The year's figures read the same (the Rekap sheets are the add-in's own).
    expect(toComputeOutput(analyzeWorkbook(grid)).indikator).toEqual(
      toComputeOutput(analyzeWorkbook(withYear.grid)).indikator,
    );
  }, 60_000);

  test("refuses an analysis with MISSING_QUARTER (never zeros)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const a = analyzeWorkbook(await readWorkbookGrid(fs.readFileSync(EXAMPLE)));
    const first = a.indikator[0];
    wb.getWorksheet(first.sheet)!.getCell(first.kuartal!.realisasiCells[1]).value = null;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = await readWorkbookFileBytes("k.xlsx", bytes);
    const tw2 = analyzeWorkbook(file.grid, { triwulan: 2 });
    expect(tw2.findings).toContainEqual(
      expect.objectContaining({ code: "MISSING_QUARTER", cell: first.kuartal!.realisasiCells[1] }),
    );
    await expect(rekapTwCopy(file, tw2, 2, now)).rejects.toThrow(/Rekap Triwulan II belum dapat dibuat/);
  }, 60_000);
});
