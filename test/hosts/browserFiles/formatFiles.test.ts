/** SOP steps 2-3 over files for LAKIP.html: next year's format and the unit files' .zip, as `lakip format` makes them. */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { readWorkbookFileBytes } from "../../../src/hosts/browserFiles/workbookFiles";
import { nextYearWorkbook, unitFilesZip } from "../../../src/hosts/browserFiles/formatFiles";
import { buildUnitFiles } from "../../../src/core/layout/unitFiles";
import { analyzeWorkbook } from "../../../src/core";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLE = path.join(ROOT, "examples/kesbangpol-2025.xlsx");
const MESSY = path.join(ROOT, "examples/contoh-berantakan.xlsx");
const who = { name: "Sari Dewi", role: "Kasubag Program" };
const now = new Date(2026, 0, 15, 9, 30);

test("next year's format: Tahun + 1, step 2 recorded; a workbook with errors refused with its error findings", async () => {
  const file = await readWorkbookFileBytes("kesbangpol-2025.xlsx", fs.readFileSync(EXAMPLE));
  const r = await nextYearWorkbook(file, who, now);
  if (r.refused) throw new Error("refused");
  expect(r.fileName).toBe("Format 2026.xlsx");
  expect(r.plan.tahun).toBe(2026);
  expect(r.plan.years).toContain(2025);
  const grid = await readWorkbookGrid(r.bytes);
  expect(analyzeWorkbook(grid).identitas.tahun).toBe(2026);
  expect(grid.customProperties?.["LAKIP Langkah 2"]).toMatch(/^Selesai \|.*Sari Dewi/);

  const messy = await readWorkbookFileBytes("berantakan.xlsx", fs.readFileSync(MESSY));
  const bad = await nextYearWorkbook(messy, who, now);
  const errors = analyzeWorkbook(messy.grid).findings.filter((f) => f.severity === "error");
  expect(bad.refused).toEqual(errors);
  expect(errors.length).toBeGreaterThan(0);
}, 60_000);

test("unit files: one .xlsx per unit in the .zip, named as buildUnitFiles names them, step 3 recorded over the master's records", async () => {
  const file = await readWorkbookFileBytes("induk.xlsx", fs.readFileSync(EXAMPLE));
  const r = await unitFilesZip(file, who, now);
  if (r.refused) throw new Error("refused");
  expect(r.zipName).toBe("Format 2025 per unit.zip");
  const plan = buildUnitFiles(file.grid, analyzeWorkbook(file.grid).identitas);
  const zip = await JSZip.loadAsync(r.zip);
  expect(Object.keys(zip.files).sort()).toEqual(plan.files.map((f) => f.fileName).sort());
  for (const f of plan.files) {
    const grid = await readWorkbookGrid(await zip.file(f.fileName)!.async("uint8array"));
    expect(grid.sheets.map((s) => s.name)).toContain(f.unit);
    expect(grid.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \|.*Sari Dewi/);
  }

  const noTahun = await readWorkbookFileBytes(
    "tanpa-identitas.xlsx",
    fs.readFileSync(path.join(ROOT, "examples/contoh-tanpa-identitas.xlsx")),
  );
  const refused = await unitFilesZip(noTahun, who, now);
  expect(refused.refused?.length).toBeGreaterThan(0);
}, 60_000);
