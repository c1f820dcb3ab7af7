/**
 * The guards against hostile files, timed (these timings used to be asserted inside `npm test`,
 * where a busy machine made them fail; the tests now count work instead): the XML well-formedness
 * check on a 4 MB part (linear: well under 3 s).
 */
import { xmlProblem } from "../../src/hosts/files/xmlCheck";
import { median, ms, type BenchRow, type BenchSection } from "./section";

const RUNS = 5;

export const limitsSection: BenchSection = {
  name: "limits",
  async run(log) {
    const xml = `<a>${"<b c='1'>t &amp; u</b>".repeat(200_000)}</a>`;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      if (xmlProblem(xml) !== null) throw new Error("xmlProblem: bagian yang sah ditolak");
      times.push(performance.now() - t0);
    }
    const t = median(times);
    log(`xmlProblem, ${(xml.length / 1e6).toFixed(1)} MB: ${times.map(ms).join(", ")}`);
    const rows: BenchRow[] = [
      { section: "limits", measure: "cek XML bagian 4 MB (median)", value: ms(t), goal: "< 3.000 ms", ok: t < 3000 },
    ];
    return rows;
  },
};
