/**
 * A quarter's round on real .xlsx bytes (spec 6): unit files for quarter 3 open only quarter 3's
 * cells (Realisasi TW III, Kendala TW III, the Anggaran's Realisasi TW III), and Himpun takes
 * them back into a copy of the master without touching the earlier quarters.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/core";
import type { WorkbookGrid } from "../../../src/core/grid";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { planGather } from "../../../src/core/layout/gather";
import { UNIT_FILE_QUARTER_PROPERTY } from "../../../src/core/layout/quarterUnitFiles";
import { buildUnitFiles } from "../../../src/core/layout/unitFiles";
import { writeGatheredXlsx } from "../../../src/hosts/files/gatherXlsx";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { renderLayoutXlsx } from "../../../src/hosts/files/writeFormat";

/** Header text -> 1-based column of the header row (row 3 in the format). */
function headers(ws: ExcelJS.Worksheet, row = 3): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(row).eachCell((c, n) => m.set(String(c.value ?? "").trim(), n));
  return m;
}

/** The format (with its quarter columns), filled for two indicators and one program, TW I-II reported. */
async function masterBytes(): Promise<Uint8Array> {
  const layout = buildFormatLayout(["Sekretariat", "Bidang Politik"], { tahun: 2025 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderLayoutXlsx(layout)) as unknown as ExcelJS.Buffer);
  const id = wb.getWorksheet("Identitas")!;
  id.getCell("B2").value = "Badan Kesatuan Bangsa dan Politik";
  id.getCell("B3").value = "Kabupaten Kotawaringin Barat";
  id.getCell("B4").value = 2025;
  const ws = wb.getWorksheet("Bidang Politik")!;
  const h = headers(ws);
  const put = (row: number, header: string, value: string | number) => {
    const c = h.get(header);
    if (c === undefined) throw new Error(header);
    ws.getCell(row, c).value = value;
  };
  const rows: [string, string, string, number, number[], number[]][] = [
    ["Jumlah kegiatan sosialisasi", "kegiatan", "Naik", 12, [3, 3, 3, 3], [2, 4]],
    ["Persentase ormas terdata", "%", "Naik", 90, [60, 70, 80, 90], [55, 72]],
  ];
  rows.forEach(([ind, satuan, pol, target, tq, rq], i) => {
    const r = 4 + i;
    put(r, "No", i + 1);
    if (i === 0) put(r, "Sasaran Strategis", "Meningkatnya wawasan kebangsaan");
    put(r, "Indikator Kinerja", ind);
    put(r, "Satuan", satuan);
    put(r, "Polaritas", pol);
    put(r, "Target", target);
    put(r, "Cara Akumulasi", satuan === "%" ? "Akhir" : "Jumlah");
    tq.forEach((v, q) => put(r, `Target TW ${["I", "II", "III", "IV"][q]}`, v));
    rq.forEach((v, q) => put(r, `Realisasi TW ${["I", "II", "III", "IV"][q]}`, v));
    put(r, "Kendala TW I", "Hujan");
  });
  const ang = wb.getWorksheet("Anggaran")!;
  const ah = headers(ang);
  ang.getCell(4, ah.get("Program/Kegiatan")!).value = "Program Peningkatan Wawasan Kebangsaan";
  ang.getCell(4, ah.get("Sasaran Strategis")!).value = "Meningkatnya wawasan kebangsaan";
  ang.getCell(4, ah.get("Pagu")!).value = 100_000_000;
  ang.getCell(4, ah.get("Realisasi TW I")!).value = 20_000_000;
  ang.getCell(4, ah.get("Realisasi TW II")!).value = 25_000_000;
  // the Sekretariat sheet stays without indicators
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let master: Uint8Array;
let masterGrid: WorkbookGrid;
beforeAll(async () => {
  master = await masterBytes();
  masterGrid = await readWorkbookGrid(master);
});

test("the master reads with its quarters; for TW III it lacks quarter 3 (MISSING_QUARTER at each cell)", () => {
  const a = analyzeWorkbook(masterGrid, { triwulan: 3 });
  expect(a.findings.filter((f) => f.severity === "error").map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([
    "MISSING_QUARTER@Bidang Politik!AC4",
    "MISSING_QUARTER@Bidang Politik!AC5",
  ]);
  expect(analyzeWorkbook(masterGrid, { triwulan: 2 }).findings.filter((f) => f.severity === "error")).toEqual([]);
  // the year's validation still asks for the year's Realisasi
  expect(analyzeWorkbook(masterGrid).findings.map((f) => f.code)).toContain("MISSING_VALUE");
});

test("unit files for quarter 3 open only quarter 3's cells and gather back without touching quarters 1-2", async () => {
  const a = analyzeWorkbook(masterGrid);
  const plan = buildUnitFiles(masterGrid, a.identitas, { triwulan: 3 });
  const file = plan.files.find((f) => f.unit === "Bidang Politik")!;
  expect(file.fileName).toBe("Format 2025 TW III - Bidang Politik.xlsx");
  const bytes = await renderLayoutXlsx(file.layout, { [UNIT_FILE_QUARTER_PROPERTY]: "3" });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Bidang Politik")!;
  const h = headers(ws);
  const open: string[] = [];
  for (const r of [4, 5])
    for (const [header, c] of h) if (ws.getCell(r, c).protection?.locked === false) open.push(`${header}@${r}`);
  expect(open.sort()).toEqual(["Kendala TW III@4", "Kendala TW III@5", "Realisasi TW III@4", "Realisasi TW III@5"]);
  // the earlier quarters are shown as the master has them, locked
  expect(ws.getCell(4, h.get("Realisasi TW II")!).value).toBe(4);
  const ang = wb.getWorksheet("Anggaran")!;
  const ah = headers(ang);
  expect([...ah.keys()]).toEqual([
    "Program/Kegiatan",
    "Sasaran Strategis",
    "Pagu",
    "Realisasi",
    "Realisasi TW I",
    "Realisasi TW II",
    "Realisasi TW III",
  ]);
  const openAng = [...ah].filter(([, c]) => ang.getCell(4, c).protection?.locked === false).map(([x]) => x);
  expect(openAng).toEqual(["Realisasi TW III"]);
  expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);

  // The unit fills quarter 3 and, against the rules, types over quarter 2 (locked in Excel; a copy could still differ).
  ws.getCell(4, h.get("Realisasi TW III")!).value = 3;
  ws.getCell(5, h.get("Realisasi TW III")!).value = 81;
  ws.getCell(4, h.get("Kendala TW III")!).value = "Anggaran perjalanan dinas terlambat cair";
  ws.getCell(4, h.get("Realisasi TW II")!).value = 99;
  ang.getCell(4, ah.get("Realisasi TW III")!).value = 30_000_000;
  const filled = await readWorkbookGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
  // ExcelJS drops custom properties on save: the file as Excel keeps them
  const unitGrid: WorkbookGrid = { ...filled, customProperties: { [UNIT_FILE_QUARTER_PROPERTY]: "3" } };

  const gather = planGather(masterGrid, [{ name: file.fileName, grid: unitGrid }], 2025);
  expect(gather.refused).toEqual([]);
  const mh = headers(ws); // same columns as the master
  const cols = new Set(gather.writes.map((w) => w.col + 1));
  expect([...cols].sort((x, y) => x - y)).toEqual(
    [mh.get("Realisasi TW III")!, mh.get("Kendala TW III")!, ah.get("Realisasi TW III")!].sort((x, y) => x - y),
  );
  const out = await readWorkbookGrid(await writeGatheredXlsx(master, gather.writes, {}));
  const b = analyzeWorkbook(out, { triwulan: 3 });
  expect(b.findings.filter((f) => f.severity === "error")).toEqual([]);
  const [keg, ormas] = b.indikator;
  expect(keg.kuartal?.realisasi).toEqual([2, 4, 3, null]); // TW II kept at the master's 4
  expect(keg.kuartal?.kendala[2]).toBe("Anggaran perjalanan dinas terlambat cair");
  expect(keg.kuartal?.kendala[0]).toBe("Hujan");
  expect(ormas.triwulan[2]).toMatchObject({ tw: 3, realisasiSd: 81, targetSd: 80 });
  expect(b.anggaran[0].triwulan).toEqual([20_000_000, 25_000_000, 30_000_000, null]);
});

test("a file made for another quarter than the one asked for is refused", () => {
  const grid: WorkbookGrid = { ...masterGrid, customProperties: { [UNIT_FILE_QUARTER_PROPERTY]: "2" } };
  const plan = planGather(masterGrid, [{ name: "u.xlsx", grid }], 2025, { triwulan: 3 });
  expect(plan.writes).toEqual([]);
  expect(plan.refused[0].message).toMatch(/dibuat untuk Triwulan II, sedangkan yang dihimpun Triwulan III/);
});

test("a master without the quarter's columns: the unit files are not made, with the sheet named", () => {
  const stripped: WorkbookGrid = {
    sheets: masterGrid.sheets.map((s) =>
      s.name === "Bidang Politik" ? { ...s, rows: s.rows.map((r) => (r ? r.slice(0, 19) : r)) } : s,
    ),
  };
  expect(() => buildUnitFiles(stripped, { tahun: 2025, instansi: null }, { triwulan: 3 })).toThrow(
    /Sheet Bidang Politik di format induk tidak memuat kolom "Realisasi TW III"/,
  );
});
