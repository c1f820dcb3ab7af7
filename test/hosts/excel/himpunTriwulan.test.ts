/**
 * A quarter's round in the Excel pane (src/panes/excel/himpunFlow.ts) over the strict Excel fake:
 * unit files for quarter 3 (made as "Buat berkas per unit" makes them, with `LAKIP Triwulan` = 3)
 * come back by Himpun into the open workbook: quarter 3's cells only, the earlier quarters and the
 * year's columns untouched, no SOP step recorded. A file of another quarter is refused.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/core";
import type { WorkbookGrid } from "../../../src/core/grid";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { UNIT_FILE_QUARTER_PROPERTY } from "../../../src/core/layout/quarterUnitFiles";
import { buildUnitFiles } from "../../../src/core/layout/unitFiles";
import type { FileReport } from "../../../src/core/plan/himpunPlan";
import type { Quarter } from "../../../src/core/read/quarterColumns";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { renderLayoutXlsx } from "../../../src/hosts/files/writeFormat";
import { withCustomProperties } from "../../../src/hosts/files/writeGrid";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import type { Notice } from "../../../src/panes/common/usePaneTask";
import { runHimpun } from "../../../src/panes/excel/himpunFlow";

const ROMAN = ["I", "II", "III", "IV"];

function headers(ws: ExcelJS.Worksheet, row = 3): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(row).eachCell((c, n) => m.set(String(c.value ?? "").trim(), n));
  return m;
}

/** The format with two indicators of Bidang Politik and one program, TW I-II reported. */
async function masterGrid(): Promise<WorkbookGrid> {
  const layout = buildFormatLayout(["Sekretariat", "Bidang Politik"], { tahun: 2025 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderLayoutXlsx(layout)) as unknown as ExcelJS.Buffer);
  const id = wb.getWorksheet("Identitas")!;
  id.getCell("B2").value = "Badan Kesatuan Bangsa dan Politik";
  id.getCell("B3").value = "Kabupaten Kotawaringin Barat";
  id.getCell("B4").value = 2025;
  const ws = wb.getWorksheet("Bidang Politik")!;
  const h = headers(ws);
  const put = (row: number, header: string, value: string | number) => (ws.getCell(row, h.get(header)!).value = value);
  const rows: [string, string, number, number[], number[]][] = [
    ["Jumlah kegiatan sosialisasi", "kegiatan", 12, [3, 3, 3, 3], [2, 4]],
    ["Persentase ormas terdata", "%", 90, [60, 70, 80, 90], [55, 72]],
  ];
  rows.forEach(([ind, satuan, target, tq, rq], i) => {
    const r = 4 + i;
    put(r, "No", i + 1);
    if (i === 0) put(r, "Sasaran Strategis", "Meningkatnya wawasan kebangsaan");
    put(r, "Indikator Kinerja", ind);
    put(r, "Satuan", satuan);
    put(r, "Polaritas", "Naik");
    put(r, "Target", target);
    put(r, "Cara Akumulasi", satuan === "%" ? "Akhir" : "Jumlah");
    tq.forEach((v, q) => put(r, `Target TW ${ROMAN[q]}`, v));
    rq.forEach((v, q) => put(r, `Realisasi TW ${ROMAN[q]}`, v));
  });
  return readWorkbookGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Bidang Politik's unit file for quarter q, filled by the unit (and its locked TW II changed anyway). */
async function unitFile(master: WorkbookGrid, q: Quarter, withProperty: boolean) {
  const a = analyzeWorkbook(master);
  const plan = buildUnitFiles(master, a.identitas, { triwulan: q });
  const f = plan.files.find((x) => x.unit === "Bidang Politik")!;
  const bytes = await renderLayoutXlsx(f.layout, withProperty ? { [UNIT_FILE_QUARTER_PROPERTY]: String(q) } : {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Bidang Politik")!;
  const h = headers(ws);
  ws.getCell(4, h.get(`Realisasi TW ${ROMAN[q - 1]}`)!).value = 3;
  ws.getCell(5, h.get(`Realisasi TW ${ROMAN[q - 1]}`)!).value = 81;
  ws.getCell(4, h.get(`Kendala TW ${ROMAN[q - 1]}`)!).value = "Anggaran perjalanan dinas ditunda";
  ws.getCell(4, h.get("Realisasi TW II")!).value = 99; // locked: the master's 4 stands
  // ExcelJS drops custom properties when it writes: put the file's quarter back, as Excel keeps it.
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const out = withProperty ? await withCustomProperties(written, { [UNIT_FILE_QUARTER_PROPERTY]: String(q) }) : written;
  const buffer = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  return { name: f.fileName, arrayBuffer: async () => buffer };
}

function setup(master: WorkbookGrid) {
  const book = FakeWorkbook.fromGrid(master);
  const host = createOfficeExcelHost({ run: book.run, isSetSupported: () => true, now: () => new Date(2025, 9, 5) });
  const notices: Notice[] = [];
  let reports: FileReport[] | null = null;
  const record = jest.fn(async () => null);
  const deps = {
    host,
    task: {
      step: async (_label: string, work: (s: AbortSignal) => Promise<void>) => work(new AbortController().signal),
      setBusy: () => undefined,
      setNotice: (n: Notice | null) => void (n && notices.push(n)),
    },
    readGrid: (data: ArrayBuffer) => readWorkbookGrid(new Uint8Array(data)),
    ask: async () => false,
    record,
    setReports: (r: FileReport[] | null) => void (reports = r),
  };
  return { book, host, deps, notices, record, reports: () => reports };
}

describe("Himpun of a quarter in the Excel pane", () => {
  let master: WorkbookGrid;
  beforeAll(async () => {
    master = await masterGrid();
  });

  test("takes quarter 3's cells only, the earlier quarters untouched, no SOP step", async () => {
    const before = analyzeWorkbook(master, { triwulan: 3 });
    const missing = before.findings.filter((f) => f.code === "MISSING_QUARTER");
    expect(missing.map((f) => f.cell)).toHaveLength(2);
    const { book, host, deps, notices, record, reports } = setup(master);
    const tw2 = before.indikator[0].kuartal!.realisasiCells[1];
    await runHimpun(deps, [await unitFile(master, 3, true)]);
    const state = harnessState(book);
    expect(state.cellValue("Bidang Politik", missing[0].cell)).toBe(3);
    expect(state.cellValue("Bidang Politik", missing[1].cell)).toBe(81);
    expect(state.cellValue("Bidang Politik", tw2)).toBe(4);
    expect(record).not.toHaveBeenCalled();
    // one honest outcome: the unit's change to a locked quarter is a warning, said in the title
    expect(notices.at(-1)!.title).toBe("Triwulan III dihimpun dengan peringatan: periksa berkas di bawah");
    expect(notices.at(-1)!.intent).toBe("warning");
    expect(reports()![0].taken).toEqual(['Sheet "Bidang Politik": 3 sel isian triwulan']);
    // The locked TW II the unit changed anyway is told, the workbook's value kept.
    expect(reports()![0].warnings).toEqual([
      expect.stringMatching(
        new RegExp(`sel ${tw2}: Realisasi TW II diubah dari "4" menjadi "99"; nilai format induk yang dipakai`),
      ),
    ]);
    const after = analyzeWorkbook(await host.readWorkbook(), { triwulan: 3 });
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(after.indikator[0].kuartal!.kendala[2]).toBe("Anggaran perjalanan dinas ditunda");
    // The year's columns and the other quarters are as they were.
    const y0 = analyzeWorkbook(master, { triwulan: 1 }).indikator.map((i) => [
      i.target,
      i.kuartal!.target,
      i.kuartal!.realisasi.slice(0, 2),
    ]);
    expect(after.indikator.map((i) => [i.target, i.kuartal!.target, i.kuartal!.realisasi.slice(0, 2)])).toEqual(y0);
  });

  test("a file without its quarter property is taken for the quarter chosen in the tab", async () => {
    const { book, deps, record } = setup(master);
    await runHimpun(deps, [await unitFile(master, 3, false)], 3);
    const cell = analyzeWorkbook(master, { triwulan: 1 }).indikator[1].kuartal!.realisasiCells[2];
    expect(harnessState(book).cellValue("Bidang Politik", cell)).toBe(81);
    expect(record).not.toHaveBeenCalled();
  });

  test("a file made for quarter 3 is refused when quarter 2 is chosen; nothing is written", async () => {
    const { book, deps, notices, reports } = setup(master);
    await runHimpun(deps, [await unitFile(master, 3, true)], 2);
    const cell = analyzeWorkbook(master, { triwulan: 1 }).indikator[1].kuartal!.realisasiCells[2];
    expect(harnessState(book).cellValue("Bidang Politik", cell)).toBeNull();
    expect(reports()![0].refused.join(" ")).toMatch(/dibuat untuk Triwulan III, sedangkan yang dihimpun Triwulan II/);
    expect(notices.at(-1)!.title).toBe("Tidak ada data yang dihimpun");
  });
});
