/**
 * The Excel pane in headless Chromium through the harness (build/harness/excel.html): an
 * in-memory workbook loaded from the bundled example stands in for Excel. Validasi, select a
 * finding, Hapus sorotan, Rekap, Himpun with unit files (one refused). Numbers are checked
 * against the engine run in Node on the same file. Screenshots go to test-artifacts/.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/index";
import { formatPercent } from "../../src/core/format/number";
import type { Analysis } from "../../src/core/model";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { writeWorkbookGrid } from "../../src/hosts/files/writeGrid";
import { ERROR_FILL, WARNING_FILL } from "../../src/core/plan/highlightPlan";
import { REKAP_SHEET, buildRekapTable } from "../../src/core/plan/rekapTable";
import { buildRekapTwTable } from "../../src/core/plan/rekapTwTable";
import { indikatorToDate } from "../../src/core/compute/quarters";
import { checkRequirements, missingReason } from "../../src/hosts/excel/requirements";
import { expectAccessible } from "./axe";
import { animationsSettled, harnessUrl, launchBrowser, screenshot } from "./support";

const EXAMPLES = join(__dirname, "../../examples");

let browser: Browser;
const analyses: Record<string, Analysis> = {};

beforeAll(async () => {
  for (const name of ["contoh-berantakan", "kesbangpol-2025"])
    analyses[name] = analyzeWorkbook(await readWorkbookGrid(readFileSync(join(EXAMPLES, `${name}.xlsx`))));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

type Harness = {
  getFill(sheet: string, a: string): string;
  fills(sheet: string): Record<string, string>;
  selection(): { sheet: string; address: string } | null;
  sheetNames(): string[];
  cellValue(sheet: string, a: string): string | number | boolean | null;
  cellFormula(sheet: string, a: string): string | null;
  customProperties(): Record<string, string>;
  charts(sheet: string): { type: string }[];
};

function harness<T>(page: Page, f: (h: Harness) => T): Promise<T> {
  return page.evaluate(`(${f.toString()})(window.excelHarness)`) as Promise<T>;
}

async function openHarness(query: string, width = 1280, name = "Sari Dewi"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Console errors count too (React warnings, Fluent misuse): a clean pane logs none.
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(harnessUrl(`excel.html${query}`));
  await page.getByRole("button", { name: "Validasi", exact: true }).waitFor();
  (page as unknown as { pageErrors: string[] }).pageErrors = errors;
  // SOP steps are recorded under a name only: the user gives one first.
  if (name) await page.getByRole("textbox", { name: /Nama Anda/ }).fill(name);
  return page;
}

const notice = (page: Page) => page.getByTestId("notice");

/**
 * Waits until the notice the user sees says `text`. A notice from the step before may still be on
 * screen right after a click, so reading it at once would race the pane; this waits for the new one.
 */
async function noticeSays(page: Page, text: string | RegExp): Promise<string> {
  const shown = notice(page).filter({ hasText: text });
  await shown.waitFor();
  return shown.innerText();
}

/**
 * Waits until the workbook's custom property `name` matches `pattern` (the pane records the SOP
 * step after it shows its result, so the property may follow the visible result by a few ticks).
 */
async function propertyMatches(page: Page, name: string, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([n, source]) => {
      const h = (window as unknown as { excelHarness: Harness }).excelHarness;
      const value = h.customProperties()[n as string];
      return value !== undefined && new RegExp(source as string).test(value) ? value : false;
    },
    [name, pattern.source] as const,
  );
  return (await handle.jsonValue()) as string;
}
const allFills = (page: Page) =>
  page.evaluate(() => {
    const h = (window as unknown as { excelHarness: Harness }).excelHarness;
    return Object.fromEntries(h.sheetNames().map((s) => [s, h.fills(s)]));
  });

describe("Excel pane in the harness", () => {
  test("Validasi lists and highlights the engine's findings; a click selects; Hapus sorotan restores", async () => {
    const analysis = analyses["contoh-berantakan"];
    const page = await openHarness("?example=contoh-berantakan");
    const before = await allFills(page);

    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    const errors = analysis.findings.filter((f) => f.severity === "error").length;
    const warnings = analysis.findings.length - errors;
    await expect(page.getByTestId("count-errors").innerText()).resolves.toBe(`${errors} galat`);
    await expect(page.getByTestId("count-warnings").innerText()).resolves.toBe(`${warnings} peringatan`);
    await expect(page.getByTestId("finding").count()).resolves.toBe(analysis.findings.length);

    // Highlights: errors red, warnings amber (an error wins on a shared cell).
    for (const f of analysis.findings.filter((x) => x.cell)) {
      const fill = await harness(
        page,
        new Function("h", `return h.getFill(${JSON.stringify(f.sheet)}, ${JSON.stringify(f.cell)})`) as never,
      );
      const cellHasError = analysis.findings.some(
        (x) => x.sheet === f.sheet && x.cell === f.cell && x.severity === "error",
      );
      expect(fill).toBe(cellHasError ? ERROR_FILL : WARNING_FILL);
    }

    // Click a finding: its cell is selected and the grid shows its sheet.
    const target = analysis.findings.find((f) => f.cell && f.sheet === "Sekretariat")!;
    await page
      .locator(`[data-testid="finding"][data-cell="${target.cell}"]`)
      .first()
      .getByRole("button")
      .first()
      .click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (window as unknown as { excelHarness: Harness }).excelHarness.selection();
        return sel?.sheet === s && sel.address === c;
      },
      [target.sheet, target.cell],
    );
    await page.locator(`[data-testid="sheet-grid"][data-sheet="${target.sheet}"]`).waitFor();
    await screenshot(page, "excel-harness-validasi");
    await expectAccessible(page, "excel-pane-validasi");
    await screenshot(page.getByTestId("pane"), "excel-pane-validasi");

    // Hapus sorotan: exactly the fills there were before.
    await page.getByRole("button", { name: "Hapus sorotan" }).click();
    await noticeSays(page, "Sorotan dihapus");
    expect(await allFills(page)).toEqual(before);

    // Rekap is held while Validasi found errors, its reason shown before any click.
    await page.getByRole("tab", { name: "Rekap" }).click();
    await expect(page.getByRole("button", { name: "Rekap", exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("disabled-reason").innerText()).resolves.toContain(
      `Validasi terakhir menemukan ${errors} galat`,
    );
    expect(await harness(page, (h) => h.sheetNames())).not.toContain(REKAP_SHEET);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Rekap writes the engine's numbers; Validasi on a clean workbook records the SOP step", async () => {
    const analysis = analyses["kesbangpol-2025"];
    const page = await openHarness("?example=kesbangpol-2025");
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    await noticeSays(page, "Tidak ada galat");
    expect(await propertyMatches(page, "LAKIP Langkah 4", /^Selesai/)).toMatch(/^Selesai/);

    await page.getByRole("tab", { name: "Rekap" }).click();
    await page.getByRole("button", { name: "Rekap", exact: true }).click();
    await page.getByTestId("rekap-summary").waitFor();
    await expect(page.getByTestId("rekap-capaian").innerText()).resolves.toBe(
      formatPercent(analysis.organisasi.capaian),
    );
    const table = buildRekapTable(analysis);
    const cells = table.indikatorRows.map((r) => `H${r + 1}`);
    const written = (await page.evaluate(
      ([sheet, addresses]) =>
        (addresses as string[]).map((a) =>
          (window as unknown as { excelHarness: Harness }).excelHarness.cellValue(sheet as string, a),
        ),
      [REKAP_SHEET, cells] as const,
    )) as (number | null)[];
    expect(written).toEqual(analysis.indikator.map((i) => i.capaian));
    expect(await harness(page, (h) => h.charts("Rekap Capaian").length)).toBe(1);
    // The pane shows the table first and records SOP step 5 after it: wait for its notice.
    await noticeSays(page, "Rekap Capaian diperbarui");
    expect(await propertyMatches(page, "LAKIP Langkah 5", /^Selesai/)).toMatch(/^Selesai/);
    expect((await harness(page, (h) => h.customProperties()))["LAKIP Langkah 4"]).toMatch(/^Selesai/);
    await page.locator(`[data-testid="sheet-grid"][data-sheet="${REKAP_SHEET}"]`).waitFor();
    await screenshot(page, "excel-harness-rekap");
    await expectAccessible(page, "excel-pane-rekap");
    await screenshot(page.getByTestId("pane"), "excel-pane-rekap");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Rekap triwulan writes Rekap TW II beside the year's Rekap, from the quarter chosen in its list", async () => {
    const grid = await readWorkbookGrid(readFileSync(join(EXAMPLES, "kesbangpol-2025.xlsx")));
    const tw2 = analyzeWorkbook(grid, { triwulan: 2 });
    const page = await openHarness("?example=kesbangpol-2025");
    await page.getByRole("tab", { name: "Rekap" }).click();
    const choice = page.getByRole("combobox", { name: "Triwulan" });
    await choice.selectOption("2");
    await page.getByRole("button", { name: "Buat Rekap TW II" }).click();
    await noticeSays(page, 'Sheet "Rekap TW II" diperbarui');
    const table = buildRekapTwTable(tw2, 2);
    const cells = table.indikatorRows.map((r) => `I${r + 1}`);
    const written = (await page.evaluate(
      ([sheet, addresses]) =>
        (addresses as string[]).map((a) =>
          (window as unknown as { excelHarness: Harness }).excelHarness.cellValue(sheet as string, a),
        ),
      ["Rekap TW II", cells] as const,
    )) as (number | null)[];
    expect(written).toEqual(tw2.indikator.map((i) => indikatorToDate(i, 2, tw2.pengaturan).capaianSd));
    expect(await harness(page, (h) => h.charts("Rekap TW II").length)).toBe(1);
    // A quarter's rekap is no SOP step, and the year's Rekap is not made by it.
    expect((await harness(page, (h) => h.customProperties()))["LAKIP Langkah 5"] ?? "").not.toMatch(/^Selesai/);
    expect(await harness(page, (h) => h.sheetNames().includes("Rekap Capaian"))).toBe(false);
    await expectAccessible(page, "excel-pane-rekap-tw");
    await screenshot(page.getByTestId("pane"), "excel-pane-rekap-tw");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Himpun: takes unit sheets and Anggaran rows, asks before replacing, refuses what is not a workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lakip-himpun-"));
    const header = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
    const unitFile = join(dir, "bidang-baru.xlsx");
    writeFileSync(
      unitFile,
      await writeWorkbookGrid({
        sheets: [
          { name: "Petunjuk", rows: [["Isi sheet unit Anda."]] },
          {
            name: "Bidang Baru",
            rows: [header, [1, "Meningkatnya layanan", "=Persentase layanan", "%", "Naik", 90, 93]],
          },
          {
            name: "Anggaran",
            rows: [
              ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"],
              ["Program Baru", "Meningkatnya layanan", 1000000, 900000],
            ],
          },
        ],
      }),
    );
    const clashFile = join(dir, "sekretariat.xlsx");
    writeFileSync(
      clashFile,
      await writeWorkbookGrid({
        sheets: [{ name: "Sekretariat", rows: [header, [1, "S", "Indikator pengganti", "%", "Naik", 80, 80]] }],
      }),
    );
    const notWorkbook = join(dir, "catatan.xlsx");
    writeFileSync(notWorkbook, "ini bukan buku kerja");

    const page = await openHarness("?example=kesbangpol-2025&delay=150");
    await page.getByRole("tab", { name: "Himpun" }).click();
    await page.getByTestId("himpun-input").setInputFiles([unitFile, clashFile, notWorkbook]);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain("Sekretariat");
    await animationsSettled(page); // the dialog's opening animation
    await expectAccessible(page, "excel-harness-himpun-confirm");
    await screenshot(page, "excel-harness-himpun-confirm");
    await dialog.getByRole("button", { name: "Ganti isi sheet lama" }).click();

    const reports = page.getByTestId("himpun-report");
    await reports.first().waitFor();
    await expect(reports.count()).resolves.toBe(3);
    const texts = await reports.allInnerTexts();
    expect(texts[0]).toMatch(/Diambil: Sheet "Bidang Baru"/);
    expect(texts[0]).toMatch(/1 baris Anggaran/);
    expect(texts[1]).toMatch(/menggantikan yang lama/);
    expect(texts[2]).toMatch(/Ditolak: .*bukan (workbook|buku kerja) Excel/i);
    const names = await harness(page, (h) => h.sheetNames());
    expect(names).toEqual(expect.arrayContaining(["Bidang Baru", "Sekretariat"]));
    expect(await harness(page, (h) => h.cellValue("Sekretariat", "C2"))).toBe("Indikator pengganti");
    // User text that looks like a formula stays text.
    expect(await harness(page, (h) => h.cellValue("Bidang Baru", "C2"))).toBe("=Persentase layanan");
    expect(await harness(page, (h) => h.cellFormula("Bidang Baru", "C2"))).toBeNull();
    // The reports show before the pane records SOP step 4; its notice comes after the record.
    await noticeSays(page, "Data unit dihimpun");
    expect(await propertyMatches(page, "LAKIP Langkah 4", /^Berjalan/)).toMatch(/^Berjalan/);
    await expectAccessible(page, "excel-pane-himpun");
    await screenshot(page.getByTestId("pane"), "excel-pane-himpun");

    // Validasi now sees the new unit.
    await page.getByRole("tab", { name: "Validasi" }).click();
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    await noticeSays(page, /galat|Data bersih/);
    await screenshot(page, "excel-harness-after-himpun");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Buat Format in an empty workbook; an older Excel explains what is missing", async () => {
    const page = await openHarness("?unsupported=1.8,1.9,1.13");
    await expect(page.getByTestId("missing-features").innerText()).resolves.toContain("tidak tersedia di Excel ini");
    await page.getByRole("tab", { name: "Format" }).click();
    await page.getByRole("button", { name: "Buat Format" }).click();
    const made = await noticeSays(page, "Format pengumpulan data dibuat");
    // The reason comes from the requirement registry, word for word.
    const older = checkRequirements((_set, version) => !["1.8", "1.9", "1.13"].includes(version));
    expect(made).toContain(missingReason(older, "validasiData")!);
    const names = await harness(page, (h) => h.sheetNames());
    expect(names).toEqual(expect.arrayContaining(["Petunjuk", "Identitas", "Sekretariat", "Anggaran"]));
    await expectAccessible(page, "excel-pane-format");
    await screenshot(page.getByTestId("pane"), "excel-pane-format");
    // Again: the sheets exist, so it asks; Batal changes nothing.
    await page.getByRole("button", { name: "Buat Format" }).click();
    await page.getByRole("dialog").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Batal" }).click();
    await noticeSays(page, "dibatalkan");
    await page.close();
  }, 120_000);

  // The pane at the requirement-set levels of older Office (the fake refuses members above the level).
  test("Office 2016 perpetual (ExcelApi 1.1): Validasi lists findings without highlighting and says why; other buttons explain", async () => {
    const analysis = analyses["contoh-berantakan"];
    const page = await openHarness("?example=contoh-berantakan&api=2016");
    // One short line; the plain-language details (from the requirement registry) on request.
    const missing = page.getByTestId("missing-features");
    await expect(missing.innerText()).resolves.toContain("Beberapa tombol tidak tersedia di Excel ini");
    await missing.getByRole("button", { name: "Lihat rinciannya" }).click();
    await missing.getByRole("listitem").first().waitFor();
    const banner = await missing.innerText();
    expect(banner).toContain('"Buat Format" tidak tersedia');
    expect(banner).toContain('"Sorotan temuan dan Hapus sorotan" tidak tersedia');
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    const text = await noticeSays(page, "galat");
    expect(text).toContain('"Sorotan temuan dan Hapus sorotan" tidak tersedia di versi Excel ini');
    expect(text).not.toContain("disorot (merah");
    await expect(page.getByTestId("finding").count()).resolves.toBe(analysis.findings.length);
    expect(Object.values(await allFills(page)).flatMap((f) => Object.values(f))).not.toContain(ERROR_FILL);
    // A click still selects the cell (Range.select is ExcelApi 1.1).
    const target = analysis.findings.find((f) => f.cell && f.sheet === "Sekretariat")!;
    await page
      .locator(`[data-testid="finding"][data-cell="${target.cell}"]`)
      .first()
      .getByRole("button")
      .first()
      .click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (window as unknown as { excelHarness: Harness }).excelHarness.selection();
        return sel?.sheet === s && sel.address === c;
      },
      [target.sheet, target.cell],
    );
    await expect(page.getByRole("button", { name: "Hapus sorotan" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("tab", { name: "Format" }).click();
    await expect(page.getByRole("button", { name: "Buat Format" }).isDisabled()).resolves.toBe(true);
    await page
      .getByText(/"Buat Format" tidak tersedia di versi Excel ini/)
      .first()
      .waitFor();
    await page.getByRole("tab", { name: "Rekap" }).click();
    await expect(page.getByRole("button", { name: "Rekap", exact: true }).isDisabled()).resolves.toBe(true);
    await screenshot(page, "excel-harness-office2016");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Office 2019 volume licence (ExcelApi 1.7): highlights cell by cell; Buat Format replaces in place, explains the missing data validation", async () => {
    const page = await openHarness("?example=contoh-berantakan&api=2019");
    const before = await allFills(page);
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    await noticeSays(page, "disorot (merah");
    expect(Object.values(await allFills(page)).flatMap((f) => Object.values(f))).toContain(ERROR_FILL);
    await page.getByRole("button", { name: "Hapus sorotan" }).click();
    await noticeSays(page, "Sorotan dihapus");
    expect(await allFills(page)).toEqual(before);
    await page.getByRole("tab", { name: "Format" }).click();
    await page.getByRole("textbox", { name: /Daftar unit/ }).fill("Bidang Uji");
    await page.getByRole("button", { name: "Buat Format" }).click();
    // Petunjuk, Identitas and Anggaran exist: it asks; they are replaced in place.
    await page.getByRole("dialog").getByRole("button", { name: "Ganti sheet" }).click();
    const format = await noticeSays(page, "Format pengumpulan data dibuat");
    expect(format).toContain("format dibuat tanpa daftar pilihan dan pemeriksaan angka");
    const names = await harness(page, (h) => h.sheetNames());
    expect(names).toContain("Bidang Uji");
    expect(names.filter((n) => n === "Identitas")).toHaveLength(1);
    await screenshot(page.getByTestId("pane"), "excel-pane-office2019");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("a 320×640 pane: the result shows where the user looks; an empty workbook says what to do; Esc gives focus back", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    // A workbook with Identitas and Anggaran but no unit sheet yet.
    await page.goto(harnessUrl("excel.html?generate=0"));
    const validasi = page.getByRole("button", { name: "Validasi", exact: true });
    await validasi.waitFor();
    await expectAccessible(page, "excel-320-start");
    await screenshot(page.getByTestId("pane"), "excel-320-start");

    // Empty workbook: no zeros and dashes, but what to do next; the notice is in view.
    await validasi.click();
    const n = notice(page);
    await n.waitFor();
    await expect(n.innerText()).resolves.toContain("Belum ada indikator untuk diperiksa");
    await expect(n.isVisible()).resolves.toBe(true);
    const box = await n.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(640);
    await expect(n.getAttribute("data-testid")).resolves.toBe("notice");
    expect(await page.locator('[aria-live="polite"] [data-testid="notice"]').count()).toBe(1);
    await expectAccessible(page, "excel-320-empty");
    await screenshot(page.getByTestId("pane"), "excel-320-empty");

    // Buat Format: Identitas and Anggaran exist, so it asks; Esc closes and gives focus back.
    await page.getByRole("tab", { name: "Format" }).click();
    const buat = page.getByRole("button", { name: "Buat Format" });
    await buat.click();
    await page.getByRole("dialog").waitFor();
    await expectAccessible(page, "excel-320-confirm");
    await screenshot(page, "excel-320-confirm");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Buat Format");

    // Without a name the format is made but no SOP step is recorded, and the pane says why.
    await buat.click();
    await page.getByRole("dialog").getByRole("button", { name: "Ganti sheet" }).click();
    await notice(page).filter({ hasText: "Format pengumpulan data dibuat" }).waitFor();
    await expect(notice(page).innerText()).resolves.toContain("isi dulu nama Anda");
    expect(await harness(page, (h) => h.customProperties())).toEqual({});
    await screenshot(page.getByTestId("pane"), "excel-320-format-tanpa-nama");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("a workbook with errors shows no capaian headline; the finding filter and groups work", async () => {
    const page = await openHarness("?generate=300&errors=10", 1280);
    await page.getByRole("tab", { name: "Rekap" }).click();
    await page.getByRole("button", { name: "Rekap", exact: true }).click();
    await notice(page).filter({ hasText: "Rekap belum dapat dibuat" }).waitFor();
    expect(await page.getByTestId("rekap-summary").count()).toBe(0);
    await expect(notice(page).innerText()).resolves.toContain("Angka capaian belum ditampilkan");
    await expectAccessible(page, "excel-pane-rekap-errors");
    await screenshot(page.getByTestId("pane"), "excel-pane-rekap-errors");

    await page.getByRole("tab", { name: "Validasi" }).click();
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByTestId("findings").waitFor();
    await expect(page.getByTestId("count-errors").innerText()).resolves.toBe("10 galat");
    const onlyErrors = page.getByRole("button", { name: /^Galat saja/ });
    if ((await onlyErrors.count()) > 0) {
      await onlyErrors.click();
      await expect(page.getByTestId("finding").count()).resolves.toBe(10);
    }
    // Icons take their colour from the severity (mergeClasses, not a joined string).
    const colour = await page
      .locator('[data-testid="finding"] svg')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe("rgb(36, 36, 36)");
    await expectAccessible(page, "excel-pane-validasi-errors");
    await screenshot(page.getByTestId("pane"), "excel-pane-validasi-errors");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("long work shows a named progress bar and can be stopped; nothing is highlighted then", async () => {
    const page = await openHarness("?example=contoh-berantakan");
    const before = await allFills(page);
    // The host's calls wait until the test releases them: the work cannot end before Hentikan.
    await page.evaluate(() => (window as unknown as { excelHarness: { holdCalls(): void } }).excelHarness.holdCalls());
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    const stop = page.getByRole("button", { name: "Hentikan" });
    await stop.waitFor();
    await expect(page.getByRole("progressbar").getAttribute("aria-label")).resolves.toBeTruthy();
    // While it runs, the buttons say why they wait.
    await expect(page.getByTestId("disabled-reason").first().innerText()).resolves.toContain("Tunggu sampai");
    await expectAccessible(page, "excel-pane-busy");
    await screenshot(page.getByTestId("pane"), "excel-pane-busy");
    await stop.click();
    await page.evaluate(() =>
      (window as unknown as { excelHarness: { releaseCalls(): void } }).excelHarness.releaseCalls(),
    );
    await notice(page).filter({ hasText: "dihentikan" }).waitFor();
    expect(await allFills(page)).toEqual(before);
    expect(await page.getByTestId("findings").count()).toBe(0);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
