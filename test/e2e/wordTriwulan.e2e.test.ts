/**
 * "Laporan Triwulan" in the Word pane, in headless Chromium through the harness
 * (build/harness/word.html): the real adapter officeWordHost over the Word fake
 * (src/hosts/memory/wordDocumentOffice.ts) at WordApi 1.1 (Office 2016), 1.3 (Office 2019) and
 * every set. Load the example, choose Triwulan II, insert the quarterly template, fill, refill:
 * the same document, the user's paragraph and the agency's BAB IV untouched. A workbook whose
 * units have not reported TW III refuses the fill of TW III with MISSING_QUARTER at its cell.
 * axe in every state; screenshots in test-artifacts/.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import { join } from "path";
import { readFileSync } from "fs";
import type { Browser, Page } from "playwright-core";
import { TW_TEKS_TAG } from "../../src/core/report/triwulan/tags";
import { expectAccessible } from "./axe";
import { harnessUrl, launchBrowser, screenshot } from "./support";
import { masterBeforeTw3 } from "../support/quarterRound";

const EXAMPLE = join(__dirname, "../../examples/kesbangpol-2025.xlsx");
const USER = "Catatan pengguna: draf ini disusun oleh Subbagian Program.";

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(os.tmpdir(), "lakip-word-tw-"));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type HarnessWindow = { wordHarness: { bodyXml(): string; text(): string } };
const bodyXml = (page: Page) => page.evaluate(() => (window as unknown as HarnessWindow).wordHarness.bodyXml());
const docText = (page: Page) => page.evaluate(() => (window as unknown as HarnessWindow).wordHarness.text());

async function openHarness(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(harnessUrl(`word.html${query}`));
  await page.getByRole("button", { name: "Sisipkan kerangka Laporan Triwulan" }).waitFor();
  return { page, errors };
}

const notice = (page: Page, title: RegExp) => page.getByTestId("notice").filter({ hasText: title });

describe.each(["1.9", "1.3", "1.1"])("Word pane at WordApi %s", (level) => {
  test("Laporan Triwulan II: template, fill, refill without change, user text and BAB IV untouched", async () => {
    const { page, errors } = await openHarness(`?doc=empty&word=${level}`);
    await page.getByTestId("file-input").setInputFiles(EXAMPLE);
    await page.getByTestId("summary").waitFor();
    await page.getByTestId("word-tw-select").selectOption("2");

    await page.getByRole("button", { name: "Sisipkan kerangka Laporan Triwulan" }).click();
    await notice(page, /Kerangka Laporan Triwulan disisipkan/).waitFor();
    const tabel = page.locator('[data-testid="word-document"] [data-tag="lakip:tw-tabel-capaian"]');
    await expect(tabel.count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "Tambah teks pengguna" }).click();
    await page.getByTestId("word-document").getByText(USER).waitFor();

    await page.getByRole("button", { name: "Isi Laporan Triwulan II" }).click();
    const done = notice(page, /Laporan Triwulan II diisi/);
    await done.waitFor();
    await done.getByText("Lihat bagian yang diisi").click();
    await expect(done.innerText()).resolves.toMatch(/Tabel Capaian Kinerja s\.d\. Triwulan: 1 kontrol diisi/);
    const first = await bodyXml(page);
    const text = await docText(page);
    expect(text).toContain("Triwulan II");
    expect(text).toContain(USER);
    expect(text).toContain(TW_TEKS_TAG.placeholder);
    await expectAccessible(page, `word-triwulan-diisi-${level}`);
    await screenshot(page.getByTestId("pane"), `word-triwulan-diisi-${level}`);

    // Refill: the notice comes again (a new one), the document is the same.
    await page.getByTestId("notice").getByRole("button", { name: "Tutup pesan" }).click();
    await notice(page, /Laporan Triwulan II diisi/).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Isi Laporan Triwulan II" }).click();
    await notice(page, /Laporan Triwulan II diisi/).waitFor();
    expect(await bodyXml(page)).toBe(first);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

test("Word pane: TW III not reported by two units refuses the fill, MISSING_QUARTER at its cell, document unchanged", async () => {
  const file = join(dir, "induk-2025.xlsx");
  writeFileSync(file, await masterBeforeTw3(readFileSync(EXAMPLE)));
  const { page, errors } = await openHarness("?doc=empty");
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("summary").waitFor();
  await page.getByRole("button", { name: "Sisipkan kerangka Laporan Triwulan" }).click();
  await notice(page, /Kerangka Laporan Triwulan disisipkan/).waitFor();
  const before = await bodyXml(page);
  await page.getByTestId("word-tw-select").selectOption("3");
  await page.getByRole("button", { name: "Isi Laporan Triwulan III" }).click();
  await expect(notice(page, /Laporan Triwulan III tidak diisi/).innerText()).resolves.toContain("MISSING_QUARTER");
  const missing = page.locator('[data-testid="tw-refused"] [data-testid="finding"][data-code="MISSING_QUARTER"]');
  expect(await missing.count()).toBeGreaterThan(0);
  expect(await missing.first().getAttribute("data-cell")).toMatch(/^[A-Z]+\d+$/);
  expect(await bodyXml(page)).toBe(before);
  await expectAccessible(page, "word-triwulan-ditolak");
  await screenshot(page.getByTestId("pane"), "word-triwulan-ditolak");
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);
