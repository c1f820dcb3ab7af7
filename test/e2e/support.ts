/**
 * Shared support for the browser tests: a static server for build/harness on 127.0.0.1 (random
 * port), Chromium from Debian (/usr/bin/chromium) driven by playwright-core, and screenshots
 * saved under test-artifacts/ to be looked at.
 */
import { existsSync, mkdirSync, readFile } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

export const ROOT = join(__dirname, "../..");
export const HARNESS_DIR = join(ROOT, "build/harness");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".map": "application/json",
};

let server: Server | undefined;
let baseUrl: string | undefined;

/** Serves build/harness read-only on 127.0.0.1; resolves with the base URL ("http://127.0.0.1:PORT/"). */
export async function startHarnessServer(): Promise<string> {
  if (baseUrl) return baseUrl;
  if (!existsSync(join(HARNESS_DIR, "excel.html")) && !existsSync(join(HARNESS_DIR, "word.html")))
    throw new Error(`Harness belum dibangun: jalankan "npm run build:harness" (dicari di ${HARNESS_DIR}).`);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "index.html";
    const file = normalize(join(HARNESS_DIR, rel));
    if (!file.startsWith(HARNESS_DIR + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(data);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return baseUrl;
}

export function stopHarnessServer(): void {
  server?.close();
  server = undefined;
  baseUrl = undefined;
}

/** The URL of a harness page, e.g. harnessUrl("excel.html?example=kesbangpol-2025"). Call after launchBrowser(). */
export function harnessUrl(path: string): string {
  if (!baseUrl) throw new Error("Server harness belum berjalan: panggil launchBrowser() dulu.");
  return baseUrl + path.replace(/^\/+/, "");
}

/** Starts the harness server and a headless Chromium; closing the browser stops the server. */
export async function launchBrowser(): Promise<Browser> {
  await startHarnessServer();
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}: pasang dengan "apt-get install chromium" (CI memasangnya lewat .ci/run).`,
    );
  // playwright-core starts Chromium with a new empty profile of its own (a temporary user data dir).
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (e) {
    stopHarnessServer();
    throw e;
  }
  browser.on("disconnected", stopHarnessServer);
  return browser;
}

/** Saves a screenshot of a page or an element as test-artifacts/NAME.png; returns the path. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await target.screenshot({ path, animations: "disabled" } as never);
  return path;
}

/**
 * Waits until every finite animation of the page has finished (e.g. a dialog's opening): a wait on
 * a condition instead of a fixed sleep. Endless ones (a spinner, an indeterminate bar) are left be.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
