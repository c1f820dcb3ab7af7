/**
 * Step 8 in Word: the facts of the final checklist (tagged controls filled; error findings of
 * the loaded data, given by the pane) and the document as PDF through the common API
 * `Office.context.document.getFileAsync(Office.FileType.Pdf)` (requirement set PdfFile 1.1),
 * read slice by slice. Syncs: facts 1.
 *
 * The pane offers the PDF as a download link (a blob: URL). Only a browser downloads it: Microsoft
 * documents that "directly downloading blobs as PDF files in an add-in isn't supported with
 * WebView2" ("Browsers and webview controls used by Office Add-ins", Troubleshoot WebView2
 * issues), Edge Legacy and the Mac's WKWebView do not download either. Their workaround, a web
 * application opened with Office.context.ui.openBrowserWindow, needs a server of ours that
 * receives the document: the add-in makes no network calls, so it is not used. In Word on
 * Windows, Mac and iPad the pane therefore does not offer the link and tells the user to save
 * as PDF with Word itself (File > Save As > PDF), which keeps the document exactly as shown.
 */
import type { ApprovalFacts, ApprovalPort } from "../../core/sop";
import { isTeksPlaceholderText, isTeksTag } from "../../core/report";
import {
  SOP_REQUIREMENTS,
  missingMessage,
  officeError,
  officeSetCheck,
  officeWordRun,
  type SetCheck,
  type WordRun,
} from "./sopOffice";
import { LAKIP_TAGS } from "../../core/sop/approvalTags";
import { UserError } from "../../core/errors";

export { LAKIP_TAGS };

/** The part of the common API used for PDF (Office.context.document). */
export interface PdfSource {
  getFileAsync(
    type: Office.FileType,
    options: { sliceSize: number },
    cb: (r: Office.AsyncResult<Office.File>) => void,
  ): void;
}

export interface WordApprovalDeps {
  run?: WordRun;
  isSetSupported?: SetCheck;
  /** Error findings of the data loaded in the pane; null when none was loaded. */
  errorFindings: () => number | null;
  requiredTags?: readonly string[];
  pdfSource?: PdfSource | null;
  pdfFileType?: Office.FileType;
  /**
   * True when the pane can hand the user a file to download: Word on the web (a real browser) and
   * outside Office. Defaults to `Office.context.platform === Office.PlatformType.OfficeOnline`.
   */
  canDownload?: boolean;
}

/** Why the pane does not offer the PDF in Word desktop, and the way that works (Bahasa Indonesia). */
export const PDF_SAVE_IN_WORD =
  "Word di komputer tidak dapat mengunduh berkas dari panel add-in. Simpan laporan sebagai PDF lewat Word sendiri: " +
  "File > Simpan Sebagai (atau Ekspor) > pilih jenis PDF (*.pdf) > Simpan.";

function officeCanDownload(): boolean {
  if (typeof Office === "undefined" || !Office.context) return true;
  return Office.context.platform === Office.PlatformType.OfficeOnline;
}

const SLICE = 4 * 1024 * 1024;

function asyncCall<T>(f: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    f((r) => (String(r.status) === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "gagal")))),
  );
}

export function createWordApprovalPort(deps: WordApprovalDeps): ApprovalPort {
  const run = deps.run ?? officeWordRun;
  const has = deps.isSetSupported ?? officeSetCheck;
  const source = (): PdfSource | null =>
    deps.pdfSource !== undefined
      ? deps.pdfSource
      : typeof Office !== "undefined"
        ? ((Office.context?.document as unknown as PdfSource) ?? null)
        : null;

  const pdfUnavailable = (): string | null => {
    if (!has(SOP_REQUIREMENTS.pdf.set, SOP_REQUIREMENTS.pdf.version) || !source())
      return `${missingMessage(SOP_REQUIREMENTS.pdf)} Simpan sebagai PDF lewat File > Simpan Sebagai.`;
    if (!(deps.canDownload ?? officeCanDownload())) return PDF_SAVE_IN_WORD;
    return null;
  };

  return {
    /** Reads the LAKIP content controls (WordApi 1.1, as Isi semua). @requires isiSemua */
    async facts(): Promise<ApprovalFacts> {
      const requiredTags = deps.requiredTags ?? LAKIP_TAGS;
      try {
        const controls = await run(async (context) => {
          // ContentControl.tag, .text, .placeholderText, .type: WordApi 1.1 (Word.ContentControl class page)
          const cc = context.document.body.contentControls;
          cc.load("items/tag,items/text,items/placeholderText,items/type");
          await context.sync();
          const lakip = cc.items.filter((c) => (c.tag ?? "").toLowerCase().startsWith("lakip:"));
          // A picture control (the cover logo, lakip:logo) has no text even with its picture in it: count
          // its inline pictures (ContentControl.inlinePictures, WordApi 1.1), one more sync only when
          // such a control is there. The reference says only rich text, plain text, checkbox, dropdown
          // and combo box controls are supported, so Word may not list a picture control at all; then
          // it is simply not checked here.
          const pictures = new Map(
            lakip
              .filter((c) => c.type === "Picture" && (c.text ?? "").trim() === "")
              .map((c) => {
                const list = c.inlinePictures;
                list.load("items");
                return [c, list] as const;
              }),
          );
          if (pictures.size > 0) await context.sync();
          return lakip.map((c) => {
            const list = pictures.get(c);
            if (list) return { tag: c.tag.toLowerCase(), filled: list.items.length > 0 };
            // An unfilled template control shows its placeholder ("[... diisi otomatis ...]"):
            // that text is not content.
            const text = (c.text ?? "").trim();
            const placeholder = (c.placeholderText ?? "").trim();
            // an agency section (lakip:teks-...) still showing the grey text the template put there is not written
            const tag = c.tag.toLowerCase();
            const teks = isTeksTag(tag) && isTeksPlaceholderText(tag, text);
            return { tag, filled: text.length > 0 && text !== placeholder && !teks };
          });
        });
        return { requiredTags, controls, errorFindings: deps.errorFindings() };
      } catch (e) {
        throw officeError("Memeriksa kontrol konten", e);
      }
    },

    pdfUnavailable,

    async exportPdf(): Promise<Blob> {
      const why = pdfUnavailable();
      if (why) throw new UserError(why);
      const src = source()!;
      const type = deps.pdfFileType ?? (typeof Office !== "undefined" ? Office.FileType.Pdf : (2 as Office.FileType));
      let file: Office.File | null = null;
      try {
        file = await asyncCall<Office.File>((cb) => src.getFileAsync(type, { sliceSize: SLICE }, cb));
        const parts: BlobPart[] = [];
        for (let i = 0; i < file.sliceCount; i++) {
          const f = file;
          const slice = await asyncCall<Office.Slice>((cb) => f.getSliceAsync(i, cb));
          const data = slice.data as ArrayLike<number> | ArrayBuffer;
          parts.push(data instanceof ArrayBuffer ? data : new Uint8Array(Array.from(data)));
        }
        return new Blob(parts, { type: "application/pdf" });
      } catch (e) {
        throw officeError("Menyimpan dokumen sebagai PDF", e);
      } finally {
        if (file) {
          const f = file;
          await new Promise<void>((resolve) => f.closeAsync(() => resolve()));
        }
      }
    },
  };
}
