/**
 * LAKIP.html's Format tab, SOP steps 2-3 (issue 14), opened from disk (file://) in headless
 * Chromium with every network request blocked: "Format tahun berikutnya" from the 2025 example
 * (compared with its figures and with `lakip format --from`), its refusal of a workbook with error
 * findings (the CLI's findings), "File per unit" (the .zip compared file by file, sheet by sheet and
 * cell by cell, locks included, with `lakip format --per-unit` on the same master), and Himpun
 * taking one of those unit files back into its master. The page is built by `npm run build:page`.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { withCustomProperties } from "../../src/hosts/files/writeGrid";
import { ROOT, screenshot } from "./support";
import { CHECK_OOXML, haveTools } from "../support/tools";

const PAGE = path.resolve(ROOT, process.env.LAKIP_PAGE ?? "build/page/LAKIP.html");
const EXAMPLE = path.join(ROOT, "examples/kesbangpol-2025.xlsx");
const MESSY = path.join(ROOT, "examples/contoh-berantakan.xlsx");
const LAKIP = path.join(ROOT, "bin/lakip.js");
/** A unit name that Excel takes as a sheet name but Windows refuses in a file name. */
const ODD_UNIT = 'Sekretariat "Umum"';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let dir: string;
const blocked: string[] = [];

function lakip(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [LAKIP, ...args], { encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function download(act: () => Promise<void>): Promise<{ file: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent("download"), act()]);
  const file = path.join(dir, "unduhan", d.suggestedFilename());
  await d.saveAs(file);
  return { file, name: d.suggestedFilename() };
}

/** check-ooxml passes on the file (where the tool and xmllint are installed). */
function checkOoxml(file: string): void {
  if (!haveTools(["check-ooxml"], `check-ooxml on ${path.basename(file)}`)) return;
  const r = spawnSync(CHECK_OOXML, [file], { encoding: "utf8" });
  expect(`${r.stdout}${r.stderr}`).toMatch(/\b0 failed/);
  expect(r.status).toBe(0);
}

/** The cells of a workbook, sheet by sheet (custom properties hold times and names, compared apart). */
function cellsOf(grid: WorkbookGrid): unknown {
  return grid.sheets.map((s) => ({ name: s.name, rows: s.rows }));
}

/** The figure a cell shows: 0,9612 in a percent cell is 96,12 (to 9 decimals); text as it is; blank null. */
function figure(cell: Cell | null | undefined): number | string | null {
  if (!cell) return null;
  if (cell.t !== "n") return String(cell.v);
  return Number((cell.f && cell.f.includes("%") ? cell.v * 100 : cell.v).toFixed(9));
}

/** Per sheet: its protection (on or off) and the addresses of the cells with a value or style that are unlocked. */
async function locksOf(bytes: Uint8Array): Promise<Record<string, { protectedSheet: boolean; unlocked: string[] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: Record<string, { protectedSheet: boolean; unlocked: string[] }> = {};
  for (const ws of wb.worksheets) {
    const unlocked: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) unlocked.push(cell.address);
      }),
    );
    const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    out[ws.name] = { protectedSheet: !!prot?.sheet, unlocked };
  }
  return out;
}

beforeAll(async () => {
  if (!existsSync(PAGE))
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "development",
        "--env",
        "page",
        "--env",
        "pageOut=build/page",
      ],
      { cwd: ROOT, stdio: "inherit" },
    );
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-page-format-"));
  mkdirSync(path.join(dir, "unduhan"));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  context.on("request", (req) => {
    if (!/^(file|blob|data):/.test(req.url())) blocked.push(req.url());
  });
  page = await context.newPage();
  await page.goto("file://" + PAGE);
  await page.getByLabel(/Nama Anda/).fill("Sari Dewi");
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("Format tahun berikutnya: 2026 from the 2025 workbook, history holding 2025's figures, as lakip format --from", async () => {
  await page.getByRole("tab", { name: "Format · langkah 1–3" }).click();
  const got = await download(() => page.getByTestId("next-year-input").setInputFiles(EXAMPLE));
  expect(got.name).toBe("Format 2026.xlsx");
  checkOoxml(got.file);
  await page.getByTestId("notice").getByText("Format tahun 2026 dibuat").waitFor();
  await page
    .getByTestId("notice")
    .getByText(/Kolom riwayat: .*Target 2025, Realisasi 2025/)
    .waitFor();
  await screenshot(page, "page-format-tahun-berikutnya-1366");

  const next = await readWorkbookGrid(readFileSync(got.file));
  const last = await readWorkbookGrid(readFileSync(EXAMPLE));
  const { analyzeWorkbook } = await import("../../src/core/index");
  const before = analyzeWorkbook(last);
  const after = analyzeWorkbook(next);
  expect(after.identitas.tahun).toBe(2026);
  // Every indicator keeps its place; this year's target and realisasi are its 2025 history, the
  // new year's cells are empty.
  let total = 0;
  for (const unit of before.unit.map((u) => u.unit)) {
    const oldSheet = last.sheets.find((s) => s.name === unit)!;
    const newSheet = next.sheets.find((s) => s.name === unit)!;
    const header = (rows: WorkbookGrid["sheets"][number]["rows"]) => {
      const r = rows.findIndex((row) => row?.some((c) => c?.t === "s" && /^indikator/i.test(c.v)));
      return { r, labels: (rows[r] ?? []).map((c) => (c?.t === "s" ? c.v.trim() : "")) };
    };
    const o = header(oldSheet.rows);
    const n = header(newSheet.rows);
    const col = (labels: string[], re: RegExp) => labels.findIndex((l) => re.test(l));
    const [oInd, oT, oR] = [col(o.labels, /^indikator/i), col(o.labels, /^target$/i), col(o.labels, /^realisasi$/i)];
    const [nInd, nT, nR] = [col(n.labels, /^indikator/i), col(n.labels, /^target$/i), col(n.labels, /^realisasi$/i)];
    const [hT, hR] = [col(n.labels, /^target 2025$/i), col(n.labels, /^realisasi 2025$/i)];
    expect([nInd, nT, nR, hT, hR].every((c) => c >= 0)).toBe(true);
    let checked = 0;
    for (let r = o.r + 1; r < oldSheet.rows.length; r++) {
      const ind = oldSheet.rows[r]?.[oInd];
      if (!ind || ind.t !== "s" || ind.v.trim() === "") continue;
      const row = newSheet.rows.findIndex((x) => x?.[nInd]?.t === "s" && x[nInd]!.v === ind.v);
      expect(row).toBeGreaterThan(n.r);
      expect(figure(newSheet.rows[row]![hT])).toEqual(figure(oldSheet.rows[r]![oT]));
      expect(figure(newSheet.rows[row]![hR])).toEqual(figure(oldSheet.rows[r]![oR]));
      expect(newSheet.rows[row]![nT] ?? null).toBeNull();
      expect(newSheet.rows[row]![nR] ?? null).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    total += checked;
  }
  // Every indicator of 2025 is in the 2026 format.
  expect(total).toBe(before.indikator.length);

  // The same workbook as the CLI's, cell for cell; step 2 recorded with the page user's name.
  const cliOut = path.join(dir, "cli-2026.xlsx");
  expect(lakip(["format", "--from", EXAMPLE, "--out", cliOut]).status).toBe(0);
  const cli = await readWorkbookGrid(readFileSync(cliOut));
  expect(cellsOf(next)).toEqual(cellsOf(cli));
  expect(next.customProperties?.["LAKIP Langkah 2"]).toMatch(/^Selesai \|.*Sari Dewi/);
}, 120_000);

test("Format tahun berikutnya refuses a workbook with error findings and lists them, as the CLI does", async () => {
  await page.getByRole("tab", { name: "Format · langkah 1–3" }).click();
  let downloads = 0;
  const count = () => downloads++;
  page.on("download", count);
  await page.getByTestId("next-year-input").setInputFiles(MESSY);
  await page.getByTestId("notice").getByText("Format tahun berikutnya tidak dibuat").waitFor();
  const cli = lakip(["format", "--from", MESSY, "--out", path.join(dir, "tidak-dibuat.xlsx")]);
  expect(cli.status).toBe(1);
  const lines = cli.stdout.split("\n").filter((l) => l.startsWith("[GALAT]"));
  expect(lines.length).toBeGreaterThan(0);
  await page.getByTestId("notice").getByText(`masih memuat ${lines.length} galat`, { exact: false }).waitFor();
  const refusal = page.getByTestId("format-refusal");
  for (const l of lines) {
    const message = l.replace(/^\[GALAT\] .*? [A-Z_]+: /, "");
    await expect(refusal.getByText(message, { exact: false }).count()).resolves.toBeGreaterThan(0);
  }
  await screenshot(page, "page-format-ditolak-1366");
  page.off("download", count);
  expect(downloads).toBe(0);
  expect(existsSync(path.join(dir, "tidak-dibuat.xlsx"))).toBe(false);
}, 120_000);

let master: string;
let unitZip: JSZip;

test("File per unit: one .zip whose files are those of lakip format --per-unit, renamed names said", async () => {
  // The master: the example with one unit renamed to a name Windows refuses in a file name, and
  // that unit's Realisasi cleared (it comes back through Himpun below).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.getWorksheet("Sekretariat")!;
  ws.name = ODD_UNIT;
  let realisasiCol = 0;
  let headerRow = 0;
  ws.eachRow((row, r) =>
    row.eachCell((c, col) => {
      if (!headerRow && typeof c.value === "string" && c.value.trim() === "Realisasi") {
        realisasiCol = col;
        headerRow = r;
      }
    }),
  );
  expect(realisasiCol).toBeGreaterThan(0);
  for (let r = headerRow + 1; r <= ws.rowCount; r++) ws.getCell(r, realisasiCol).value = null;
  master = path.join(dir, "induk-2025.xlsx");
  await wb.xlsx.writeFile(master);

  await page.getByRole("tab", { name: "Format · langkah 1–3" }).click();
  const got = await download(() => page.getByTestId("per-unit-input").setInputFiles(master));
  expect(got.name).toBe("Format 2025 per unit.zip");
  const notice = page.getByTestId("notice");
  await notice.getByText("5 berkas unit dibuat").waitFor();
  const cliDir = path.join(dir, "cli-unit");
  const cli = lakip(["format", "--per-unit", master, "--out", cliDir]);
  expect(cli.status).toBe(0);
  // The CLI's notice of the renamed file name, word for word.
  const renamed = cli.stdout
    .split("\n")
    .find((l) => l.includes("Nama berkas diubah"))!
    .trim();
  expect(renamed).toContain(ODD_UNIT);
  await notice.getByText(renamed, { exact: true }).waitFor();
  await notice.getByText(/Langkah 3 SOP \(format dikirim\) tercatat Selesai di setiap berkas unit/).waitFor();
  await screenshot(page, "page-file-per-unit-1366");

  unitZip = await JSZip.loadAsync(readFileSync(got.file));
  const names = Object.keys(unitZip.files).sort();
  expect(names).toEqual(readdirSync(cliDir).sort());
  expect(names).toContain("Format 2025 - Sekretariat -Umum-.xlsx");
  for (const name of names) {
    const mine = await unitZip.file(name)!.async("uint8array");
    const theirs = readFileSync(path.join(cliDir, name));
    const copy = path.join(dir, "unduhan", `zip-${name}`);
    writeFileSync(copy, mine);
    checkOoxml(copy);
    const [a, b] = [await readWorkbookGrid(mine), await readWorkbookGrid(theirs)];
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    expect(cellsOf(a)).toEqual(cellsOf(b));
    const locks = await locksOf(mine);
    expect(locks).toEqual(await locksOf(theirs));
    // Identitas is read-only; the unit sheet is protected with its Realisasi cells open.
    expect(locks["Identitas"].protectedSheet).toBe(true);
    expect(Object.values(locks).some((l) => l.protectedSheet && l.unlocked.length > 0)).toBe(true);
    expect(a.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \|.*Sari Dewi/);
  }
}, 180_000);

test("Himpun takes a unit file made by File per unit back into its master by its open cells", async () => {
  // The unit fills its Realisasi (by code): the example's figures.
  const name = "Format 2025 - Sekretariat -Umum-.xlsx";
  const unitWb = new ExcelJS.Workbook();
  await unitWb.xlsx.load((await unitZip.file(name)!.async("uint8array")) as unknown as ExcelJS.Buffer);
  const example = new ExcelJS.Workbook();
  await example.xlsx.readFile(EXAMPLE);
  const src = example.getWorksheet("Sekretariat")!;
  const dst = unitWb.getWorksheet(ODD_UNIT)!;
  let col = 0;
  let head = 0;
  src.eachRow((row, r) =>
    row.eachCell((c, i) => {
      if (!head && typeof c.value === "string" && c.value.trim() === "Realisasi") [col, head] = [i, r];
    }),
  );
  let filled = 0;
  for (let r = head + 1; r <= src.rowCount; r++) {
    const v = src.getCell(r, col).value;
    if (typeof v === "number") {
      // As a unit types it in Excel: "96,12%" is 0,9612 with a percent format.
      const cell = dst.getCell(r, col);
      cell.value = v;
      // An ExcelJS cell (no Office.js proxy, no sync): its style is plain data.

      if (src.getCell(r, col).numFmt) cell.style = { ...cell.style, numFmt: src.getCell(r, col).numFmt };
      filled++;
    }
  }
  expect(filled).toBeGreaterThan(0);
  // Excel keeps the file's custom properties (the SOP records) when the unit saves; ExcelJS drops
  // them, so they are put back as Excel would keep them.
  const unitFile = path.join(dir, name);
  const original = await readWorkbookGrid(await unitZip.file(name)!.async("uint8array"));
  const saved = new Uint8Array(await unitWb.xlsx.writeBuffer());
  writeFileSync(unitFile, await withCustomProperties(saved, original.customProperties ?? {}));

  await page.getByRole("tab", { name: "Himpun · langkah 4" }).click();
  await page.getByTestId("master-input").setInputFiles(master);
  await page.getByText("induk-2025.xlsx").waitFor();
  await page.getByTestId("himpun-input").setInputFiles([unitFile]);
  await page.getByTestId("unit-files").getByText("1 berkas").waitFor();
  const got = await download(() => page.getByRole("button", { name: "Himpun (langkah 4) dan unduh" }).click());
  await page.getByTestId("notice").getByText("Data unit dihimpun").waitFor();
  await page
    .getByTestId("himpun-report")
    .getByText(/sel isian unit/)
    .waitFor();
  // Nothing of the file refused: a unit file of this master is taken as it is.
  await expect(
    page
      .getByTestId("himpun-report")
      .getByText(/Ditolak/)
      .count(),
  ).resolves.toBe(0);
  await screenshot(page, "page-himpun-file-unit-1366");

  // The gathered workbook gives the example's numbers (the renamed unit aside).
  const mine = JSON.parse(lakip(["compute", got.file, "--json"]).stdout);
  const theirs = JSON.parse(lakip(["compute", EXAMPLE, "--json"]).stdout);
  expect(mine.organisasi).toEqual(theirs.organisasi);
  expect(mine.sasaran).toEqual(theirs.sasaran);
  expect(mine.indikator.map((i: { capaian: unknown }) => i.capaian)).toEqual(
    theirs.indikator.map((i: { capaian: unknown }) => i.capaian),
  );
  const grid = await readWorkbookGrid(readFileSync(got.file));
  expect(grid.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \|/);
  expect(grid.customProperties?.["LAKIP Langkah 4"]).toMatch(/^Berjalan \|/);
}, 180_000);

test("axe-core finds no accessibility violation in the Format tab with a refusal listed", async () => {
  await page.getByRole("tab", { name: "Format · langkah 1–3" }).click();
  await page.getByTestId("next-year-input").setInputFiles(MESSY);
  await page.getByTestId("format-refusal").waitFor();
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: unknown[] }> } }).axe;
    // Fluent UI's focus sentinels (tabster's 1-pixel <i aria-hidden tabindex=0> around the
    // TabList) move focus on and are by design; everything else of the page is checked.
    const r = await axe.run({ include: [document.body], exclude: [["[data-tabster-dummy]"]] });
    return r.violations.map((v) => {
      const x = v as { id: string; impact: string; nodes: { target: string[] }[] };
      return `${x.id} (${x.impact}): ${x.nodes.map((n) => n.target.join(" ") + " " + (n as unknown as { html: string }).html).join(", ")}`;
    });
  });
  expect(violations).toEqual([]);
}, 120_000);

test("no network request was attempted", () => {
  expect(blocked).toEqual([]);
});
