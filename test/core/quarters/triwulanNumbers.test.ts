/** The quarterly report shows an accumulated figure (a Rata-rata s.d. TW N) with at most two decimals. */
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../../src/core";
import { renderTriwulan } from "../../../src/core/report/triwulan/render";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";

test("Rata-rata s.d. TW III of the example: 3,68 hari, not 3,6766666667", async () => {
  const grid = await readWorkbookGrid(
    fs.readFileSync(path.resolve(__dirname, "../../../examples/kesbangpol-2025.xlsx")),
  );
  const analysis = analyzeWorkbook(grid, { triwulan: 3 });
  const { controls } = renderTriwulan(analysis, 3, { tanggal: new Date(2025, 9, 6) });
  const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
  expect(text(controls["lakip:tw-tabel-capaian"])).toContain("3,68");
  expect(text(controls["lakip:tw-tabel-capaian"])).not.toMatch(/3,676/);
  expect(text(controls["lakip:tw-narasi"])).not.toMatch(/\d,\d{3,}/);
});
