/** "Ubah format sel ke Umum": the format changes, the value stays, and the galat clears (Office fake, ExcelApi 1.1). */
import { analyzeWorkbook } from "../../../src/core/index";
import type { WorkbookGrid } from "../../../src/core/grid";
import { createMemoryExcelHost, createMemoryWorkbook, harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import { formatProblemOf } from "../../../src/panes/excel/formatFix";

const s = (v: string) => ({ t: "s" as const, v });
const grid: WorkbookGrid = {
  sheets: [
    {
      name: "Identitas",
      rows: [
        [s("Nama Instansi"), s("Badan X")],
        [s("Tahun"), { t: "n", v: 2025 }],
      ],
    },
    {
      name: "Sekretariat",
      rows: [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"].map(s),
        [
          { t: "n", v: 1 },
          s("S1"),
          s("Indeks A"),
          s("%"),
          s("Naik"),
          { t: "n", v: 90 },
          { t: "n", v: 85.5, f: "dd/mm/yyyy" },
        ],
      ],
    },
  ],
};

test("a date-formatted Realisasi: the finding says to change the format; the fix keeps the value and clears it", async () => {
  const book = createMemoryWorkbook(grid);
  const host = createMemoryExcelHost(book);
  const before = analyzeWorkbook(await host.readWorkbook());
  const finding = before.findings.find((f) => f.cell === "G2")!;
  expect(finding.code).toBe("NOT_A_NUMBER");
  expect(finding.message).toMatch(/berformat tanggal.*ubah format selnya ke Umum/);
  expect(formatProblemOf(finding)).toBe("tanggal");

  await host.setGeneralFormat!("sekretariat", "G2");
  const state = harnessState(book);
  expect(state.numberFormat("Sekretariat", "G2")).toBe("General");
  expect(state.cellValue("Sekretariat", "G2")).toBe(85.5);
  const after = analyzeWorkbook(await host.readWorkbook());
  expect(after.findings.filter((f) => f.cell === "G2")).toEqual([]);
});

test("a missing sheet is explained in Indonesian", async () => {
  const host = createMemoryExcelHost(createMemoryWorkbook(grid));
  await expect(host.setGeneralFormat!("Bidang Z", "G2")).rejects.toThrow(/Sheet "Bidang Z" tidak ada lagi/);
});
