/**
 * Compute benchmark: a 40-sheet workbook with 10,000 indicators, then in fresh processes
 * (a) a bare ExcelJS read of the file and (b) `node bin/lakip.js compute FILE --json`; the ratio
 * b/a must stay under 1,5x (goal 1,2x). Also the engine alone on the already-read grid (goal < 50 ms).
 * The same again on a workbook with the agency's own rules: a Pengaturan sheet (T / R, Batas
 * Capaian, a scale of its own) and three earlier years (Target/Realisasi 2022-2024, spec 2.2).
 */
import { spawnSync } from "child_process";
import { promises as fs, openSync, closeSync, existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { analyzeWorkbook } from "../../src/core/index";
import { readWorkbookGrid } from "../../src/hosts/files/readXlsx";
import { writeWorkbookGrid, type WriteCell, type WriteSheet } from "../../src/hosts/files/writeGrid";
import { INDICATOR_HEADERS } from "../../src/core/layout/formatLayout";
import { yearColumnHeader } from "../../src/core/read/yearColumns";
import { median, ms, type BenchRow, type BenchSection } from "./section";

/** The repository root (works from scripts/bench and from build/node/scripts/bench). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "bin", "lakip.js"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** The earlier years of the bench workbook with rules (Tahun 2025). */
const EARLIER = [2022, 2023, 2024];

/**
 * A valid workbook of `sheets` unit sheets and `indicators` indicators in all, with an Anggaran
 * sheet. `rules`: also a Pengaturan sheet and the three earlier years' columns on every row
 * (Target and Realisasi of 2022 and 2023, Target 2024 beside Realisasi Tahun Lalu).
 */
export function benchWorkbookSheets(sheets = 40, indicators = 10_000, rules = false): WriteSheet[] {
  const out: WriteSheet[] = [
    {
      name: "Identitas",
      rows: [
        ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
        ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
        ["Tahun", 2025],
      ],
    },
  ];
  const perSheet = Math.ceil(indicators / sheets);
  const anggaran: WriteCell[][] = [["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"]];
  let made = 0;
  for (let s = 0; s < sheets; s++) {
    const yearHeaders = rules
      ? EARLIER.flatMap((y) =>
          y === 2024
            ? [yearColumnHeader("target", y)]
            : [yearColumnHeader("target", y), yearColumnHeader("realisasi", y)],
        )
      : [];
    const rows: WriteCell[][] = [[...INDICATOR_HEADERS, ...yearHeaders]];
    for (let i = 0; i < perSheet && made < indicators; i++, made++) {
      const k = made;
      const sasaran = `Sasaran strategis ${s + 1}.${Math.floor(i / 25) + 1}`;
      const turun = k % 7 === 3;
      const percent = k % 11 === 5;
      rows.push([
        i + 1,
        i % 25 === 0 ? sasaran : null,
        `Indikator kinerja nomor ${k + 1} pada unit ${s + 1}`,
        "%",
        turun ? "Turun" : "Naik",
        k % 13 === 0 ? "80 - 90" : 80 + (k % 15),
        percent ? { t: "n", v: (70 + ((k * 37) % 30)) / 100, f: "0.00%" } : 70 + ((k * 37) % 30),
        65 + (k % 20),
        95,
        "Kegiatan berjalan sesuai rencana dan target tercapai.",
        "Dukungan pimpinan dan koordinasi lintas bidang.",
        "Keterbatasan anggaran dan sumber daya manusia.",
        "Meningkatkan koordinasi dan perencanaan kegiatan.",
        ...(rules
          ? [k % 9 === 0 ? 85 : null, 78 + (k % 10), 60 + (k % 30), 79 + (k % 10), 62 + (k % 30), 80 + (k % 10)]
          : []),
      ]);
      if (i % 25 === 0) anggaran.push([`Program pendukung ${sasaran}`, sasaran, 100_000_000 + k, 90_000_000 + k]);
    }
    out.push({ name: `Unit ${String(s + 1).padStart(2, "0")}`, rows });
  }
  out.push({ name: "Anggaran", rows: anggaran });
  if (rules)
    out.push({
      name: "Pengaturan",
      rows: [
        ["Rumus Polaritas Turun", "T / R"],
        ["Batas Capaian", 120],
        [],
        ["Predikat", "Batas Bawah"],
        ["Sangat Memuaskan", 85],
        ["Memuaskan", 75],
        ["Baik", 65],
        ["Cukup", 50],
        ["Kurang", null],
      ],
    });
  return out;
}

export async function writeBenchWorkbook(file: string, sheets = 40, indicators = 10_000, rules = false): Promise<void> {
  await fs.writeFile(file, await writeWorkbookGrid({ sheets: benchWorkbookSheets(sheets, indicators, rules) }));
}

/** Preloaded into both children: reports the child's own CPU time (user + system) on stderr at exit. */
export const CPU_PRELOAD = `process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write("\\nLAKIP_BENCH_CPU=" + (u.user + u.system) / 1000 + "\\n"); });\n`;

/**
 * Wall-clock and CPU time of one child process, output to /dev/null; throws when it fails.
 * CPU time is printed beside wall time because the machine may be shared: it is less disturbed
 * by other processes.
 */
export function timeProcess(preload: string, args: string[], okCodes: number[] = [0]): { wall: number; cpu: number } {
  const devnull = openSync(os.devNull, "w");
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--require", preload, ...args], {
      stdio: ["ignore", devnull, "pipe"],
      encoding: "utf8",
    });
    const wall = performance.now() - t0;
    if (r.status === null || !okCodes.includes(r.status))
      throw new Error(`${args.join(" ")} keluar dengan status ${r.status}: ${r.stderr}`);
    const m = /LAKIP_BENCH_CPU=([0-9.]+)/.exec(r.stderr);
    return { wall, cpu: m ? Number(m[1]) : NaN };
  } finally {
    closeSync(devnull);
  }
}

export interface ComputeBenchResult {
  bareMs: number;
  cliMs: number;
  ratio: number;
  /** The same ratio on the children's CPU time (user + system). */
  cpuRatio: number;
  engineMs: number;
  readMs: number;
  indicators: number;
}

export async function benchCompute(
  options: {
    sheets?: number;
    indicators?: number;
    repetitions?: number;
    rules?: boolean;
    log?: (l: string) => void;
  } = {},
): Promise<ComputeBenchResult> {
  const { sheets = 40, indicators = 10_000, repetitions = 5, rules = false, log = () => undefined } = options;
  const root = repoRoot();
  const cli = path.join(root, "bin", "lakip.js");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lakip-bench-"));
  try {
    const file = path.join(dir, "bench.xlsx");
    log(
      `Membuat workbook ${sheets} sheet, ${indicators.toLocaleString("id-ID")} indikator${rules ? ", sheet Pengaturan dan tiga tahun sebelumnya" : ""}...`,
    );
    await writeBenchWorkbook(file, sheets, indicators, rules);
    const bare = path.join(dir, "bare-read.js");
    await fs.writeFile(
      bare,
      `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [root] }))});\n` +
        `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {}, (e) => { console.error(e); process.exit(1); });\n`,
    );
    const preload = path.join(dir, "cpu-report.js");
    await fs.writeFile(preload, CPU_PRELOAD);
    // Warm-up: the file cache and the compile cache, once each.
    timeProcess(preload, [bare, file]);
    timeProcess(preload, [cli, "compute", file, "--json"]);
    const bareTimes: number[] = [];
    const cliTimes: number[] = [];
    const bareCpu: number[] = [];
    const cliCpu: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      // Interleaved, so a slow moment of the shared machine hits both.
      const b = timeProcess(preload, [bare, file]);
      const c = timeProcess(preload, [cli, "compute", file, "--json"]);
      bareTimes.push(b.wall);
      cliTimes.push(c.wall);
      bareCpu.push(b.cpu);
      cliCpu.push(c.cpu);
      log(
        `  ulangan ${i + 1}: ExcelJS ${ms(b.wall)} (CPU ${ms(b.cpu)}), lakip compute ${ms(c.wall)} (CPU ${ms(c.cpu)})`,
      );
    }
    const bytes = await fs.readFile(file);
    const t0 = performance.now();
    const grid = await readWorkbookGrid(bytes);
    const readMs = performance.now() - t0;
    const engineTimes: number[] = [];
    let count = 0;
    for (let i = 0; i < Math.max(repetitions, 7); i++) {
      const t = performance.now();
      const a = analyzeWorkbook(grid);
      engineTimes.push(performance.now() - t);
      count = a.indikator.length;
      if (a.findings.some((f) => f.severity === "error"))
        throw new Error(`workbook bench memiliki galat: ${a.findings[0].message}`);
      if (rules && (a.pengaturan.rumusTurun !== "T / R" || a.indikator[1].riwayat.length !== EARLIER.length))
        throw new Error("workbook bench: Pengaturan atau tahun sebelumnya tidak terbaca");
    }
    const bareMs = median(bareTimes);
    const cliMs = median(cliTimes);
    const cpuRatio = median(cliCpu) / median(bareCpu);
    return { bareMs, cliMs, ratio: cliMs / bareMs, cpuRatio, engineMs: median(engineTimes), readMs, indicators: count };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export const computeSection: BenchSection = {
  name: "compute",
  async run(log) {
    const rows = rowsOf(await benchCompute({ log }), "");
    log("Dengan aturan sendiri (sheet Pengaturan) dan tiga tahun sebelumnya:");
    rows.push(...rowsOf(await benchCompute({ log, rules: true }), ", Pengaturan + 3 tahun"));
    return rows;
  },
};

function rowsOf(r: ComputeBenchResult, variant: string): BenchRow[] {
  {
    const ratio = r.ratio.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const rows: BenchRow[] = [
      { section: "compute", measure: "baca ExcelJS saja (proses baru, median)", value: ms(r.bareMs) },
      { section: "compute", measure: "lakip compute --json (proses baru, median)", value: ms(r.cliMs) },
      {
        section: "compute",
        measure: "rasio lakip / ExcelJS",
        value: `${ratio}x`,
        goal: "< 1,50x (tujuan 1,20x)",
        ok: r.ratio < 1.5,
      },
      {
        section: "compute",
        measure: "rasio waktu CPU lakip / ExcelJS",
        value: `${r.cpuRatio.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}x`,
      },
      {
        section: "compute",
        measure: `mesin saja, ${r.indicators.toLocaleString("id-ID")} indikator (median)`,
        // A goal, not a bar (issue: "goal: under 50 ms"): reported, but it does not fail the bench.
        value: r.engineMs < 50 ? ms(r.engineMs) : `${ms(r.engineMs)} (di atas tujuan)`,
        goal: "tujuan < 50 ms",
      },
      { section: "compute", measure: "readWorkbookGrid di proses ini (sekali)", value: ms(r.readMs) },
    ];
    return rows.map((row) => ({ ...row, measure: row.measure + variant }));
  }
}
