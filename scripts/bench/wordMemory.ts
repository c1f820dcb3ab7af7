/**
 * In-memory Word host benchmark (the browser harness's Word document): the template .docx is
 * inserted, then "Isi semua" fills every body control with the report of a workbook of N
 * indicators (./word.ts's synthetic workbook). Prints the fill time per size; goals: 1,000
 * indicators under 1 s, 10,000 under 5 s. Run one size: `node build/node/scripts/bench/wordMemory.js 10000`.
 */
import JSZip from "jszip";
import { performance } from "perf_hooks";
import { analyzeWorkbook } from "../../src/core/index";
import { renderReport, templateParts } from "../../src/core/report";
import { WordMemoryDocument, createMemoryWordHost } from "../../src/hosts/memory/wordMemoryHost";
import { ms, type BenchRow, type BenchSection } from "./section";
import { syntheticWorkbook } from "./word";

const GOALS: Record<number, number> = { 1_000: 1_000, 10_000: 5_000 };

export async function templateBase64(): Promise<string> {
  const zip = new JSZip();
  for (const [name, content] of templateParts()) zip.file(name, content);
  return zip.generateAsync({ type: "base64" });
}

export async function benchWordMemory(indicators: number): Promise<{ fillMs: number; viewMs: number }> {
  const { controls, charts } = renderReport(analyzeWorkbook(syntheticWorkbook(indicators)), {
    tanggal: new Date(Date.UTC(2026, 0, 15)),
  });
  const doc = new WordMemoryDocument();
  const host = createMemoryWordHost(doc);
  await host.insertTemplate(await templateBase64());
  const body: Record<string, string> = {};
  for (const [tag, xml] of Object.entries(controls)) if (tag !== "lakip:kepala-halaman") body[tag] = xml;
  const t0 = performance.now();
  const report = await host.fillControls(body, charts);
  if (host.listOpenSections) await host.listOpenSections();
  const t1 = performance.now();
  if (report.filled.length === 0) throw new Error("bench: nothing filled");
  doc.view();
  const t2 = performance.now();
  return { fillMs: t1 - t0, viewMs: t2 - t1 };
}

export const wordMemorySection: BenchSection = {
  name: "word-memory",
  async run(log) {
    const rows: BenchRow[] = [];
    for (const n of [1_000, 10_000]) {
      const r = await benchWordMemory(n);
      log(`word-memory ${n} indicators: fill ${Math.round(r.fillMs)} ms, view ${Math.round(r.viewMs)} ms`);
      rows.push({
        section: "word-memory",
        measure: `Isi semua, ${n.toLocaleString("id-ID")} indikator`,
        value: ms(r.fillMs),
        goal: `< ${ms(GOALS[n])}`,
        ok: r.fillMs < GOALS[n],
      });
    }
    return rows;
  },
};

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void (async () => {
    for (const n of sizes.length ? sizes : [1_000, 10_000]) {
      const r = await benchWordMemory(n);
      console.log(`${n} indicators: fill ${Math.round(r.fillMs)} ms, view ${Math.round(r.viewMs)} ms`);
    }
  })();
}
