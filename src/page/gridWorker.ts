/**
 * Reading a workbook off the page's main thread: the page's own script, started again as a Web
 * Worker from a Blob URL (LAKIP.html is one file, so there is no separate worker file to load).
 * The worker runs the CLI's reader (readWorkbookGrid) and sends the grid back; the page stays
 * responsive while a large workbook is parsed, and Batal ends the worker at once.
 * Where a worker cannot be started (a browser policy), the page reads on its main thread.
 */
import type { WorkbookGrid } from "../core/grid";
import { UnreadableWorkbookError } from "../hosts/files/errors";
import { CancelledError } from "./fileIO";

interface Request {
  bytes: ArrayBuffer;
}
type Reply = { grid: WorkbookGrid } | { unreadable: string } | { failed: string };

/** Worker side: answers each request with the grid or the reader's error. */
export function startGridWorker(): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<Request>) => void) | null;
    postMessage(reply: Reply): void;
  };
  scope.onmessage = (e) => {
    void (async () => {
      try {
        const { readWorkbookGrid } = await import("../hosts/files/readXlsx");
        scope.postMessage({ grid: await readWorkbookGrid(e.data.bytes) });
      } catch (error) {
        if (error instanceof UnreadableWorkbookError) scope.postMessage({ unreadable: error.message });
        else scope.postMessage({ failed: error instanceof Error ? error.message : String(error) });
      }
    })();
  };
}

let pageSource: string | null = null;

/** Called once at start-up (while the page's script runs) with that script's text. */
export function rememberPageSource(source: string | null | undefined): void {
  pageSource = source && source.length > 0 ? source : null;
}

function startWorker(): Worker | null {
  if (!pageSource || typeof Worker === "undefined") return null;
  try {
    const url = URL.createObjectURL(new Blob([pageSource], { type: "text/javascript" }));
    const worker = new Worker(url);
    // The worker has fetched its script by the time it answers; the URL is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return worker;
  } catch {
    return null;
  }
}

/**
 * The grid of .xlsx bytes, read in a worker (or on the main thread where none can start).
 * Throws UnreadableWorkbookError with the reader's sentence, or CancelledError when `signal` aborts.
 */
export async function readGridOffThread(bytes: Uint8Array, signal: AbortSignal): Promise<WorkbookGrid> {
  if (signal.aborted) throw new CancelledError();
  const worker = startWorker();
  if (!worker) {
    const { readWorkbookGrid } = await import("../hosts/files/readXlsx");
    const grid = await readWorkbookGrid(bytes);
    if (signal.aborted) throw new CancelledError();
    return grid;
  }
  return new Promise<WorkbookGrid>((resolve, reject) => {
    const finish = () => {
      signal.removeEventListener("abort", onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(new CancelledError());
    };
    signal.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<Reply>) => {
      finish();
      const r = e.data;
      if ("grid" in r) resolve(r.grid);
      else if ("unreadable" in r) reject(new UnreadableWorkbookError(r.unreadable));
      else reject(new Error(r.failed));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      // The worker could not run (e.g. a policy blocks it): read here instead.
      import("../hosts/files/readXlsx").then(({ readWorkbookGrid }) => readWorkbookGrid(bytes)).then(resolve, reject);
    };
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy } satisfies Request, [copy]);
  });
}
