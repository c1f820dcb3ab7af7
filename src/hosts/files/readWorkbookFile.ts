/** Reads an .xlsx file from disk (Node only) into a WorkbookGrid. */
import { promises as fs } from "fs";
import type { WorkbookGrid } from "../../core/grid";
import { WorkbookFileError } from "./errors";
import { readWorkbookGrid } from "./readXlsx";
import { MAX_UNPACKED_BYTES } from "./zipLimits";
import { useNativeInflate } from "./zipNativeInflate";

// Node reads packages with its native zlib (this module is Node only: it reads from disk).
useNativeInflate();

/** The bytes of a file, or WorkbookFileError with an Indonesian message (missing, a folder, unreadable). */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookFileError(`Berkas "${path}" tidak ditemukan; periksa nama dan foldernya.`, path);
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookFileError(`Berkas "${path}" tidak boleh dibaca (izin ditolak).`, path);
    throw new WorkbookFileError(`Berkas "${path}" tidak dapat dibuka.`, path);
  }
  if (stat.isDirectory()) throw new WorkbookFileError(`"${path}" adalah folder, bukan berkas .xlsx.`, path);
  // A package is never larger than what it unpacks to (plus headers): one over the limit is not read at all.
  if (stat.size > MAX_UNPACKED_BYTES + 1024 * 1024)
    throw new WorkbookFileError(
      `Berkas "${path}" terlalu besar (${Math.round(stat.size / (1024 * 1024)).toLocaleString("id-ID")} MB); batasnya ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB.`,
      path,
    );
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookFileError(`Berkas "${path}" tidak boleh dibaca (izin ditolak).`, path);
    throw new WorkbookFileError(`Berkas "${path}" tidak dapat dibaca.`, path);
  }
}

/** Reads an .xlsx file; throws WorkbookFileError or UnreadableWorkbookError (both with Indonesian messages). */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readFileBytes(path));
}
