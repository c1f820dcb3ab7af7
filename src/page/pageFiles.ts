/**
 * The files port of LAKIP.html's views: reading a chosen workbook or document (with progress and
 * cancel) and handing a made file to the user. The browser implementation reads with FileReader
 * and a worker, and saves by download; the views never touch those directly.
 */
import type { Busy } from "../panes/common/usePaneTask";
import { UnreadableWorkbookError } from "../hosts/files/errors";
import { readWorkbookGrid } from "../hosts/files/readXlsx";
import type { WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import { CancelledError, PageError, downloadBytes, nextFrame, readFileBytes } from "./fileIO";
import { readGridOffThread } from "./gridWorker";

/** A file the page made, kept for "Unduh lagi". */
export interface Made {
  name: string;
  bytes: Uint8Array;
  type: string;
}

export interface PageFiles {
  /** Reads a chosen workbook (the CLI's reader and refusals); `part`: its place among several. */
  readWorkbook(
    file: File,
    signal: AbortSignal,
    onBusy: (busy: Busy) => void,
    part?: { i: number; n: number },
  ): Promise<WorkbookFile>;
  /** Reads the workbook the page itself just made (Himpun, Rekap). */
  workbookOf(made: Made): Promise<WorkbookFile>;
  /** Reads a chosen file's bytes (a .docx; the document itself is checked by its reader). */
  readBytes(file: File, signal: AbortSignal, onBusy: (busy: Busy) => void): Promise<Uint8Array>;
  /** Gives a made file to the user. */
  save(made: Made): void;
}

export const browserFiles: PageFiles = {
  async readWorkbook(file, signal, onBusy, part) {
    const of = part ? ` (${part.i + 1} dari ${part.n})` : "";
    const bytes = await readFileBytes(
      file,
      (v) => onBusy({ label: `Membaca ${file.name}${of}…`, value: part ? (part.i + v) / part.n : v }),
      signal,
    );
    // Parsing has no measurable progress: the bar runs (indeterminate) while a worker reads the
    // workbook, and the page stays responsive, Hentikan included.
    onBusy({ label: `Membaca isi ${file.name}${of}…` });
    await nextFrame();
    let grid;
    try {
      grid = await readGridOffThread(bytes, signal);
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw new PageError(`${file.name}: ${error.message}`);
      throw error;
    }
    if (signal.aborted) throw new CancelledError();
    return { name: file.name, bytes, grid };
  },
  async workbookOf(made) {
    return { name: made.name, bytes: made.bytes, grid: await readWorkbookGrid(made.bytes) };
  },
  readBytes(file, signal, onBusy) {
    return readFileBytes(file, (v) => onBusy({ label: `Membaca ${file.name}…`, value: v }), signal);
  },
  save(made) {
    downloadBytes(made.bytes, made.name, made.type);
  },
};
