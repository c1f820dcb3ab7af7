/**
 * Output files of the `lakip` commands (spec section 6): an output never names one of the
 * command's inputs (compared by the file's identity, not by the string), files are written
 * whole or not at all (a temporary file beside the target, then rename), and every file-system
 * error reaches the user as one Bahasa Indonesia sentence, without Node's text or the
 * temporary file's name.
 */
import * as fs from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type JSZip from "jszip";
import { UsageError } from "./args";
import type { Finding } from "../core";
import { templateRefusedMessage } from "../hosts/files/errors";
import { MAX_UNPACKED_BYTES } from "../hosts/files/zipLimits";

/** One input of a command, for `refuseInputAsOutput`: its path and what it is, in words. */
export interface NamedInput {
  path: string;
  /** e.g. "workbook masukan", "template". */
  role: string;
}

interface Identity {
  /** dev:ino of an existing file (hard links and symbolic links share it). */
  id?: string;
  /** The real path: of the file when it exists, else of its folder joined with its name. */
  real: string;
}

function identity(file: string): Identity {
  const abs = path.resolve(file);
  try {
    const st = fs.statSync(abs);
    let real = abs;
    try {
      real = fs.realpathSync(abs);
    } catch {
      // keep the absolute path
    }
    return { id: `${st.dev}:${st.ino}`, real };
  } catch {
    let dir = path.dirname(abs);
    try {
      dir = fs.realpathSync(dir);
    } catch {
      // a folder that does not exist: reported by the command's own checks
    }
    return { real: path.join(dir, path.basename(abs)) };
  }
}

/** True when `a` and `b` name the same file (same dev+ino, or the same real path). */
export function sameFile(a: string, b: string): boolean {
  const x = identity(a);
  const y = identity(b);
  if (x.id !== undefined && y.id !== undefined) return x.id === y.id;
  return x.real === y.real;
}

/**
 * Refuses (UsageError, exit 2) an output option that names one of the inputs: writing it would
 * destroy the user's workbook or template.
 */
export function refuseInputAsOutput(option: string, out: string, inputs: readonly NamedInput[]): void {
  for (const input of inputs) {
    if (sameFile(out, input.path))
      throw new UsageError(
        `${option} "${out}" adalah berkas ${input.role} itu sendiri ("${input.path}"); menulisnya akan menimpa berkas itu. Pilih nama berkas keluaran yang lain.`,
      );
  }
}

/** A file-system error as one Bahasa Indonesia sentence about `file` (never Node's English text). */
export function fileErrorMessage(error: unknown, file: string, action: "menulis" | "membaca" = "menulis"): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `"${file}"`;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `Gagal ${action} ${where}: foldernya tidak ada (mungkin baru dipindah atau dihapus); periksa foldernya lalu coba lagi.`;
    case "EACCES":
    case "EPERM":
      return `Gagal ${action} ${where}: izin ditolak; pilih folder yang boleh Anda tulisi, atau minta izin kepada pengelola komputer.`;
    case "EISDIR":
      return `Gagal ${action} ${where}: nama itu adalah folder; beri nama berkas.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Gagal ${action} ${where}: ruang disk penuh; kosongkan sebagian ruang lalu coba lagi.`;
    case "EROFS":
      return `Gagal ${action} ${where}: diska atau folder itu hanya-baca; simpan ke folder lain.`;
    case "EBUSY":
    case "ETXTBSY":
      return `Gagal ${action} ${where}: berkas sedang dipakai program lain (mungkin terbuka di Word atau Excel); tutup dulu lalu coba lagi.`;
    case "EMFILE":
    case "ENFILE":
      return `Gagal ${action} ${where}: terlalu banyak berkas terbuka di komputer ini; tutup beberapa program lalu coba lagi.`;
    case "ENAMETOOLONG":
      return `Gagal ${action} ${where}: nama atau alamat foldernya terlalu panjang; pakai nama yang lebih pendek.`;
    case "ELOOP":
      return `Gagal ${action} ${where}: alamatnya berputar lewat tautan simbolik; periksa tautannya.`;
    case "EXDEV":
      return `Gagal ${action} ${where}: berkas sementara tidak dapat dipindah ke folder tujuan; simpan ke folder lain.`;
    case "EIO":
      return `Gagal ${action} ${where}: diska mengalami galat baca/tulis; periksa diska atau simpan ke tempat lain.`;
    case "EEXIST":
      return `Gagal ${action} ${where}: berkas dengan nama itu sudah ada; pilih nama lain.`;
    default:
      return `Gagal ${action} ${where}${code ? ` (kode sistem ${code})` : ""}; periksa foldernya dan ruang disk, lalu coba lagi.`;
  }
}

/** The file operations `writeFileAtomically` uses; tests pass failing ones. */
export interface WriteOps {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
}

const realOps: WriteOps = {
  writeFile: (file, data) => fs.promises.writeFile(file, data, { flag: "wx" }),
  rename: (from, to) => fs.promises.rename(from, to),
  rm: (file) => fs.promises.rm(file, { force: true }),
};

/**
 * Writes `data` to `file` whole or not at all: into a new temporary file in the same folder
 * (so the rename stays on one file system), then renamed over the target. On failure the
 * temporary file is removed and a UsageError says what happened, naming only `file`.
 */
export async function writeFileAtomically(file: string, data: Uint8Array, ops: WriteOps = realOps): Promise<void> {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await ops.writeFile(tmp, data);
    await ops.rename(tmp, target);
  } catch (e) {
    await ops.rm(tmp).catch(() => undefined);
    throw new UsageError(fileErrorMessage(e, file));
  }
}

// ---------------------------------------------------------------------------------------------
// What the .docx commands (report, pk, triwulan) share: their --out check, their --template,
// and how they list findings.

/** A .docx --out: ends in .docx, its folder exists, it is not itself a folder. */
export async function checkDocxOutPath(out: string): Promise<void> {
  if (!/\.docx$/i.test(out)) throw new UsageError(`Berkas keluaran "${out}" harus berakhiran .docx.`);
  const dir = path.dirname(path.resolve(out));
  const stat = await fs.promises.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`Folder "${dir}" untuk berkas keluaran tidak ada.`);
  if ((await fs.promises.stat(out).catch(() => undefined))?.isDirectory())
    throw new UsageError(`"${out}" adalah folder, bukan berkas .docx.`);
}

/**
 * An agency's --template: read (not a folder, not over the size limit) and checked for the
 * command's tags (limits, well-formed XML, no nested control: docxCheck.ts). `missing` says a
 * template that cannot be read; by default one sentence for a missing and an unreadable file.
 */
export async function readTemplateDocx(
  file: string,
  tagNames: readonly string[],
  missing: (code: string | undefined) => string = () =>
    `Template "${file}" tidak ditemukan atau tidak dapat dibaca; periksa nama dan foldernya.`,
): Promise<{ bytes: Uint8Array; zip: JSZip }> {
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isDirectory()) throw new UsageError(`Template "${file}" adalah folder, bukan berkas .docx.`);
    if (stat.size > MAX_UNPACKED_BYTES + 1024 * 1024)
      throw new UsageError(`Template "${file}" terlalu besar (lebih dari ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB).`);
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(missing((e as NodeJS.ErrnoException).code));
  }
  // loaded here: the commands that write no .docx (format) need not load the .docx checks
  const { loadTemplateDocx, TemplateError } = await import("../hosts/files/docxCheck");
  try {
    return { bytes, zip: await loadTemplateDocx(bytes, tagNames) };
  } catch (e) {
    if (e instanceof TemplateError) throw new UsageError(templateRefusedMessage(file, e.message));
    throw e;
  }
}

/** "  GALAT CODE (Sheet!A1): message", a finding under a .docx command's heading. */
export function docxFindingLine(f: Finding): string {
  const where = [f.sheet, f.cell].filter(Boolean).join("!");
  return `  ${f.severity === "error" ? "GALAT" : "PERINGATAN"} ${f.code}${where ? ` (${where})` : ""}: ${f.message}\n`;
}

/** The workbook's warnings (the first 20) after a document was written; `validate`: the command that lists them all. */
export function warnWorkbook(
  err: (text: string) => void,
  warnings: readonly Finding[],
  written: string,
  validate: string,
): void {
  if (warnings.length === 0) return;
  err(`${warnings.length} peringatan pada workbook (${written} tetap ditulis):\n`);
  for (const f of warnings.slice(0, 20)) err(docxFindingLine(f));
  if (warnings.length > 20) err(`  ... dan ${warnings.length - 20} peringatan lain (lihat: ${validate}).\n`);
}
