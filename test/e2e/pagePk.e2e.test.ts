/**
 * LAKIP.html, tab Format, "Perjanjian Kinerja" (spec 5.2): from a 2026 format (targets filled,
 * realisasi empty) the page downloads a .zip whose documents are the ones `lakip pk` writes for
 * the same workbook on the same day (document text compared part by part), each check-ooxml
 * clean; a workbook with galat gives no download and lists the galat. Opened from disk with every
 * network request blocked. The page is built by `npm run build:page`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { spawnSync } from "child_process";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser, type Page } from "playwright-core";
import { runPk } from "../../src/cli/commands/pk";
import { writeFormat2026 } from "../cli/pkFixture";
import { ROOT, screenshot } from "./support";

const PAGE = path.resolve(ROOT, process.env.LAKIP_PAGE ?? "build/page/LAKIP.html");
const CHECK_OOXML = path.join(ROOT, "../shared/tools/check-ooxml");

let browser: Browser;
let page: Page;
let dir: string;
let format: string;
const blocked: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} tidak ada: jalankan npm run build:page dulu.`);
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-page-pk-"));
  mkdirSync(path.join(dir, "unduhan"));
  format = path.join(dir, "format-2026.xlsx");
  await writeFormat2026(format);
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

async function documentXml(bytes: Uint8Array | Buffer): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}

test("the .zip holds the same PKs as lakip pk, check-ooxml clean", async () => {
  await page.getByRole("tab", { name: "Format · langkah 1–3" }).click();
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pk-input").setInputFiles(format)]);
  const now = new Date();
  expect(d.suggestedFilename()).toBe("Perjanjian Kinerja 2026.zip");
  const file = path.join(dir, "unduhan", d.suggestedFilename());
  await d.saveAs(file);
  await page.getByTestId("pk-notice").getByText("6 Perjanjian Kinerja diunduh").waitFor();
  await page
    .getByTestId("pk-notice")
    .getByText(/Ditulis tangan: Pejabat Bidang Kewaspadaan Nasional/)
    .waitFor();
  await screenshot(page, "page-perjanjian-kinerja-1366");

  const out = path.join(dir, "cli");
  const code = await runPk([format, "--out", out], { out: () => undefined, err: () => undefined }, { now: () => now });
  expect(code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(readdirSync(out).sort());
  for (const name of names) {
    const bytes = await zip.file(name)!.async("uint8array");
    expect(await documentXml(bytes)).toBe(await documentXml(readFileSync(path.join(out, name))));
    if (existsSync(CHECK_OOXML)) {
      const saved = path.join(dir, "unduhan", name);
      require("fs").writeFileSync(saved, bytes);
      const r = spawnSync(CHECK_OOXML, [saved], { encoding: "utf8" });
      expect(r.status).toBe(0);
    }
  }
  expect(blocked).toEqual([]);
}, 120_000);

test("a workbook with galat: no download, the galat listed", async () => {
  const bad = path.join(dir, "bad.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(format);
  wb.getWorksheet("Sekretariat")!.getCell("E4").value = "Ke atas";
  await wb.xlsx.writeFile(bad);
  let downloaded = false;
  page.once("download", () => (downloaded = true));
  await page.getByTestId("pk-input").setInputFiles(bad);
  await page.getByTestId("pk-notice").getByText("Perjanjian Kinerja tidak dibuat").waitFor();
  await page.getByRole("region", { name: "Galat Perjanjian Kinerja" }).getByText(/E4/).first().waitFor();
  expect(downloaded).toBe(false);
}, 60_000);
