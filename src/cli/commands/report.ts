/**
 * `lakip report FILE.xlsx --out LAKIP.docx [--template T.docx] [--paper A4|F4] [--pdf F.pdf] [--logo F.png]` (spec section 6):
 * fills every tagged control of the built-in template, or of the agency's own document, with the
 * report rendered from the workbook; carries the workbook's SOP records (steps 2-5) into the
 * document's properties and marks step 6 Selesai (spec section 7). With error findings it prints
 * them, writes nothing and exits 1; unusable input or arguments exit 2 with nothing written.
 * A template without some tags is filled where it can be; the missing tags are warned about.
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { UsageError, onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { analyzeWorkbook, hasErrors, type Analysis } from "../../core";
import { REPORT_TAGS, REPORT_TAG_NAMES, renderReportBodies, tagTitle, type Paper } from "../../core/report";
import { fillDocxZip, refreshDocxIndexes, type FillReport } from "../../hosts/files/docxFill";
import { bookmarkEntries, type IndexEntry } from "../../hosts/files/docxIndexes";
import { LOGO_MAX_BYTES, imageInfo, writeLogo } from "../../hosts/files/docxParts";
import {
  LibreOfficeMissingError,
  checkLibreOffice,
  docxToPdf,
  libreOfficeReady,
  pagesFromIndexes,
  type IndexText,
} from "../../hosts/files/libreoffice";
import { writeIndexPagesProperty } from "../../hosts/files/indexPages";
import { UPDATE_INDEXES_IN_WORD } from "../../core/report/indexPages";
import { templateZip } from "../../hosts/files/docxTemplate";
import { putDeflated, putDeflatedPieces } from "../../hosts/files/zipNative";
import {
  checkDocxOutPath,
  docxFindingLine,
  readTemplateDocx,
  refuseInputAsOutput,
  warnWorkbook,
  writeFileAtomically,
} from "../outputs";

export interface ReportDeps {
  /** Today (signature date, SOP times); tests pass a fixed date. */
  now?: () => Date;
  /**
   * Writes the SOP tracker into the document: by default the SOP module's
   * `writeReportTracker` (step 6 Selesai, steps 2-5 carried from the workbook).
   */
  writeTracker?: (docx: JSZip, workbookProps: Readonly<Record<string, string>>, now: Date) => Promise<unknown>;
  /**
   * Lays the .docx out for its true page numbers (each index's text, spec section 5) and writes the
   * PDF when `pdf` is given; null: no layout engine on this machine. Default: LibreOffice when
   * installed (docxToPdf), else null.
   */
  layout?: ((docx: Buffer, pdf: string | null) => Promise<IndexText[]>) | null;
  /** Size of word/document.xml above which only --pdf lays the report out (default LAYOUT_MAX_CHARS). */
  layoutMaxChars?: number;
}

/**
 * Said on stderr when the page numbers of the indexes could not be laid out (no LibreOffice, or it
 * failed): they are estimated, and Word must update them before printing.
 */
/** Above this size of word/document.xml (characters) the report is laid out only when --pdf asks for it. */
export const LAYOUT_MAX_CHARS = 6_000_000;

export function pagesEstimatedText(why: string): string {
  return (
    `PERHATIAN: nomor halaman pada Daftar Isi, Daftar Tabel dan Daftar Grafik masih perkiraan (${why}). ` +
    UPDATE_INDEXES_IN_WORD +
    "\n"
  );
}

function paperOf(value: string | true | undefined): Paper {
  if (value === undefined) return "A4";
  const v = String(value).toUpperCase();
  if (v === "A4" || v === "F4") return v;
  throw new UsageError(`Nilai --paper "${value}" tidak dikenal; pilih A4 atau F4.`);
}

/** LibreOffice's layout when LibreOffice and its Python module are on this machine, else null. */
async function findLayout(): Promise<ReportDeps["layout"]> {
  return (await libreOfficeReady()) ? docxToPdf : null;
}

async function defaultWriteTracker(docx: JSZip, props: Readonly<Record<string, string>>, now: Date): Promise<unknown> {
  const { writeReportTracker } = await import("../../hosts/files/sopDocx");
  return writeReportTracker(docx, props, now);
}

function fillSummary(out: string, report: FillReport, analysis: Analysis): string {
  let s = `Dokumen LAKIP ditulis: ${out}\n`;
  s += `Sasaran: ${analysis.sasaran.length}, indikator: ${analysis.indikator.length}, program/kegiatan: ${analysis.anggaran.length}.\n`;
  s += "Bagian yang diisi:\n";
  for (const t of REPORT_TAGS) {
    const n = report.counts[t.tag];
    if (n) s += `  ${t.title} (${t.tag})${n > 1 ? ` x${n}` : ""}\n`;
  }
  return s;
}

/** The agency's sections still to write, for stderr (empty when none). */
export function openSectionsText(report: FillReport): string {
  const { teks, logoMissing } = report.open;
  if (teks.length === 0 && !logoMissing) return "";
  let s = "Bagian yang masih harus ditulis instansi sebelum laporan ditandatangani:\n";
  for (const t of teks) s += `  ${t.title} (${t.tag})\n`;
  if (logoMissing)
    s += "  Logo pemerintah daerah di sampul (lakip:logo): sisipkan gambar di Word atau pakai --logo BERKAS.png\n";
  return s;
}

async function readLogo(file: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(`Logo "${file}" bukan berkas gambar.`);
    if (stat.size > LOGO_MAX_BYTES)
      throw new UsageError(
        `Logo "${file}" berukuran lebih dari 5 MB; perkecil gambarnya (PNG atau JPEG) lalu coba lagi.`,
      );
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Logo "${file}" tidak ditemukan atau tidak dapat dibaca.`);
  }
  if (!imageInfo(bytes)) throw new UsageError(`Logo "${file}" bukan gambar PNG atau JPEG.`);
  return bytes;
}

/**
 * LibreOffice (whenever it is on the machine, not only for --pdf) lays the report out and updates
 * its indexes; its page numbers go back into the .docx. Without it they stay estimated, and the
 * user is told to update them in Word. `doc` and `fillEntries`: the filled document (its text before
 * the index fields were rewritten, and the finished length) and its entries.
 */
async function layOut(
  zip: JSZip,
  doc: { text: () => string; length: number },
  fillEntries: IndexEntry[],
  how: {
    layout: ReportDeps["layout"];
    pdf?: string;
    deps: ReportDeps;
    generate: () => Promise<Buffer>;
    writePart: (z: JSZip, name: string, text: string, date: Date) => void;
  },
): Promise<{ laidOut: boolean; layoutFailed: string | null }> {
  const { layout, pdf, deps, generate, writePart } = how;
  // the fill's entries are the finished document's; without any, the document is asked itself
  const entries = fillEntries.length > 0 ? fillEntries : bookmarkEntries(doc.text()).entries;
  let laidOut = entries.length === 0;
  let layoutFailed: string | null = null;
  // a very large report (thousands of indicators) takes LibreOffice minutes to lay out: only on request (--pdf)
  const tooLarge = pdf === undefined && doc.length > (deps.layoutMaxChars ?? LAYOUT_MAX_CHARS);
  if (tooLarge && layout && !laidOut)
    layoutFailed = "laporan ini terlalu besar untuk ditata LibreOffice dalam waktu wajar; pakai --pdf bila perlu";
  if (layout && !tooLarge) {
    let indexes: IndexText[] = [];
    try {
      indexes = await layout(await generate(), pdf ?? null);
    } catch (e) {
      if (pdf !== undefined) throw new UsageError(`PDF "${pdf}" tidak dapat dibuat: ${(e as Error).message}`);
      layoutFailed = (e as Error).message;
    }
    const pages = pagesFromIndexes(indexes, entries);
    if (pages.size > 0) {
      await refreshDocxIndexes(zip, pages, writePart);
      laidOut = pages.size === entries.length;
    }
  }
  return { laidOut, layoutFailed };
}

/** What the template could not take: controls left unfilled, tags it has no control for. */
function templateWarnings(io: CliIO, report: FillReport, templateFile: string | undefined): void {
  for (const s of report.skipped)
    io.err(`PERINGATAN: kontrol ${tagTitle(s.tag)} (${s.tag}) di ${s.part} tidak diisi: ${s.reason}.\n`);
  if (report.filled.length === 0)
    io.err(
      `PERINGATAN: template "${templateFile}" tidak memiliki satu pun kontrol konten bertag lakip:...; dokumen ditulis tanpa isi laporan. ` +
        `Sisipkan kontrol (Developer > Rich Text Content Control) dengan tag seperti lakip:tabel-pengukuran; lihat docs/report.md.\n`,
    );
  else if (report.missingTags.length > 0) {
    io.err(
      `PERINGATAN: template tidak memiliki kontrol untuk ${report.missingTags.length} bagian; bagian ini tidak diisi:\n`,
    );
    for (const t of report.missingTags) io.err(`  ${tagTitle(t)} (${t})\n`);
  }
}

interface ReportArgs {
  file: string;
  out: string;
  templateFile?: string;
  paper: Paper;
  pdf?: string;
  logoFile?: string;
}

/** The arguments of `lakip report`, checked (UsageError, exit 2) before anything is read. */
async function reportArgs(argv: readonly string[], deps: ReportDeps): Promise<ReportArgs> {
  const parsed = parseArgs("report", argv, {
    out: { value: true },
    template: { value: true },
    paper: { value: true },
    pdf: { value: true },
    logo: { value: true },
  });
  const file = onePath("report", parsed);
  const out = parsed.options.out;
  if (typeof out !== "string")
    throw new UsageError(`"lakip report" memerlukan --out, misalnya: lakip report ${file} --out LAKIP.docx`);
  const templateFile = typeof parsed.options.template === "string" ? parsed.options.template : undefined;
  if (templateFile !== undefined && parsed.options.paper !== undefined)
    throw new UsageError("--paper hanya berlaku untuk template bawaan; ukuran kertas template sendiri diatur di Word.");
  const paper = paperOf(parsed.options.paper);
  await checkDocxOutPath(out);
  // --out must not be the workbook or the template (same file by identity, hard links included).
  refuseInputAsOutput("--out", out, [
    { path: file, role: "workbook masukan" },
    ...(templateFile !== undefined ? [{ path: templateFile, role: "template" }] : []),
  ]);
  const pdf = typeof parsed.options.pdf === "string" ? parsed.options.pdf : undefined;
  if (parsed.options.pdf !== undefined && pdf === undefined)
    throw new UsageError("--pdf memerlukan nama berkas, misalnya --pdf LAKIP.pdf");
  if (pdf !== undefined) {
    if (!/\.pdf$/i.test(pdf)) throw new UsageError(`Berkas PDF "${pdf}" harus berakhiran .pdf.`);
    refuseInputAsOutput("--pdf", pdf, [
      { path: file, role: "workbook masukan" },
      ...(templateFile !== undefined ? [{ path: templateFile, role: "template" }] : []),
    ]);
    if (path.resolve(pdf) === path.resolve(out))
      throw new UsageError(`--pdf "${pdf}" tidak boleh sama dengan berkas --out.`);
    if (deps.layout === undefined)
      try {
        await checkLibreOffice();
      } catch (e) {
        if (e instanceof LibreOfficeMissingError) throw new UsageError(e.message);
        throw e;
      }
    else if (deps.layout === null)
      throw new UsageError(new LibreOfficeMissingError("LibreOffice tidak tersedia").message);
  }
  const logoFile = typeof parsed.options.logo === "string" ? parsed.options.logo : undefined;
  if (parsed.options.logo !== undefined && logoFile === undefined)
    throw new UsageError("--logo memerlukan nama berkas gambar, misalnya --logo logo.png");
  return { file, out, templateFile, paper, pdf, logoFile };
}

export async function runReport(argv: readonly string[], io: CliIO, deps: ReportDeps = {}): Promise<number> {
  const { file, out, templateFile, paper, pdf, logoFile } = await reportArgs(argv, deps);
  const logo = logoFile !== undefined ? await readLogo(logoFile) : null;
  // Whether LibreOffice is here (a child process) is asked now, while the workbook is read.
  const layoutAsked = deps.layout !== undefined ? Promise.resolve(deps.layout) : findLayout();
  layoutAsked.catch(() => undefined); // its failure is met where it is awaited
  // Unusable inputs first (exit 2), before any finding is reported.
  const template =
    templateFile !== undefined
      ? (
          await readTemplateDocx(templateFile, REPORT_TAG_NAMES, (code) =>
            code === "ENOENT" || code === "ENOTDIR"
              ? `Template "${templateFile}" tidak ditemukan; periksa nama dan foldernya.`
              : `Template "${templateFile}" tidak dapat dibaca.`,
          )
        ).zip
      : null;
  const grid = await loadWorkbook(file);
  const analysis = analyzeWorkbook(grid);

  const errors = analysis.findings.filter((f) => f.severity === "error");
  const warnings = analysis.findings.filter((f) => f.severity === "warning");
  if (hasErrors(analysis.findings)) {
    io.err(`${file}: ${errors.length} galat; dokumen LAKIP tidak ditulis. Perbaiki dulu:\n`);
    for (const f of errors) io.err(docxFindingLine(f));
    return EXIT_FINDINGS;
  }

  const now = (deps.now ?? (() => new Date()))();
  // the built-in template as parts, not zipped and unzipped again first
  const zip = template ?? templateZip(paper);
  // the large controls as their pieces: stored piece by piece, never joined into one text
  const rendered = renderReportBodies(analysis, { tanggal: now }, true);
  const writePart = (z: JSZip, name: string, text: string, date: Date) => putDeflated(z, name, text, date);
  // the filled document's text, length and index entries, as the fill made them (no second unzip)
  let doc = { text: () => "", length: 0 };
  let fillEntries: IndexEntry[] = [];
  if (logo) {
    const placed = await writeLogo(zip, logo, (z, name, data, date) =>
      typeof data === "string" ? writePart(z, name, data, date) : z.file(name, data, { date, createFolders: false }),
    );
    if (!placed) io.err("PERINGATAN: template tidak memiliki kontrol gambar lakip:logo; --logo tidak dipakai.\n");
  }
  const report = await fillDocxZip(zip, rendered.controls, {
    writePart,
    charts: rendered.charts,
    title: rendered.title,
    writePieces: (z, name, pieces, date) => putDeflatedPieces(z, name, pieces, date),
    onDocument: (xml, entries, length) => {
      doc = { text: xml, length };
      fillEntries = entries;
    },
  });
  await (deps.writeTracker ?? defaultWriteTracker)(zip, analysis.customProperties, now);
  const generate = () =>
    zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  const layout = await layoutAsked;
  const { laidOut, layoutFailed } = await layOut(zip, doc, fillEntries, { layout, pdf, deps, generate, writePart });
  await writeIndexPagesProperty(zip, laidOut ? "tata-letak" : "perkiraan");
  await writeFileAtomically(out, await generate());

  io.out(fillSummary(out, report, analysis));
  if (pdf !== undefined) io.out(`PDF ditulis: ${pdf}\n`);
  if (!laidOut)
    io.err(
      pagesEstimatedText(
        layoutFailed ??
          (layout
            ? "LibreOffice tidak menemukan semua entri daftar"
            : "LibreOffice tidak ada di komputer ini; dengan LibreOffice terpasang, lakip report menulis nomor halaman yang sebenarnya"),
      ),
    );
  const open = openSectionsText(report);
  if (open) io.err(open);
  warnWorkbook(io.err, warnings, "dokumen", `lakip validate ${file}`);
  templateWarnings(io, report, templateFile);
  return EXIT_OK;
}
