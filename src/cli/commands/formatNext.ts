/**
 * `lakip format --from LAST.xlsx --out NEW.xlsx [--force]`: next year's format from this year's
 * workbook (SOP step 2), and `lakip format --per-unit MASTER.xlsx --out DIR [--force]`: one
 * workbook per unit (SOP step 3). Spec section 6.
 */
import { quarterOption } from "../quarterArg";
import type { Quarter } from "../../core/read/quarterColumns";
import { promises as fs } from "fs";
import * as path from "path";
import { userInfo } from "os";
import { parseArgs, UsageError } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { findingLine, countFindings } from "../summary";
import { analyzeWorkbook, hasErrors, type Finding } from "../../core";
import { recordExcelCommand } from "../../core/sop";

/** The name recorded for an SOP step: the operating-system user, or "-". */
export function whoAmI(): string {
  try {
    return userInfo().username || "-";
  } catch {
    return "-";
  }
}

/** Real path of a file that may not exist yet: its folder resolved, its name as given. */
export async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  const full = path.join(dir, path.basename(abs));
  return fs.realpath(full).catch(() => full);
}

/** Same file on this machine? (Case-insensitive on Windows and Mac, where folders ignore case.) */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([realTarget(a), realTarget(b)]);
  if (x === y) return true;
  if (process.platform === "win32" || process.platform === "darwin") return x.toLowerCase() === y.toLowerCase();
  const [sx, sy] = await Promise.all([fs.stat(x).catch(() => undefined), fs.stat(y).catch(() => undefined)]);
  return !!sx && !!sy && sx.ino === sy.ino && sx.dev === sy.dev;
}

/** Checks an output .xlsx path: its folder exists, it is no folder, and it is not overwritten without --force. */
export async function checkOutFile(out: string, force: boolean): Promise<string> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`Nama berkas keluaran "${out}" harus berakhiran .xlsx.`);
  const target = path.resolve(out);
  const dirStat = await fs.stat(path.dirname(target)).catch(() => undefined);
  if (!dirStat || !dirStat.isDirectory())
    throw new UsageError(`Folder "${path.dirname(out)}" untuk --out tidak ada; buat foldernya dulu.`);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`"${out}" adalah folder; beri nama berkas .xlsx pada --out.`);
  if (existing && !force)
    throw new UsageError(
      `Berkas "${out}" sudah ada dan tidak ditimpa (mungkin sudah berisi data); pilih nama lain atau tambahkan --force untuk menimpanya.`,
    );
  return target;
}

/** Writes a whole file or nothing: a temporary file beside the target, then a rename. */
export async function writeWhole(target: string, bytes: Uint8Array, shownName: string): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "EACCES" || code === "EPERM" || code === "EBUSY"
        ? `Tidak boleh menulis ke "${shownName}" (izin ditolak, atau berkas sedang dibuka di Excel: tutup dulu).`
        : `Gagal menulis "${shownName}"${code ? ` (${code})` : ""}.`,
    );
  }
}

function printFindings(io: CliIO, findings: readonly Finding[], only: (f: Finding) => boolean): void {
  for (const f of findings.filter(only)) io.out(`${findingLine(f)}\n`);
}

async function runFrom(from: string, outArg: string | true | undefined, force: boolean, io: CliIO): Promise<number> {
  if (typeof outArg !== "string")
    throw new UsageError(
      '"lakip format --from" memerlukan --out, misalnya: lakip format --from lakip-2025.xlsx --out format-2026.xlsx',
    );
  if (await sameFile(from, outArg))
    throw new UsageError(
      `--out "${outArg}" sama dengan berkas --from; workbook tahun lalu tidak ditimpa. Pilih nama lain.`,
    );
  const target = await checkOutFile(outArg, force);
  const grid = await loadWorkbook(from);
  const analysis = analyzeWorkbook(grid);
  if (hasErrors(analysis.findings)) {
    const { errors } = countFindings(analysis.findings);
    io.out(`Format tahun berikutnya tidak dibuat: ${from} masih memuat ${errors} galat.\n\n`);
    printFindings(io, analysis.findings, (f) => f.severity === "error");
    io.out(`\nPerbaiki galat di atas (lihat "lakip validate ${from}"), lalu jalankan perintah ini lagi.\n`);
    return EXIT_FINDINGS;
  }
  const { buildNextYearLayout, NextYearError } = await import("../../core/layout/nextYear");
  let plan;
  try {
    plan = buildNextYearLayout(grid, analysis);
  } catch (e) {
    if (e instanceof NextYearError) throw new UsageError(e.message);
    throw e;
  }
  const { renderLayoutXlsx } = await import("../../hosts/files/writeFormat");
  const step2 = recordExcelCommand(
    {},
    "buatFormat",
    { name: whoAmI(), role: "Kasubag Program" },
    new Date(),
    `Format ${plan.tahun} dibuat dari ${path.basename(from)}`,
  );
  const bytes = await renderLayoutXlsx(plan.layout, step2);
  await writeWhole(target, bytes, outArg);
  const indicators = analysis.indikator.length;
  io.out(`Format tahun ${plan.tahun} ditulis ke ${outArg} (dari ${from}, tahun ${plan.tahun - 1}).\n`);
  io.out(`Unit: ${plan.units.join(", ")}; ${indicators} indikator.\n`);
  io.out(`Kolom riwayat: ${plan.years.map((y) => `Target ${y}, Realisasi ${y}`).join("; ")}.\n`);
  io.out(
    `Target dan Realisasi ${plan.tahun}, Keterangan, Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan dikosongkan.\n`,
  );
  for (const note of plan.notes) io.out(`- ${note}\n`);
  return EXIT_OK;
}

async function runPerUnit(
  master: string,
  outArg: string | true | undefined,
  force: boolean,
  recordInMaster: boolean,
  io: CliIO,
  triwulan?: Quarter,
): Promise<number> {
  if (typeof outArg !== "string")
    throw new UsageError(
      '"lakip format --per-unit" memerlukan --out FOLDER, misalnya: lakip format --per-unit format-2026.xlsx --out berkas-unit',
    );
  const dir = path.resolve(outArg);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory())
    throw new UsageError(`--out "${outArg}" adalah berkas; untuk --per-unit beri nama folder.`);
  if (!stat) {
    const parent = await fs.stat(path.dirname(dir)).catch(() => undefined);
    if (!parent?.isDirectory())
      throw new UsageError(`Folder "${path.dirname(outArg)}" tidak ada; buat foldernya dulu.`);
  }
  const grid = await loadWorkbook(master);
  const analysis = analyzeWorkbook(grid);
  // A master before the units fill it has blank Realisasi (MISSING_VALUE): expected. Its shape
  // must be sound, though: Identitas and unit sheets with their header rows.
  const structural = (f: Finding) =>
    f.severity === "error" &&
    (f.code === "MISSING_SHEET" ||
      f.code === "MISSING_COLUMN" ||
      (f.code === "MISSING_IDENTITY" && /Tahun/.test(f.message)));
  if (analysis.findings.some(structural)) {
    io.out(`Berkas per unit tidak dibuat: susunan ${master} belum lengkap.\n\n`);
    printFindings(io, analysis.findings, structural);
    io.out(`\nPerbaiki galat di atas, lalu jalankan perintah ini lagi.\n`);
    return EXIT_FINDINGS;
  }
  const { buildUnitFiles } = await import("../../core/layout/unitFiles");
  const { QuarterColumnsError, UNIT_FILE_QUARTER_PROPERTY } = await import("../../core/layout/quarterUnitFiles");
  let plan: ReturnType<typeof buildUnitFiles>;
  try {
    plan = buildUnitFiles(grid, analysis.identitas, { triwulan });
  } catch (e) {
    if (e instanceof QuarterColumnsError) throw new UsageError(e.problems.join("\n"));
    throw e;
  }
  if (plan.files.length === 0) throw new UsageError(`${master} tidak memuat sheet unit.`);
  if (!stat) await fs.mkdir(dir);
  const targets = plan.files.map((f) => path.join(dir, f.fileName));
  if (!force) {
    const existing: string[] = [];
    for (const t of targets) if (await fs.stat(t).catch(() => undefined)) existing.push(path.basename(t));
    if (existing.length > 0)
      throw new UsageError(
        `Berkas berikut sudah ada di "${outArg}" dan tidak ditimpa: ${existing.join(", ")}. Pilih folder lain atau tambahkan --force.`,
      );
  }
  const { renderLayoutXlsx } = await import("../../hosts/files/writeFormat");
  const props = { ...(grid.customProperties ?? {}) };
  // A quarter's files are no step of the year's SOP: they carry their quarter instead.
  const step3: Record<string, string> =
    triwulan !== undefined
      ? { [UNIT_FILE_QUARTER_PROPERTY]: String(triwulan) }
      : recordExcelCommand(
          props,
          "kirimFormat",
          { name: whoAmI(), role: "Kasubag Program" },
          new Date(),
          `${plan.files.length} berkas unit dibuat dari ${path.basename(master)}`,
        );
  io.out(`Berkas per unit dari ${master} ditulis ke ${outArg}:\n`);
  for (let i = 0; i < plan.files.length; i++) {
    const f = plan.files[i];
    const bytes = await renderLayoutXlsx(f.layout, { ...props, ...step3 });
    await writeWhole(targets[i], bytes, path.join(outArg, f.fileName));
    io.out(
      `  ${f.fileName}: ${f.indicators} indikator${f.anggaranRows > 0 ? `, ${f.anggaranRows} baris Anggaran` : ""}\n`,
    );
    if (f.fileNameChanged) io.out(`    Nama berkas diubah dari nama unit "${f.unit}": ${f.fileNameChanged}.\n`);
  }
  for (const note of plan.notes) io.out(`- ${note}\n`);
  if (triwulan !== undefined) {
    io.out(
      `Hanya Realisasi TW ${["I", "II", "III", "IV"][triwulan - 1]}, Kendala TW ${["I", "II", "III", "IV"][triwulan - 1]} dan Realisasi anggaran triwulan itu yang dapat diisi; himpun kembali dengan: lakip himpun ${master} BERKAS... --out HASIL.xlsx\n`,
    );
    return EXIT_OK;
  }
  if (recordInMaster) {
    // Only the custom properties part changes; the cells, styles and sheets stay byte for byte.
    const { readFileBytes } = await import("../../hosts/files/readWorkbookFile");
    const { withCustomProperties } = await import("../../hosts/files/writeGrid");
    const bytes = await withCustomProperties(await readFileBytes(master), step3);
    await writeWhole(path.resolve(master), bytes, master);
    io.out(`Langkah 3 SOP (format dikirim) tercatat Selesai di setiap berkas unit dan di ${master}.\n`);
  } else
    io.out(
      `Langkah 3 SOP (format dikirim) tercatat Selesai di setiap berkas unit; ${master} tidak diubah (tambahkan --catat-di-induk untuk mencatatnya juga di sana). Catatan itu ikut ke hasil "lakip himpun".\n`,
    );
  return EXIT_OK;
}

/** `lakip format` with --from or --per-unit. */
export async function runFormatNext(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("format", argv, {
    from: { value: true },
    "per-unit": { value: true },
    out: { value: true },
    force: { value: false },
    "catat-di-induk": { value: false },
    triwulan: { value: true },
  });
  if (parsed.positionals.length > 0)
    throw new UsageError(
      `"lakip format" tidak menerima argumen ${parsed.positionals.map((p) => `"${p}"`).join(", ")}; tulis nama berkas sesudah --from/--per-unit dan --out.`,
    );
  const from = parsed.options.from;
  const perUnit = parsed.options["per-unit"];
  const force = parsed.options.force === true;
  if (typeof from === "string" && typeof perUnit === "string")
    throw new UsageError('--from dan --per-unit tidak dapat dipakai bersama; jalankan "lakip format" dua kali.');
  if (typeof from === "string") return runFrom(from, parsed.options.out, force, io);
  if (parsed.options["catat-di-induk"] === true && typeof perUnit !== "string")
    throw new UsageError("--catat-di-induk hanya dipakai bersama --per-unit.");
  const triwulan = quarterOption(parsed.options.triwulan, "triwulan");
  if (triwulan !== undefined && typeof perUnit !== "string")
    throw new UsageError("--triwulan hanya dipakai bersama --per-unit (berkas unit untuk satu triwulan).");
  if (triwulan !== undefined && parsed.options["catat-di-induk"] === true)
    throw new UsageError(
      "--catat-di-induk tidak dipakai bersama --triwulan: berkas triwulan bukan langkah SOP LAKIP tahunan.",
    );
  if (typeof perUnit === "string")
    return runPerUnit(perUnit, parsed.options.out, force, parsed.options["catat-di-induk"] === true, io, triwulan);
  throw new UsageError('"lakip format" memerlukan --from atau --per-unit.');
}
