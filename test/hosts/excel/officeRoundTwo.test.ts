/**
 * Issue 20, the second audit of the Excel adapter against Microsoft's documentation, each defect
 * against the stricter fake: merged areas read per sheet (Range.getMergedAreasOrNullObject fails
 * above 512 areas), the version the user is told for ExcelApi 1.8, highlights cleared by sheet
 * name once the ids changed on reopening, per-operation request overhead, data-validation rules.
 */
import { parseA1, type Cell, type SheetGrid, type WorkbookGrid } from "../../../src/core/grid";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import { ERROR_FILL } from "../../../src/core/plan/highlightPlan";
import type { Finding } from "../../../src/core/model";
import { isSetSupportedAt, type ApiLevel } from "../../../src/hosts/memory/officeFakeRules";

const s = (v: string): Cell => ({ t: "s", v });

function sheet(name: string, rows: number, cols = 4): SheetGrid {
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from({ length: cols }, (_, c) => s(`${name} ${r + 1}.${c + 1}`)));
  return { name, rows: out };
}

function setup(grid: WorkbookGrid, level: ApiLevel | null = null) {
  const book = FakeWorkbook.fromGrid(grid, { apiLevel: level });
  const host = createOfficeExcelHost({
    run: book.run,
    isSetSupported: isSetSupportedAt(level),
    now: () => new Date("2026-02-10T09:00:00+07:00"),
  });
  return { book, host };
}

/** A sheet with `n` merged pairs (A1:B1, A2:B2, ...). */
function merged(name: string, n: number): SheetGrid {
  return { ...sheet(name, n), merges: Array.from({ length: n }, (_, r) => ({ top: r, bottom: r, left: 0, right: 1 })) };
}

describe("merged areas: per sheet, with a fallback", () => {
  test("the fake refuses getMergedAreasOrNullObject above 512 areas (Excel.Range reference)", async () => {
    const { book } = setup({ sheets: [merged("Banyak", 513)] });
    await expect(
      book.run(async (context) => {
        const m = context.workbook.worksheets.getItem("Banyak").getRange().getMergedAreasOrNullObject();
        m.load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("one heavily merged sheet does not fail the read: the others keep their merges, the user is told which sheet", async () => {
    const { host } = setup({ sheets: [merged("Sekretariat", 2), merged("Lampiran", 600)] });
    const grid = await host.readWorkbook();
    expect(grid.sheets.map((x) => x.name)).toEqual(["Sekretariat", "Lampiran"]);
    expect(grid.sheets[0].merges).toHaveLength(2);
    expect(grid.sheets[1].merges ?? []).toHaveLength(0);
    expect(grid.sheets[1].rows).toHaveLength(600);
    const notes = (grid as { readNotes?: string[] }).readNotes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('sheet "Lampiran"');
    expect(notes[0]).toMatch(/lebih dari 512 sel gabungan/);
  });
});

describe("version texts", () => {
  test("without ExcelApi 1.8 the user is told Office 2021, not Excel 2019 (Office 2019 volume stops at 1.7)", async () => {
    const { host } = setup({ sheets: [sheet("A", 1)] }, { ExcelApi: "1.7" });
    const error = await host.createWorkbook("UEsDBA==").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain("Excel 2019");
    expect((error as Error).message).toContain("Office 2021");
  });
});

describe("highlights after the workbook was closed and reopened (worksheet ids change)", () => {
  /** The user colours a cell (Beranda > Warna Isian). */
  const paint = (book: FakeWorkbook, name: string, address: string, color: string) => {
    const ws = book.sheet(name)!;
    const p = parseA1(address)!;
    ws.fills.set(ws.key(p.row, p.col), color);
  };
  const finding = (sheet: string, cell: string): Finding =>
    ({ severity: "error", code: "X", sheet, cell, message: "m" }) as unknown as Finding;

  test("the fake gives every sheet a new id on reopen (Worksheet.id is not stable across sessions)", async () => {
    const { book } = setup({ sheets: [sheet("A", 1)] });
    const id = () =>
      book.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("A");
        ws.load("id");
        await context.sync();
        return ws.id;
      });
    const before = await id();
    book.reopen();
    expect(await id()).not.toBe(before);
  });

  test("Hapus sorotan after reopening restores by sheet name; a sheet really gone is still told", async () => {
    const { book, host } = setup({ sheets: [sheet("Unit 1", 3), sheet("Unit 2", 3)] });
    const state = harnessState(book);
    paint(book, "Unit 1", "B2", "#00FF00");
    await host.highlight([finding("Unit 1", "B2"), finding("Unit 1", "C3"), finding("Unit 2", "A1")]);
    expect(state.getFill("Unit 1", "B2")).toBe(ERROR_FILL);
    book.reopen();
    const cleared = await host.clearHighlights();
    expect(cleared.notes).toEqual([]);
    expect(cleared.restored).toBe(3);
    expect(state.getFill("Unit 1", "B2")).toBe("#00FF00");
    expect(state.getFill("Unit 1", "C3")).toBe("");
  });

  test("after reopening, a same-named sheet whose cell no longer carries the highlight is left as the user made it", async () => {
    const { book, host } = setup({ sheets: [sheet("Unit 1", 3)] });
    const state = harnessState(book);
    await host.highlight([finding("Unit 1", "B2")]);
    book.reopen();
    paint(book, "Unit 1", "B2", "#123456"); // the user coloured it since
    const cleared = await host.clearHighlights();
    expect(state.getFill("Unit 1", "B2")).toBe("#123456");
    expect(cleared.restored).toBe(0);
  });
});

describe("stricter Excel fake", () => {
  test("a data-validation rule Excel refuses fails at context.sync(), not at the assignment", async () => {
    const { book } = setup({ sheets: [sheet("A", 2)] });
    const bad = [
      { list: { inCellDropDown: true, source: "x".repeat(256) } },
      { wholeNumber: { operator: "Between", formula1: 0 } },
      { decimal: { operator: "Atas", formula1: 0 } },
      { list: { source: "Naik" }, decimal: { operator: "EqualTo", formula1: 1 } },
    ];
    for (const rule of bad) {
      await expect(
        book.run(async (context) => {
          const dv = context.workbook.worksheets.getItem("A").getRange("B2").dataValidation;
          expect(() => (dv.rule = rule as Excel.DataValidationRule)).not.toThrow();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(
      book.run(async (context) => {
        const dv = context.workbook.worksheets.getItem("A").getRange("B2").dataValidation;
        dv.prompt = { showPrompt: true, title: "Judul yang jauh lebih panjang dari tiga puluh dua", message: "m" };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("Buat Format's own rules pass the checks", async () => {
    const { book } = setup({ sheets: [sheet("A", 2)] });
    await book.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("A").getRange("E2:E10").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "Naik,Turun,Tetap" } };
      dv.rule = { decimal: { operator: "Between", formula1: 0, formula2: 100 } };
      await context.sync();
    });
  });

  test("an error of a call surfaces at context.sync(), not at the call; the calls after it are not applied", async () => {
    const { book } = setup({ sheets: [sheet("A", 2), sheet("B", 2)] });
    const cases: [string, (context: Excel.RequestContext) => void][] = [
      ["ItemNotFound", (context) => context.workbook.worksheets.getItem("Tidak ada").getRange("A1").load("values")],
      ["ItemAlreadyExists", (context) => context.workbook.worksheets.add("B")],
      ["InvalidArgument", (context) => context.workbook.worksheets.add("Nama:tidak:sah")],
      ["ItemAlreadyExists", (context) => (context.workbook.worksheets.getItem("A").name = "b")],
      ["InvalidArgument", (context) => (context.workbook.worksheets.getItem("A").getRange("A1:B2").values = [["x"]])],
    ];
    for (const [code, refused] of cases) {
      await expect(
        book.run(async (context) => {
          context.workbook.worksheets.getItem("A").getRange("F1").values = [["sebelum"]];
          expect(() => refused(context)).not.toThrow();
          context.workbook.worksheets.getItem("A").getRange("F2").values = [["sesudah"]];
          context.workbook.worksheets.add("Sesudah");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code });
      // What came before the refused command ran; the refused one and what came after did not.
      expect(book.sheet("A")?.get(0, 5)?.value).toBe("sebelum");
      expect(book.sheet("A")?.get(1, 5)).toBeUndefined();
      expect(book.sheet("Sesudah")).toBeUndefined();
      expect(book.sheets.map((x) => x.name)).toEqual(["A", "B"]);
      book.sheet("A")?.cells.delete("0,5");
    }
  });

  test("a refused data-validation rule is not applied", async () => {
    const { book } = setup({ sheets: [sheet("A", 2)] });
    await expect(
      book.run(async (context) => {
        const dv = context.workbook.worksheets.getItem("A").getRange("B2").dataValidation;
        dv.rule = { wholeNumber: { operator: "Between", formula1: 0 } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.sheet("A")?.validations.filter((v) => v.rule !== null)).toEqual([]);
  });

  test("each operation counts towards the request size (per-operation overhead)", async () => {
    const web = FakeWorkbook.fromGrid({ sheets: [sheet("A", 2)] }, { web: true });
    // 60,000 one-character writes: 60 KB of values, but over 5 MB with each operation's overhead.
    await expect(
      web.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("A");
        for (let i = 0; i < 60_000; i++) ws.getRange(`A${(i % 1000) + 1}`).values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
