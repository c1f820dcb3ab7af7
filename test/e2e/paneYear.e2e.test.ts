/**
 * The Kasubag Program's year through the harness panes, by keyboard only (Tab, Enter, arrow keys;
 * no mouse click): the Kepala records the disposition (step 1) in the Word pane's SOP tab; the
 * Excel pane makes next year's format from last year's workbook (2), unit files from the filled
 * format (3), gathers the five filled units (4), finds a date-formatted cell in Validasi and fixes
 * it with the pane's own button, which finishes step 4, and writes Rekap (5); the saved workbook
 * goes to the Word pane: data, template, Isi semua (6), the Sekretaris's correction (7) and the
 * approval (8). Every step ends Selesai because it was done; none over a skipped prerequisite.
 * After each action the focus is asserted; axe runs on every state visited. What the user does
 * in Excel or Word themselves (typing targets, the units filling Realisasi, saving, writing their
 * own chapters) is done through the harness, as the user would do it outside the pane.
 * Screenshots of the 320 px pane per tab go to test-artifacts/pane-year-*.png.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { withCustomProperties } from "../../src/hosts/files/writeGrid";
import { cellText } from "../../src/core/read/sheetView";
import { a1 } from "../../src/core/grid";
import { LOGO_TAG, TEKS_TAGS } from "../../src/core/report/tags";
import { expectAccessible } from "./axe";
import { animationsSettled, ARTIFACTS, harnessUrl, launchBrowser, screenshot } from "./support";

/** The longest wait on one condition (a loaded machine), and on one test. */
const WAIT = Number(process.env.PANE_YEAR_WAIT ?? 150_000);
const TEST_MS = 400_000;
let browser: Browser;
let context: BrowserContext;
let dir: string;
let word: Page;
let excel: Page;
/** The format for 2026 as Excel opened it (served to the second Excel pane as an example). */
let format2026: Buffer | null = null;
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lakip-pane-year-"));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "id-ID" });
  // "The new window" Excel opens for next year's format: the harness reads it as an example.
  await context.route("**/examples/format-2026.xlsx", (route) =>
    format2026
      ? route.fulfill({ body: format2026, contentType: "application/octet-stream" })
      : route.fulfill({ status: 404 }),
  );
  word = await open("word.html");
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(harnessUrl(path));
  await page.getByTestId("pane").getByRole("tablist").waitFor();
  return page;
}

const pageOf = (l: Locator) => l.page();
const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has the focus; returns the number of presses (at most 250). */
async function tabTo(target: Locator): Promise<number> {
  const page = pageOf(target);
  await target.waitFor({ timeout: WAIT });
  await page.waitForFunction(
    (el) => el instanceof HTMLElement && !el.hasAttribute("disabled") && el.getAttribute("aria-disabled") !== "true",
    await target.elementHandle(),
    { timeout: WAIT },
  );
  for (let i = 0; i <= 250; i++) {
    if (await isFocused(target)) return i;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Not reachable by Tab: ${target.toString()}`);
}

async function press(target: Locator, key = "Enter"): Promise<void> {
  await tabTo(target);
  await pageOf(target).keyboard.press(key);
}

/** Waits until the focus is inside `where` (the result of the action just done); returns its text. */
async function focusIn(where: Locator): Promise<string> {
  await pageOf(where).waitForFunction(
    (el) => el?.contains(document.activeElement) ?? false,
    await where.elementHandle(),
    {
      timeout: WAIT,
    },
  );
  return (await where.innerText()).trim();
}

/** The pane's tab list is one tab stop: Tab to the selected tab, arrows to `name`, Enter. */
async function openTab(page: Page, name: string): Promise<void> {
  const tabs = page.getByTestId("pane").getByRole("tablist");
  await tabTo(tabs.locator('[role="tab"][aria-selected="true"]'));
  const tab = tabs.getByRole("tab", { name, exact: true });
  for (let i = 0; i < 6 && !(await isFocused(tab)); i++) await page.keyboard.press("ArrowRight");
  expect(await isFocused(tab)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
  // one tabpanel, named by its tab
  const panel = page.getByTestId("pane").locator('[role="tabpanel"]:not([hidden])');
  await expect(panel.count()).resolves.toBe(1);
  const labelled = await panel.getAttribute("aria-labelledby");
  if (labelled) await expect(page.locator(`[id="${labelled}"]`).innerText()).resolves.toBe(name);
}

/** Replaces a text field's content by keyboard. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await tabTo(field);
  await pageOf(field).keyboard.press("Control+A");
  await pageOf(field).keyboard.type(text);
}

/** Enter on a file button and the chosen files (the button's own input when Chromium does not report the chooser). */
async function choose(button: Locator, input: Locator, files: string[]): Promise<void> {
  await tabTo(button);
  const page = pageOf(button);
  const opened = page.waitForEvent("filechooser", { timeout: 30_000 }).catch(() => null);
  await page.keyboard.press("Enter");
  const chooser = await opened;
  if (chooser) await chooser.setFiles(files);
  else await input.setInputFiles(files);
}

/** Every button of the pane has its own name: none repeated without its context. */
async function expectUniqueButtonNames(page: Page): Promise<void> {
  const names = await page
    .getByTestId("pane")
    .locator("button:visible")
    .evaluateAll((els) => els.map((el) => (el.getAttribute("aria-label") ?? el.textContent ?? "").trim()));
  const seen = new Set<string>();
  const repeated = names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
  expect(repeated).toEqual([]);
}

/** The share of the pane's visible text set below 14 px. */
const smallTextShare = (page: Page) =>
  page.getByTestId("pane").evaluate((root) => {
    let small = 0;
    let all = 0;
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || !text || el.closest("[aria-hidden=true]") || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "absolute") continue;
      all += text.length;
      if (parseFloat(style.fontSize) < 14) small += text.length;
    }
    return all === 0 ? 0 : small / all;
  });

/** The names of the buttons drawn as primary (Fluent's brand background) in the visible tabpanel. */
const primaryButtons = (page: Page) =>
  page
    .getByTestId("pane")
    .locator('[role="tabpanel"]:not([hidden]) button')
    .evaluateAll((els) =>
      els
        .filter((el) => getComputedStyle(el).backgroundColor === "rgb(15, 108, 189)")
        .map((el) => (el.textContent ?? "").trim()),
    );

/**
 * Expects exactly these buttons drawn as primary once the pane has settled: Fluent's buttons fade
 * their background over 100 ms, so a colour read while one is changing says nothing. Waits for the
 * running transitions to end (a condition, not a sleep), then compares.
 */
async function expectPrimary(page: Page, names: string[]): Promise<void> {
  await animationsSettled(page);
  await expect(primaryButtons(page)).resolves.toEqual(names);
}

async function shot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page.getByTestId("pane"), name);
}

// ---- the harness's view of what the user does in Excel and Word themselves --------------------

type ExcelUser = {
  createdWorkbooks(): string[];
  customProperties(): Record<string, string>;
  userTypes(sheet: string, address: string, value: string | number, numberFormat?: string): void;
  savedXlsx(): Promise<string>;
};
const xl = <T>(page: Page, f: string): Promise<T> => page.evaluate(`(async (h) => ${f})(window.excelHarness)`);
const created = (page: Page) => xl<string[]>(page, "h.createdWorkbooks()");
const property = (page: Page, n: number) => xl<string | undefined>(page, `h.customProperties()["LAKIP Langkah ${n}"]`);

/** Header row and the columns of `names` in a sheet of the grid (the first row that has them all). */
function columnsOf(rows: readonly (readonly unknown[] | null | undefined)[], names: string[]) {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const texts = Array.from(rows[r] ?? [], (c) =>
      (typeof c === "string" ? c : cellText((c ?? undefined) as never)).trim(),
    );
    const at = names.map((n) => texts.indexOf(n));
    if (at.every((c) => c >= 0)) return { header: r, cols: at };
  }
  return null;
}

/** The Target (per indicator) and Pagu (per program) cells of the 2026 format: what the Kasubag types in Excel. */
async function targetCells(bytes: Buffer): Promise<{ sheet: string; address: string; value: number }[]> {
  const grid = await readWorkbookGrid(bytes);
  const out: { sheet: string; address: string; value: number }[] = [];
  for (const s of grid.sheets) {
    const pagu = columnsOf(s.rows, ["Program/Kegiatan", "Pagu"]);
    if (pagu)
      for (let r = pagu.header + 1; r < s.rows.length; r++)
        if (cellText((s.rows[r]?.[pagu.cols[0]] ?? undefined) as never).trim())
          out.push({ sheet: s.name, address: a1(r, pagu.cols[1]), value: 400_000_000 + r * 1_000_000 });
    const found = columnsOf(s.rows, ["Indikator Kinerja", "Target"]);
    if (!found) continue;
    const [ind, target] = found.cols;
    for (let r = found.header + 1; r < s.rows.length; r++)
      if (cellText((s.rows[r]?.[ind] ?? undefined) as never).trim())
        out.push({ sheet: s.name, address: a1(r, target), value: 80 + (out.length % 15) });
  }
  return out;
}

/** A unit fills its Realisasi cells in its own workbook (Excel, then saved): returns the file. */
async function unitFills(base64: string, index: number): Promise<string> {
  const bytes = Buffer.from(base64, "base64");
  const props = (await readWorkbookGrid(bytes)).customProperties ?? {};
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  let unit = "";
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
    });
    const anggaran = columnsOf(rows, ["Program/Kegiatan", "Pagu", "Realisasi"]);
    if (anggaran) {
      const [, pagu, real] = anggaran.cols;
      for (let r = anggaran.header + 1; r < rows.length; r++) {
        const p = Number(ws.getCell(r + 1, pagu + 1).value);
        if (p > 0) ws.getCell(r + 1, real + 1).value = Math.round(p * 0.93);
      }
      return;
    }
    const found = columnsOf(rows, ["Indikator Kinerja", "Target", "Realisasi"]);
    if (!found) return;
    unit = ws.name;
    const [ind, target, real] = found.cols;
    for (let r = found.header + 1; r < rows.length; r++) {
      if (!rows[r]?.[ind]) continue;
      const t = Number(ws.getCell(r + 1, target + 1).value);
      ws.getCell(r + 1, real + 1).value = Math.round(t * (0.9 + ((r + index) % 3) * 0.06) * 10) / 10;
      // and its analysis, where the target was not reached (or in any case: the unit explains)
      const why = rows[found.header].indexOf("Faktor Penghambat");
      const fix = rows[found.header].indexOf("Upaya Perbaikan");
      if (why >= 0) ws.getCell(r + 1, why + 1).value = "Anggaran kegiatan dipotong pada triwulan III.";
      if (fix >= 0) ws.getCell(r + 1, fix + 1).value = "Kegiatan dijadwalkan ulang pada awal tahun berikutnya.";
    }
  });
  const file = join(dir, `Format 2026 - ${unit}.xlsx`);
  writeFileSync(file, await withCustomProperties(new Uint8Array(await wb.xlsx.writeBuffer()), props));
  return file;
}

// ---- the year ---------------------------------------------------------------------------------

test(
  "step 1: the Kepala records the disposition in the Word pane's SOP tab",
  async () => {
    await openTab(word, "Tahapan SOP");
    await typeInto(word.getByRole("textbox", { name: "Nama Anda" }), "Drs. Budi Santoso");
    await typeInto(word.getByRole("textbox", { name: "Jabatan Anda" }), "Kepala Badan");
    const current = word.getByTestId("sop-current");
    await press(current.getByRole("button", { name: "Mulai langkah 1" }));
    await word.locator('li[aria-label="Langkah 1: Berjalan"]').waitFor();
    // focus stays on the card's one button, now the next action
    await focusIn(current);
    await press(current.getByRole("button", { name: "Tandai langkah 1 Selesai" }));
    await word.locator('li[aria-label="Langkah 1: Selesai"]').waitFor();
    await focusIn(current);
    await expectUniqueButtonNames(word);
    await shot(word, "pane-year-word-sop-1");
  },
  TEST_MS,
);

test(
  "step 2: next year's format from last year's workbook, by keyboard",
  async () => {
    excel = await open("excel.html?example=kesbangpol-2025");
    await typeInto(excel.getByRole("textbox", { name: /Nama Anda/ }), "Sari Dewi");
    await openTab(excel, "Format");
    const result = excel.getByTestId("format-lanjut-result");
    await press(excel.getByRole("button", { name: "Format tahun berikutnya" }));
    expect(await focusIn(result)).toContain("Format tahun 2026 dibuka di jendela baru");
    const books = await created(excel);
    expect(books).toHaveLength(1);
    format2026 = Buffer.from(books[0], "base64");
    expect((await readWorkbookGrid(format2026)).customProperties?.["LAKIP Langkah 2"]).toMatch(
      /^Selesai \| .*Sari Dewi, Kasubag Program/,
    );
    await shot(excel, "pane-year-excel-format-320");
    expect(await smallTextShare(excel)).toBeLessThanOrEqual(0.1);
    await excel.close();
  },
  TEST_MS,
);

let units: string[] = [];

test(
  "step 3: the Kasubag types the targets in the 2026 format; one unit workbook per Enter",
  async () => {
    excel = await open("excel.html?example=format-2026");
    const targets = await targetCells(format2026!);
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets)
      await xl(excel, `h.userTypes(${JSON.stringify(t.sheet)}, ${JSON.stringify(t.address)}, ${t.value})`);
    await typeInto(excel.getByRole("textbox", { name: /Nama Anda/ }), "Sari Dewi");
    await openTab(excel, "Format");
    const result = excel.getByTestId("format-lanjut-result");
    await press(excel.getByRole("button", { name: "Buat berkas per unit (langkah 3)" }));
    const said = await focusIn(result);
    expect(said).toContain("5 berkas unit siap dibuka");
    expect(said).not.toContain("Target kosong");
    const list = excel.getByTestId("file-unit");
    const first = list.getByRole("button", { name: /^Buka berkas / }).first();
    // one primary action in the tab: the next unit to open, not Buat Format as well
    await expectPrimary(excel, [await first.innerText()]);
    await tabTo(first);
    for (let i = 0; i < 5; i++) {
      await excel.keyboard.press("Enter");
      await list.getByText("Dibuka: simpan sebagai").nth(i).waitFor({ timeout: WAIT });
      // the focus goes on to the next unit still to open
      if (i < 4) await excel.waitForFunction(() => /^Buka berkas /.test(document.activeElement?.textContent ?? ""));
    }
    const books = await created(excel);
    expect(books).toHaveLength(5);
    expect(await property(excel, 3)).toMatch(/^Selesai \| .*Sari Dewi/);
    units = [];
    for (let i = 0; i < books.length; i++) units.push(await unitFills(books[i], i));
    await expectUniqueButtonNames(excel);
    await shot(excel, "pane-year-excel-units-320");
  },
  TEST_MS,
);

test(
  "step 4: Himpun, a date-formatted cell found and fixed in Validasi; Rekap held until then",
  async () => {
    await openTab(excel, "Himpun");
    const notice = excel.getByTestId("notice-area");
    await choose(excel.getByRole("button", { name: "Pilih berkas unit…" }), excel.getByTestId("himpun-input"), units);
    const gathered = await focusIn(notice);
    expect(gathered).toMatch(/^Data unit dihimpun\n/);
    await expect(excel.getByTestId("notice").getAttribute("data-intent")).resolves.toBe("success");
    await expect(excel.getByTestId("himpun-report").count()).resolves.toBe(5);
    expect(await property(excel, 4)).toMatch(/^Berjalan/);
    await shot(excel, "pane-year-excel-himpun-320");

    // A Staf types a Realisasi into a cell Excel formats as a date.
    const grid = await readWorkbookGrid(readFileSync(units[0]));
    const sheet = grid.sheets.find((s) => columnsOf(s.rows, ["Realisasi"]))!;
    const found = columnsOf(sheet.rows, ["Indikator Kinerja", "Realisasi"])!;
    const bad = a1(found.header + 1, found.cols[1]);
    await xl(excel, `h.userTypes(${JSON.stringify(sheet.name)}, "${bad}", 85.5, "dd/mm/yyyy")`);

    await openTab(excel, "Validasi");
    // the Himpun notice belongs to Himpun: gone here
    await expect(excel.getByTestId("notice").count()).resolves.toBe(0);
    await press(excel.getByRole("button", { name: "Validasi", exact: true }));
    const v1 = await focusIn(notice);
    expect(v1).toMatch(/^1 galat/);
    await shot(excel, "pane-year-excel-validasi-galat-320");

    // Rekap says why it is held before any click, as the only (disabled) action of its tab.
    await openTab(excel, "Rekap");
    await expect(excel.getByTestId("notice").count()).resolves.toBe(0);
    const rekap = excel.getByRole("button", { name: "Rekap", exact: true });
    await expect(rekap.isDisabled()).resolves.toBe(true);
    const reason = excel.getByRole("tabpanel").getByTestId("disabled-reason");
    await expect(reason.innerText()).resolves.toContain("Rekap ditahan: Validasi terakhir menemukan 1 galat");
    await expect(rekap.getAttribute("aria-describedby")).resolves.toBe(await reason.getAttribute("id"));
    await shot(excel, "pane-year-excel-rekap-ditahan-320");

    await openTab(excel, "Validasi");
    await press(excel.getByRole("button", { name: `Ubah format sel ${bad} ke Umum` }));
    const clean = await focusIn(notice);
    expect(clean).toMatch(/^(Data bersih|Tidak ada galat)/);
    await excel.waitForFunction(
      () =>
        /^Selesai/.test(
          (window as unknown as { excelHarness: ExcelUser }).excelHarness.customProperties()["LAKIP Langkah 4"] ?? "",
        ),
      null,
      { timeout: WAIT },
    );
    expect(await property(excel, 4)).toMatch(/^Selesai \| .*Sari Dewi, Staf/);
    await shot(excel, "pane-year-excel-validasi-bersih-320");
  },
  TEST_MS,
);

let saved: string;

test(
  "step 5: Rekap; the workbook is saved for Word",
  async () => {
    await openTab(excel, "Rekap");
    await press(excel.getByRole("button", { name: "Rekap", exact: true }));
    expect(await focusIn(excel.getByTestId("notice-area"))).toMatch(/^Rekap Capaian diperbarui/);
    await excel.waitForFunction(
      () =>
        /^Selesai/.test(
          (window as unknown as { excelHarness: ExcelUser }).excelHarness.customProperties()["LAKIP Langkah 5"] ?? "",
        ),
      null,
      { timeout: WAIT },
    );
    await shot(excel, "pane-year-excel-rekap-320");
    expect(await smallTextShare(excel)).toBeLessThanOrEqual(0.1);
    saved = join(dir, "Format 2026.xlsx");
    writeFileSync(saved, Buffer.from(await xl<string>(excel, "await h.savedXlsx()"), "base64"));
    const props = (await readWorkbookGrid(readFileSync(saved))).customProperties ?? {};
    for (const n of [2, 3, 4, 5]) expect(props[`LAKIP Langkah ${n}`]).toMatch(/^Selesai/);
  },
  TEST_MS,
);

test(
  "step 6: the Word pane loads the workbook, inserts the template, Isi semua records step 6",
  async () => {
    await word.bringToFront();
    await openTab(word, "Laporan");
    const notice = word.getByTestId("notice-area");
    await choose(word.getByRole("button", { name: "Pilih berkas .xlsx…" }), word.getByTestId("file-input"), [saved]);
    const loaded = await focusIn(notice);
    expect(loaded).toContain("Data dimuat");
    expect(loaded).not.toContain("dilewati");
    await press(word.getByRole("button", { name: "Sisipkan kerangka LAKIP" }));
    expect(await focusIn(notice)).toContain("Kerangka LAKIP disisipkan");
    await press(word.getByRole("button", { name: "Isi semua" }));
    expect(await focusIn(notice)).toMatch(/Laporan diisi[\s\S]*Langkah 6 SOP .*dicatat Selesai/);
    await shot(word, "pane-year-word-laporan-320");
  },
  TEST_MS,
);

test(
  "steps 7-8: Koreksi within 15 Tab presses; the correction and the approval by doing them",
  async () => {
    // The agency writes its own chapters and puts its logo in Word (outside the pane).
    await word.evaluate(
      ({ teks, logo }) => {
        const doc = (
          window as unknown as {
            wordHarness: {
              document: { userWritesInControl(t: string, x: string): void; userPutsPicture(t: string): void };
            };
          }
        ).wordHarness.document;
        for (const tag of teks) doc.userWritesInControl(tag, `Teks instansi untuk ${tag}.`);
        doc.userPutsPicture(logo);
      },
      { teks: TEKS_TAGS.map((t) => t.tag), logo: LOGO_TAG },
    );
    await openTab(word, "Tahapan SOP");
    const sop = word.getByRole("tabpanel", { name: "Tahapan SOP" });
    for (const n of [1, 2, 3, 4, 5, 6]) await sop.locator(`li[aria-label="Langkah ${n}: Selesai"]`).waitFor();
    await typeInto(sop.getByRole("textbox", { name: "Nama Anda" }), "Drs. Bambang Sutrisno");
    await typeInto(sop.getByRole("textbox", { name: "Jabatan Anda" }), "Sekretaris");
    await expectUniqueButtonNames(word);
    expect(await smallTextShare(word)).toBeLessThanOrEqual(0.1);
    await shot(word, "pane-year-word-sop-320");

    // From the selected tab to Koreksi's button: the stepper is one tab stop.
    await tabTo(word.getByRole("tab", { name: "Tahapan SOP" }));
    const start = sop.getByRole("button", { name: "Mulai koreksi" });
    const presses = await tabTo(start);
    expect(presses).toBeLessThanOrEqual(15);
    writeFileSync(join(ARTIFACTS, "pane-year-koreksi-tab-presses.txt"), `${presses}\n`);
    await word.keyboard.press("Enter");
    await sop.locator('li[aria-label="Langkah 7: Berjalan"]').waitFor();
    await focusIn(sop.getByRole("region", { name: "Koreksi dokumen (langkah 7)" }));
    await press(sop.getByRole("button", { name: "Selesaikan koreksi", exact: true }));
    await sop.locator('li[aria-label="Langkah 7: Selesai"]').waitFor();
    await focusIn(sop.getByRole("region", { name: "Koreksi dokumen (langkah 7)" }));

    // Step 8 by the Kasubag Program: the checklist passes, Siap disetujui records it.
    await typeInto(sop.getByRole("textbox", { name: "Nama Anda" }), "Sari Dewi");
    await typeInto(sop.getByRole("textbox", { name: "Jabatan Anda" }), "Kasubag Program");
    const approval = sop.getByRole("region", { name: "Persetujuan (langkah 8)" });
    await press(approval.getByRole("button", { name: "Periksa lagi" }));
    const checklist = approval.getByRole("list", { name: "Daftar periksa akhir" });
    await word.waitForFunction((el) => !!el && !/✖/.test(el.textContent ?? ""), await checklist.elementHandle(), {
      timeout: WAIT,
    });
    await press(approval.getByRole("button", { name: "Siap disetujui", exact: true }));
    await sop.locator('li[aria-label="Langkah 8: Selesai"]').waitFor();
    expect(await focusIn(approval.getByTestId("approval-done"))).toContain("Langkah 8 Selesai");
    await shot(word, "pane-year-word-persetujuan-320");

    for (const n of [1, 2, 3, 4, 5, 6, 7, 8])
      await expect(sop.locator(`li[aria-label="Langkah ${n}: Selesai"]`).count()).resolves.toBe(1);
    await expect(sop.getByText("Prasyarat dilewati").count()).resolves.toBe(0);
    const props = await word.evaluate(() =>
      Object.fromEntries(
        (window as unknown as { wordHarness: { office: { properties: Map<string, string> } } }).wordHarness.office
          .properties,
      ),
    );
    const roles: Record<number, RegExp> = {
      1: /Drs\. Budi Santoso, Kepala Badan/,
      6: /Kasubag Program|Panel Word LAKIP/,
      7: /Drs\. Bambang Sutrisno, Sekretaris/,
      8: /Sari Dewi, Kasubag Program/,
    };
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      expect(props[`LAKIP Langkah ${n}`]).toMatch(/^Selesai \|/);
      if (roles[n]) expect(props[`LAKIP Langkah ${n}`]).toMatch(roles[n]);
    }
    expect(errors).toEqual([]);
  },
  TEST_MS,
);
