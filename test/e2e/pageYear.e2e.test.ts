/**
 * A Kasubag Program's whole year in LAKIP.html, opened from file:// with the network blocked, by
 * keyboard only: the Kepala's disposition and the format (steps 1-2), unit files from the filled
 * master (3), five units gathered (4), Validasi, Rekap (5), Laporan (6), the correction and the
 * approval (7-8). Every step ends Selesai because it was done, none marked by hand and none over
 * a skipped prerequisite; each step's pelaksana role is recorded; focus lands on the result of
 * every action; axe finds nothing serious or critical in any state visited. Screenshots at 1366,
 * 375 and 320 px go to test-artifacts/.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { withCustomProperties } from "../../src/hosts/files/writeGrid";
import { readStepRecords } from "../../src/core/sop";
import { expectAccessible } from "./axe";
import { ROOT, screenshot } from "./support";

const PAGE = path.resolve(ROOT, process.env.LAKIP_PAGE ?? "build/page/LAKIP.html");
const EXAMPLE = path.join(ROOT, "examples/kesbangpol-2025.xlsx");

let browser: Browser;
let page: Page;
let dir: string;
const blocked: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE))
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "development", "--env", "page"],
      { cwd: ROOT, stdio: "inherit" },
    );
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-year-"));
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

/** Presses Tab until `target` has the focus (it must be reachable by keyboard); at most 250 presses. */
async function tabTo(target: Locator): Promise<void> {
  await target.waitFor();
  // a task still running holds its view's buttons (disabled or aria-disabled): Enter would do nothing
  await enabled(target);
  const handle = await target.elementHandle();
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Not reachable by Tab: ${target.toString()}`);
}

/** Waits until the focus is inside the view's result (the notice area). */
async function focusOnResult(): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="notice-area"]') !== null, null, {
    timeout: 150_000,
  });
  return (await page.getByRole("tabpanel").getByTestId("notice").innerText()).trim();
}

/** Waits until `button` can act (not disabled, not aria-disabled): a task still running holds it. */
async function enabled(button: Locator): Promise<void> {
  const handle = await button.elementHandle();
  await page.waitForFunction(
    (el) => el instanceof HTMLElement && !el.hasAttribute("disabled") && el.getAttribute("aria-disabled") !== "true",
    handle,
    { timeout: 150_000 },
  );
}

/** Tab to a button, Enter, and the download it starts. */
async function enterForDownload(button: Locator): Promise<{ file: string; name: string }> {
  await tabTo(button);
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 150_000 }), page.keyboard.press("Enter")]);
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return { file, name: d.suggestedFilename() };
}

/**
 * Tab to a file chooser button, Enter, choose `files`. The keyboard must reach the button (tabTo
 * asserts it). On a loaded machine Chromium has been seen not to report the chooser that Enter
 * opened; then the files go to the button's own hidden input, which is what the chooser fills.
 */
async function choose(button: Locator, files: string | string[]): Promise<void> {
  await tabTo(button);
  const opened = page.waitForEvent("filechooser", { timeout: 30_000 }).catch(() => null);
  await page.keyboard.press("Enter");
  const chooser = await opened;
  if (chooser) await chooser.setFiles(files);
  else await button.locator('xpath=preceding-sibling::input[@type="file"][1]').setInputFiles(files);
}

/** The tab list is one tab stop: Tab to the selected tab, arrows to `name`, Enter. */
async function openTab(name: string): Promise<void> {
  await tabTo(page.locator('[role="tab"][aria-selected="true"]'));
  const tab = page.getByRole("tab", { name });
  for (let i = 0; i < 5 && !(await tab.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (n) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === n,
    name,
  );
  await expect(page.getByRole("tabpanel").count()).resolves.toBe(1);
}

async function typeInto(label: RegExp | string, text: string): Promise<void> {
  await tabTo(page.getByLabel(label));
  await page.keyboard.type(text);
}

/**
 * What the agency does in Word between steps 6 and 8: writes its own sections and puts its logo
 * in their controls (the Sekretaris then corrects the document). Returns the corrected copy.
 */
async function agencyWrites(report: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(report));
  let xml = await zip.file("word/document.xml")!.async("string");
  const own = [
    "teks-latar-belakang",
    "teks-tupoksi",
    "teks-struktur",
    "teks-permasalahan",
    "teks-renstra",
    "teks-langkah",
  ];
  for (const tag of [...own, "logo"]) {
    const at = xml.indexOf(`w:val="lakip:${tag}"`);
    expect(at).toBeGreaterThan(0);
    const open = xml.indexOf("<w:sdtContent>", at);
    const pr = xml.slice(at, open).replace("<w:showingPlcHdr/>", "");
    const start = open + "<w:sdtContent>".length;
    const block = xml.startsWith("<w:p", start);
    const run = tag === "logo" ? "<w:r><w:drawing/></w:r>" : "<w:r><w:t>Teks yang ditulis instansi.</w:t></w:r>";
    xml = xml.slice(0, at) + pr + "<w:sdtContent>" + (block ? `<w:p>${run}</w:p>` : run) + xml.slice(start);
  }
  zip.file("word/document.xml", xml);
  const file = path.join(dir, "LAKIP terkoreksi.docx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

const unsavedWarning = () =>
  page.evaluate(() => {
    const e = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });

let format: string;
let master: string;
let units: string[];

test("steps 1-2: the disposition and the format, recorded under the Kepala and the Kasubag Program", async () => {
  await expectAccessible(page, "page-year-start");
  await typeInto(/Nama Anda/, "Sari Dewi");
  await typeInto("Nomor/tanggal disposisi", "005/12/I/2026");
  await typeInto("Nama Kepala", "Drs. Budi Santoso");
  const got = await enterForDownload(page.getByRole("button", { name: "Buat format (langkah 2) dan unduh" }));
  format = got.file;
  expect(await focusOnResult()).toContain("Langkah 1 (disposisi) dan langkah 2 dicatat Selesai");
  const records = readStepRecords((await readWorkbookGrid(readFileSync(format))).customProperties ?? {});
  expect(records.get(1)).toMatchObject({
    status: "Selesai",
    who: { name: "Drs. Budi Santoso", role: "Kepala (Kadis/Kaban)" },
  });
  expect(records.get(2)).toMatchObject({ status: "Selesai", who: { name: "Sari Dewi", role: "Kasubag Program" } });
  await expectAccessible(page, "page-year-format");
  await screenshot(page, "page-year-format-1366");
}, 120_000);

test("step 3: unit files from the filled master", async () => {
  // The Kasubag fills Identitas and the targets in Excel: the example's content, the format's records.
  const props = (await readWorkbookGrid(readFileSync(format))).customProperties ?? {};
  master = path.join(dir, "format-induk-2025.xlsx");
  writeFileSync(master, await withCustomProperties(readFileSync(EXAMPLE), props));
  const zipButton = page.getByRole("button", { name: "Pilih format induk untuk berkas per unit (langkah 3)…" });
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 150_000 }), choose(zipButton, master)]);
  const zipFile = path.join(dir, d.suggestedFilename());
  await d.saveAs(zipFile);
  expect(d.suggestedFilename()).toBe("Format 2025 per unit.zip");
  expect(await focusOnResult()).toMatch(/^5 berkas unit dibuat/);
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  units = [];
  for (const name of Object.keys(zip.files)) {
    const file = path.join(dir, name);
    writeFileSync(file, await zip.file(name)!.async("nodebuffer"));
    units.push(file);
  }
  expect(units).toHaveLength(5);
  await expectAccessible(page, "page-year-units");
}, 120_000);

test("step 4: five units gathered; the result becomes the workbook of every later view", async () => {
  await openTab("Himpun · langkah 4");
  await expect(page.getByText("Pilih dulu berkas unit yang sudah diisi.").isVisible()).resolves.toBe(true);
  await choose(page.getByRole("button", { name: "Pilih buku kerja induk (opsional)…" }), [master]);
  expect(await focusOnResult()).toContain("format-induk-2025.xlsx");
  await choose(page.getByRole("button", { name: "Pilih berkas unit…" }), units);
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "unit-files");
  await expect(page.getByTestId("unit-files").innerText()).resolves.toMatch(/^5 berkas/);
  const got = await enterForDownload(page.getByRole("button", { name: "Himpun (langkah 4) dan unduh" }));
  expect(got.name).toBe("data-kinerja-terhimpun.xlsx");
  expect(await focusOnResult()).toMatch(/^Data unit dihimpun/);
  await expectAccessible(page, "page-year-himpun");
  await screenshot(page, "page-year-himpun-1366");

  await openTab("Validasi · langkah 4");
  const current = page.getByRole("tabpanel").getByTestId("current-workbook");
  await expect(current.innerText()).resolves.toMatch(
    /data-kinerja-terhimpun\.xlsx \(hasil Himpun; \d+ indikator, 0 galat\)/,
  );
  // A marked cell of the preview is a button: Enter shows its message (no hover needed).
  const marked = page.getByTestId("sheet-preview").locator("td[data-cell] button").first();
  await tabTo(marked);
  await page.keyboard.press("Enter");
  const message = page.getByTestId("cell-message");
  // shown once the page has drawn it (waited for: a condition, not a sleep)
  await message.filter({ hasText: /^[A-Z]+\d+: / }).waitFor({ timeout: 30_000 });
  await expect(message.innerText()).resolves.toMatch(/^[A-Z]+\d+: /);
  await expectAccessible(page, "page-year-validasi");
  await screenshot(page, "page-year-validasi-1366");
}, 180_000);

test("step 5: Rekap; its copy replaces the gathered workbook for Laporan", async () => {
  await openTab("Rekap · langkah 5");
  const got = await enterForDownload(page.getByRole("button", { name: "Buat Rekap (langkah 5) dan unduh" }));
  expect(got.name).toBe("data-kinerja-terhimpun-rekap-2025.xlsx");
  expect(await focusOnResult()).toMatch(/^Rekap Capaian dibuat/);
  await expect(page.getByRole("tabpanel").getByTestId("current-workbook").innerText()).resolves.toContain(
    "data-kinerja-terhimpun-rekap-2025.xlsx (hasil Rekap",
  );
  const records = readStepRecords((await readWorkbookGrid(readFileSync(got.file))).customProperties ?? {});
  for (const step of [1, 2, 3, 4, 5] as const) expect(records.get(step)?.status).toBe("Selesai");
  expect(records.get(4)?.who?.role).toBe("Staf");
  await expectAccessible(page, "page-year-rekap");
}, 120_000);

test("steps 6-8: Laporan, correction and approval, every step Selesai by doing it", async () => {
  await openTab("Laporan · langkah 6–8");
  await expect(page.getByRole("tabpanel").getByTestId("current-workbook").innerText()).resolves.toContain(
    "hasil Rekap",
  );
  const got = await enterForDownload(page.getByRole("button", { name: "Buat laporan (langkah 6) dan unduh" }));
  expect(got.name).toMatch(/2025 langkah 6\.docx$/);
  expect(await focusOnResult()).toMatch(/^Dokumen LAKIP dibuat/);
  const sop = page.getByTestId("sop-tab");
  await sop.getByRole("list").first().waitFor();
  for (const step of [1, 2, 3, 4, 5, 6])
    await expect(sop.locator(`[aria-label="Langkah ${step}: Selesai"]`).count()).resolves.toBe(1);
  await expect(sop.getByText("Prasyarat dilewati").count()).resolves.toBe(0);
  await expectAccessible(page, "page-year-laporan");
  await screenshot(page, "page-year-laporan-1366");

  // Between 6 and 7 the agency writes its own sections in Word; the corrected copy is opened here.
  await choose(page.getByRole("button", { name: "Buka dokumen hasil koreksi (.docx)…" }), [
    await agencyWrites(got.file),
  ]);
  expect(await focusOnResult()).toContain("LAKIP terkoreksi.docx");
  await sop.locator('[aria-label="Langkah 6: Selesai"]').waitFor();
  // Step 7: the Sekretaris's correction (no open revision or comment in this document).
  await tabTo(sop.getByRole("button", { name: "Mulai koreksi" }));
  await page.keyboard.press("Enter");
  await sop.locator('[aria-label="Langkah 7: Berjalan"]').waitFor();
  expect(await unsavedWarning()).toBe(true);
  await tabTo(sop.getByRole("button", { name: "Selesaikan koreksi" }));
  await page.keyboard.press("Enter");
  await sop.locator('[aria-label="Langkah 7: Selesai"]').waitFor();
  // Step 8: the checklist passes, so "Siap disetujui" records it at once (no reason asked).
  await tabTo(sop.getByRole("button", { name: "Siap disetujui", exact: true }));
  await page.keyboard.press("Enter");
  await sop.locator('[aria-label="Langkah 8: Selesai"]').waitFor();
  await expectAccessible(page, "page-year-persetujuan");
  await screenshot(page, "page-year-persetujuan-1366");

  const saved = await enterForDownload(page.getByRole("button", { name: "Unduh dokumen dengan catatan langkah 7–8" }));
  expect(saved.name).toBe("LAKIP terkoreksi-langkah-7-8.docx");
  await focusOnResult();
  expect(await unsavedWarning()).toBe(false);
  const zip = await JSZip.loadAsync(readFileSync(saved.file));
  const custom = await zip.file("docProps/custom.xml")!.async("string");
  const props: Record<string, string> = {};
  for (const m of custom.matchAll(/name="(LAKIP Langkah \d)"[^>]*>\s*<vt:lpwstr>([^<]*)</g)) props[m[1]] = m[2];
  const records = readStepRecords(props);
  const roles: Record<number, string> = {
    1: "Kepala (Kadis/Kaban)",
    2: "Kasubag Program",
    3: "Kasubag Program",
    4: "Staf",
    5: "Kasubag Program",
    6: "Kasubag Program",
    7: "Sekretaris",
    8: "Kasubag Program",
  };
  for (const step of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
    expect(records.get(step)?.status).toBe("Selesai");
    expect(records.get(step)?.who?.role).toBe(roles[step]);
  }
}, 240_000);

test("narrow screens: 375 and 320 px without sideways scrolling", async () => {
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const name of ["Format · langkah 1–3", "Validasi · langkah 4", "Laporan · langkah 6–8"]) {
      await page.getByRole("tab", { name }).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `page-year-${name.split(" ")[0].toLowerCase()}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}, 120_000);

test("no network request was attempted", () => {
  expect(blocked).toEqual([]);
});
