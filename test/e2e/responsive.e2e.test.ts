/**
 * Long work must not freeze the panes (issue 11, point 8). Measures, in the harness, Validasi in
 * the Excel pane and Isi semua in the Word pane with 1,000 and 10,000 indicators: the time until
 * the result notice shows, the longest stretch the page's main thread did not run (an in-page
 * timer that should tick every 20 ms), and how long a click on another control takes to be
 * handled while the work runs. Prints the figures; fails when a click in the Excel pane waits
 * longer than CLICK_LIMIT_MS (generous for a machine shared by many processes; the figures printed
 * are the honest ones), or when the Word pane's own share of the longest freeze (the freeze less
 * the time inside the in-memory Word host, which stands in for Word's own process) exceeds it.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { writeWorkbookGrid } from "../../src/hosts/files/writeGrid";
import { syntheticWorkbook } from "../../src/harness/common/syntheticWorkbook";
import { harnessUrl, launchBrowser } from "./support";

const CLICK_LIMIT_MS = Number(process.env.LAKIP_CLICK_LIMIT_MS ?? 1000);
const SIZES = (process.env.LAKIP_SIZES ?? "1000,10000").split(",").map(Number);

let browser: Browser;
const results: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  console.log(`Responsiveness (ms):\n${results.join("\n")}`);
});

/** Starts an in-page timer that records the longest gap between its 20 ms ticks. */
async function startLagMonitor(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lag: { max: number; last: number; id: number } };
    const state = { max: 0, last: performance.now(), id: 0 };
    state.id = window.setInterval(() => {
      const t = performance.now();
      state.max = Math.max(state.max, t - state.last);
      state.last = t;
    }, 20);
    w.__lag = state;
  });
}

async function stopLagMonitor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __lag: { max: number; last: number; id: number } };
    clearInterval(w.__lag.id);
    return Math.max(w.__lag.max, performance.now() - w.__lag.last);
  });
}

/**
 * Runs `start`, then while the work runs clicks `probe` and times until `handled` is true; then
 * waits for `finished`. Returns total time, the click latency (null if the work ended before the
 * click could be made) and the longest main-thread gap.
 */
async function measure(
  page: Page,
  start: () => Promise<void>,
  probe: () => Promise<boolean>,
  finished: () => Promise<void>,
): Promise<{ total: number; click: number | null; gap: number }> {
  await startLagMonitor(page);
  const t0 = Date.now();
  await start();
  const c0 = Date.now();
  const handled = await probe();
  const click = handled ? Date.now() - c0 : null;
  await finished();
  const total = Date.now() - t0;
  const gap = await stopLagMonitor(page);
  return { total, click, gap: Math.round(gap) };
}

describe("long work keeps the panes responsive", () => {
  for (const size of SIZES) {
    test(`Excel Validasi, ${size} indicators`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(harnessUrl(`excel.html?generate=${size}`));
      const validasi = page.getByRole("button", { name: "Validasi", exact: true });
      await validasi.waitFor();
      const sheetTab = page.getByTestId("workbook").getByRole("tab", { name: "Anggaran" });
      const r = await measure(
        page,
        () => validasi.click({ timeout: 600_000 }),
        async () => {
          // While the work runs (the button is disabled), click a sheet tab in the workbook view.
          if (!(await validasi.isDisabled())) return false;
          await sheetTab.click({ timeout: 120_000 });
          await page.waitForFunction(
            () =>
              document
                .querySelector('[data-testid="workbook"] [role="tab"][aria-selected="true"]')
                ?.textContent?.includes("Anggaran") ?? false,
            undefined,
            { timeout: 120_000, polling: 10 },
          );
          return true;
        },
        () => page.getByTestId("notice").waitFor({ timeout: 300_000 }),
      );
      results.push(`  Excel Validasi ${size}: total ${r.total}, click ${r.click ?? "-"}, longest gap ${r.gap}`);
      if (r.click !== null) expect(r.click).toBeLessThan(CLICK_LIMIT_MS);
      await page.close();
    }, 600_000);

    test(`Word Isi semua, ${size} indicators`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "lakip-perf-"));
      const file = join(dir, `data-${size}.xlsx`);
      writeFileSync(file, await writeWorkbookGrid(syntheticWorkbook(size)));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(harnessUrl("word.html?doc=template"));
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("summary").waitFor({ timeout: 300_000 });
      const isi = page.getByRole("button", { name: "Isi semua" });
      const probeButton = page.getByRole("button", { name: "Kursor ke akhir" });
      const r = await measure(
        page,
        () => isi.click({ timeout: 600_000 }),
        async () => {
          if (!(await isi.isDisabled())) return false;
          // A click on a harness button sets a DOM flag the moment its handler runs.
          await page.evaluate(() => {
            const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Kursor ke akhir");
            b?.addEventListener("click", () => document.body.setAttribute("data-probe", "1"), { once: true });
          });
          await probeButton.click({ timeout: 300_000 });
          await page.locator("body[data-probe='1']").waitFor({ timeout: 300_000 });
          return true;
        },
        () =>
          page
            .getByTestId("notice")
            .filter({ hasText: /Laporan diisi|Tidak ada yang diisi|gagal/ })
            .waitFor({ timeout: 300_000 }),
      );
      const [fillMs, drawMs] = await page.evaluate(() => {
        const m = (window as unknown as { wordHarness: { hostMs: Record<string, number> } }).wordHarness.hostMs;
        return [Math.round(m.fillControls ?? 0), Math.round(m.drawing ?? 0)];
      });
      const hostMs = fillMs + drawMs;
      results.push(
        `  Word Isi semua ${size}: total ${r.total}, click ${r.click ?? "-"}, longest gap ${r.gap} (of which the in-memory Word host's fillControls ${fillMs} and the harness reading the document to draw it ${drawMs})`,
      );
      // The in-memory Word host parses and imports the XML with xmldom on the page's thread, and the
      // harness reads the whole document to draw it; in Word both happen in Word's own process.
      // What the pane itself adds to the longest freeze must stay under the limit.
      expect(r.gap - hostMs).toBeLessThan(CLICK_LIMIT_MS);
      await page.close();
    }, 900_000);
  }
});
