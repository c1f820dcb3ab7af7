/**
 * A quarter's round over files (LAKIP.html's Triwulan view): unit files for TW III open only TW
 * III's cells, two units fill them, Himpun writes only those cells into the master, the check of
 * TW III finds MISSING_QUARTER before and nothing after, and the Laporan Triwulan is written.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/core";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { readWorkbookFileBytes } from "../../../src/hosts/browserFiles/workbookFiles";
import {
  QuarterFilesError,
  gatherQuarterWorkbook,
  quarterUnitFilesZip,
  triwulanReport,
} from "../../../src/hosts/browserFiles/quarterFiles";
import { TW3_UNITS, exampleTw3, fillUnitTw3, masterBeforeTw3 } from "../../support/quarterRound";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLE = fs.readFileSync(path.join(ROOT, "examples/kesbangpol-2025.xlsx"));
const now = new Date(2025, 9, 6, 9, 0);

test("TW III's round: unit files, two units filled, Himpun writes only TW III, the check and the report", async () => {
  const masterBytes = await masterBeforeTw3(EXAMPLE);
  const master = await readWorkbookFileBytes("induk-2025.xlsx", masterBytes);
  const before = analyzeWorkbook(master.grid, { triwulan: 3 }).findings.filter((f) => f.code === "MISSING_QUARTER");
  expect(before.map((f) => f.sheet).sort()).toEqual(expect.arrayContaining([...TW3_UNITS]));
  expect(before.every((f) => (TW3_UNITS as readonly string[]).includes(f.sheet))).toBe(true);
  // a finding at the quarter's own cell
  expect(before[0].cell).toMatch(/^[A-Z]+\d+$/);

  const made = await quarterUnitFilesZip(master, 3, now);
  if (made.refused) throw new Error("refused");
  expect(made.zipName).toBe("Berkas unit Triwulan III 2025.zip");
  const zip = await JSZip.loadAsync(made.zip);
  const values = await exampleTw3(EXAMPLE);
  const filled: { name: string; grid: Awaited<ReturnType<typeof readWorkbookGrid>> }[] = [];
  for (const unit of TW3_UNITS) {
    const u = made.units.find((x) => x.unit === unit)!;
    const bytes = await zip.file(u.fileName)!.async("uint8array");
    const grid = await readWorkbookGrid(bytes);
    expect(grid.customProperties?.["LAKIP Triwulan"]).toBe("3");
    // only TW III's cells are open in the unit's sheet
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(unit)!;
    const open = new Set<string>();
    const header = [1, 2, 3, 4, 5].find((r) => ws.getRow(r).values.toString().includes("Indikator Kinerja"))!;
    ws.eachRow((row, r) => {
      if (r <= header) return;
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.protection?.locked === false) open.add(String(ws.getCell(header, Number(c.col)).value));
      });
    });
    expect([...open].sort()).toEqual(["Kendala TW III", "Realisasi TW III"]);
    filled.push({ name: u.fileName, grid: await readWorkbookGrid(await fillUnitTw3(bytes, unit, values.get(unit)!)) });
  }

  const g = await gatherQuarterWorkbook(master, filled, 3);
  expect(g.plan.refused).toEqual([]);
  expect(g.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  // TW I-III of every indicator as in the example; the master's bytes untouched
  const ex = analyzeWorkbook(await readWorkbookGrid(EXAMPLE));
  const tw = (a: ReturnType<typeof analyzeWorkbook>) =>
    a.indikator.map((i) => i.triwulan.filter((t) => t.tw <= 3).map((t) => [t.tw, t.realisasi]));
  expect(tw(g.analysis)).toEqual(tw(ex));
  expect(Buffer.from(master.bytes).equals(Buffer.from(masterBytes))).toBe(true);

  const report = await triwulanReport(await readWorkbookGrid(g.bytes), 3, now);
  if (report.refused) throw new Error("report refused");
  expect(report.fileName).toBe("Laporan Triwulan III 2025.docx");
  const doc = await (await JSZip.loadAsync(report.bytes)).file("word/document.xml")!.async("string");
  expect(doc).toContain("Triwulan III");
  expect(report.fill.filled.length).toBeGreaterThan(0);

  // before Himpun, the report is refused with MISSING_QUARTER
  const refused = await triwulanReport(master.grid, 3, now);
  expect(refused.refused?.some((f) => f.code === "MISSING_QUARTER")).toBe(true);
}, 120_000);

test("a master without quarter columns gives no quarter's unit files, with a sentence", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(EXAMPLE as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) {
    if (ws.name === "Anggaran" || ws.name === "Identitas" || ws.name === "Petunjuk" || ws.name === "Pengaturan")
      continue;
    const header = ws.getRow(3);
    header.eachCell((c) => {
      if (/TW/.test(String(c.value))) c.value = null;
    });
  }
  const file = await readWorkbookFileBytes("tanpa-tw.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
  await expect(quarterUnitFilesZip(file, 2, now)).rejects.toBeInstanceOf(QuarterFilesError);
}, 60_000);
