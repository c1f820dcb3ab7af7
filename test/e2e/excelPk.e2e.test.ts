/**
 * Excel pane, tab Format, "Buat Perjanjian Kinerja" in the harness (fake Office.js): the open
 * workbook is checked as `lakip pk` checks it, the PKs and what is written by hand are listed, and
 * the notice says in Bahasa Indonesia where the .docx files are made (Excel cannot make a Word
 * document); a workbook with galat lists them instead.
 */
import type { Browser, Page } from "playwright-core";
import { harnessUrl, launchBrowser, screenshot } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(harnessUrl(`excel.html${query}`));
  await page.getByRole("tab", { name: "Format" }).click();
  await page.getByRole("button", { name: "Buat Perjanjian Kinerja" }).waitFor();
  return page;
}

test("lists the Kepala's and every unit's PK, what is written by hand, and where the files are made", async () => {
  const page = await open("?example=kesbangpol-2025");
  await page.getByRole("button", { name: "Buat Perjanjian Kinerja" }).click();
  const notice = page.getByTestId("pk-notice");
  await notice.getByText("Format siap untuk 6 Perjanjian Kinerja").waitFor();
  const text = await notice.innerText();
  expect(text).toContain("Excel tidak dapat membuat dokumen Word dari panel add-in");
  expect(text).toContain("LAKIP.html");
  expect(text).toContain("PK Kepala: Drs. Hendra Saputra, M.Si");
  expect(text).toContain("PK Bidang Kewaspadaan Nasional: (nama ditulis tangan), Kepala Bidang Kewaspadaan Nasional");
  expect(text).toContain("Ditulis tangan: Nama Kepala Daerah");
  await screenshot(page.getByTestId("pane"), "excel-pane-perjanjian-kinerja");
  await page.close();
}, 120_000);

test("a workbook with galat: the galat, no PK", async () => {
  const page = await open("?example=contoh-berantakan");
  await page.getByRole("button", { name: "Buat Perjanjian Kinerja" }).click();
  await page.getByTestId("pk-notice").getByText("Perjanjian Kinerja belum dapat dibuat").waitFor();
  await page.close();
}, 120_000);
