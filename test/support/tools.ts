/**
 * The outside tools some tests need (the OOXML schema check, LibreOffice, Chromium, pdftotext), found
 * in one place. A test that needs a missing tool FAILS under CI=true (CI installs them all: .ci/run)
 * and is skipped visibly elsewhere: its name says "(dilewati: …)" and a warning names what to install.
 *
 * The shared folder (schemas, check-ooxml, render) is ../shared beside the checkout, or
 * LAKIP_SHARED_DIR.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SHARED_DIR = path.resolve(process.env.LAKIP_SHARED_DIR ?? path.join(ROOT, "..", "shared"));
export const CHECK_OOXML = path.join(SHARED_DIR, "tools", "check-ooxml");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ON_CI = Boolean(process.env.CI) && process.env.CI !== "false";

export type Tool = "check-ooxml" | "soffice" | "python3-uno" | "chromium" | "pdftotext" | "dist";

const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).status === 0;

/** Why a tool cannot be used here, or null when it can. Each is probed once. */
const PROBES: Record<Tool, () => string | null> = {
  "check-ooxml": () =>
    !existsSync(CHECK_OOXML)
      ? `check-ooxml tidak ada di ${CHECK_OOXML} (atur LAKIP_SHARED_DIR ke folder shared)`
      : !runs("xmllint", ["--version"])
        ? "xmllint tidak terpasang (apt-get install libxml2-utils)"
        : null,
  soffice: () =>
    runs("soffice", ["--version"]) ? null : "LibreOffice tidak terpasang (apt-get install libreoffice-writer-nogui)",
  "python3-uno": () =>
    runs("/usr/bin/python3", ["-c", "import uno"])
      ? null
      : "modul Python LibreOffice tidak ada (apt-get install python3-uno)",
  chromium: () => (existsSync(CHROMIUM) ? null : `Chromium tidak ada di ${CHROMIUM} (apt-get install chromium)`),
  pdftotext: () => (runs("pdftotext", ["-v"]) ? null : "pdftotext tidak terpasang (apt-get install poppler-utils)"),
  dist: () =>
    existsSync(path.join(ROOT, "dist", "excel.html"))
      ? null
      : "dist/ belum dibangun (LAKIP_PROD_URL=https://contoh.go.id/lakip/ npm run build)",
};
const known = new Map<Tool, string | null>();

export function missing(tool: Tool): string | null {
  if (!known.has(tool)) known.set(tool, PROBES[tool]());
  return known.get(tool)!;
}

/** The reasons the tools cannot be used, joined; empty when all can. */
export function missingOf(tools: readonly Tool[]): string {
  return tools
    .map(missing)
    .filter((why): why is string => why !== null)
    .join("; ");
}

/**
 * `test`, when every tool is there. Otherwise: under CI a test that fails naming what is missing;
 * elsewhere a skipped test whose name says why, and a warning.
 */
export function testWith(
  tools: readonly Tool[],
  name: string,
  fn: () => unknown | Promise<unknown>,
  timeout?: number,
): void {
  const why = missingOf(tools);
  if (!why) {
    test(name, fn as jest.ProvidesCallback, timeout);
  } else if (ON_CI) {
    test(name, () => {
      throw new Error(`Alat untuk uji ini tidak ada di CI: ${why}`);
    });
  } else {
    console.warn(`Uji dilewati: "${name}": ${why}`);
    test.skip(`${name} (dilewati: ${why})`, () => undefined);
  }
}

/**
 * For a check inside a larger test: true when the tools are there; under CI a missing tool throws
 * (the test fails); elsewhere a warning, and false.
 */
export function haveTools(tools: readonly Tool[], what: string): boolean {
  const why = missingOf(tools);
  if (!why) return true;
  if (ON_CI) throw new Error(`${what}: alat tidak ada di CI: ${why}`);
  console.warn(`${what} dilewati: ${why}`);
  return false;
}

/** check-ooxml's verdict on a file: its exit status and everything it printed. */
export function runCheckOoxml(file: string): { ok: boolean; output: string } {
  const r = spawnSync(CHECK_OOXML, [file], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}
