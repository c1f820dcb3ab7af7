/**
 * `lakip pk FILE.xlsx --out DIR [--template T.docx] [--paper A4|F4] [--tanggal "2 Januari 2026"]
 * [--pdf] [--force]` (spec 5.2, 6): the Kepala's Perjanjian Kinerja (PK-Kepala.docx) and one per
 * unit (PK-<unit>.docx) from the format workbook. Blank Realisasi cells (and what depends on
 * them) are not findings for a PK; any other error finding: nothing is written, exit 1. What is to
 * be written by hand (a name or NIP not in the workbook) is listed, never invented.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { UsageError, onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { PK_TAG_NAMES, PK_TAGS, pkTanggalText } from "../../core/pk";
import { parseTanggalText } from "../../core/read/tanggal";
import type { Paper } from "../../core/report";
import { buildPkDocuments } from "../../hosts/files/pkDocx";
import { docxFindingLine, readTemplateDocx, refuseInputAsOutput, warnWorkbook } from "../outputs";
import { writeWhole } from "./formatNext";

export interface PkDeps {
  /** Today (the signing date when it falls in the PK's year); tests pass a fixed date. */
  now?: () => Date;
  /** Writes a PDF beside a .docx (LibreOffice); tests may replace it. */
  toPdf?: (docx: Buffer, pdf: string) => Promise<unknown>;
}

function paperOf(value: string | true | undefined): Paper {
  if (value === undefined) return "A4";
  const v = String(value).toUpperCase();
  if (v === "A4" || v === "F4") return v;
  throw new UsageError(`Nilai --paper "${value}" tidak dikenal; pilih A4 atau F4.`);
}

async function defaultToPdf(docx: Buffer, pdf: string): Promise<unknown> {
  const { docxToPdf } = await import("../../hosts/files/libreoffice");
  return docxToPdf(docx, pdf);
}

export async function runPk(argv: readonly string[], io: CliIO, deps: PkDeps = {}): Promise<number> {
  const parsed = parseArgs("pk", argv, {
    out: { value: true },
    template: { value: true },
    paper: { value: true },
    tanggal: { value: true },
    pdf: { value: false },
    force: { value: false },
  });
  const file = onePath("pk", parsed);
  const outArg = parsed.options.out;
  if (typeof outArg !== "string")
    throw new UsageError(`"lakip pk" memerlukan --out FOLDER, misalnya: lakip pk ${file} --out perjanjian-kinerja`);
  const templateFile = typeof parsed.options.template === "string" ? parsed.options.template : undefined;
  if (templateFile !== undefined && parsed.options.paper !== undefined)
    throw new UsageError("--paper hanya berlaku untuk template bawaan; ukuran kertas template sendiri diatur di Word.");
  const paper = paperOf(parsed.options.paper);
  let tanggal: Date | null = null;
  if (typeof parsed.options.tanggal === "string") {
    const iso = parseTanggalText(parsed.options.tanggal);
    if (!iso)
      throw new UsageError(
        `--tanggal "${parsed.options.tanggal}" tidak dapat dibaca sebagai tanggal; tulis misalnya "2 Januari 2026".`,
      );
    const [y, m, d] = iso.split("-").map(Number);
    tanggal = new Date(y, m - 1, d);
  }
  const dir = path.resolve(outArg);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory())
    throw new UsageError(`--out "${outArg}" adalah berkas; untuk lakip pk beri nama folder.`);
  if (!stat && !(await fs.stat(path.dirname(dir)).catch(() => undefined))?.isDirectory())
    throw new UsageError(`Folder "${path.dirname(outArg)}" tidak ada; buat foldernya dulu.`);
  const toPdf = deps.toPdf ?? defaultToPdf;
  if (parsed.options.pdf === true && !deps.toPdf) {
    const { checkLibreOffice, LibreOfficeMissingError } = await import("../../hosts/files/libreoffice");
    try {
      await checkLibreOffice();
    } catch (e) {
      if (e instanceof LibreOfficeMissingError) throw new UsageError(e.message);
      throw e;
    }
  }
  // Unusable inputs first (exit 2), before any finding is reported.
  const template = templateFile !== undefined ? (await readTemplateDocx(templateFile, PK_TAG_NAMES)).bytes : undefined;
  const grid = await loadWorkbook(file);
  const now = (deps.now ?? (() => new Date()))();
  const build = await buildPkDocuments(grid, { now, tanggal, paper, template });
  const { plan } = build;
  const errors = plan.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    io.err(
      `${file}: ${errors.length} galat; Perjanjian Kinerja tidak ditulis (Realisasi yang masih kosong tidak dihitung sebagai galat). Perbaiki dulu:\n`,
    );
    for (const f of errors) io.err(docxFindingLine(f));
    return EXIT_FINDINGS;
  }
  const targets = build.files.map((f) => path.join(dir, f.fileName));
  if (parsed.options.force !== true) {
    const existing: string[] = [];
    for (const t of targets) {
      if (await fs.stat(t).catch(() => undefined)) existing.push(path.basename(t));
      const pdf = t.replace(/\.docx$/i, ".pdf");
      if (parsed.options.pdf === true && (await fs.stat(pdf).catch(() => undefined))) existing.push(path.basename(pdf));
    }
    if (existing.length > 0)
      throw new UsageError(
        `Berkas berikut sudah ada di "${outArg}" dan tidak ditimpa: ${existing.join(", ")}. Pilih folder lain atau tambahkan --force.`,
      );
  }
  for (const t of targets)
    refuseInputAsOutput("--out", t, [
      { path: file, role: "workbook masukan" },
      ...(templateFile !== undefined ? [{ path: templateFile, role: "template" }] : []),
    ]);
  if (!stat) await fs.mkdir(dir);
  const tahun = plan.analysis.identitas.tahun;
  io.out(
    `Perjanjian Kinerja Tahun ${tahun ?? "-"} dari ${file} ditulis ke ${outArg} (tanggal penandatanganan: ${pkTanggalText(build.tanggal, tahun)}):\n`,
  );
  for (let i = 0; i < build.files.length; i++) {
    const f = build.files[i];
    const doc = plan.documents[i];
    await writeWhole(targets[i], f.bytes, path.join(outArg, f.fileName));
    const n = doc.sasaran.reduce((s, g) => s + g.indikator.length, 0);
    io.out(
      `  ${f.fileName}: ${doc.pertama.jabatan} dengan ${doc.kedua.jabatan}; ${doc.sasaran.length} sasaran, ${n} indikator, ${doc.program.length} program${doc.hasRencanaAksi ? ", rencana aksi per triwulan" : ""}\n`,
    );
    if (f.fileNameChanged) io.out(`    Nama berkas diubah dari nama unit "${f.unit}": ${f.fileNameChanged}.\n`);
    if (parsed.options.pdf === true) {
      const pdf = targets[i].replace(/\.docx$/i, ".pdf");
      try {
        await toPdf(Buffer.from(f.bytes), pdf);
      } catch (e) {
        throw new UsageError(`PDF "${path.basename(pdf)}" tidak dapat dibuat: ${(e as Error).message}`);
      }
      io.out(`    PDF: ${path.basename(pdf)}\n`);
    }
    if (f.report.missingTags.length > 0 && templateFile !== undefined) {
      const titles = f.report.missingTags.map((t) => PK_TAGS.find((x) => x.tag === t)?.title ?? t);
      io.err(`PERINGATAN: ${f.fileName}: template tidak memiliki kontrol untuk: ${titles.join("; ")}.\n`);
    }
  }
  if (!build.tanggal)
    io.out(
      `Tanggal penandatanganan belum diketahui: baris "……… Januari ${tahun ?? ""}" diisi tangan, atau jalankan lagi dengan --tanggal "2 Januari ${tahun ?? ""}".\n`,
    );
  if (plan.missing.length > 0) {
    io.err("Yang belum ada di workbook dan ditulis tangan pada dokumen (tidak ada nama yang dikarang):\n");
    for (const m of plan.missing) io.err(`  ${m}\n`);
  }
  const warnings = plan.findings.filter((f) => f.severity === "warning");
  warnWorkbook(io.err, warnings, "dokumen", `lakip validate ${file}`);
  return EXIT_OK;
}
