/** Errors of the files adapter, with messages in Bahasa Indonesia (shown as they are by the CLI and the panes). */
import { UserError } from "../../core/errors";

/** The bytes are not an .xlsx workbook (not a zip, a corrupt zip, or a zip without a workbook). */
export class UnreadableWorkbookError extends UserError {
  constructor(
    message: string,
    /** The underlying error, for logs; never shown to the user. */
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

/** The file does not exist or cannot be read. */
export class WorkbookFileError extends UserError {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** The sentence for a template that is not a readable .docx (the CLI's --template and LAKIP.html's own template). */
/** A template refused by the checks of docxCheck.ts: the CLI and the page say the same sentence. */
export function templateRefusedMessage(name: string, reason: string): string {
  return `Template "${name}": ${reason}`;
}

export function templateUnreadableMessage(name: string): string {
  return `Template "${name}" bukan dokumen Word (.docx) yang dapat dibaca.`;
}
