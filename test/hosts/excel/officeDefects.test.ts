/**
 * Issue 8, the Excel adapter's defects, each against the stricter fake (requirement-set level,
 * 5 MB web payload, ItemNotFound on vanished sheets, getUsedRange vs getUsedRangeOrNullObject):
 * (4) tabColor behind its own ExcelApi 1.7 gate, (5) highlights survive renamed and deleted
 * sheets, (6) Validasi's reads stay under 5 MB in a bounded number of syncs, (7) replacing a
 * sheet never renames or deletes it (formulas elsewhere keep working; a failure leaves the rest),
 * (10) a finding on a hidden sheet is explained, (11) empty sheets read at every level.
 */
import type { Cell, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { analyzeWorkbook } from "../../../src/core/index";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { planHimpun } from "../../../src/core/plan/himpunPlan";
import { ERROR_FILL, HIGHLIGHT_SETTING, WARNING_FILL } from "../../../src/core/plan/highlightPlan";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import { READ_CELLS } from "../../../src/hosts/excel/officeRead";
import type { ExcelRun } from "../../../src/hosts/excel/sopProperties";
import { FakeWorkbook, type FakeWorkbookOptions } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import {
  OFFICE_LEVELS,
  WEB_PAYLOAD_LIMIT,
  isSetSupportedAt,
  type ApiLevel,
} from "../../../src/hosts/memory/officeFakeRules";

const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number): Cell => ({ t: "n", v });

function unit(name: string, rows: number, bad = false, text = (i: number) => `Indikator ${name} ${i + 1}`): SheetGrid {
  const out: (Cell | null)[][] = [HEADER.map(s)];
  for (let i = 0; i < rows; i++)
    out.push([
      n(i + 1),
      s(`Sasaran ${(i % 3) + 1}`),
      s(text(i)),
      s("%"),
      s(bad && i === 0 ? "Atas" : "Naik"),
      n(80),
      n(70 + (i % 20)),
    ]);
  return { name, rows: out };
}

const identitas: SheetGrid = {
  name: "Identitas",
  rows: [
    [s("Instansi"), s("Badan Uji")],
    [s("Pemerintah Daerah"), s("Kabupaten Uji")],
    [s("Tahun"), n(2025)],
  ],
};

/** A workbook and a host at an Office level (null: Microsoft 365, every set). */
function setup(grid: WorkbookGrid, level: ApiLevel | null = null, options: FakeWorkbookOptions = {}) {
  const book = FakeWorkbook.fromGrid(grid, { apiLevel: level, ...options });
  const host = createOfficeExcelHost({
    run: book.run,
    isSetSupported: isSetSupportedAt(level),
    now: () => new Date("2026-02-10T09:00:00+07:00"),
  });
  return { book, host, state: harnessState(book) };
}

/** No user-facing message may carry the host's English text. */
const ENGLISH = /requested resource|not available|invalid|exceeded|could not be found|null/i;

describe("(4) Worksheet.tabColor is ExcelApi 1.7, behind its own gate", () => {
  test("Himpun in an Excel with ExcelApi 1.4 writes the units without tab colours", async () => {
    const { book, host, state } = setup({ sheets: [identitas, unit("Sekretariat", 2)] }, { ExcelApi: "1.4" });
    const current = await host.readWorkbook();
    const plan = planHimpun([{ name: "b.xlsx", grid: { sheets: [unit("Bidang B", 3)] } }], current, false);
    await host.importUnits(plan.write);
    expect(state.sheetNames()).toContain("Bidang B");
    expect(state.cellValue("Bidang B", "C2")).toBe("Indikator Bidang B 1");
    expect(book.sheet("Bidang B")!.tabColor).toBe("");
  });

  test("the fake refuses tabColor below ExcelApi 1.7 (what the old 1.4 gate let through)", async () => {
    const book = FakeWorkbook.fromGrid({ sheets: [identitas] }, { apiLevel: { ExcelApi: "1.4" } });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Identitas").tabColor = "#4472C4";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("(5) highlights after a highlighted sheet is renamed or deleted", () => {
  const grid = (): WorkbookGrid => ({ sheets: [identitas, unit("Unit 1", 4, true), unit("Unit 2", 4, true)] });

  test("Validasi again works; the renamed sheet's fills are restored, the deleted sheet's forgotten and told", async () => {
    const { book, host, state } = setup(grid());
    const fillsBefore = JSON.stringify(book.sheets.map((x) => [...x.fills]));
    await host.highlight(analyzeWorkbook(await host.readWorkbook()).findings);
    expect(Object.values(state.fills("Unit 1"))).toContain(ERROR_FILL);
    // The user renames one highlighted sheet and deletes the other.
    book.sheet("Unit 1")!.name = "Unit Satu";
    book.sheets.splice(book.sheets.indexOf(book.sheet("Unit 2")!), 1);

    const findings = analyzeWorkbook(await host.readWorkbook()).findings;
    const result = await host.highlight(findings.filter((f) => f.sheet !== "Unit Satu" || f.cell !== "E2"));
    expect(result.notes.join(" ")).toMatch(/Sorotan lama di sheet "Unit 2" dilupakan/);
    // The cell no longer flagged on the renamed sheet got its own fill back.
    expect(state.getFill("Unit Satu", "E2")).toBe("");
    const cleared = await host.clearHighlights();
    expect(cleared.notes).toEqual([]);
    expect(JSON.stringify(book.sheets.map((x) => [...x.fills]))).toBe(
      JSON.stringify(JSON.parse(fillsBefore).filter((_: unknown, i: number) => i !== 2)),
    );
    expect(book.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  test("Hapus sorotan after a rename restores on the renamed sheet; after a delete it says so", async () => {
    const { book, host, state } = setup(grid());
    await host.highlight(analyzeWorkbook(await host.readWorkbook()).findings);
    book.sheet("Unit 1")!.name = "Unit Satu";
    book.sheets.splice(book.sheets.indexOf(book.sheet("Unit 2")!), 1);
    const { restored, notes } = await host.clearHighlights();
    expect(restored).toBeGreaterThan(0);
    expect(Object.values(state.fills("Unit Satu")).filter((f) => f === ERROR_FILL || f === WARNING_FILL)).toEqual([]);
    expect(notes.join(" ")).toMatch(/"Unit 2".*sudah tidak ada/);
  });

  test("a store written before sheet ids (v1) is still read by name", async () => {
    const { book, host, state } = setup(grid());
    book.sheet("Unit 1")!.fills.set("1,4", ERROR_FILL);
    book.settings.set(
      HIGHLIGHT_SETTING,
      JSON.stringify({
        v: 1,
        cells: [
          ["Unit 1", "E2", "#00B0F0"],
          ["Hilang", "A1", ""],
        ],
      }),
    );
    const { restored, notes } = await host.clearHighlights();
    expect(restored).toBe(1);
    expect(state.getFill("Unit 1", "E2")).toBe("#00B0F0");
    expect(notes.join(" ")).toMatch(/"Hilang"/);
  });
});

describe("(6) Validasi reads in requests under Excel on the web's 5 MB", () => {
  test("a large workbook reads in bounded syncs, every response under 5 MB, same analysis as the grid", async () => {
    const long = (i: number) => `Persentase capaian layanan administrasi perkantoran nomor ${i + 1} `.repeat(2);
    const grid: WorkbookGrid = {
      sheets: [identitas, ...Array.from({ length: 3 }, (_, k) => unit(`Unit ${k + 1}`, 5000, false, long))],
    };
    const { book, host } = setup(grid, null, { web: true });
    const before = book.syncCount;
    const read = await host.readWorkbook();
    const syncs = book.syncCount - before;
    const cells = 3 * 5001 * 7 + 6;
    expect(book.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(book.largestResponse).toBeGreaterThan(1_000_000);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(cells / READ_CELLS) + 4);
    for (const k of [1, 2, 3]) expect(read.sheets[k].rows.length).toBe(grid.sheets[k].rows.length);
    expect(read.sheets[1].rows[5000]?.[2]).toEqual(s(long(4999)));
  });

  test("one block still over 5 MB (very long texts) is split and read again", async () => {
    const huge = (i: number) => `${i} ${"x".repeat(6000)}`;
    const grid: WorkbookGrid = { sheets: [identitas, unit("Unit 1", 1500, false, huge)] };
    const { book, host } = setup(grid, null, { web: true });
    const read = await host.readWorkbook();
    expect(read.sheets[1].rows.length).toBe(1501);
    expect(read.sheets[1].rows[1500]?.[2]).toEqual(s(huge(1499)));
    expect(book.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });
});

describe("(7) replacing sheets keeps them: no rename, no delete, no #REF!", () => {
  function withFormula(): WorkbookGrid {
    return { sheets: [identitas, unit("Sekretariat", 2), { name: "Ringkasan", rows: [[s("Capaian")]] }] };
  }

  test("Himpun replaces Sekretariat in place: a formula on another sheet still points to it", async () => {
    const { book, host, state } = setup(withFormula());
    book.sheet("Ringkasan")!.cells.set("0,1", { value: 88, formula: "=Sekretariat!G2" });
    const id = book.sheet("Sekretariat")!.id;
    const current = await host.readWorkbook();
    const plan = planHimpun([{ name: "s.xlsx", grid: { sheets: [unit("Sekretariat", 3)] } }], current, true);
    await host.importUnits(plan.write);
    expect(book.sheet("Sekretariat")!.id).toBe(id);
    expect(state.cellFormula("Ringkasan", "B1")).toBe("=Sekretariat!G2");
    expect(state.cellValue("Sekretariat", "C4")).toBe("Indikator Sekretariat 3");
    expect(state.sheetNames()).toEqual(["Identitas", "Sekretariat", "Ringkasan"]);
  });

  test("Buat Format over existing sheets keeps them; formulas elsewhere survive", async () => {
    const { book, host, state } = setup(withFormula());
    book.sheet("Ringkasan")!.cells.set("0,1", { value: 88, formula: "=Identitas!B1" });
    const layout = buildFormatLayout(["Sekretariat"]);
    await host.createFormat(layout, { replace: ["Identitas", "Sekretariat"] });
    expect(state.cellFormula("Ringkasan", "B1")).toBe("=Identitas!B1");
    expect(book.sheets.filter((x) => x.name.startsWith("~"))).toEqual([]);
  });

  test("a failure while replacing leaves the user's other sheets untouched and says what happened, in Indonesian", async () => {
    const grid: WorkbookGrid = { sheets: [identitas, unit("Sekretariat", 2), unit("Bidang A", 2)] };
    const book = FakeWorkbook.fromGrid(grid);
    let syncs = 0;
    // The third sync of the batch fails (the first replaced sheet's request).
    const run: ExcelRun = (batch) =>
      book.run((context) =>
        batch(
          new Proxy(context, {
            get: (t, p) =>
              p === "sync"
                ? async () => {
                    if (++syncs === 3) throw Object.assign(new Error("Conflict detected"), { code: "Conflict" });
                    return t.sync();
                  }
                : (Reflect.get(t, p) as unknown),
          }),
        ),
      );
    const host = createOfficeExcelHost({ run });
    const current = await createOfficeExcelHost({ run: book.run }).readWorkbook();
    syncs = 0;
    const plan = planHimpun(
      [{ name: "u.xlsx", grid: { sheets: [unit("Sekretariat", 5), unit("Bidang A", 5), unit("Bidang Baru", 1)] } }],
      current,
      true,
    );
    const failure = host.importUnits(plan.write);
    await expect(failure).rejects.toThrow(
      /Mengganti sheet "Sekretariat" gagal: buku kerja sedang diubah oleh orang lain/,
    );
    await expect(failure).rejects.toThrow(/Tidak diubah: "Bidang A"/);
    await expect(failure).rejects.not.toThrow(ENGLISH);
    const st = harnessState(book);
    // Every sheet keeps its name; the one not reached keeps its content; no hidden leftovers.
    expect(st.sheetNames()).toEqual(["Identitas", "Sekretariat", "Bidang A", "Bidang Baru"]);
    expect(st.cellValue("Bidang A", "C2")).toBe("Indikator Bidang A 1");
    expect(st.cellValue("Bidang A", "C6")).toBeNull();
  });
});

describe("(10) a finding on a hidden sheet", () => {
  test("selectCell explains in Indonesian, does not unhide, does not call activate", async () => {
    const { book, host } = setup({ sheets: [identitas, unit("Unit 1", 2, true)] });
    book.sheet("Unit 1")!.visibility = "Hidden";
    const failure = host.selectCell("Unit 1", "E2");
    await expect(failure).rejects.toThrow(/Sheet "Unit 1" disembunyikan.*Tampilkan/);
    await expect(failure).rejects.not.toThrow(ENGLISH);
    expect(book.sheet("Unit 1")!.visibility).toBe("Hidden");
    expect(book.active).toBe("Identitas");
  });

  test("a sheet that no longer exists is explained too", async () => {
    const { host } = setup({ sheets: [identitas] });
    await expect(host.selectCell("Unit 9", "A1")).rejects.toThrow(/Sheet "Unit 9" tidak ada lagi/);
  });
});

describe("(11) empty sheets follow the documented used-range behaviour at every level", () => {
  test.each(Object.keys(OFFICE_LEVELS) as (keyof typeof OFFICE_LEVELS)[])(
    "Office %s: Validasi reads a workbook with an empty sheet",
    async (name) => {
      const { host } = setup(
        { sheets: [{ name: "Sheet1", rows: [] }, identitas, unit("Unit 1", 2)] },
        OFFICE_LEVELS[name],
      );
      const read = await host.readWorkbook();
      expect(read.sheets[0]).toEqual({ name: "Sheet1", rows: [] });
      expect(read.sheets[2].rows[1]?.[2]).toEqual(s("Indikator Unit 1 1"));
    },
  );

  test("the fake: getUsedRange gives A1 on a blank sheet, getUsedRangeOrNullObject a null object that loads", async () => {
    const book = FakeWorkbook.fromGrid({ sheets: [{ name: "Kosong", rows: [] }] });
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Kosong");
      const used = ws.getUsedRange().load("address,values");
      const nul = ws.getUsedRangeOrNullObject(true).load("address,values");
      await context.sync();
      expect(used.address).toBe("Kosong!A1");
      expect(used.values).toEqual([[""]]);
      expect(nul.isNullObject).toBe(true);
    });
  });

  test("Office errors reach the user as Indonesian sentences, never the host's text", async () => {
    const { book, host } = setup({ sheets: [identitas, unit("Unit 1", 2, true)] });
    const findings = analyzeWorkbook(await host.readWorkbook()).findings;
    book.sheets.splice(book.sheets.indexOf(book.sheet("Unit 1")!), 1);
    const failure = host.highlight(findings);
    await expect(failure).rejects.toThrow(/Menyorot temuan gagal: sheet atau sel yang dituju tidak ada lagi/);
    await expect(failure).rejects.not.toThrow(ENGLISH);
  });
});
