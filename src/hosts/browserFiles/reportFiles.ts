/**
 * The files host for the report (.docx, JSZip): what `lakip report` and the Word pane do, done to
 * files in LAKIP.html. Makes the report from the built-in template or the user's own .docx (the
 * same fill as the CLI: docxFill), records the SOP steps in the document's custom properties
 * (sopDocx), and gives the SOP tab's ports over a .docx held in memory: the tracker store, a review
 * port that reads tracked changes and open comments from the document's XML, and an approval port.
 */
import JSZip from "jszip";
import type { Analysis } from "../../core/model";
import { REPORT_TAG_NAMES, renderReport, type Paper } from "../../core/report";
import type { ApprovalFacts, ApprovalPort, ReviewItem, ReviewPort, ReviewSnapshot, Who } from "../../core/sop";
import { fillDocxZip, type FillReport } from "../files/docxFill";
import { templateZip } from "../files/docxTemplate";
import { templateRefusedMessage } from "../files/errors";
import { loadTemplateDocx, TemplateError } from "../files/docxCheck";
import { createPackageTrackerStore, writeReportTracker } from "../files/sopDocx";
import { LAKIP_TAGS } from "../../core/sop/approvalTags";
import { UserError } from "../../core/errors";
import { bookmarkEntries } from "../files/docxIndexes";
import { readIndexPagesProperty, writeIndexPagesProperty } from "../files/indexPages";
import { UPDATE_INDEXES_IN_WORD } from "../../core/report/indexPages";

export type Bytes = Uint8Array;

/** An error whose message is meant for the user (Bahasa Indonesia). */
export class DocumentFileError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "DocumentFileError";
  }
}

/** Loads a .docx the user chose; refuses what the CLI refuses, with the CLI's sentence. */
export async function loadDocx(name: string, bytes: Bytes): Promise<JSZip> {
  // the CLI's checks (limits, well-formed XML, no DTD, no nested lakip control) and its sentence
  try {
    return await loadTemplateDocx(bytes, REPORT_TAG_NAMES);
  } catch (e) {
    if (e instanceof TemplateError) throw new DocumentFileError(templateRefusedMessage(name, e.message));
    throw e;
  }
}

export interface MadeReport {
  zip: JSZip;
  bytes: Bytes;
  fill: FillReport;
  /**
   * The index page numbers are estimated (no layout engine in a browser): the user must update
   * them in Word before printing (PAGES_ESTIMATED_NOTE); recorded in the document for step 8.
   */
  pagesEstimated: boolean;
}

/** Said on the page after making a report whose index page numbers are estimated. */
export const PAGES_ESTIMATED_NOTE = `Nomor halaman Daftar Isi, Daftar Tabel dan Daftar Grafik masih perkiraan (halaman ini tidak dapat menata halaman dokumen). ${UPDATE_INDEXES_IN_WORD}`;

export async function docxBytes(zip: JSZip): Promise<Bytes> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * The report: every tagged control of the template (the built-in one when `template` is null)
 * filled from the analysis; the workbook's SOP records carried in and step 6 marked Selesai.
 * The caller refuses a workbook with error findings first, as `lakip report` does.
 */
export async function makeReport(
  analysis: Analysis,
  template: JSZip | null,
  paper: Paper,
  who: Who,
  now: Date,
): Promise<MadeReport> {
  const zip = template ?? templateZip(paper);
  // the same rendering as `lakip report`: controls and the native chart parts
  const rendered = renderReport(analysis, { tanggal: now }, true);
  const fill = await fillDocxZip(zip, rendered.controls, { charts: rendered.charts, title: rendered.title });
  await writeReportTracker(zip, analysis.customProperties, now, who);
  const doc = await zip.file("word/document.xml")!.async("string");
  const pagesEstimated = fill.filled.length > 0 && bookmarkEntries(doc).entries.length > 0;
  if (pagesEstimated) await writeIndexPagesProperty(zip, "perkiraan");
  return { zip, bytes: await docxBytes(zip), fill, pagesEstimated };
}

// ---- reading a reviewed document ----------------------------------------------------------

const ATTR = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : null;
};

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** The text of the w:t and w:delText runs in an XML fragment. */
function textIn(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:(t|delText)\b[^>]*>([^<]*)<\/w:\1>|<w:tab\/>|<w:p\b[^>]*\/?>/g)) {
    if (m[2] !== undefined) out += decode(m[2]);
    else out += " ";
  }
  return out.replace(/\s+/g, " ").trim();
}

function shorten(s: string, max = 120): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const KIND: Record<string, string> = {
  ins: "Sisipan",
  moveTo: "Sisipan (pindahan)",
  del: "Hapusan",
  moveFrom: "Hapusan (pindahan)",
  rPrChange: "Format",
  pPrChange: "Format",
};

/** Tracked changes of the document body, headers and footers (w:ins, w:del, moves, format changes). */
export function revisionsOf(parts: readonly { name: string; xml: string }[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const { name, xml } of parts) {
    const re = /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange)\b([^>]*?)(\/?)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml))) {
      const [, kind, attrs, selfClosing] = m;
      let inner = "";
      if (!selfClosing) {
        const end = xml.indexOf(`</w:${kind}>`, re.lastIndex);
        if (end < 0) continue;
        inner = xml.slice(re.lastIndex, end);
        // Format changes hold the old properties, not text: the changed text is the run or paragraph around them.
        if (kind === "ins" || kind === "del" || kind === "moveFrom" || kind === "moveTo") re.lastIndex = end;
      } else if (kind === "ins" || kind === "del") {
        // A paragraph mark inserted or deleted (inside w:rPr of a paragraph): Word lists it too.
        inner = "";
      } else continue;
      const id = ATTR(attrs, "id") ?? String(items.length);
      items.push({
        id: `${name}#${kind}#${id}`,
        kind: "revisi",
        author: ATTR(attrs, "author") ?? "",
        date: ATTR(attrs, "date"),
        text: shorten(textIn(inner)) || (kind.endsWith("PrChange") ? "(format teks)" : "(tanda paragraf)"),
        detail: KIND[kind],
      });
    }
  }
  return items;
}

/** Comments not marked resolved (commentsExtended.xml, w15:done="1" on the comment's last paragraph). */
export function openCommentsOf(commentsXml: string, extendedXml: string | null, documentXml: string): ReviewItem[] {
  const done = new Set<string>();
  if (extendedXml)
    for (const m of extendedXml.matchAll(/<w15:commentEx\b([^>]*)\/?>/g)) {
      const para = /w15:paraId="([^"]+)"/.exec(m[1]);
      if (para && /w15:done="(1|true)"/.test(m[1])) done.add(para[1].toUpperCase());
    }
  const items: ReviewItem[] = [];
  for (const m of commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const [, attrs, body] = m;
    const paras = Array.from(body.matchAll(/w14:paraId="([^"]+)"/g), (p) => p[1].toUpperCase());
    if (paras.length > 0 && done.has(paras[paras.length - 1])) continue;
    const id = ATTR(attrs, "id") ?? String(items.length);
    const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const target = start >= 0 && end > start ? textIn(documentXml.slice(start, end)) : "";
    items.push({
      id: `komentar#${id}`,
      kind: "komentar",
      author: ATTR(attrs, "author") ?? "",
      date: ATTR(attrs, "date"),
      // The page cannot show the comment in the document, so the list shows its words and what it is on.
      text: shorten(`${textIn(body)}${target ? ` (pada “${shorten(target, 60)}”)` : ""}`, 200),
      detail: shorten(textIn(body), 300),
    });
  }
  return items;
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  return f ? f.async("string") : null;
}

/** Revisions, open comments and whether track changes is on, read from the package. */
export async function reviewSnapshotOf(zip: JSZip): Promise<ReviewSnapshot> {
  const names = Object.keys(zip.files).filter((p) =>
    /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(p),
  );
  const parts = await Promise.all(names.map(async (name) => ({ name, xml: (await partText(zip, name)) ?? "" })));
  const documentXml = (await partText(zip, "word/document.xml")) ?? "";
  const comments = await partText(zip, "word/comments.xml");
  const settings = (await partText(zip, "word/settings.xml")) ?? "";
  const track = /<w:trackRevisions\b([^>]*)\/?>/.exec(settings);
  return {
    trackingOn: !!track && !/w:val="(0|false|off)"/.test(track[1]),
    revisions: revisionsOf(parts),
    comments: comments ? openCommentsOf(comments, await partText(zip, "word/commentsExtended.xml"), documentXml) : [],
  };
}

/** Turns track changes on in the document's settings (w:trackRevisions), for step 7. */
export async function turnTrackingOn(zip: JSZip): Promise<void> {
  const settings = await partText(zip, "word/settings.xml");
  if (settings === null)
    throw new DocumentFileError(
      "Dokumen ini tidak memiliki bagian pengaturan (word/settings.xml); nyalakan Lacak Perubahan di Word: Tinjau > Lacak Perubahan.",
    );
  if (/<w:trackRevisions\b(?![^>]*w:val="(0|false|off)")[^>]*\/?>/.test(settings)) return;
  const cleaned = settings.replace(/<w:trackRevisions\b[^>]*\/>/g, "");
  // w:trackRevisions comes early in CT_Settings (after the view, zoom and proofing elements); right
  // after w:zoom or w:proofState keeps the schema order in documents Word writes.
  const anchor =
    /<w:(proofState|zoom|removePersonalInformation|removeDateAndTime|doNotDisplayPageBoundaries|displayBackgroundShape|printPostScriptOverText|printFractionalCharacterWidth|printFormsData|embedTrueTypeFonts|embedSystemFonts|saveSubsetFonts|saveFormsData|mirrorMargins|alignBordersAndEdges|bordersDoNotSurroundHeader|bordersDoNotSurroundFooter|gutterAtTop|hideSpellingErrors|hideGrammaticalErrors|activeWritingStyle)\b[^>]*(\/>|>[\s\S]*?<\/w:\1>)/g;
  let last = -1;
  for (const m of cleaned.matchAll(anchor)) last = (m.index ?? 0) + m[0].length;
  const open = /<w:settings\b[^>]*>/.exec(cleaned);
  if (!open)
    throw new DocumentFileError("Pengaturan dokumen ini tidak dapat dibaca; nyalakan Lacak Perubahan di Word.");
  const at = last >= 0 ? last : (open.index ?? 0) + open[0].length;
  zip.file("word/settings.xml", `${cleaned.slice(0, at)}<w:trackRevisions/>${cleaned.slice(at)}`);
}

/** A review port over a .docx in memory: listing works; jumping to an item needs Word. */
export function createFileReviewPort(zip: JSZip): ReviewPort {
  return {
    capabilities: () => ({ trackingMode: true, trackedChanges: true, comments: true, messages: [] }),
    startReview: () => turnTrackingOn(zip),
    snapshot: () => reviewSnapshotOf(zip),
    goTo: async (item) => {
      throw new DocumentFileError(
        `Halaman ini tidak dapat membuka posisi ${item.kind === "revisi" ? "revisi" : "komentar"} di dokumen. Buka dokumen di Word (Tinjau > Berikutnya) untuk melihat "${item.text}".`,
      );
    },
  };
}

/** Tagged controls and whether each holds the user's or the report's text (not the placeholder). */
export async function controlsOf(zip: JSZip): Promise<{ tag: string; filled: boolean }[]> {
  const xml = (await partText(zip, "word/document.xml")) ?? "";
  const out: { tag: string; filled: boolean }[] = [];
  const re = /<w:sdt>|<w:sdt\b[^>]*>/g;
  while (re.exec(xml)) {
    // The extent of this w:sdt, counting nested ones.
    let depth = 1;
    const scan = /<w:sdt\b[^>]*>|<w:sdt>|<\/w:sdt>/g;
    scan.lastIndex = re.lastIndex;
    let end = -1;
    let s: RegExpExecArray | null;
    while ((s = scan.exec(xml))) {
      if (s[0] === "</w:sdt>") depth--;
      else depth++;
      if (depth === 0) {
        end = s.index;
        break;
      }
    }
    if (end < 0) break;
    const body = xml.slice(re.lastIndex, end);
    const pr = /<w:sdtPr\b[\s\S]*?<\/w:sdtPr>/.exec(body)?.[0] ?? "";
    const tag = /<w:tag\b[^>]*w:val="([^"]*)"/.exec(pr)?.[1]?.toLowerCase() ?? "";
    if (tag.startsWith("lakip:")) {
      const content = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(body)?.[1] ?? "";
      const own = Array.from(content.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g))
        .filter((r) => !/<w:rStyle\b[^>]*w:val="PlaceholderText"/.test(r[1]))
        .map((r) => textIn(r[1]))
        .join("");
      const placeholder = /<w:showingPlcHdr\/>/.test(pr);
      out.push({ tag: decode(tag), filled: !placeholder && (own.trim().length > 0 || /<w:drawing\b/.test(content)) });
    }
  }
  return out;
}

/** Step 8's facts over a .docx: its controls, and the error findings of the workbook loaded in the page. */
export function createFileApprovalPort(zip: JSZip, errorFindings: () => number | null): ApprovalPort {
  return {
    facts: async (): Promise<ApprovalFacts> => ({
      requiredTags: LAKIP_TAGS,
      controls: await controlsOf(zip),
      errorFindings: errorFindings(),
      indexPages: await readIndexPagesProperty(zip),
    }),
    pdfUnavailable: () =>
      "Halaman LAKIP.html tidak membuat PDF. Buka dokumen yang diunduh di Word atau LibreOffice, lalu simpan sebagai PDF.",
    exportPdf: async () => {
      throw new DocumentFileError(
        "Halaman LAKIP.html tidak membuat PDF. Buka dokumen yang diunduh di Word atau LibreOffice, lalu simpan sebagai PDF.",
      );
    },
  };
}

export { createPackageTrackerStore };
