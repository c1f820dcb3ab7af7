/**
 * Bench section "excel": Validasi through the Office.js adapter over the fake Office.js
 * workbook that counts context.sync() (src/hosts/memory/excelFakeOffice.ts), for 1, 10 and 40
 * indicator sheets: syncs to read (bar: 4), syncs to highlight (bar: 2), engine time. Also the
 * Excel pane's initial JavaScript (gzip) when a production build exists in dist/ (bar: 400 KB).
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { analyzeWorkbook } from "../../src/core/index";
import { createOfficeExcelHost } from "../../src/hosts/excel/officeExcelHost";
import { FakeWorkbook } from "../../src/hosts/memory/excelFakeOffice";
import { median, ms, type BenchRow, type BenchSection } from "./section";

const ROWS_PER_SHEET = 25;
const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

function unitSheet(n: number): SheetGrid {
  const rows: (Cell | null)[][] = [HEADER.map((v) => ({ t: "s", v }) as Cell)];
  for (let i = 0; i < ROWS_PER_SHEET; i++)
    rows.push([
      { t: "n", v: i + 1 },
      { t: "s", v: `Sasaran ${(i % 4) + 1}` },
      { t: "s", v: `Indikator ${n}.${i + 1}` },
      { t: "s", v: "%" },
      { t: "s", v: i === 3 ? "Keatas" : "Naik" },
      { t: "n", v: 80 + (i % 5) },
      i === 7 ? { t: "s", v: "belum" } : { t: "n", v: 70 + ((i * 7) % 40) },
    ]);
  return { name: `Unit ${n}`, rows };
}

function workbook(sheets: number): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Identitas",
        rows: [
          [
            { t: "s", v: "Instansi" },
            { t: "s", v: "Badan Uji" },
          ],
          [
            { t: "s", v: "Pemerintah Daerah" },
            { t: "s", v: "Kabupaten Uji" },
          ],
          [
            { t: "s", v: "Tahun" },
            { t: "n", v: 2025 },
          ],
        ],
      },
      ...Array.from({ length: sheets }, (_, i) => unitSheet(i + 1)),
    ],
  };
}

/** The repository root (this file runs from scripts/bench or from build/node/scripts/bench). */
function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "webpack.config.js"))) return dir;
    dir = join(dir, "..");
  }
  return join(__dirname, "../..");
}

/** Initial JS of the Excel page in dist/ (production build), gzip bytes; null without a build. */
export function excelInitialGzip(distDir = join(repoRoot(), "dist")): number | null {
  const html = join(distDir, "excel.html");
  if (!existsSync(html)) return null;
  const page = readFileSync(html, "utf8");
  // the production HTML is minified: attribute values may be unquoted (src=excel.js)
  const scripts = [...page.matchAll(/<script[^>]+src=["']?([^"' >]+\.js)/g)]
    .map((m) => m[1])
    .filter((s) => !s.includes("office-js/"));
  const files = new Set(readdirSync(distDir));
  let total = 0;
  for (const s of scripts) if (files.has(s)) total += gzipSync(readFileSync(join(distDir, s))).length;
  return total > 0 ? total : null; // no script found: the page was not understood, not a 0 KB pane
}

export const excelSection: BenchSection = {
  name: "excel",
  async run(log) {
    const rows: BenchRow[] = [];
    for (const n of [1, 10, 40]) {
      const grid = workbook(n);
      const times: number[] = [];
      let readSyncs = 0;
      let highlightSyncs = 0;
      let findings = 0;
      for (let round = 0; round < 3; round++) {
        const book = FakeWorkbook.fromGrid(grid);
        const host = createOfficeExcelHost({ run: book.run, isSetSupported: () => true });
        let before = book.syncCount;
        const read = await host.readWorkbook();
        readSyncs = book.syncCount - before;
        const t0 = performance.now();
        const analysis = analyzeWorkbook(read);
        times.push(performance.now() - t0);
        findings = analysis.findings.length;
        before = book.syncCount;
        await host.highlight(analysis.findings);
        highlightSyncs = book.syncCount - before;
      }
      log(`${n} sheet: ${findings} temuan, baca ${readSyncs} sync, sorot ${highlightSyncs} sync`);
      rows.push(
        {
          section: "excel",
          measure: `Validasi ${n} sheet: sync baca`,
          value: String(readSyncs),
          goal: "<= 4",
          ok: readSyncs <= 4,
        },
        {
          section: "excel",
          measure: `Validasi ${n} sheet: sync sorot`,
          value: String(highlightSyncs),
          goal: "<= 2",
          ok: highlightSyncs <= 2,
        },
        { section: "excel", measure: `Validasi ${n} sheet: waktu mesin (median)`, value: ms(median(times)) },
      );
    }
    const gzip = excelInitialGzip();
    rows.push(
      gzip === null
        ? { section: "excel", measure: "JS awal panel Excel (gzip)", value: "-", goal: "jalankan npm run build dulu" }
        : {
            section: "excel",
            measure: "JS awal panel Excel (gzip)",
            value: `${(gzip / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} KB`,
            goal: "<= 400 KB",
            ok: gzip <= 400 * 1024,
          },
    );
    return rows;
  },
};
