/**
 * Rekap TW N (spec 5.1): the pure plan, the Office.js adapter over the strict Excel fake, and the
 * pane's flow (src/panes/excel/rekapTriwulan.ts) with its MISSING_QUARTER refusal.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { WorkbookGrid } from "../../../src/core/grid";
import { parseA1 } from "../../../src/core/grid";
import { analyzeWorkbook } from "../../../src/core/index";
import type { AnalyzeOptions } from "../../../src/core/analyze";
import { indikatorToDate } from "../../../src/core/compute/quarters";
import { mean } from "../../../src/core/compute/capaian";
import { REKAP_SHEET } from "../../../src/core/plan/rekapTable";
import {
  buildRekapTwTable,
  figuresToDate,
  latestReportedQuarter,
  rekapTwSheet,
} from "../../../src/core/plan/rekapTwTable";
import type { Quarter } from "../../../src/core/read/quarterColumns";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import { rekapTriwulan } from "../../../src/panes/excel/rekapTriwulan";

const EXAMPLE = join(__dirname, "../../../examples/kesbangpol-2025.xlsx");
const example = async (): Promise<WorkbookGrid> => readWorkbookGrid(readFileSync(EXAMPLE));
const NOW = new Date("2026-07-10T09:00:00+07:00");
const analyze = async (g: WorkbookGrid, _s: AbortSignal, o?: AnalyzeOptions) => analyzeWorkbook(g, o);
const signal = () => new AbortController().signal;

function hostOf(book: FakeWorkbook) {
  return createOfficeExcelHost({ run: book.run, isSetSupported: () => true, now: () => NOW });
}

/** The grid with the cells at the given addresses of a sheet emptied. */
function blank(grid: WorkbookGrid, sheet: string, addresses: string[]): WorkbookGrid {
  const copy = JSON.parse(JSON.stringify(grid)) as WorkbookGrid;
  const s = copy.sheets.find((x) => x.name === sheet)!;
  for (const a of addresses) {
    const p = parseA1(a)!;
    const row = s.rows[p.row] as unknown[];
    if (row && p.col < row.length) row[p.col] = null;
  }
  return copy;
}

describe("Rekap TW N: the plan", () => {
  test.each([1, 2, 3, 4] as Quarter[])(
    "TW %i: every figure is the engine's s.d. TW N, means as for the year",
    async (n) => {
      const a = analyzeWorkbook(await example(), { triwulan: n });
      expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
      const t = buildRekapTwTable(a, n, NOW);
      expect(t.sheet).toBe(rekapTwSheet(n));
      expect(t.values.every((r) => r.length === t.widths.length)).toBe(true);
      a.indikator.forEach((i, k) => {
        const sd = indikatorToDate(i, n, a.pengaturan);
        const row = t.values[t.indikatorRows[k]];
        expect(row[2]).toBe(i.indikator);
        expect(row[t.capaianCol]).toBe(sd.capaianSd ?? "");
        expect(row[7]).toBe(sd.realisasiSd ?? "");
      });
      const { sasaran, organisasi } = figuresToDate(a, n);
      expect(organisasi).toBe(mean(sasaran.map((s) => s.capaian)));
      const src = t.chartSource!;
      expect(t.values.slice(src.top + 1, src.bottom + 1).map((r) => [r[0], r[1]])).toEqual(
        sasaran.map((s) => [s.name, s.capaian ?? ""]),
      );
      // Text cells are text ("@"): a sasaran starting with = or + never becomes a formula.
      t.values.forEach((r, i) => r.forEach((v, c) => typeof v === "string" && expect(t.formats[i][c]).toBe("@")));
    },
  );

  test("the latest quarter reported is the highest with a Realisasi TW; none without quarters", async () => {
    const grid = await example();
    expect(latestReportedQuarter(analyzeWorkbook(grid))).toBe(4);
    const a = analyzeWorkbook(grid);
    const tw34 = a.indikator.flatMap((i) => [i.kuartal!.realisasiCells[2], i.kuartal!.realisasiCells[3]]);
    const sheets = [...new Set(a.indikator.map((i) => i.sheet))];
    let g = grid;
    for (const s of sheets)
      g = blank(
        g,
        s,
        a.indikator
          .filter((i) => i.sheet === s)
          .flatMap((i) => [i.kuartal!.realisasiCells[2], i.kuartal!.realisasiCells[3]]),
      );
    expect(tw34.length).toBeGreaterThan(0);
    expect(latestReportedQuarter(analyzeWorkbook(g))).toBe(2);
    expect(latestReportedQuarter({ indikator: a.indikator.map((i) => ({ ...i, kuartal: undefined })) })).toBe(
      undefined,
    );
  });
});

describe("Rekap TW N in Excel (Office.js adapter over the strict fake)", () => {
  test("writes its own sheet beside the year's Rekap; running again replaces only that sheet", async () => {
    const book = FakeWorkbook.fromGrid(await example());
    const host = hostOf(book);
    const state = harnessState(book);
    const year = analyzeWorkbook(await host.readWorkbook());
    await host.writeRekap(year);
    const yearA1 = state.cellValue(REKAP_SHEET, "A1");
    const out = await rekapTriwulan(host, analyze, 2, signal());
    expect(out.kind).toBe("done");
    expect(state.sheetNames()).toContain("Rekap TW II");
    const a = analyzeWorkbook(await host.readWorkbook(), { triwulan: 2 });
    const t = buildRekapTwTable(a, 2, NOW);
    a.indikator.forEach((i, k) => {
      const row = t.indikatorRows[k] + 1;
      expect(state.cellValue("Rekap TW II", `C${row}`)).toBe(i.indikator);
      expect(state.cellValue("Rekap TW II", `I${row}`)).toBe(indikatorToDate(i, 2, a.pengaturan).capaianSd);
      expect(state.numberFormat("Rekap TW II", `I${row}`)).toBe('#,##0.00"%"');
    });
    expect(state.charts("Rekap TW II")).toHaveLength(1);
    expect(state.charts("Rekap TW II")[0].title).toMatch(/Triwulan II/);
    const before = state.sheetNames();
    await rekapTriwulan(host, analyze, 2, signal());
    expect(state.sheetNames()).toEqual(before);
    expect(state.charts("Rekap TW II")).toHaveLength(1);
    expect(state.cellValue(REKAP_SHEET, "A1")).toBe(yearA1);
    expect(state.charts(REKAP_SHEET)).toHaveLength(1);
    // The engine does not read the add-in's own sheets: the year's figures are unchanged.
    expect(analyzeWorkbook(await host.readWorkbook()).organisasi).toEqual(year.organisasi);
    // "Otomatis": the latest quarter reported (the example holds all four).
    const auto = await rekapTriwulan(host, analyze, undefined, signal());
    expect(auto.kind === "done" && auto.n).toBe(4);
    expect(state.sheetNames()).toContain("Rekap TW IV");
  });

  test("a quarter not reported is MISSING_QUARTER at its cell, nothing written, never a zero", async () => {
    const grid = await example();
    const a = analyzeWorkbook(grid);
    const first = a.indikator[0];
    const cell = first.kuartal!.realisasiCells[2];
    const book = FakeWorkbook.fromGrid(blank(grid, first.sheet, [cell]));
    const host = hostOf(book);
    const out = await rekapTriwulan(host, analyze, 3, signal());
    expect(out.kind).toBe("refused");
    if (out.kind !== "refused") return;
    expect(out.errors).toContainEqual(expect.objectContaining({ code: "MISSING_QUARTER", sheet: first.sheet, cell }));
    expect(harnessState(book).sheetNames()).not.toContain("Rekap TW III");
    // Quarter II does not need quarter III: it is written.
    expect((await rekapTriwulan(host, analyze, 2, signal())).kind).toBe("done");
  });
});
