/**
 * The limits of spec section 6 in the browser build (issue 12): Himpun in the Excel pane and
 * "Muat data" in the Word pane read files through the same reader as the CLI, so a zip bomb or a
 * sheet beyond 1,048,576 rows is refused there too, with the reader's Indonesian sentence, and
 * the pane stays usable. Files are made by code (scripts/hostile/files.ts).
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { hugeRowXlsx, spacesBombXlsx } from "../../scripts/hostile/files";
import { harnessUrl, launchBrowser, screenshot } from "./support";

let browser: Browser;
let bomb: string;
let lyingBomb: string;
let hugeRows: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "lakip-hostile-e2e-"));
  bomb = join(dir, "bom.xlsx");
  lyingBomb = join(dir, "bom-bohong.xlsx");
  hugeRows = join(dir, "baris-besar.xlsx");
  writeFileSync(bomb, await spacesBombXlsx(520));
  writeFileSync(lyingBomb, await spacesBombXlsx(230, 4096));
  writeFileSync(hugeRows, await hugeRowXlsx(2_000_000_000));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(harnessUrl(url));
  await page.getByRole("button", { name: ready, exact: true }).waitFor();
  return { page, errors };
}

test("Himpun refuses a zip bomb (honest or lying) and a sheet beyond 1,048,576 rows, file by file", async () => {
  const { page, errors } = await open("excel.html?example=kesbangpol-2025", "Validasi");
  await page.getByRole("tab", { name: "Himpun" }).click();
  await page.getByTestId("himpun-input").setInputFiles([bomb, lyingBomb, hugeRows]);
  const reports = page.getByTestId("himpun-report");
  await reports.nth(2).waitFor({ timeout: 90_000 });
  const texts = await reports.allInnerTexts();
  expect(texts[0]).toMatch(/Ditolak: .*terlalu besar untuk dibuka: isinya melebihi batas 200 MB setelah dibongkar/);
  expect(texts[1]).toMatch(/Ditolak: .*200 MB setelah dibongkar \(bagian xl\/worksheets\/sheet1\.xml\)/);
  expect(texts[2]).toMatch(
    /Ditolak: .*Sheet "Petunjuk" .*memuat baris ke-2\.000\.000\.000, melebihi batas 1\.048\.576/,
  );
  await screenshot(page.getByTestId("pane"), "excel-pane-himpun-hostile");
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

test("Muat data in the Word pane refuses a zip bomb with the reader's sentence, not as an unexpected error", async () => {
  const { page, errors } = await open("word.html?doc=empty", "Isi semua");
  await page.getByTestId("file-input").setInputFiles(bomb);
  const notice = page.getByTestId("notice");
  await notice.waitFor({ timeout: 90_000 });
  const text = await notice.innerText();
  expect(text).toMatch(/terlalu besar untuk dibuka: isinya melebihi batas 200 MB setelah dibongkar/);
  expect(text).not.toMatch(/tak terduga|kesalahan internal/);
  await screenshot(page.getByTestId("pane"), "word-pane-muat-bom");
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);
