/**
 * The one error model of LAKIP. An error the user may read is a UserError: its message is written
 * for the user in Bahasa Indonesia (naming the sheet and cell where it can). Everything else is a
 * failure nobody foresaw, and the user reads one plain sentence instead of its (often English)
 * message. The panes, LAKIP.html and the `lakip` command all show `userMessage(error)`.
 */

/** An error whose message is written for the user (Bahasa Indonesia). */
export class UserError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message);
    this.name = "UserError";
    if ("cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }

  /** What the user reads. */
  userText(): string {
    return this.message;
  }
}

/** The user stopped the running work (Batal, Hentikan). */
export class CancelledError extends UserError {
  constructor() {
    super("Dihentikan.");
    this.name = "CancelledError";
  }
}

/** What a failed Office call tells the user: the task, not Office's own words. */
export function hostFailedMessage(app: "Excel" | "Word", task: string): string {
  return `${task} gagal di ${app}. Coba lagi; bila tetap gagal, simpan berkas, tutup, lalu buka kembali panel LAKIP.`;
}

/**
 * An error of the Office adapters. A message of the form "<task> gagal di Excel: <Office's words>"
 * keeps Office's words for logs and shows the user only the task and what to do; any other
 * message is written for the user and shown as it is.
 */
export class OfficeHostError extends UserError {
  override userText(): string {
    const raw = /^(.*?) gagal di (Excel|Word)\s*:/s.exec(this.message);
    return raw ? hostFailedMessage(raw[2] as "Excel" | "Word", raw[1]) : this.message;
  }
}

/** What the user reads for a failure nobody foresaw. */
export const UNEXPECTED_MESSAGE =
  "Terjadi kesalahan internal pada program LAKIP, bukan pada berkas Anda. Coba lagi; bila tetap gagal, " +
  "tutup lalu buka kembali LAKIP, dan laporkan kepada pengelola TI beserta berkas yang diproses.";

/** The sentence to show for any error: a UserError's own text, else the plain UNEXPECTED_MESSAGE. */
export function userMessage(error: unknown): string {
  return error instanceof UserError ? error.userText() : UNEXPECTED_MESSAGE;
}
