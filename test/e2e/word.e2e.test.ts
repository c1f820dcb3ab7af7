/**
 * The Word pane in headless Chromium through the harness (build/harness/word.html): load the
 * example workbook, see the summary, insert the template, fill, refill, insert at the cursor.
 * The harness runs the real Office.js adapter (officeWordHost) over the Word fake
 * (src/hosts/memory/wordDocumentOffice.ts) at three WordApi levels: every set (default), 1.3
 * (Office 2019) and 1.1 (Office 2016).
 * Numbers are checked against the engine run in Node on the same file. Screenshots go to
 * test-artifacts/.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/index";
import { formatNumber, formatPercent } from "../../src/core/format/number";
import type { Analysis } from "../../src/core/model";
import { PAPER_SIZES } from "../../src/core/report";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { expectAccessible } from "./axe";
import { harnessUrl, launchBrowser, screenshot } from "./support";

const EXAMPLE = join(__dirname, "../../examples/kesbangpol-2025.xlsx");

let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  analysis = analyzeWorkbook(await readWorkbookGrid(readFileSync(EXAMPLE)));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function openHarness(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(harnessUrl(`word.html${query}`));
  await page.getByRole("button", { name: "Isi semua" }).waitFor();
  (page as unknown as { pageErrors: string[] }).pageErrors = errors;
  return page;
}

test("a fresh pane: every disabled button says why", async () => {
  const page = await openHarness("?doc=empty");
  for (const [button, reason] of [
    ["Isi semua", "#fill-reason"],
    ["Sisipkan di kursor", "#fill-reason"],
  ] as const) {
    const b = page.getByRole("button", { name: button });
    await expect(b.isDisabled()).resolves.toBe(true);
    expect(await b.getAttribute("aria-describedby")).toMatch(/reason/);
    await expect(page.locator(reason).innerText()).resolves.toContain("Muat data kinerja");
  }
  await expectAccessible(page, "word-pane-awal");
  await screenshot(page.getByTestId("pane"), "word-pane-awal");
  await page.getByRole("tab", { name: "Tahapan SOP" }).click();
  await page.getByTestId("sop-current").waitFor();
  await expectAccessible(page, "word-pane-sop-awal");
  await screenshot(page.getByTestId("pane"), "word-pane-sop-awal");
  expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
  await page.close();
}, 120_000);

async function loadExample(page: Page): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(EXAMPLE);
  await page.getByTestId("summary").waitFor();
}

const notice = (page: Page) => page.getByTestId("notice");

/** After Isi semua: waits for the result notice, opens its per-part lines and returns its text. */
async function fillReport(page: Page): Promise<string> {
  const n = notice(page).filter({ hasText: /Laporan diisi|Tidak ada yang diisi/ });
  await n.waitFor();
  const more = n.getByText("Lihat bagian yang diisi");
  if ((await more.count()) > 0) {
    await more.click();
    await n
      .getByText(/kontrol diisi/)
      .first()
      .waitFor();
  }
  return n.innerText();
}
const bodyXml = (page: Page) =>
  page.evaluate(() => (window as unknown as { wordHarness: { bodyXml(): string } }).wordHarness.bodyXml());
/** What the Word fake holds beside the body, and how many context.sync() the adapters made. */
interface HarnessOffice {
  sections: { header: unknown; footer: unknown; sectPr: string | null }[];
}
type OfficeWindow = { wordHarness: { office: HarnessOffice; syncs(): number } };
const syncs = (page: Page) => page.evaluate(() => (window as unknown as OfficeWindow).wordHarness.syncs());
/** The text of the first section's header and footer, and its w:sectPr (paper, margins). */
const firstSection = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as OfficeWindow).wordHarness.office.sections[0];
    const text = (el: unknown) => (el as { textContent: string | null }).textContent ?? "";
    return { header: text(s.header), footer: text(s.footer), sectPr: s.sectPr };
  });
/** Waits until a dialog's opening animation has finished (instead of sleeping). */
const settled = (page: Page) =>
  page.getByRole("dialog").evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

describe("Word pane in the harness", () => {
  test("load, summary, template, fill, refill without duplicates", async () => {
    const page = await openHarness("?doc=empty");
    await loadExample(page);

    // The summary shows the engine's numbers.
    const capaian = formatPercent(analysis.organisasi.capaian);
    await expect(page.getByTestId("capaian-organisasi").textContent()).resolves.toBe(capaian);
    const counts = await page.getByTestId("predikat-counts").innerText();
    for (const band of analysis.scale.bands) {
      const n = analysis.indikator.filter((i) => i.predikat === band.predikat).length;
      expect(counts).toMatch(new RegExp(`${band.predikat}\\s+${n}`));
    }
    await expectAccessible(page, "word-pane-data-loaded");
    await screenshot(page.getByTestId("pane"), "word-pane-data-loaded");

    // Template into the empty document: no confirmation needed.
    await page.getByRole("button", { name: "Sisipkan kerangka LAKIP" }).click();
    await expect(notice(page).innerText()).resolves.toContain("Kerangka LAKIP disisipkan");
    const pengukuran = page.locator('[data-testid="word-document"] [data-tag="lakip:tabel-pengukuran"]');
    await expect(pengukuran.count()).resolves.toBeGreaterThan(0);
    // Document.insertFileFromBase64 (WordApi 1.5) brought the template's section: F4 paper, its header and footer.
    const section = await firstSection(page);
    expect(Object.values(PAPER_SIZES).map((z) => `<w:pgSz w:w="${z.w}" w:h="${z.h}"/>`)).toContainEqual(
      section.sectPr?.match(/<w:pgSz [^>]*\/>/)?.[0],
    );
    const syncsBefore = await syncs(page);

    await page.getByRole("button", { name: "Isi semua" }).click();
    const report = await fillReport(page);
    expect(report).toMatch(/Tabel Pengukuran Kinerja: \d+ kontrol diisi/);
    // Filled through officeWordHost: context.sync() calls were made, the running header was filled.
    expect(await syncs(page)).toBeGreaterThan(syncsBefore);
    expect((await firstSection(page)).header).toContain(`Tahun ${analysis.identitas.tahun}`);

    // The Pengukuran table holds the first indicator's capaian exactly as the engine formats it
    // (the column header says "Capaian (%)", so the cells carry no % sign).
    const first = analysis.indikator.find((i) => i.capaian !== null);
    expect(first).toBeDefined();
    const tableText = await pengukuran.first().locator("table").first().innerText();
    expect(tableText).toContain(first!.indikator);
    expect(tableText).toContain(formatNumber(first!.capaian!, 2));
    await screenshot(page, "word-harness-filled");
    await expectAccessible(page, "word-pane-filled");
    await screenshot(page.getByTestId("pane"), "word-pane-filled");

    // Refill: the same document, never a second copy.
    const once = await bodyXml(page);
    const tablesOnce = await pengukuran.first().locator("table").count();
    await page.getByRole("button", { name: "Isi semua" }).click();
    await fillReport(page);
    expect(await bodyXml(page)).toBe(once);
    expect(await pengukuran.first().locator("table").count()).toBe(tablesOnce);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("a non-empty document asks before the template; user text survives a fill; insert at cursor", async () => {
    const page = await openHarness("?doc=user");
    const doc = page.getByTestId("word-document");
    await loadExample(page);

    // Insert at the cursor after the first user paragraph.
    await doc.getByText("Catatan pengguna").click();
    await page.getByRole("combobox", { name: "Bagian laporan" }).click();
    await page.getByRole("option", { name: /Efisiensi/ }).click();
    await page.getByRole("button", { name: "Sisipkan di kursor" }).click();
    await expect(notice(page).innerText()).resolves.toContain("Disisipkan di kursor");
    const inserted = doc.locator('[data-tag="lakip:tabel-efisiensi"]');
    await expect(inserted.count()).resolves.toBe(1);
    const text = await doc.innerText();
    expect(text.indexOf("Catatan pengguna")).toBeLessThan(text.indexOf("Efisiensi"));
    expect(text.indexOf("Efisiensi")).toBeLessThan(text.indexOf("Paragraf ini milik pengguna"));

    // Isi semua fills the new control, reports the missing tags, leaves user text alone.
    await page.getByRole("button", { name: "Isi semua" }).click();
    const report = await fillReport(page);
    expect(report).toMatch(/: 1 kontrol diisi/);
    expect(report).toMatch(/tidak ditemukan di dokumen/);
    expect(await doc.innerText()).toContain("Paragraf ini milik pengguna dan tidak boleh diubah oleh add-in.");
    await screenshot(page, "word-harness-insert-at-cursor");

    // The template would replace everything: the pane asks first; Batal keeps the document.
    const before = await bodyXml(page);
    await page.getByRole("button", { name: "Sisipkan kerangka LAKIP" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain("Dokumen tidak kosong");
    await settled(page);
    await expectAccessible(page, "word-harness-confirm-template");
    await screenshot(page, "word-harness-confirm-template");
    await dialog.getByRole("button", { name: "Batal" }).click();
    expect(await bodyXml(page)).toBe(before);
    await page.close();
  }, 120_000);

  test("a workbook with errors: findings shown, filling refused", async () => {
    const page = await openHarness("?doc=template");
    await page.getByTestId("file-input").setInputFiles(join(__dirname, "../../examples/contoh-tanpa-identitas.xlsx"));
    await page.getByTestId("summary").waitFor();
    await expect(notice(page).innerText()).resolves.toContain("Data belum dapat dipakai");
    await expect(page.getByRole("button", { name: "Isi semua" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Sisipkan di kursor" }).isDisabled()).resolves.toBe(true);
    // No headline from data with errors: the card says the figures wait for the fixes.
    await page.getByTestId("summary-provisional").waitFor();
    expect(await page.getByTestId("capaian-organisasi").count()).toBe(0);
    await expect(page.locator("#fill-reason").innerText()).resolves.toContain("Ditahan sampai data bebas galat");
    await expectAccessible(page, "word-pane-errors");
    await screenshot(page.getByTestId("pane"), "word-pane-errors");
    await page.close();
  }, 120_000);

  test("an older Word (WordApi 1.3): plain-language limits; the template's header and footer put in, paper and margins named", async () => {
    const page = await openHarness("?doc=empty&word=1.3");
    const pane = page.getByTestId("pane");
    // One short line; the plain-language details (from the requirement registry) on request.
    const missing = page.getByTestId("missing-features");
    await expect(missing.innerText()).resolves.toContain("Beberapa tombol tidak tersedia di Word ini");
    await missing.getByRole("button", { name: "Lihat rinciannya" }).click();
    await missing.getByRole("listitem").first().waitFor();
    const limits = await missing.innerText();
    expect(limits).toContain("Ukuran kertas, margin dan halaman sampul kerangka");
    expect(limits).toContain("Microsoft 365 versi 2302");
    expect(limits).not.toMatch(/WordApi|insertFileFromBase64/);
    await page.getByRole("button", { name: "Sisipkan kerangka LAKIP" }).click();
    await notice(page)
      .getByText(/tidak mengizinkan add-in mengatur ukuran kertas dan margin/)
      .waitFor();
    const text = await notice(page).innerText();
    expect(text).toContain("Kerangka LAKIP disisipkan");
    // Section.getHeader/getFooter("Primary").insertOoxml (WordApi 1.1) put the header and footer in;
    // paper and margins (no API below WordApiDesktop 1.3) are named with the template's own values.
    expect(text).toMatch(/Ukuran Kertas Lainnya \(\d+ x \d+ mm\).*\(atas 2 cm, kanan 2 cm, bawah 2,5 cm, kiri 3 cm\)/);
    expect(text).not.toContain("tanpa kepala dan kaki halaman");
    const section = await firstSection(page);
    expect(section.header).toContain("Kepala Halaman diisi otomatis");
    expect(section.footer).toBe("1"); // the PAGE field
    expect(section.sectPr).toBeNull(); // the document keeps its own page setup
    await screenshot(pane, "word-pane-older-word-template");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Office 2016 (WordApi 1.1): the adapter fills over the older API and says what it could not do", async () => {
    const page = await openHarness("?doc=empty&word=1.1");
    await loadExample(page);
    await page.getByRole("button", { name: "Sisipkan kerangka LAKIP" }).click();
    await notice(page)
      .getByText(/Kerangka LAKIP disisipkan/)
      .waitFor();
    const pengukuran = page.locator('[data-testid="word-document"] [data-tag="lakip:tabel-pengukuran"]');
    await expect(pengukuran.count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "Isi semua" }).click();
    const report = await fillReport(page);
    expect(report).toMatch(/Tabel Pengukuran Kinerja: \d+ kontrol diisi/);
    // Field.updateResult is WordApi 1.5: the pane says the indexes wait for Word's own update.
    expect(report).toContain("Daftar Isi, Daftar Tabel dan Daftar Grafik belum diperbarui");
    // No Range.parentContentControlOrNullObject (WordApi 1.3): insert at the cursor still works.
    await page.getByTestId("word-document").getByText("Efisiensi").first().click();
    await page.getByRole("combobox", { name: "Bagian laporan" }).click();
    await page.getByRole("option", { name: /Efisiensi/ }).click();
    await page.getByRole("button", { name: "Sisipkan di kursor" }).click();
    await notice(page).getByText("Disisipkan di kursor").waitFor();
    await screenshot(page.getByTestId("pane"), "word-pane-office-2016");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
