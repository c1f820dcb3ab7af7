/**
 * The Format tab's "Format tahun berikutnya" and "Buat file per unit" in headless Chromium
 * through the harness: the workbooks the pane opens with createWorkbook (kept by the in-memory
 * host) are read back in Node and compared with what the engine says about the open workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildUnitFiles } from "../../src/core/layout/unitFiles";
import { renderLayoutXlsx } from "../../src/hosts/files/writeFormat";
import { withCustomProperties } from "../../src/hosts/files/writeGrid";
import type { Browser, Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/index";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { cellText } from "../../src/core/read/sheetView";
import { harnessUrl, launchBrowser, screenshot } from "./support";

const EXAMPLES = join(__dirname, "../../examples");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens the Format tab; with `name`, types it in the pane's name field (SOP steps are recorded under it). */
async function openFormatTab(query: string, name: string | null = "Sari Dewi"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  (page as unknown as { pageErrors: string[] }).pageErrors = errors;
  await page.goto(harnessUrl(`excel.html${query}`));
  if (name !== null) await page.getByRole("textbox", { name: /Nama Anda/ }).fill(name);
  await page.getByRole("tab", { name: "Format" }).click();
  await page.getByRole("button", { name: "Format tahun berikutnya" }).waitFor();
  return page;
}

const created = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { excelHarness: { createdWorkbooks(): string[] } }).excelHarness.createdWorkbooks(),
  );
const notice = (page: Page) => page.getByTestId("format-lanjut-notice");

describe("Format tab: next year's format and unit files", () => {
  test("Format tahun berikutnya opens a 2026 workbook holding 2025's figures as history", async () => {
    const page = await openFormatTab("?example=kesbangpol-2025");
    await page.getByRole("button", { name: "Format tahun berikutnya" }).click();
    await expect(notice(page).innerText()).resolves.toContain("Format tahun 2026 dibuka di jendela baru");
    const books = await created(page);
    expect(books).toHaveLength(1);
    const grid = await readWorkbookGrid(Buffer.from(books[0], "base64"));
    const old = analyzeWorkbook(await readWorkbookGrid(readFileSync(join(EXAMPLES, "kesbangpol-2025.xlsx"))));
    const next = analyzeWorkbook(grid);
    expect(next.identitas.tahun).toBe(2026);
    expect(next.units).toEqual(old.units);
    const sek = grid.sheets.find((s) => s.name === "Sekretariat")!;
    const header = sek.rows[2]!.map((c) => cellText(c ?? undefined));
    const first = old.indikator[0];
    expect(sek.rows[3]![header.indexOf("Realisasi 2025")]).toEqual({ t: "n", v: first.realisasi });
    expect(sek.rows[3]![header.indexOf("Realisasi")] ?? null).toBeNull();
    expect(grid.customProperties?.["LAKIP Langkah 2"]).toMatch(/^Selesai \| .*Sari Dewi, Kasubag Program/);
    await screenshot(page.getByTestId("pane"), "excel-pane-format-tahun-berikutnya");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Buat file per unit makes one protected workbook per unit, each opened by its own click, and records step 3", async () => {
    const page = await openFormatTab("?example=kesbangpol-2025");
    await page.getByRole("button", { name: "Buat berkas per unit (langkah 3)" }).click();
    await expect(notice(page).innerText()).resolves.toContain("5 berkas unit siap dibuka");
    const text = await notice(page).innerText();
    expect(text).toContain('Sekretariat: simpan sebagai "Format 2025 - Sekretariat.xlsx"');
    // The harness lets one click open one workbook, as the browser does for Excel on the web.
    expect(await created(page)).toEqual([]);
    const list = page.getByTestId("file-unit");
    const buttons = list.getByRole("button", { name: /^Buka berkas / });
    expect(await buttons.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      await buttons.first().click();
      await list.getByText("Dibuka: simpan sebagai").nth(i).waitFor();
    }
    const books = await created(page);
    expect(books).toHaveLength(5);
    const grids = await Promise.all(books.map((b) => readWorkbookGrid(Buffer.from(b, "base64"))));
    expect(grids.map((g) => g.sheets.map((s) => s.name)[2])).toEqual([
      "Sekretariat",
      "Bidang Ideologi dan Wasbang",
      "Bidang Politik Dalam Negeri",
      "Bidang Ketahanan Ekososbud",
      "Bidang Kewaspadaan Nasional",
    ]);
    for (const g of grids) expect(g.customProperties?.["LAKIP Langkah 3"]).toMatch(/^Selesai \| /);
    const props = await page.evaluate(() =>
      (
        window as unknown as { excelHarness: { customProperties(): Record<string, string> } }
      ).excelHarness.customProperties(),
    );
    expect(props["LAKIP Langkah 3"]).toMatch(/^Selesai \| /);
    await screenshot(page.getByTestId("pane"), "excel-pane-file-per-unit");
    await page.close();
  }, 120_000);

  test("without a name the files are made but no SOP step is recorded, and the notice says so", async () => {
    const page = await openFormatTab("?example=kesbangpol-2025", null);
    await page.getByRole("button", { name: "Buat berkas per unit (langkah 3)" }).click();
    const shown = notice(page).filter({ hasText: "5 berkas unit siap dibuka" });
    await expect(shown.innerText()).resolves.toContain("Tahapan SOP tidak dicatat: isi dulu nama Anda");
    const list = page.getByTestId("file-unit");
    for (let i = 0; i < 5; i++) {
      await list
        .getByRole("button", { name: /^Buka berkas / })
        .first()
        .click();
      await list.getByText("Dibuka: simpan sebagai").nth(i).waitFor();
    }
    const grids = await Promise.all((await created(page)).map((b) => readWorkbookGrid(Buffer.from(b, "base64"))));
    expect(grids).toHaveLength(5);
    for (const g of grids) expect(g.customProperties?.["LAKIP Langkah 3"]).toBeUndefined();
    const props = await page.evaluate(() =>
      (
        window as unknown as { excelHarness: { customProperties(): Record<string, string> } }
      ).excelHarness.customProperties(),
    );
    expect(props["LAKIP Langkah 3"]).toBeUndefined();
    await page.close();
  }, 120_000);

  test("a workbook with errors is refused with its findings; an older Excel explains the command line", async () => {
    const page = await openFormatTab("?example=contoh-berantakan");
    await page.getByRole("button", { name: "Format tahun berikutnya" }).click();
    await expect(notice(page).innerText()).resolves.toContain("Format tahun berikutnya tidak dibuat");
    await page.getByTestId("findings").waitFor();
    expect(await created(page)).toEqual([]);
    await page.close();

    const old = await openFormatTab("?example=kesbangpol-2025&unsupported=1.8,1.9,1.13");
    await expect(old.getByTestId("bukukerja-alternatif").innerText()).resolves.toContain("lakip format --from");
    await expect(old.getByRole("button", { name: "Buat berkas per unit (langkah 3)" }).isDisabled()).resolves.toBe(
      true,
    );
    await old.close();
  }, 120_000);

  test("Himpun takes a unit file made from this workbook without a question: open cells only, changes warned", async () => {
    const master = await readWorkbookGrid(readFileSync(join(EXAMPLES, "kesbangpol-2025.xlsx")));
    const plan = buildUnitFiles(master, analyzeWorkbook(master).identitas);
    const sek = plan.files.find((f) => f.unit === "Sekretariat")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderLayoutXlsx(sek.layout)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Sekretariat")!;
    ws.getCell("G4").value = 72.5; // Realisasi: the unit's to fill
    ws.getCell("J4").value = "Keterangan baru dari unit";
    ws.getCell("F4").value = 60; // Target: locked, changed anyway
    const file = join(mkdtempSync(join(tmpdir(), "lakip-unit-")), sek.fileName);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));

    const page = await openFormatTab("?example=kesbangpol-2025");
    await page.getByRole("tab", { name: "Himpun" }).click();
    await page.getByTestId("himpun-input").setInputFiles([file]);
    const report = page.getByTestId("himpun-report");
    await report.waitFor();
    await expect(report.innerText()).resolves.toMatch(/Diambil: Sheet "Sekretariat": 16 sel isian unit/);
    await expect(page.getByTestId("himpun-warning").innerText()).resolves.toContain(
      'sel F4: Target diubah dari "70" menjadi "60"; nilai format induk yang dipakai.',
    );
    expect(await page.getByRole("dialog").count()).toBe(0);
    const cell = (a: string) =>
      page.evaluate(
        (addr) =>
          (window as unknown as { excelHarness: { cellValue(s: string, a: string): unknown } }).excelHarness.cellValue(
            "Sekretariat",
            addr,
          ),
        a,
      );
    expect(await cell("G4")).toBe(72.5);
    expect(await cell("J4")).toBe("Keterangan baru dari unit");
    expect(await cell("F4")).toBe(70);
    await screenshot(page.getByTestId("pane"), "excel-pane-himpun-file-unit");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
  test("a quarter's round in the pane: unit files for Triwulan III, then Himpun takes back only quarter III", async () => {
    const master = await readWorkbookGrid(readFileSync(join(EXAMPLES, "kesbangpol-2025.xlsx")));
    const first = analyzeWorkbook(master).indikator.find((i) => i.sheet === "Sekretariat")!;
    const page = await openFormatTab("?example=kesbangpol-2025");
    await page.getByRole("combobox", { name: "Berkas per unit untuk" }).selectOption("3");
    await page.getByRole("button", { name: "Buat berkas per unit Triwulan III" }).click();
    await expect(notice(page).innerText()).resolves.toContain("5 berkas unit Triwulan III siap dibuka");
    await page.getByTestId("file-unit").getByRole("button", { name: "Buka berkas Sekretariat" }).click();
    await page.getByTestId("file-unit").getByText("Dibuka: simpan sebagai").waitFor();
    const [book] = await created(page);
    const bytes = Buffer.from(book, "base64");
    const grid = await readWorkbookGrid(bytes);
    expect(grid.customProperties?.["LAKIP Triwulan"]).toBe("3");
    expect(grid.customProperties?.["LAKIP Langkah 3"] ?? "").not.toMatch(/^Selesai/);
    // The unit fills quarter III (and changes quarter II, locked, anyway); Excel keeps the property.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Sekretariat")!;
    let header = 0;
    const col = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (header) return;
      row.eachCell((c, k) => void col.set(String(c.value ?? "").trim(), k));
      if (col.has("Realisasi TW III")) header = n;
      else col.clear();
    });
    const row = first.row;
    ws.getCell(row, col.get("Realisasi TW III")!).value = 77.5;
    ws.getCell(row, col.get("Realisasi TW II")!).value = 1;
    const file = join(mkdtempSync(join(tmpdir(), "lakip-tw3-")), "Sekretariat TW III.xlsx");
    writeFileSync(
      file,
      await withCustomProperties(new Uint8Array(await wb.xlsx.writeBuffer()), { "LAKIP Triwulan": "3" }),
    );
    await page.getByRole("tab", { name: "Himpun" }).click();
    await page.getByTestId("himpun-input").setInputFiles([file]);
    await page.getByTestId("himpun-report").waitFor();
    await page.getByTestId("notice").filter({ hasText: "Triwulan III dihimpun" }).waitFor();
    const cell = (a: string) =>
      page.evaluate(
        (addr) =>
          (window as unknown as { excelHarness: { cellValue(s: string, a: string): unknown } }).excelHarness.cellValue(
            "Sekretariat",
            addr,
          ),
        a,
      );
    expect(await cell(first.kuartal!.realisasiCells[2])).toBe(77.5);
    expect(await cell(first.kuartal!.realisasiCells[1])).toBe(first.kuartal!.realisasi[1]);
    await expect(page.getByTestId("himpun-warning").innerText()).resolves.toContain(
      `sel ${first.kuartal!.realisasiCells[1]}: Realisasi TW II diubah`,
    );
    await screenshot(page.getByTestId("pane"), "excel-pane-himpun-triwulan");
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
