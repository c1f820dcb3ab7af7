/** The in-memory Excel host (the adapter over the fake workbook) and Himpun's plan. */
import type { WorkbookGrid } from "../../../src/core/grid";
import { planHimpun } from "../../../src/core/plan/himpunPlan";
import { createMemoryExcelHost, createMemoryWorkbook, harnessState } from "../../../src/hosts/memory/excelMemoryHost";

const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"].map(
  (v) => ({ t: "s" as const, v }),
);
const unit = (name: string, indikator: string) => ({
  name,
  rows: [
    HEADER,
    [
      { t: "n" as const, v: 1 },
      { t: "s" as const, v: "S1" },
      { t: "s" as const, v: indikator },
      { t: "s" as const, v: "%" },
      { t: "s" as const, v: "Naik" },
      { t: "n" as const, v: 80 },
      { t: "n" as const, v: 88 },
    ],
  ],
});
const anggaran = (program: string) => ({
  name: "Anggaran",
  rows: [
    ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"].map((v) => ({ t: "s" as const, v })),
    [
      { t: "s" as const, v: program },
      { t: "s" as const, v: "S1" },
      { t: "n" as const, v: 100 },
      { t: "n" as const, v: 90 },
    ],
  ],
});

describe("planHimpun", () => {
  const current: WorkbookGrid = { sheets: [unit("Sekretariat", "Lama"), anggaran("Program Lama")] };

  test("takes units and new Anggaran rows; refuses and explains the rest", () => {
    const plan = planHimpun(
      [
        {
          name: "a.xlsx",
          grid: { sheets: [unit("Bidang A", "X"), anggaran("Program A"), { name: "Petunjuk", rows: [] }] },
        },
        { name: "b.xlsx", grid: { sheets: [unit("Bidang A", "Y")] } },
        { name: "c.xlsx", grid: { sheets: [{ name: "Catatan", rows: [[{ t: "s", v: "hanya catatan" }]] }] } },
        { name: "d.txt", error: "Bukan buku kerja Excel (.xlsx); berkas dilewati." },
        { name: "e.xlsx", grid: { sheets: [unit("Sekretariat", "Baru"), anggaran("Program Lama")] } },
      ],
      current,
      false,
    );
    expect(plan.write.sheets.map((s) => s.name)).toEqual(["Bidang A"]);
    expect(plan.reports[0].taken).toEqual(['Sheet "Bidang A"', "1 baris Anggaran"]);
    expect(plan.reports[1].refused[0]).toMatch(/bentrok dengan sheet dari berkas "a.xlsx"/);
    expect(plan.reports[2].refused[0]).toMatch(/Tidak ada sheet indikator/);
    expect(plan.reports[3].refused[0]).toMatch(/Bukan buku kerja/);
    expect(plan.reports[4].refused).toEqual([
      'Sheet "Sekretariat": sudah ada di buku kerja ini dan tidak diganti.',
      "1 baris Anggaran sudah ada di buku kerja ini (tidak digandakan).",
    ]);
    expect(plan.conflicts).toEqual(["Sekretariat"]);
    expect(plan.write.anggaran).toEqual({
      exists: true,
      header: ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"],
      rows: [{ row: 2, cells: anggaran("Program A").rows[1] }],
    });
    const confirmed = planHimpun([{ name: "e.xlsx", grid: { sheets: [unit("Sekretariat", "Baru")] } }], current, true);
    expect(confirmed.write.sheets).toEqual([expect.objectContaining({ name: "Sekretariat", replace: true })]);
  });

  test("a sheet taken whole in place of the old one is never also reported as not gathered", () => {
    const confirmed = planHimpun([{ name: "e.xlsx", grid: { sheets: [unit("Sekretariat", "Baru")] } }], current, true);
    const [report] = confirmed.reports;
    expect(report.taken).toEqual(['Sheet "Sekretariat" (menggantikan yang lama)']);
    for (const line of [...report.refused, ...(report.warnings ?? [])]) expect(line).not.toMatch(/tidak dihimpun/);
    const kept = planHimpun([{ name: "e.xlsx", grid: { sheets: [unit("Sekretariat", "Baru")] } }], current, false);
    expect(kept.reports[0].taken).toEqual([]);
    expect(kept.reports[0].refused.join(" ")).toMatch(/tidak diganti/);
  });
});

describe("memory Excel host", () => {
  test("imports units into the workbook, replacing only what was confirmed", async () => {
    const book = createMemoryWorkbook({ sheets: [unit("Sekretariat", "Lama"), anggaran("Program Lama")] });
    const host = createMemoryExcelHost(book);
    const current = await host.readWorkbook();
    const plan = planHimpun(
      [
        {
          name: "a.xlsx",
          grid: { sheets: [unit("Sekretariat", "Baru"), unit("Bidang B", "=1+1"), anggaran("Program B")] },
        },
      ],
      current,
      true,
    );
    await host.importUnits(plan.write);
    const state = harnessState(book);
    // The replaced unit keeps its place (and its sheet: never renamed or deleted); new units go at the end.
    expect(state.sheetNames()).toEqual(["Sekretariat", "Anggaran", "Bidang B"]);
    expect(state.cellValue("Sekretariat", "C2")).toBe("Baru");
    expect(state.cellValue("Bidang B", "C2")).toBe("=1+1");
    expect(state.cellFormula("Bidang B", "C2")).toBeNull();
    expect(state.cellValue("Anggaran", "A3")).toBe("Program B");
    expect(state.cellValue("Anggaran", "C3")).toBe(100);
    await expect(host.listSheets()).resolves.toEqual(["Sekretariat", "Anggaran", "Bidang B"]);
  });
});

describe("unit files made from this workbook (issue 14)", () => {
  const current: WorkbookGrid = { sheets: [unit("Sekretariat", "Indikator A"), anggaran("Program A")] };
  const filled = (realisasi: number, target: number): WorkbookGrid => {
    const u = unit("Sekretariat", "Indikator A");
    const rows = u.rows.map((r) => r.slice());
    rows[1][5] = { t: "n", v: target };
    rows[1][6] = { t: "n", v: realisasi };
    const a = anggaran("Program A");
    const arows = a.rows.map((r) => r.slice());
    arows[1][3] = { t: "n", v: 95 };
    return {
      sheets: [
        { name: "Sekretariat", rows },
        { name: "Anggaran", rows: arows },
      ],
    };
  };

  test("planHimpun takes the open cells without a conflict and warns about a changed target", () => {
    const plan = planHimpun([{ name: "sek.xlsx", grid: filled(91, 75) }], current, false);
    expect(plan.conflicts).toEqual([]);
    expect(plan.write.sheets).toEqual([]);
    expect(plan.write.anggaran).toBeNull();
    expect(plan.write.cells).toEqual([
      { sheet: "Sekretariat", row: 1, col: 6, cell: { t: "n", v: 91 } },
      { sheet: "Anggaran", row: 1, col: 3, cell: { t: "n", v: 95 } },
    ]);
    expect(plan.reports[0].taken).toEqual(['Sheet "Sekretariat": 1 sel isian unit', "1 realisasi Anggaran"]);
    expect(plan.reports[0].warnings).toEqual([
      'Berkas "sek.xlsx", sheet "Sekretariat", sel F2: Target diubah dari "80" menjadi "75"; nilai format induk yang dipakai.',
    ]);
  });

  test("importUnits writes those cells in one request (the fake counts syncs)", async () => {
    const book = createMemoryWorkbook(current);
    const host = createMemoryExcelHost(book);
    const plan = planHimpun([{ name: "sek.xlsx", grid: filled(91, 75) }], current, false);
    const before = book.syncCount;
    await host.importUnits(plan.write);
    const state = harnessState(book);
    expect(state.cellValue("Sekretariat", "G2")).toBe(91);
    expect(state.cellValue("Sekretariat", "F2")).toBe(80);
    expect(state.cellValue("Anggaran", "D2")).toBe(95);
    expect(book.syncCount - before).toBeLessThanOrEqual(2);
  });

  test("createWorkbook: kept by the memory host; refused in Indonesian where ExcelApi 1.8 is missing", async () => {
    const book = createMemoryWorkbook(current);
    await createMemoryExcelHost(book).createWorkbook("UEsDBA==");
    expect(harnessState(book).createdWorkbooks()).toEqual(["UEsDBA=="]);
    const old = createMemoryExcelHost(book, { isSetSupported: (_s, v) => v !== "1.8" });
    await expect(old.createWorkbook("UEsDBA==")).rejects.toThrow(
      /perlu Microsoft 365 versi \d+.*Office 2021.*lakip format/,
    );
    await expect(createMemoryExcelHost(book).createWorkbook("bukan base64!")).rejects.toThrow(
      /^Excel menolak membuka buku kerja baru .*lakip format --from/,
    );
  });
});
