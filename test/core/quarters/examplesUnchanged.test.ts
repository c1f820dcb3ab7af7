/**
 * The quarters change nothing of the year (spec 2.2: a workbook without TW columns is read exactly
 * as before): for each bundled example, `lakip compute --json` less the two quarter fields
 * (`akumulasi`, `triwulan`) is the same JSON as that of the same workbook with every quarter column
 * (Target/Realisasi/Rencana Aksi/Kendala TW, Cara Akumulasi, the Anggaran's Realisasi TW) blanked.
 * The example with quarters keeps its annual results: its quarters add up to its annual figures.
 */
import * as path from "path";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { analyzeWorkbook, toComputeOutput } from "../../../src/core";
import { loadWorkbook } from "../../../src/cli/io";

const ROOT = path.join(__dirname, "..", "..", "..");
const EXAMPLES = ["kesbangpol-2025", "kesbangpol-2025-aturan-sendiri", "contoh-berantakan", "contoh-tanpa-identitas"];
const QUARTER_HEADER = /(\bTW\b|\btriwulan\b|akumulasi)/i;

/** The grid with every cell of a quarter column (found by its header in the first 10 rows) removed. */
function withoutQuarters(grid: WorkbookGrid): { grid: WorkbookGrid; blanked: number } {
  let blanked = 0;
  const sheets = grid.sheets.map((sheet) => {
    const cols = new Set<number>();
    sheet.rows.slice(0, 10).forEach((row) =>
      (row ?? []).forEach((cell, c) => {
        if (cell?.t === "s" && QUARTER_HEADER.test(cell.v)) cols.add(c);
      }),
    );
    const rows = sheet.rows.map((row) =>
      row ? row.map((cell, c): Cell | null | undefined => (cols.has(c) ? null : cell)) : row,
    );
    blanked += cols.size;
    return { ...sheet, rows };
  });
  return { grid: { ...grid, sheets }, blanked };
}

function yearJson(grid: WorkbookGrid): string {
  const out = toComputeOutput(analyzeWorkbook(grid));
  for (const i of out.indikator) {
    expect(["Jumlah", "Akhir", "Rata-rata"]).toContain(i.akumulasi);
    delete (i as Partial<typeof i>).akumulasi;
    delete (i as Partial<typeof i>).triwulan;
  }
  return JSON.stringify(out, null, 2);
}

test.each(EXAMPLES)("%s: the same year with and without its quarter columns", async (name) => {
  const grid = await loadWorkbook(path.join(ROOT, "examples", `${name}.xlsx`));
  const stripped = withoutQuarters(grid);
  expect(yearJson(stripped.grid)).toBe(yearJson(grid));
  if (name === "kesbangpol-2025") expect(stripped.blanked).toBeGreaterThan(0);
});
