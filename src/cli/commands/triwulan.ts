/**
 * `lakip triwulan FILE.xlsx --tw N --out LAPORAN.docx [--template T.docx] [--pdf F.pdf]` (spec 5.1,
 * 6): the "Laporan Capaian Kinerja Triwulan N" from the workbook, in the built-in quarterly
 * template or the agency's own document, filled by the same machinery and rules as the LAKIP
 * (only the tagged controls change; refilling gives the same bytes; the agency's text stays).
 * The workbook is read for quarter N: its annual Realisasi may still be blank, a quarter up to N
 * without realisasi is MISSING_QUARTER. With error findings nothing is written (exit 1).
 */
import * as path from "path";
import JSZip from "jszip";
import { UsageError, onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { quarterOption } from "../quarterArg";
import { analyzeWorkbook, hasErrors } from "../../core";
import { romanQuarter } from "../../core/read/quarterColumns";
import { TW_TAGS, TW_TAG_NAMES, TW_TEKS_TAG, twTagTitle } from "../../core/report/triwulan/tags";
import { fillTriwulanZip, triwulanTemplateZip } from "../../hosts/files/triwulanDocx";
import { LibreOfficeMissingError, checkLibreOffice, docxToPdf } from "../../hosts/files/libreoffice";
import { putDeflated } from "../../hosts/files/zipNative";
import {
  checkDocxOutPath,
  docxFindingLine,
  readTemplateDocx,
  refuseInputAsOutput,
  warnWorkbook,
  writeFileAtomically,
} from "../outputs";

export interface TriwulanDeps {
  /** Today (the signature date); tests pass a fixed date. */
  now?: () => Date;
}

export { triwulanTemplateZip };

export async function runTriwulan(argv: readonly string[], io: CliIO, deps: TriwulanDeps = {}): Promise<number> {
  const parsed = parseArgs("triwulan", argv, {
    tw: { value: true },
    out: { value: true },
    template: { value: true },
    pdf: { value: true },
  });
  const file = onePath("triwulan", parsed);
  const n = quarterOption(parsed.options.tw, "tw");
  if (n === undefined)
    throw new UsageError(
      `"lakip triwulan" memerlukan --tw N, misalnya: lakip triwulan ${file} --tw 2 --out laporan-tw2.docx`,
    );
  const out = parsed.options.out;
  if (typeof out !== "string")
    throw new UsageError(
      `"lakip triwulan" memerlukan --out, misalnya: lakip triwulan ${file} --tw ${n} --out laporan-tw${n}.docx`,
    );
  const templateFile = typeof parsed.options.template === "string" ? parsed.options.template : undefined;
  if (parsed.options.template !== undefined && templateFile === undefined)
    throw new UsageError("--template memerlukan nama berkas .docx.");
  await checkDocxOutPath(out);
  const inputs = [
    { path: file, role: "workbook masukan" },
    ...(templateFile !== undefined ? [{ path: templateFile, role: "template" }] : []),
  ];
  refuseInputAsOutput("--out", out, inputs);
  const pdf = typeof parsed.options.pdf === "string" ? parsed.options.pdf : undefined;
  if (parsed.options.pdf !== undefined && pdf === undefined)
    throw new UsageError("--pdf memerlukan nama berkas, misalnya --pdf laporan.pdf");
  if (pdf !== undefined) {
    if (!/\.pdf$/i.test(pdf)) throw new UsageError(`Berkas PDF "${pdf}" harus berakhiran .pdf.`);
    refuseInputAsOutput("--pdf", pdf, inputs);
    if (path.resolve(pdf) === path.resolve(out))
      throw new UsageError(`--pdf "${pdf}" tidak boleh sama dengan berkas --out.`);
    try {
      await checkLibreOffice();
    } catch (e) {
      if (e instanceof LibreOfficeMissingError) throw new UsageError(e.message);
      throw e;
    }
  }
  const template = templateFile !== undefined ? (await readTemplateDocx(templateFile, TW_TAG_NAMES)).zip : null;
  const grid = await loadWorkbook(file);
  const analysis = analyzeWorkbook(grid, { triwulan: n });
  const tw = `Triwulan ${romanQuarter(n)}`;
  if (hasErrors(analysis.findings)) {
    const errors = analysis.findings.filter((f) => f.severity === "error");
    io.err(`${file}: ${errors.length} galat; laporan ${tw} tidak ditulis. Perbaiki dulu:\n`);
    for (const f of errors) io.err(docxFindingLine(f));
    return EXIT_FINDINGS;
  }

  const now = (deps.now ?? (() => new Date()))();
  const writePart = (z: JSZip, name: string, text: string, date: Date) => putDeflated(z, name, text, date);
  const { zip, fill: report } = await fillTriwulanZip(analysis, n, now, template, writePart);
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  if (pdf !== undefined) {
    try {
      await docxToPdf(bytes, pdf);
    } catch (e) {
      throw new UsageError(`PDF "${pdf}" tidak dapat dibuat: ${(e as Error).message}`);
    }
  }
  await writeFileAtomically(out, bytes);

  io.out(
    `Laporan Capaian Kinerja ${tw}${analysis.identitas.tahun === null ? "" : ` Tahun ${analysis.identitas.tahun}`} ditulis: ${out}\n`,
  );
  io.out(
    `Sasaran: ${analysis.sasaran.length}, indikator: ${analysis.indikator.length}, program/kegiatan: ${analysis.anggaran.length}.\n`,
  );
  io.out("Bagian yang diisi:\n");
  for (const t of TW_TAGS) if (report.counts[t.tag]) io.out(`  ${t.title} (${t.tag})\n`);
  if (pdf !== undefined) io.out(`PDF ditulis: ${pdf}\n`);
  const xml = await zip.file("word/document.xml")!.async("string");
  const open = new RegExp(`<w:tag w:val="${TW_TEKS_TAG.tag}"/>[\\s\\S]*?<w:showingPlcHdr/>`).test(xml);
  if (open) io.err(`Bagian yang masih harus ditulis instansi: ${TW_TEKS_TAG.title} (${TW_TEKS_TAG.tag}).\n`);
  const warnings = analysis.findings.filter((f) => f.severity === "warning");
  warnWorkbook(io.err, warnings, "laporan", `lakip validate ${file} --tw ${n}`);
  for (const s of report.skipped)
    io.err(`PERINGATAN: kontrol ${twTagTitle(s.tag)} (${s.tag}) di ${s.part} tidak diisi: ${s.reason}.\n`);
  if (report.filled.length === 0)
    io.err(
      `PERINGATAN: template tidak memiliki satu pun kontrol konten bertag lakip:tw-...; dokumen ditulis tanpa isi laporan. Lihat docs/report.md.\n`,
    );
  else if (report.missingTags.length > 0) {
    io.err(
      `PERINGATAN: template tidak memiliki kontrol untuk ${report.missingTags.length} bagian; bagian ini tidak diisi:\n`,
    );
    for (const t of report.missingTags) io.err(`  ${twTagTitle(t)} (${t})\n`);
  }
  return EXIT_OK;
}
