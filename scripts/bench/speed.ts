/**
 * The two speed guards of issue 22, measured in ONE run on the 10.000-indicator bench workbook
 * (./compute.ts), in fresh processes, interleaved (a slow moment of the shared machine hits all
 * three of a round):
 *   compute / read  = `lakip compute FILE --json` against a bare ExcelJS read   (goal <= 1,15x)
 *   report / compute = `lakip report FILE --out X.docx` against `lakip compute`  (goal <= 2,00x)
 * Each ratio is taken per round, on wall time and on the child's CPU time (user + system, less
 * disturbed by other processes); printed as the median with the spread (lowest to highest round).
 * The goal is judged on the CPU median when the machine is busy (wall and CPU disagree by more than
 * half), else on the wall median. `npm run bench -- speed`; LAKIP_BENCH_ROUNDS sets the rounds (5).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CPU_PRELOAD, repoRoot, timeProcess, writeBenchWorkbook } from "./compute";
import { median, ms, type BenchRow, type BenchSection } from "./section";

interface Timing {
  wall: number;
  cpu: number;
}

const run = (preload: string, args: string[]): Timing => timeProcess(preload, args);

const x = (v: number) => `${v.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}x`;

/** "1,12x (1,08x-1,19x)": median and spread of per-round ratios. */
function spread(values: number[]): string {
  return `${x(median(values))} (${x(Math.min(...values))}-${x(Math.max(...values))})`;
}

export interface SpeedResult {
  rounds: number;
  computeOverRead: { wall: number[]; cpu: number[] };
  reportOverCompute: { wall: number[]; cpu: number[] };
  times: { read: Timing[]; compute: Timing[]; report: Timing[] };
}

export async function benchSpeed(rounds: number, log: (l: string) => void): Promise<SpeedResult> {
  const root = repoRoot();
  const cli = path.join(root, "bin", "lakip.js");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lakip-bench-speed-"));
  try {
    const file = path.join(dir, "bench.xlsx");
    log("Membuat workbook 40 sheet, 10.000 indikator...");
    await writeBenchWorkbook(file);
    const bare = path.join(dir, "bare-read.js");
    await fs.writeFile(
      bare,
      `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [root] }))});\n` +
        `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {}, (e) => { console.error(e); process.exit(1); });\n`,
    );
    const preload = path.join(dir, "cpu.js");
    await fs.writeFile(preload, CPU_PRELOAD);
    const docx = path.join(dir, "laporan.docx");
    const round = () => ({
      read: run(preload, [bare, file]),
      compute: run(preload, [cli, "compute", file, "--json"]),
      report: run(preload, [cli, "report", file, "--out", docx]),
    });
    round(); // warm-up: the file cache
    const result: SpeedResult = {
      rounds,
      computeOverRead: { wall: [], cpu: [] },
      reportOverCompute: { wall: [], cpu: [] },
      times: { read: [], compute: [], report: [] },
    };
    for (let i = 0; i < rounds; i++) {
      const t = round();
      result.times.read.push(t.read);
      result.times.compute.push(t.compute);
      result.times.report.push(t.report);
      result.computeOverRead.wall.push(t.compute.wall / t.read.wall);
      result.computeOverRead.cpu.push(t.compute.cpu / t.read.cpu);
      result.reportOverCompute.wall.push(t.report.wall / t.compute.wall);
      result.reportOverCompute.cpu.push(t.report.cpu / t.compute.cpu);
      const line = (name: string, v: Timing) => `${name} ${ms(v.wall)} (CPU ${ms(v.cpu)})`;
      log(`  putaran ${i + 1}: ${line("ExcelJS", t.read)}, ${line("compute", t.compute)}, ${line("report", t.report)}`);
    }
    return result;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The figure a goal is judged on: CPU when the machine is busy (wall and CPU far apart), else wall. */
function judged(wall: number[], cpu: number[], times: Timing[]): { value: number; basis: string } {
  const busy = median(times.map((t) => t.wall / t.cpu)) > 1.5;
  return busy ? { value: median(cpu), basis: "CPU (mesin sibuk)" } : { value: median(wall), basis: "waktu dinding" };
}

export const speedSection: BenchSection = {
  name: "speed",
  async run(log) {
    const rounds = Number(process.env.LAKIP_BENCH_ROUNDS ?? "5") || 5;
    const r = await benchSpeed(rounds, log);
    const all = [...r.times.read, ...r.times.compute, ...r.times.report];
    /** Wall and CPU spread of one ratio, then the figure its goal is judged on. */
    const ratioRows = (name: string, ratio: { wall: number[]; cpu: number[] }, goal: number): BenchRow[] => {
      const j = judged(ratio.wall, ratio.cpu, all);
      return [
        { section: "speed", measure: `${name}, dinding`, value: spread(ratio.wall) },
        { section: "speed", measure: `${name}, CPU`, value: spread(ratio.cpu) },
        {
          section: "speed",
          measure: `${name}, dinilai pada ${j.basis}`,
          value: x(j.value),
          goal: `<= ${x(goal)}`,
          ok: j.value <= goal,
        },
      ];
    };
    const wall = (times: Timing[]) => ms(median(times.map((t) => t.wall)));
    const rows: BenchRow[] = [
      { section: "speed", measure: "baca ExcelJS saja (median)", value: wall(r.times.read) },
      { section: "speed", measure: "lakip compute (median)", value: wall(r.times.compute) },
      { section: "speed", measure: "lakip report (median)", value: wall(r.times.report) },
      ...ratioRows("compute / ExcelJS", r.computeOverRead, 1.15),
      ...ratioRows("report / compute", r.reportOverCompute, 2),
    ];
    return rows;
  },
};
