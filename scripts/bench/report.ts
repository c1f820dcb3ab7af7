/**
 * Report benchmark: on the 10,000-indicator bench workbook (./compute.ts), in fresh processes,
 * `node bin/lakip.js report BIG.xlsx --out X.docx` against `node bin/lakip.js compute BIG.xlsx
 * --json`, interleaved; reports the median times, their ratio (goal: at most 2x) and the size of
 * the .docx. Wire it into ./index.ts as `{ name: "report", load: async () => (await import("./report")).reportSection }`.
 */
import { spawnSync } from "child_process";
import { closeSync, openSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { repoRoot, writeBenchWorkbook } from "./compute";
import { median, ms, type BenchRow, type BenchSection } from "./section";

export interface ReportBenchResult {
  computeMs: number;
  reportMs: number;
  ratio: number;
  docxBytes: number;
}

function timeCli(args: string[]): number {
  const devnull = openSync(os.devNull, "w");
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(repoRoot(), "bin", "lakip.js"), ...args], {
      stdio: ["ignore", devnull, "pipe"],
      encoding: "utf8",
    });
    const wall = performance.now() - t0;
    if (r.status !== 0)
      throw new Error(`lakip ${args.join(" ")} keluar dengan status ${r.status}: ${r.stderr.slice(0, 500)}`);
    return wall;
  } finally {
    closeSync(devnull);
  }
}

/** Times report against compute on an existing workbook; `repetitions` interleaved runs after one warm-up each. */
export async function benchReport(
  xlsxPath: string,
  options: { repetitions?: number; log?: (l: string) => void } = {},
): Promise<ReportBenchResult> {
  const { repetitions = 5, log = () => undefined } = options;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lakip-bench-report-"));
  try {
    const out = path.join(dir, "LAKIP.docx");
    timeCli(["compute", xlsxPath, "--json"]);
    timeCli(["report", xlsxPath, "--out", out]);
    const computeTimes: number[] = [];
    const reportTimes: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const c = timeCli(["compute", xlsxPath, "--json"]);
      const r = timeCli(["report", xlsxPath, "--out", out]);
      computeTimes.push(c);
      reportTimes.push(r);
      log(`  ulangan ${i + 1}: lakip compute ${ms(c)}, lakip report ${ms(r)}`);
    }
    const docxBytes = (await fs.stat(out)).size;
    const computeMs = median(computeTimes);
    const reportMs = median(reportTimes);
    return { computeMs, reportMs, ratio: reportMs / computeMs, docxBytes };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function fmt(x: number, digits = 2): string {
  return x.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const reportSection: BenchSection = {
  name: "report",
  async run(log) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lakip-bench-report-wb-"));
    try {
      const file = path.join(dir, "bench.xlsx");
      log("Membuat workbook 40 sheet, 10.000 indikator...");
      await writeBenchWorkbook(file, 40, 10_000);
      const r = await benchReport(file, { log });
      const rows: BenchRow[] = [
        { section: "report", measure: "lakip compute --json (proses baru, median)", value: ms(r.computeMs) },
        { section: "report", measure: "lakip report --out (proses baru, median)", value: ms(r.reportMs) },
        {
          section: "report",
          measure: "rasio report / compute",
          value: `${fmt(r.ratio)}x`,
          goal: "<= 2,00x",
          ok: r.ratio <= 2,
        },
        {
          section: "report",
          measure: "ukuran .docx 10.000 indikator",
          value: `${fmt(r.docxBytes / (1024 * 1024))} MB`,
        },
      ];
      return rows;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};

if (require.main === module) {
  const file = process.argv[2];
  const go = file
    ? benchReport(file, { log: (l) => process.stdout.write(l + "\n") }).then((r) =>
        process.stdout.write(JSON.stringify(r) + "\n"),
      )
    : reportSection
        .run((l) => process.stdout.write(l + "\n"))
        .then((rows) =>
          rows.forEach((r) => process.stdout.write(`${r.measure}: ${r.value}${r.goal ? ` (${r.goal})` : ""}\n`)),
        );
  go.catch((e: unknown) => {
    process.stderr.write(`bench report: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
