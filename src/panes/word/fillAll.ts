/**
 * "Isi semua" in Word, step by step (kept apart from the pane so the pane stays small): fill the
 * body's controls with the report and its native charts, fill the running header, update the
 * captions' numbers and the Daftar Isi / Tabel / Grafik (WordApi 1.5), and list the agency's
 * sections still showing their placeholder.
 */
import type { Analysis } from "../../core/model";
import { renderReport, tagTitle, type RenderedReport } from "../../core/report";
import type { FillReport, WordHost } from "../../hosts/word/port";
import { describeFill } from "./summary";

/** Tags that live in the page header, not the body. */
const HEADER_TAGS = new Set(["lakip:kepala-halaman"]);

export const INDEX_UNSUPPORTED =
  "Daftar Isi, Daftar Tabel dan Daftar Grafik belum diperbarui: Word ini belum dapat memperbaruinya dari add-in (perlu WordApi 1.5: Microsoft 365 versi 2302 ke atas, Office 2024 atau Word di web). Perbarui di Word: Referensi > Perbarui Tabel, pada setiap daftar.";
export const INDEX_ON_WEB =
  "Daftar Isi, Daftar Tabel dan Daftar Grafik belum diperbarui: Word di web tidak mengizinkan add-in memperbaruinya. Buka dokumen di Word desktop (Buka di Aplikasi Desktop), lalu Referensi > Perbarui Tabel pada setiap daftar; atau perbarui saat mencetak ke PDF dari Word desktop.";
export const INDEX_UPDATED = "Daftar Isi, Daftar Tabel dan Daftar Grafik diperbarui dengan nomor halaman.";

export interface FillAllResult {
  intent: "success" | "warning";
  title: string;
  /** The parts filled, one line each ("Tabel Pengukuran Kinerja: 2 kontrol diisi"). */
  filled: string[];
  /** How many controls were filled, over all parts. */
  controls: number;
  /** What the user should know: the host's notes, the indexes, the sections still to write. */
  lines: string[];
  body?: string;
  /** Titles of the agency's sections still to write. */
  open: string[];
}

/**
 * Fills the report. `rendered` is the report as the engine rendered it (the panes render it off
 * the main thread); without it the report is rendered here, dated `today`.
 */
export async function fillAll(
  host: WordHost,
  analysis: Analysis,
  today: Date = new Date(),
  rendered?: RenderedReport,
): Promise<FillAllResult> {
  const { controls, charts } = rendered ?? renderReport(analysis, { tanggal: today });
  const bodyContents: Record<string, string> = {};
  const headerContents: Record<string, string> = {};
  for (const [tag, xml] of Object.entries(controls)) (HEADER_TAGS.has(tag) ? headerContents : bodyContents)[tag] = xml;
  const report: FillReport = await host.fillControls(bodyContents, charts);
  if (host.fillHeaders) {
    const h = await host.fillHeaders(headerContents);
    report.filled.push(...h.filled);
  }
  const messages = describeFill(report, tagTitle);
  // notes from the host (e.g. Lock Tracking kept change tracking on during the fill)
  const lines = [...(report.notes ?? [])];
  if (report.filled.length > 0 && host.updateIndexes) {
    const indexes = await host.updateIndexes();
    lines.push(indexes === "updated" ? INDEX_UPDATED : indexes === "web" ? INDEX_ON_WEB : INDEX_UNSUPPORTED);
  }
  const open = host.listOpenSections ? (await host.listOpenSections()).map(tagTitle) : [];
  if (open.length > 0) lines.push(`Masih harus ditulis instansi sebelum ditandatangani: ${open.join(", ")}.`);
  const filled = messages.lines;
  const count = report.filled.reduce((n, f) => n + f.count, 0);
  if (report.filled.length === 0)
    return {
      intent: "warning",
      title: "Tidak ada yang diisi",
      filled,
      controls: count,
      lines,
      body: messages.warning ?? undefined,
      open,
    };
  return {
    intent: messages.warning || report.notes?.length ? "warning" : "success",
    title: messages.warning ? "Laporan diisi sebagian" : "Laporan diisi",
    filled,
    controls: count,
    lines,
    body: messages.warning ?? undefined,
    open,
  };
}
