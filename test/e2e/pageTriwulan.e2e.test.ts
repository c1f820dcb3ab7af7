/**
 * One quarter's round in LAKIP.html (issue 18), opened from file:// with the network blocked, on
 * the bundled example as it stands before quarter III comes in (two units have not reported TW
 * III): the check of TW III shows MISSING_QUARTER at its cell; the unit files for TW III (.zip);
 * two units fill their TW III cells (ExcelJS, here in the test); Himpun TW III into the master;
 * the check again (clean); the Laporan Triwulan III .docx, which passes check-ooxml. The clicks
 * and each step's duration are written to test-artifacts/triwulan-round.json (no timing is
 * asserted). axe in every state visited; screenshots at 1366 and 375 px.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { expectAccessible } from "./axe";
import { animationsSettled, ARTIFACTS, ROOT, screenshot } from "./support";
import { CHECK_OOXML, haveTools } from "../support/tools";
import { TW3_UNITS, exampleTw3, fillUnitTw3, masterBeforeTw3 } from "../support/quarterRound";

const PAGE = path.resolve(ROOT, process.env.LAKIP_PAGE ?? "build/page/LAKIP.html");
const EXAMPLE = path.join(ROOT, "examples/kesbangpol-2025.xlsx");

let browser: Browser;
let page: Page;
let dir: string;
const blocked: string[] = [];
const steps: { step: string; clicks: number; ms: number }[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE))
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "development", "--env", "page"],
      { cwd: ROOT, stdio: "inherit" },
    );
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-tw-"));
  mkdirSync(path.join(dir, "unduhan"));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = await context.newPage();
  await page.goto("file://" + PAGE);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const panel = () => page.getByRole("tabpanel");
const notice = () => panel().getByTestId("notice");

/** Waits until the focus is inside the view's result (the notice area) and returns the notice's text. */
async function focusOnResult(title: RegExp): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="notice-area"]') !== null, null, {
    timeout: 150_000,
  });
  const n = notice().filter({ hasText: title });
  await n.waitFor({ timeout: 150_000 });
  return (await n.innerText()).trim();
}

/** Runs one step of the round, counting its clicks and its duration (recorded, never asserted). */
async function timed<T>(step: string, clicks: number, act: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const r = await act();
  steps.push({ step, clicks, ms: Date.now() - start });
  return r;
}

/**
 * Whether a button is drawn filled (Fluent's primary appearance: a coloured, not white, background),
 * read once its 100 ms background fade has ended: a colour read mid-fade says nothing.
 */
async function filledButton(name: string): Promise<boolean> {
  await animationsSettled(page);
  return panel()
    .getByRole("button", { name })
    .evaluate((el) => getComputedStyle(el).backgroundColor !== "rgb(255, 255, 255)");
}

async function download(act: () => Promise<unknown>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 150_000 }), act()]);
  const file = path.join(dir, "unduhan", d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

test("a quarter's round: check, unit files, two units' TW III, Himpun, check, Laporan Triwulan", async () => {
  const example = readFileSync(EXAMPLE);
  const master = path.join(dir, "induk-2025.xlsx");
  writeFileSync(master, await masterBeforeTw3(example));

  await page.getByRole("tab", { name: "Triwulan" }).click();
  await timed("buka buku kerja induk", 2, async () => {
    await panel().getByTestId("tw-workbook-input").setInputFiles(master);
    await focusOnResult(/dibuka/);
  });
  await panel().getByTestId("tw-select").selectOption("3");

  // The check before the units report: MISSING_QUARTER at the TW III cells of the two units.
  await panel().getByRole("button", { name: "Periksa Triwulan III" }).click();
  expect(await focusOnResult(/Triwulan III: \d+ galat/)).toMatch(/MISSING_QUARTER/);
  const missing = panel().locator('[data-testid="finding"][data-code="MISSING_QUARTER"]');
  expect(await missing.count()).toBeGreaterThan(0);
  const cell = (await missing.first().getAttribute("data-cell"))!;
  await missing.first().getByRole("button").click();
  // the message shows once the page has drawn the chosen cell (waited for: a condition, not a sleep)
  const message = panel().getByTestId("cell-message");
  await message.filter({ hasText: new RegExp(`^${cell}: `) }).waitFor({ timeout: 30_000 });
  await expect(message.innerText()).resolves.toMatch(new RegExp(`^${cell}: `));
  // the cell itself is drawn in the preview, marked as galat
  await panel().locator(`[data-testid="sheet-preview"] td[data-cell="${cell}"]`).waitFor({ timeout: 30_000 });
  await expect(
    panel().locator(`[data-testid="sheet-preview"] td[data-cell="${cell}"]`).getAttribute("data-severity"),
  ).resolves.toBe("error");
  // the next step to do is the one primary action: the unit files, not the report
  expect(await filledButton("Buat berkas unit Triwulan III (.zip)")).toBe(true);
  expect(await filledButton("Unduh Laporan Triwulan III (.docx)")).toBe(false);
  await expectAccessible(page, "page-triwulan-periksa");
  await screenshot(page, "page-triwulan-periksa-1366");

  // 1. Unit files for TW III.
  const zipFile = await timed("berkas unit TW III", 1, () =>
    download(() => panel().getByRole("button", { name: "Buat berkas unit Triwulan III (.zip)" }).click()),
  );
  expect(path.basename(zipFile)).toBe("Berkas unit Triwulan III 2025.zip");
  expect(await focusOnResult(/berkas unit Triwulan III diunduh/)).toContain("Realisasi TW III");

  // Two units fill their TW III cells.
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const values = await exampleTw3(example);
  const filled: string[] = [];
  for (const unit of TW3_UNITS) {
    const name = Object.keys(zip.files).find((n) => n.includes(unit))!;
    const out = path.join(dir, name);
    writeFileSync(out, await fillUnitTw3(await zip.file(name)!.async("uint8array"), unit, values.get(unit)!));
    filled.push(out);
  }

  // 2. Himpun TW III.
  const gathered = await timed("himpun TW III", 2, async () => {
    await panel().getByTestId("tw-himpun-input").setInputFiles(filled);
    await panel().getByTestId("tw-unit-files").filter({ hasText: "2 berkas" }).waitFor();
    return download(() => panel().getByRole("button", { name: "Himpun Triwulan III dan unduh" }).click());
  });
  expect(await focusOnResult(/Triwulan III dihimpun dari 2 berkas/)).toContain("tanpa galat");
  const a = analyzeWorkbook(await readWorkbookGrid(readFileSync(gathered)), { triwulan: 3 });
  expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  await expect(panel().getByTestId("current-workbook").innerText()).resolves.toContain("hasil Himpun");

  // 3. The check, now clean.
  await timed("periksa TW III", 1, async () => {
    await panel().getByRole("button", { name: "Periksa Triwulan III" }).click();
    await focusOnResult(/Triwulan III: (data bersih|tidak ada galat)/);
  });
  await expectAccessible(page, "page-triwulan-bersih");
  // a clean check leads to the quarter's Rekap, not yet the report
  expect(await filledButton("Unduh Rekap Triwulan III (.xlsx)")).toBe(true);

  // 4. The sheet Rekap TW III beside the year's Rekap; the copy becomes the current workbook.
  const rekap = await timed("rekap TW III", 1, () =>
    download(() => panel().getByRole("button", { name: "Unduh Rekap Triwulan III (.xlsx)" }).click()),
  );
  expect(path.basename(rekap)).toBe("induk-2025-terhimpun-tw3-2025-rekap-tw3-2025.xlsx");
  expect(await focusOnResult(/Rekap Triwulan III dibuat/)).toContain("Rekap TW III");
  const rekapGrid = await readWorkbookGrid(readFileSync(rekap));
  expect(rekapGrid.sheets.map((s) => s.name)).toContain("Rekap TW III");
  await expect(panel().getByTestId("current-workbook").innerText()).resolves.toContain("hasil Rekap triwulan");
  expect(await filledButton("Unduh Laporan Triwulan III (.docx)")).toBe(true);
  if (haveTools(["check-ooxml"], "check-ooxml on the Rekap TW III")) {
    const r = spawnSync(CHECK_OOXML, [rekap], { encoding: "utf8" });
    expect(`${r.stdout}${r.stderr}`).toMatch(/\b0 failed/);
    expect(r.status).toBe(0);
  }

  // 5. The Laporan Triwulan III.
  const docx = await timed("laporan TW III", 1, () =>
    download(() => panel().getByRole("button", { name: "Unduh Laporan Triwulan III (.docx)" }).click()),
  );
  expect(path.basename(docx)).toBe("Laporan Triwulan III 2025.docx");
  expect(await focusOnResult(/Laporan Triwulan III diunduh/)).toContain("indikator");
  const doc = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
  expect(doc).toContain("Triwulan III");
  if (haveTools(["check-ooxml"], "check-ooxml on the Laporan Triwulan")) {
    const r = spawnSync(CHECK_OOXML, [docx], { encoding: "utf8" });
    expect(`${r.stdout}${r.stderr}`).toMatch(/\b0 failed/);
    expect(r.status).toBe(0);
  }
  await expectAccessible(page, "page-triwulan-laporan");
  await screenshot(page, "page-triwulan-1366");
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, "page-triwulan-375");

  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, "triwulan-round.json"), JSON.stringify(steps, null, 2));
  // kept to render and look at (../shared/tools/render)
  writeFileSync(path.join(ARTIFACTS, "page-laporan-triwulan-III.docx"), readFileSync(docx));
  expect(blocked).toEqual([]);
}, 600_000);
