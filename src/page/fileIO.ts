/**
 * Files in and out of LAKIP.html: reading a chosen file with progress and cancel (FileReader,
 * which reads in the background and reports progress events), and saving bytes as a download
 * (a Blob URL on an <a download>). Nothing is sent anywhere and nothing is stored by the page.
 */

import { TaskCancelled } from "../panes/common/usePaneTask";

/** Thrown when the user cancels a read (Hentikan): the panes' TaskCancelled, so the task reports it as stopped. */
export class CancelledError extends TaskCancelled {
  constructor() {
    super();
    this.name = "CancelledError";
  }
}

/** An error whose message is meant for the user (Bahasa Indonesia). */
export class PageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PageError";
  }
}

/**
 * The bytes of a chosen file. `onProgress` gets 0..1 as the browser reads; aborting `signal`
 * stops the read and rejects with CancelledError.
 */
export function readFileBytes(
  file: Blob & { name?: string },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new CancelledError());
      return;
    }
    const reader = new FileReader();
    const onAbort = () => reader.abort();
    signal.addEventListener("abort", onAbort, { once: true });
    const done = () => signal.removeEventListener("abort", onAbort);
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => {
      done();
      onProgress(1);
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onabort = () => {
      done();
      reject(new CancelledError());
    };
    reader.onerror = () => {
      done();
      reject(
        new PageError(
          `Berkas "${file.name ?? ""}" tidak dapat dibaca oleh peramban (mungkin sudah dipindah atau dihapus); pilih lagi.`,
        ),
      );
    };
    reader.readAsArrayBuffer(file);
  });
}

/** Gives the event loop a turn, so the progress bar is drawn before a long synchronous step. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers bytes as a download named `name` (the browser asks where to save, or saves to Unduhan). */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Firefox needs the URL until the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from free text: letters, digits, space, dot, dash; at most 80 characters. */
export function safeFileName(text: string, fallback: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[^\w .-]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return s === "" ? fallback : s;
}

/** "buku.xlsx" -> "buku-rekap.xlsx". */
export function withSuffix(name: string, suffix: string, ext: string): string {
  const base = name.replace(/\.[^.]+$/, "") || "lakip";
  return `${base}-${suffix}${ext}`;
}
