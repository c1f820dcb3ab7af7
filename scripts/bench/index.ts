/**
 * `npm run bench`: runs the benchmark sections in sequence and prints one table.
 *
 * A section is a module under scripts/bench/ exporting a BenchSection (./section.ts):
 * `{ name, run(log): Promise<BenchRow[]> }`. To add one, append `{ name, load }` to SECTIONS;
 * a section that fails to load or run is reported and the others still run. Run one section
 * with `npm run bench -- compute` (names separated by spaces).
 */
import type { BenchRow, BenchSection } from "./section";

interface SectionEntry {
  name: string;
  load: () => Promise<BenchSection>;
}

export const SECTIONS: SectionEntry[] = [
  { name: "compute", load: async () => (await import("./compute")).computeSection },
  { name: "report", load: async () => (await import("./report")).reportSection },
  { name: "word", load: async () => (await import("./word")).wordSection },
  { name: "excel", load: async () => (await import("./excel")).excelSection },
  { name: "word-memory", load: async () => (await import("./wordMemory")).wordMemorySection },
  { name: "limits", load: async () => (await import("./limits")).limitsSection },
  { name: "speed", load: async () => (await import("./speed")).speedSection },
];

function table(rows: BenchRow[]): string {
  const head = ["Bagian", "Ukuran", "Hasil", "Batas", "Status"];
  const body = rows.map((r) => [
    r.section,
    r.measure,
    r.value,
    r.goal ?? "",
    r.ok === undefined ? "" : r.ok ? "OK" : "GAGAL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export async function runBench(
  only: string[] = [],
  log: (l: string) => void = (l) => process.stdout.write(l + "\n"),
): Promise<{ rows: BenchRow[]; failed: boolean }> {
  const rows: BenchRow[] = [];
  let failed = false;
  for (const entry of SECTIONS) {
    if (only.length > 0 && !only.includes(entry.name)) continue;
    log(`== ${entry.name} ==`);
    try {
      const section = await entry.load();
      rows.push(...(await section.run(log)));
    } catch (e) {
      failed = true;
      log(`Bagian ${entry.name} gagal: ${e instanceof Error ? e.message : String(e)}`);
      rows.push({ section: entry.name, measure: "(gagal dijalankan)", value: "-", ok: false });
    }
  }
  log("");
  log(table(rows));
  return { rows, failed: failed || rows.some((r) => r.ok === false) };
}

if (require.main === module) {
  runBench(process.argv.slice(2)).then(
    (r) => {
      process.exitCode = r.failed ? 1 : 0;
    },
    (e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
