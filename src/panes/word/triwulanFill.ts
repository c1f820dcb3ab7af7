/**
 * "Laporan Triwulan" in Word (spec 5.1), kept apart from the pane: the built-in quarterly
 * template as base64 for insertTemplate, and the fill of quarter N's report into the open
 * document's tagged controls through the WordHost, by the LAKIP's rules (only tagged controls
 * change, refilling replaces their content, the agency's BAB IV is never touched). The workbook is
 * read for quarter N: a quarter up to N without realisasi refuses the fill (MISSING_QUARTER).
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Finding } from "../../core/model";
import type { Quarter } from "../../core/read/quarterColumns";
import { romanQuarter } from "../../core/read/quarterColumns";
import { TW_TEKS_TAG, twTagTitle } from "../../core/report/triwulan/tags";
import type { WordHost } from "../../hosts/word/port";
import { toBase64 } from "./summary";

/** Tags that live in the page header, not the body. */
const HEADER_TAGS = new Set(["lakip:kepala-halaman"]);

export const twName = (n: Quarter): string => `Triwulan ${romanQuarter(n)}`;

/** The built-in quarterly template (.docx) as base64, made here from the core's parts (no download). */
export async function triwulanTemplateBase64(): Promise<string> {
  const { triwulanTemplateZip } = await import("../../hosts/files/triwulanDocx");
  return toBase64(await triwulanTemplateZip().generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

export type TriwulanFillResult =
  | { refused: Finding[] }
  | {
      refused: null;
      intent: "success" | "warning";
      title: string;
      body: string;
      /** The parts filled, one line each. */
      filled: string[];
      lines: string[];
    };

/** Fills quarter `n`'s report into the open document. */
export async function fillTriwulan(
  host: WordHost,
  grid: WorkbookGrid,
  n: Quarter,
  today: Date,
): Promise<TriwulanFillResult> {
  const { analyzeWorkbook } = await import("../../core/index");
  const analysis = analyzeWorkbook(grid, { triwulan: n });
  const errors = analysis.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { refused: errors };
  const { renderTriwulan } = await import("../../core/report/triwulan/render");
  const { controls, charts } = renderTriwulan(analysis, n, { tanggal: today });
  const body: Record<string, string> = {};
  const header: Record<string, string> = {};
  for (const [tag, xml] of Object.entries(controls)) (HEADER_TAGS.has(tag) ? header : body)[tag] = xml;
  const report = await host.fillControls(body, charts);
  if (host.fillHeaders) {
    const h = await host.fillHeaders(header);
    report.filled.push(...h.filled);
  }
  const filled = report.filled.map((f) => `${twTagTitle(f.tag)}: ${f.count} kontrol diisi`);
  const count = report.filled.reduce((k, f) => k + f.count, 0);
  const lines = [...(report.notes ?? [])];
  const missing = report.missing.filter((t) => !(HEADER_TAGS.has(t) && !host.fillHeaders));
  if (report.filled.length === 0)
    return {
      refused: null,
      intent: "warning",
      title: "Tidak ada yang diisi",
      body: `Dokumen ini tidak memiliki kontrol Laporan Triwulan. Klik "Sisipkan kerangka Laporan Triwulan" pada dokumen kosong, lalu isi lagi.`,
      filled,
      lines,
    };
  if (missing.length > 0)
    lines.push(
      `${missing.length} bagian tidak ditemukan di dokumen dan dilewati: ${missing.map(twTagTitle).join(", ")}.`,
    );
  lines.push(`${TW_TEKS_TAG.title}: ditulis instansi sendiri; add-in tidak mengubahnya.`);
  return {
    refused: null,
    intent: missing.length > 0 || report.notes?.length ? "warning" : "success",
    title: missing.length > 0 ? `Laporan ${twName(n)} diisi sebagian` : `Laporan ${twName(n)} diisi`,
    body: `${count} kontrol diisi dari ${analysis.indikator.length} indikator (capaian s.d. ${twName(n)}).`,
    filled,
    lines,
  };
}
