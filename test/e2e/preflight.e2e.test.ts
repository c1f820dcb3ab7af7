/**
 * The preflight (src/preflight/preflight.js) in headless Chromium through the harness pages: with
 * the user agent of Internet Explorer 11 or of Edge Legacy inside Office, or with a built-in the
 * bundles need taken away, the page shows in Bahasa Indonesia what this Office is and what to do,
 * and the pane does not render over it. With WebView2's user agent the pane renders as usual.
 * Screenshots go to test-artifacts/.
 */
import type { Browser, Page } from "playwright-core";
import { harnessUrl, launchBrowser, screenshot } from "./support";

const TRIDENT_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGEHTML_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { userAgent?: string; initScript?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ userAgent: options.userAgent, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(harnessUrl(path));
  return page;
}

/** The harness entry sets window.wordHarness / excelHarness before it would render: the bundle has run. */
async function bundleRan(page: Page, name: "wordHarness" | "excelHarness"): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as Record<string, unknown>)[n] !== undefined, name);
}

describe("preflight", () => {
  test("Internet Explorer 11 (Trident): the message, and no pane", async () => {
    const page = await open("word.html", { userAgent: TRIDENT_UA });
    const alert = page.locator("#lakip-preflight");
    await alert.waitFor();
    await expect(alert.getByRole("heading").textContent()).resolves.toBe(
      "Panel LAKIP tidak dapat berjalan di Office ini",
    );
    const text = await alert.innerText();
    expect(text).toContain("Internet Explorer 11");
    expect(text).toContain("lisensi volume");
    expect(text).toContain("Microsoft Edge WebView2 Runtime");
    expect(text).toContain("lakip");
    expect(text).not.toContain("Memuat");
    await bundleRan(page, "wordHarness");
    await expect(page.getByRole("button", { name: "Isi semua" }).count()).resolves.toBe(0);
    await expect(page.locator("#lakip-preflight").count()).resolves.toBe(1);
    await screenshot(page, "preflight-trident-word");
    await page.context().close();
  });

  test("Edge Legacy (EdgeHTML): the message names it and the WebView2 runtime", async () => {
    const page = await open("excel.html", { userAgent: EDGEHTML_UA });
    const alert = page.locator("#lakip-preflight");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("Microsoft Edge versi lama (EdgeHTML)");
    expect(text).toContain("Microsoft Edge WebView2 Runtime");
    await bundleRan(page, "excelHarness");
    await expect(page.getByRole("button", { name: "Validasi" }).count()).resolves.toBe(0);
    await screenshot(page, "preflight-edgehtml-excel");
    await page.context().close();
  });

  test("a webview without a built-in the bundles need", async () => {
    const page = await open("word.html", { initScript: "delete window.ResizeObserver;" });
    const alert = page.locator("#lakip-preflight");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("terlalu lama");
    expect(text).toContain("Rincian untuk pengelola TI: tidak tersedia ResizeObserver.");
    await page.context().close();
  });

  test("the harness index page gets the message too", async () => {
    const page = await open("index.html", { userAgent: TRIDENT_UA });
    await page.locator("#lakip-preflight").waitFor();
    await page.context().close();
  });

  test("WebView2: the pane renders and the preflight stays silent", async () => {
    const page = await open("word.html", { userAgent: WEBVIEW2_UA });
    await page.getByRole("button", { name: "Isi semua" }).waitFor();
    await expect(page.locator("#lakip-preflight").count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { __LAKIP_PREFLIGHT__: { supported: boolean } }).__LAKIP_PREFLIGHT__),
    ).resolves.toEqual({ supported: true, engine: "modern", missing: [] });
    await page.context().close();
  });
});
