/**
 * A workbook without quarter columns gives exactly the results it gave before the quarters came
 * (spec 2.2): `lakip compute --json` of each bundled example, less the two new fields
 * (`akumulasi`, `triwulan`), is byte-identical to its output before the change (baseline/*.json,
 * written by the CLI of the commit before the quarters). The example with quarters keeps its
 * annual results too: its quarters add up to its annual figures.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook, toComputeOutput } from "../../../src/core";
import { loadWorkbook } from "../../../src/cli/io";

const ROOT = path.join(__dirname, "..", "..", "..");
const EXAMPLES = ["kesbangpol-2025", "kesbangpol-2025-aturan-sendiri", "contoh-berantakan", "contoh-tanpa-identitas"];

test.each(EXAMPLES)("%s: the same JSON as before the quarters, less akumulasi and triwulan", async (name) => {
  const grid = await loadWorkbook(path.join(ROOT, "examples", `${name}.xlsx`));
  const out = toComputeOutput(analyzeWorkbook(grid));
  for (const i of out.indikator) {
    expect(["Jumlah", "Akhir", "Rata-rata"]).toContain(i.akumulasi);
    delete (i as Partial<typeof i>).akumulasi;
    delete (i as Partial<typeof i>).triwulan;
  }
  const baseline = readFileSync(path.join(__dirname, "baseline", `${name}.json`), "utf8");
  expect(JSON.stringify(out, null, 2) + "\n").toBe(baseline);
});
