/**
 * The Office.js Excel adapter against a fake Office.js workbook that follows load/sync
 * semantics (reading an unloaded property throws) and counts context.sync() calls.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Cell, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { analyzeWorkbook } from "../../../src/core/index";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { ERROR_FILL, HIGHLIGHT_SETTING, WARNING_FILL, chunkAddresses } from "../../../src/core/plan/highlightPlan";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import { REKAP_SHEET, asTypedFormat, buildRekapTable } from "../../../src/core/plan/rekapTable";
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";

const EXAMPLES = join(__dirname, "../../../examples");
const readExample = async (name: string) => readWorkbookGrid(readFileSync(join(EXAMPLES, `${name}.xlsx`)));

function hostOf(book: FakeWorkbook, sets: Partial<Record<string, boolean>> = {}) {
  return createOfficeExcelHost({
    run: book.run,
    isSetSupported: (_set, version) => sets[version] ?? true,
    now: () => new Date("2026-02-10T09:00:00+07:00"),
  });
}

const INDICATOR_HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

function unitSheet(name: string, rows: number, bad = false): SheetGrid {
  const out: (Cell | null)[][] = [INDICATOR_HEADER.map((v) => ({ t: "s", v }) as Cell)];
  for (let i = 0; i < rows; i++)
    out.push([
      { t: "n", v: i + 1 },
      { t: "s", v: `Sasaran ${(i % 3) + 1}` },
      { t: "s", v: `Indikator ${name} ${i + 1}` },
      { t: "s", v: "%" },
      { t: "s", v: bad && i === 0 ? "Atas" : "Naik" },
      { t: "n", v: 80 },
      bad && i === 1 ? { t: "s", v: "banyak" } : { t: "n", v: 70 + i },
    ]);
  return { name, rows: out };
}

function workbookWith(sheets: number): WorkbookGrid {
  const identitas: SheetGrid = {
    name: "Identitas",
    rows: [
      [
        { t: "s", v: "Instansi" },
        { t: "s", v: "Badan Uji" },
      ],
      [
        { t: "s", v: "Pemerintah Daerah" },
        { t: "s", v: "Kabupaten Uji" },
      ],
      [
        { t: "s", v: "Tahun" },
        { t: "n", v: 2025 },
      ],
    ],
  };
  return {
    sheets: [identitas, ...Array.from({ length: sheets }, (_, i) => unitSheet(`Unit ${i + 1}`, 20, true))],
  };
}

describe("fake Office.js semantics", () => {
  test("reading a property before load and sync throws", async () => {
    const book = FakeWorkbook.fromGrid(workbookWith(1));
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Unit 1");
      const used = ws.getUsedRangeOrNullObject(true);
      expect(() => used.values).toThrow(/not available/);
      used.load("values");
      expect(() => used.values).toThrow(/not available/);
      await context.sync();
      expect(used.values[0][2]).toBe("Indikator Kinerja");
      expect(() => used.address).toThrow(/not available/);
    });
  });
});

describe("Office.js Excel adapter", () => {
  test.each(["kesbangpol-2025", "contoh-berantakan"])(
    "reads %s to the same analysis as the file reader",
    async (name) => {
      const grid = await readExample(name);
      const book = FakeWorkbook.fromGrid(grid);
      const read = await hostOf(book).readWorkbook();
      const viaOffice = analyzeWorkbook(read);
      const direct = analyzeWorkbook(grid);
      expect(viaOffice.findings).toEqual(direct.findings);
      expect(viaOffice.indikator.map((i) => i.capaian)).toEqual(direct.indikator.map((i) => i.capaian));
      expect(viaOffice.organisasi).toEqual(direct.organisasi);
    },
  );

  test("read and highlight use a constant number of syncs for 1, 10 and 40 sheets", async () => {
    const counts: { read: number; highlight: number; clear: number }[] = [];
    for (const n of [1, 10, 40]) {
      const book = FakeWorkbook.fromGrid(workbookWith(n));
      const host = hostOf(book);
      let before = book.syncCount;
      const grid = await host.readWorkbook();
      const read = book.syncCount - before;
      const findings = analyzeWorkbook(grid).findings;
      expect(findings.filter((f) => f.cell).length).toBeGreaterThanOrEqual(n * 2);
      before = book.syncCount;
      await host.highlight(findings);
      const highlight = book.syncCount - before;
      before = book.syncCount;
      await host.clearHighlights();
      counts.push({ read, highlight, clear: book.syncCount - before });
    }
    for (const c of counts) {
      expect(c.read).toBeLessThanOrEqual(4);
      expect(c.highlight).toBeLessThanOrEqual(2);
      expect(c.clear).toBeLessThanOrEqual(2);
    }
    expect(new Set(counts.map((c) => `${c.read}/${c.highlight}/${c.clear}`)).size).toBe(1);
  });

  test("highlight then Hapus sorotan restores exactly the fills there were; values untouched", async () => {
    const grid = await readExample("contoh-berantakan");
    const book = FakeWorkbook.fromGrid(grid);
    const host = hostOf(book);
    const findings = analyzeWorkbook(await host.readWorkbook()).findings.filter((f) => f.cell);
    expect(findings.length).toBeGreaterThan(2);
    // Give two target cells a fill of the user's own, and one cell outside the targets.
    const state = harnessState(book);
    const [f1, f2] = findings;
    book.sheet(f1.sheet)!.fills.set(keyOf(f1.cell), "#00B0F0");
    book.sheet(f2.sheet)!.fills.set(keyOf(f2.cell), "#FFFFFF");
    const fillsBefore = snapshotFills(book);
    const valuesBefore = snapshotValues(book);

    const result = await host.highlight(findings);
    expect(result.errorCells + result.warningCells).toBeGreaterThan(0);
    for (const f of findings) {
      const fill = state.getFill(f.sheet, f.cell);
      expect([ERROR_FILL, WARNING_FILL]).toContain(fill);
    }
    const firstError = findings.find((f) => f.severity === "error")!;
    expect(state.getFill(firstError.sheet, firstError.cell)).toBe(ERROR_FILL);
    expect(book.settings.has(HIGHLIGHT_SETTING)).toBe(true);
    expect(snapshotValues(book)).toEqual(valuesBefore);

    // Validasi again (after a "fix": fewer findings): the list shrinks, the dropped cell is restored.
    await host.highlight(findings.slice(1));
    expect(state.getFill(f1.sheet, f1.cell)).toBe("#00B0F0");

    // A new pane (new host on the same workbook) can still clear: the store lives in the workbook.
    const { restored, notes } = await hostOf(book).clearHighlights();
    expect(restored).toBeGreaterThan(0);
    expect(notes).toEqual([]);
    expect(snapshotFills(book)).toEqual(fillsBefore);
    expect(snapshotValues(book)).toEqual(valuesBefore);
    expect(book.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  test("without ExcelApi 1.9 cells are filled one by one and still restored", async () => {
    const book = FakeWorkbook.fromGrid(workbookWith(2));
    const host = hostOf(book, { "1.9": false, "1.13": false });
    const before = snapshotFills(book);
    const findings = analyzeWorkbook(await host.readWorkbook()).findings;
    await host.highlight(findings);
    expect(Object.keys(snapshotFills(book)).length).toBeGreaterThan(0);
    await host.clearHighlights();
    expect(snapshotFills(book)).toEqual(before);
  });

  test("addresses for getRanges are chunked under 8,192 characters", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `AB${i + 1}`);
    const chunks = chunkAddresses(many);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(8192);
    expect(chunks.join(",").split(",")).toEqual(many);
  });

  test("Rekap: numbers equal the engine's, formula-like text stays text, chart per sasaran", async () => {
    const grid = workbookWith(1);
    const sheet = grid.sheets[1] as unknown as { rows: (Cell | null)[][] };
    sheet.rows[4][2] = { t: "s", v: "=SUM(A1:A9)" };
    sheet.rows[5][2] = { t: "s", v: "+62 desa" };
    sheet.rows[6][2] = { t: "s", v: "@warga" };
    sheet.rows[7][1] = { t: "s", v: "-Sasaran minus" };
    const book = FakeWorkbook.fromGrid(grid);
    const host = hostOf(book);
    const analysis = analyzeWorkbook(await host.readWorkbook());
    const result = await host.writeRekap(analysis);
    expect(result.sheet).toBe(REKAP_SHEET);
    const state = harnessState(book);
    const table = buildRekapTable(analysis);
    analysis.indikator.forEach((ind, i) => {
      const row = table.indikatorRows[i] + 1;
      expect(state.cellValue(REKAP_SHEET, `C${row}`)).toBe(ind.indikator);
      expect(state.cellFormula(REKAP_SHEET, `C${row}`)).toBeNull();
      expect(state.cellValue(REKAP_SHEET, `H${row}`)).toBe(ind.capaian ?? null);
      expect(state.numberFormat(REKAP_SHEET, `H${row}`)).toBe('#,##0.00"%"');
    });
    const texts = analysis.indikator.map((i) => i.indikator);
    expect(texts).toEqual(expect.arrayContaining(["=SUM(A1:A9)", "+62 desa", "@warga"]));
    for (const s of book.sheets) for (const c of s.cells.values()) expect(c.formula).toBeUndefined();
    expect(state.charts(REKAP_SHEET)).toHaveLength(1);
    expect(state.charts(REKAP_SHEET)[0].type).toBe("ColumnClustered");
    // Running Rekap again refreshes the one sheet; the engine skips it when reading.
    await host.writeRekap(analysis);
    expect(state.sheetNames().filter((n) => n === REKAP_SHEET)).toHaveLength(1);
    expect(analyzeWorkbook(await host.readWorkbook()).findings).toEqual(analysis.findings);
    expect(analyzeWorkbook(await host.readWorkbook()).organisasi).toEqual(analysis.organisasi);
  });

  test("Buat Format creates the layout, never overwrites an existing sheet without consent", async () => {
    const book = FakeWorkbook.fromGrid({ sheets: [{ name: "Identitas", rows: [[{ t: "s", v: "punya saya" }]] }] });
    const host = hostOf(book);
    const layout = buildFormatLayout(["Sekretariat", "Bidang Politik Dalam Negeri"]);
    await expect(host.createFormat(layout, { replace: [] })).rejects.toThrow(/Identitas.*sudah ada/);
    expect(harnessState(book).cellValue("Identitas", "A1")).toBe("punya saya");
    const identitasId = book.sheet("Identitas")!.id;
    const r = await host.createFormat(layout, { replace: ["Identitas"] });
    expect(r.sheets).toEqual(layout.sheets.map((s) => s.name));
    // The replaced sheet is the same sheet (same id, first place), emptied and rewritten; the new ones follow.
    expect(harnessState(book).sheetNames()).toEqual([
      "Identitas",
      ...layout.sheets.map((s) => s.name).filter((n) => n !== "Identitas"),
    ]);
    expect(book.sheet("Identitas")!.id).toBe(identitasId);
    expect(harnessState(book).cellValue("Identitas", "A1")).not.toBe("punya saya");
    const unit = book.sheet("Sekretariat")!;
    expect(unit.freeze.rows).toBeGreaterThan(0);
    expect(unit.validations.some((v) => JSON.stringify(v.rule).includes("Naik,Turun"))).toBe(true);
    // The new workbook reads as an empty, valid format.
    const a = analyzeWorkbook(await host.readWorkbook());
    expect(a.units).toEqual(expect.arrayContaining(["Sekretariat"]));
    // Without ExcelApi 1.8 the format is made without data validation, and says so.
    const old = FakeWorkbook.fromGrid({ sheets: [{ name: "Sheet1", rows: [] }] });
    const r2 = await hostOf(old, { "1.8": false }).createFormat(layout, { replace: [] });
    expect(r2.validations).toBe(false);
    expect(old.sheet("Sekretariat")!.validations).toHaveLength(0);
  });

  test("selectCell activates the sheet and selects the cell; recordStep writes the SOP property", async () => {
    const book = FakeWorkbook.fromGrid(workbookWith(2));
    const host = hostOf(book);
    await host.selectCell("Unit 2", "E3");
    expect(book.selection).toEqual({ sheet: "Unit 2", address: "E3" });
    expect(book.active).toBe("Unit 2");
    await host.recordStep("rekap", { name: "Sari", role: "Kasubag Program" });
    expect(book.custom.get("LAKIP Langkah 5")).toMatch(/^Selesai/);
  });
});

function keyOf(cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return `${Number(m[2]) - 1},${col - 1}`;
}

function snapshotFills(book: FakeWorkbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of book.sheets) for (const [k, v] of s.fills) out[`${s.name}!${k}`] = v;
  return out;
}

function snapshotValues(book: FakeWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of book.sheets) for (const [k, v] of s.cells) out[`${s.name}!${k}`] = { ...v };
  return out;
}

describe("Rekap number formats show target and realisasi as typed", () => {
  test("whole numbers without a decimal mark, decimals as many as typed", () => {
    expect(asTypedFormat(1250)).toBe("#,##0");
    expect(asTypedFormat(85.5)).toBe("#,##0.0");
    expect(asTypedFormat(71.25)).toBe("#,##0.00");
    expect(asTypedFormat(0.855 * 100)).toBe("#,##0.0");
  });
});
