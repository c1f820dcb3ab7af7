/**
 * Word fill benchmark: a workbook of N indicators goes through the engine and the report
 * renderer, then "Isi semua" runs the Office.js adapter against the Word fake that holds a real
 * document (src/hosts/memory/wordDocumentOffice.ts), on the desktop (no request limit) and on the
 * web (requests under 5 MB, each operation's overhead counted). Prints the syncs, the megabytes sent
 * and the time; the number of syncs must not grow with the number of indicators on the desktop.
 */
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { analyzeWorkbook } from "../../src/core/index";
import { REPORT_TAGS, renderControls, toFlatOpc } from "../../src/core/report";
import { createOfficeWordHost } from "../../src/hosts/word/officeWordHost";
import { WEB_REQUEST_LIMIT } from "../../src/hosts/word/payload";
import { WordMemoryDocument } from "../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../src/hosts/memory/wordDocumentOffice";
import type { BenchRow, BenchSection } from "./section";

export interface WordBenchRow {
  indicators: number;
  platform: "desktop" | "web";
  syncs: number;
  megabytes: number;
  largestRequestMegabytes: number;
  renderMs: number;
  fillMs: number;
}

const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number): Cell => ({ t: "n", v });

/** A valid data-collection workbook with `count` indicators (5 per sasaran) and a budget sheet. */
export function syntheticWorkbook(count: number): WorkbookGrid {
  const identitas = [
    [s("Instansi"), s("Badan Kesatuan Bangsa dan Politik")],
    [s("Pemerintah Daerah"), s("Kabupaten Kotawaringin Barat")],
    [s("Tahun"), n(2025)],
  ];
  const header = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Target",
    "Realisasi",
    "Realisasi Tahun Lalu",
    "Target Akhir Renstra",
    "Keterangan",
  ].map(s);
  const rows: Cell[][] = [header];
  const sasaranCount = Math.ceil(count / 5);
  for (let i = 0; i < count; i++) {
    const turun = i % 7 === 3;
    rows.push([
      n(i + 1),
      s(`Sasaran ${Math.floor(i / 5) + 1}`),
      s(`Indikator kinerja nomor ${i + 1}`),
      s("%"),
      s(turun ? "Turun" : "Naik"),
      n(80 + (i % 15)),
      n(70 + ((i * 37) % 35)),
      n(65 + (i % 20)),
      n(95),
      s("Kegiatan berjalan sesuai rencana."),
    ]);
  }
  const anggaran: Cell[][] = [["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"].map(s)];
  for (let k = 0; k < sasaranCount; k++)
    anggaran.push([s(`Program ${k + 1}`), s(`Sasaran ${k + 1}`), n(100_000_000), n(90_000_000 + k)]);
  return {
    sheets: [
      { name: "Identitas", rows: identitas },
      { name: "Sekretariat", rows },
      { name: "Anggaran", rows: anggaran },
    ],
  };
}

export async function benchWordFill(indicators: number, platform: "desktop" | "web"): Promise<WordBenchRow> {
  const analysis = analyzeWorkbook(syntheticWorkbook(indicators));
  const t0 = performance.now();
  const contents = renderControls(analysis);
  const t1 = performance.now();
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const doc = new WordMemoryDocument(
    "<w:p><w:r><w:t>Kata pengantar (teks pengguna)</w:t></w:r></w:p>" +
      REPORT_TAGS.map(
        (t) =>
          `<w:sdt><w:sdtPr><w:alias w:val="${escape(t.title)}"/><w:tag w:val="${escape(t.tag)}"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>`,
      ).join(""),
  );
  const fake = wordDocumentRunner(
    new WordPackage(doc),
    platform === "web" ? { platform: "web", requestLimit: WEB_REQUEST_LIMIT } : {},
  );
  const host = createOfficeWordHost({
    run: fake.run,
    toFlatOpc,
    limitRequests: platform === "web",
    isSetSupported: () => true,
  });
  const report = await host.fillControls(contents);
  const t2 = performance.now();
  if (report.missing.length > 0) throw new Error(`bench: tags not filled: ${report.missing.join(", ")}`);
  const syncs = fake.syncs();
  const mb = (b: number) => Math.round((b / (1024 * 1024)) * 100) / 100;
  return {
    indicators,
    platform,
    syncs: syncs.length,
    megabytes: mb(syncs.reduce((a, x) => a + x.bytes, 0)),
    largestRequestMegabytes: mb(Math.max(...syncs.map((x) => x.bytes))),
    renderMs: Math.round(t1 - t0),
    fillMs: Math.round(t2 - t1),
  };
}

/** Runs the Word bench for 10, 1,000 and 10,000 indicators; returns the rows it printed. */
export async function runWordBench(log: (line: string) => void = console.log): Promise<WordBenchRow[]> {
  const rows: WordBenchRow[] = [];
  log("Word: Isi semua, the Office.js adapter against the document-backed Word fake");
  log("indicators  platform  syncs  MB sent  largest request MB  render ms  fill ms");
  for (const count of [10, 1_000, 10_000]) {
    for (const platform of ["desktop", "web"] as const) {
      const r = await benchWordFill(count, platform);
      rows.push(r);
      log(
        `${String(r.indicators).padStart(10)}  ${r.platform.padEnd(8)}  ${String(r.syncs).padStart(5)}  ${r.megabytes
          .toFixed(2)
          .padStart(
            7,
          )}  ${r.largestRequestMegabytes.toFixed(2).padStart(18)}  ${String(r.renderMs).padStart(9)}  ${String(r.fillMs).padStart(7)}`,
      );
    }
  }
  const desktop = rows.filter((r) => r.platform === "desktop").map((r) => r.syncs);
  if (new Set(desktop).size !== 1)
    throw new Error(`Word bench: desktop sync count varies with indicators: ${desktop.join(", ")}`);
  if (rows.some((r) => r.platform === "web" && r.largestRequestMegabytes > WEB_REQUEST_LIMIT / (1024 * 1024))) {
    throw new Error("Word bench: a web request exceeded 5 MB");
  }
  return rows;
}

if (require.main === module) {
  runWordBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/** The Word section of `npm run bench`. */
export const wordSection: BenchSection = {
  name: "word",
  async run(log) {
    const rows = await runWordBench(log);
    return rows.map((r): BenchRow => ({
      section: "word",
      measure: `Isi semua, ${r.indicators.toLocaleString("id-ID")} indikator, ${r.platform === "web" ? "web" : "desktop"}`,
      value: `${r.syncs} sync, ${r.megabytes.toLocaleString("id-ID")} MB, permintaan terbesar ${r.largestRequestMegabytes.toLocaleString("id-ID")} MB`,
      goal: r.platform === "web" ? "sync tetap, tiap permintaan < 5 MB" : "sync tetap",
      ok: r.platform === "web" ? r.largestRequestMegabytes <= 5 : r.syncs === rows[0].syncs,
    }));
  },
};
