/** What a benchmark section returns: rows of one printed table (scripts/bench/index.ts). */

export interface BenchRow {
  /** Section name, e.g. "compute", "report", "excel", "word". */
  section: string;
  /** What was measured, in a few words. */
  measure: string;
  /** The figure as printed, e.g. "412 ms", "1,18x". */
  value: string;
  /** The bar or goal, as printed (optional), e.g. "< 1,5x (tujuan 1,2x)". */
  goal?: string;
  /** Whether the figure meets the bar (undefined: informative only). */
  ok?: boolean;
}

export interface BenchSection {
  name: string;
  /** Runs the section; `log` prints progress lines. */
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "1.234 ms" / "12,3 ms" in id-ID notation. */
export function ms(x: number): string {
  return `${x >= 100 ? Math.round(x).toLocaleString("id-ID") : x.toLocaleString("id-ID", { maximumFractionDigits: 1 })} ms`;
}
