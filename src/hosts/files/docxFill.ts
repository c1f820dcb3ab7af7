/**
 * Fills the tagged content controls of a .docx (JSZip, Node and browser): every w:sdt whose
 * w:sdtPr/w:tag/@w:val is one of the given tags, in word/document.xml and the headers and
 * footers, wherever it sits (body, table cell, inside another control). Only the control's
 * w:sdtContent is replaced, and its w:showingPlcHdr flag dropped; every byte outside the filled
 * controls stays as it was. Filling a filled document again with the same content gives the
 * same bytes (idempotent).
 *
 * Kinds of control, by where they stand:
 * - block-level (child of w:body, w:tc, ...): filled with the content's w:p / w:tbl elements;
 * - run-level (inside a w:p): filled with the content's text as plain runs, one line per
 *   paragraph or table row (cells separated by a tab), lines joined with w:br;
 * - row- or cell-level (child of w:tbl / w:tr): left alone and reported in `skipped`, since
 *   paragraphs and tables cannot stand there.
 * A control to be filled that holds a `lakip:` control inside it is not filled (reported in
 * `skipped`): filling it would destroy the inner one, which is filled on its own instead; nothing
 * is lost. (`lakip report --template` refuses such a template before filling: docxCheck.ts.)
 */
import JSZip from "jszip";
import {
  CONTENT_STYLE_IDS,
  STYLE_DEFS,
  W_NS,
  escapeXml,
  isAnalisisTag,
  isTeksPlaceholderText,
  isTeksTag,
  joinBody,
  type Body,
  type ChartPart,
} from "../../core/report";
import { refreshIndexPieces, refreshIndexes, type IndexEntry } from "./docxIndexes";
import { openSections, writeCharts, type OpenSections } from "./docxParts";
import { UserError } from "../../core/errors";

export interface SkippedControl {
  tag: string;
  part: string;
  reason: string;
}

export interface FillReport {
  /** Tags filled at least once, in the order of `contents`. */
  filled: string[];
  /** Tags of `contents` with no control in the document. */
  missingTags: string[];
  /** Number of controls filled per tag. */
  counts: Record<string, number>;
  /** Controls that could not be filled (row- or cell-level). */
  skipped: SkippedControl[];
  /** Agency sections (`lakip:teks-...`) still showing their placeholder, and whether the logo is still empty. */
  open: OpenSections;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

const BLOCK_PARENTS = new Set([
  "body",
  "tc",
  "hdr",
  "ftr",
  "txbxContent",
  "comment",
  "footnote",
  "endnote",
  "docPartBody",
]);
const TRANSPARENT = new Set(["sdt", "sdtContent", "customXml", "smartTag"]);

type Kind = "block" | "inline" | "row" | "cell" | "other";

interface Frame {
  local: string;
  prefix: string;
  start: number;
  /** Index after the start tag. */
  innerStart: number;
  sdt?: SdtInfo;
}

interface SdtInfo {
  start: number;
  end: number;
  kind: Kind;
  prStart: number;
  prEnd: number;
  /** Inner range of w:sdtContent (empty range at contentSelfClosing). */
  contentStart: number;
  contentEnd: number;
  contentSelfClosing: boolean;
  hasContent: boolean;
}

function splitName(qname: string): { prefix: string; local: string } {
  const i = qname.indexOf(":");
  return i < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) };
}

/** The prefix bound to the WordprocessingML namespace on the root element ("" when none). */
export function wordPrefix(xml: string): string | null {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2] === undefined) continue;
    const re = /\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
    for (let a = re.exec(m[3] ?? ""); a; a = re.exec(m[3] ?? "")) {
      if ((a[3] ?? a[4]) === W_NS) return a[1] ?? "";
    }
    return null; // only the root element is looked at
  }
  return null;
}

function decodeAttr(v: string): string {
  return v.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

function kindOf(stack: Frame[], prefix: string): Kind {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i];
    if (f.prefix !== prefix) continue;
    if (TRANSPARENT.has(f.local)) continue;
    if (BLOCK_PARENTS.has(f.local)) return "block";
    if (f.local === "p") return "inline";
    if (f.local === "tbl") return "row";
    if (f.local === "tr") return "cell";
    if (f.local === "hyperlink" || f.local === "fldSimple" || f.local === "r") return "inline";
    return "other";
  }
  return "other";
}

/** Every w:sdt of a part with the positions needed to fill it. */
function scanControls(xml: string, prefix: string): SdtInfo[] {
  const out: SdtInfo[] = [];
  const stack: Frame[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2] === undefined) continue;
    const { prefix: p, local } = splitName(m[2]);
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    const tokenEnd = TOKEN.lastIndex;
    if (closing) {
      const f = stack.pop();
      if (!f) break;
      if (f.prefix === prefix && f.local === "sdt" && f.sdt) {
        f.sdt.end = tokenEnd;
        out.push(f.sdt);
      } else if (f.prefix === prefix && (f.local === "sdtPr" || f.local === "sdtContent")) {
        const owner = stack[stack.length - 1];
        if (owner?.sdt) {
          if (f.local === "sdtPr") {
            owner.sdt.prStart = f.innerStart;
            owner.sdt.prEnd = m.index;
          } else {
            owner.sdt.contentStart = f.innerStart;
            owner.sdt.contentEnd = m.index;
            owner.sdt.hasContent = true;
          }
        }
      }
      continue;
    }
    if (selfClosing) {
      if (p === prefix && local === "sdtContent") {
        const owner = stack[stack.length - 1];
        if (owner?.sdt) {
          owner.sdt.contentStart = m.index;
          owner.sdt.contentEnd = tokenEnd;
          owner.sdt.contentSelfClosing = true;
          owner.sdt.hasContent = true;
        }
      }
      continue;
    }
    const frame: Frame = { local, prefix: p, start: m.index, innerStart: tokenEnd };
    if (p === prefix && local === "sdt") {
      frame.sdt = {
        start: m.index,
        end: -1,
        kind: kindOf(stack, prefix),
        prStart: -1,
        prEnd: -1,
        contentStart: -1,
        contentEnd: -1,
        contentSelfClosing: false,
        hasContent: false,
      };
    }
    stack.push(frame);
  }
  return out.filter((s) => s.end > 0).sort((a, b) => a.start - b.start);
}

/**
 * The tag of the first `lakip:` control inside control `i` (controls sorted by start), or null.
 * The agency's analysis sections (`lakip:teks-analisis-N`) the narrative holds are not counted:
 * filling keeps them (keepAnalysis).
 */
function lakipInside(controls: SdtInfo[], tags: (string | null)[], i: number): string | null {
  const outer = controls[i];
  for (let k = i + 1; k < controls.length && controls[k].start < outer.end; k++) {
    const t = tags[k];
    if (t !== null && t.startsWith("lakip:") && !isAnalisisTag(t)) return t;
  }
  return null;
}

/** The text a control shows (its w:t runs), for telling the user's text from the placeholder. */
function shownText(xml: string): string {
  return (xml.match(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>[^<]*</g) ?? [])
    .map((t) => t.replace(/^<[^>]*>/, "").replace(/<$/, ""))
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * The analysis sections (`lakip:teks-analisis-N`) the user has written inside control `i`, by
 * tag, as they stand (whole w:sdt elements): showing no placeholder and holding text other than it.
 */
function writtenAnalysis(
  xml: string,
  controls: SdtInfo[],
  tags: (string | null)[],
  i: number,
  prefix: string,
): Map<string, string> {
  const outer = controls[i];
  const out = new Map<string, string>();
  const q = prefix ? `${prefix}:` : "";
  for (let k = i + 1; k < controls.length && controls[k].start < outer.end; k++) {
    const t = tags[k];
    if (t === null || !isAnalisisTag(t) || out.has(t)) continue;
    const sdt = controls[k];
    const whole = xml.slice(sdt.start, sdt.end);
    const pr = sdt.prStart >= 0 ? xml.slice(sdt.prStart, sdt.prEnd) : "";
    const content = sdt.hasContent ? xml.slice(sdt.contentStart, sdt.contentEnd) : "";
    if (new RegExp(`<${q}showingPlcHdr\\b`).test(pr) || isTeksPlaceholderText(t, shownText(content))) continue;
    out.set(t, whole);
  }
  return out;
}

/**
 * New content with the user's own analysis sections put back: each written section replaces the
 * generated one of the same tag, verbatim (so filling again gives the same bytes); one whose tag
 * the new content no longer has (the indicator now meets its target, or the unit wrote its
 * analysis in the workbook) is kept at the end, never dropped.
 */
function keepAnalysis(inner: string, written: Map<string, string>, prefix: string): string {
  let out = inner;
  const q = `${prefix}:`;
  for (const [tag, whole] of written) {
    const at = out.indexOf(`<${q}tag ${q}val="${tag}"/>`);
    if (at < 0) {
      out += whole;
      continue;
    }
    const start = out.lastIndexOf(`<${q}sdt>`, at);
    const close = `</${q}sdt>`;
    const end = out.indexOf(close, at);
    if (start < 0 || end < 0) {
      out += whole;
      continue;
    }
    out = out.slice(0, start) + whole + out.slice(end + close.length);
  }
  return out;
}

/**
 * Controls to be filled (tags in `fillTags`) that hold a `lakip:` control inside them, in
 * document order: filling the outer one would destroy the inner one.
 */
export function nestedControls(xml: string, fillTags: readonly string[]): { outer: string; inner: string }[] {
  let prefix = wordPrefix(xml);
  if (prefix === null) prefix = "w";
  const controls = scanControls(xml, prefix);
  const tags = controls.map((sdt) => tagOf(xml, sdt, prefix));
  const out: { outer: string; inner: string }[] = [];
  controls.forEach((_, i) => {
    const tag = tags[i];
    if (tag === null || !fillTags.includes(tag)) return;
    const inner = lakipInside(controls, tags, i);
    if (inner !== null) out.push({ outer: tag, inner });
  });
  return out;
}

function tagOf(xml: string, sdt: SdtInfo, prefix: string): string | null {
  if (sdt.prStart < 0) return null;
  const pr = xml.slice(sdt.prStart, sdt.prEnd);
  const q = prefix ? `${prefix}:` : "";
  const re = new RegExp(`<${q}tag\\b[^>]*\\s${q}val\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(pr);
  return m ? decodeAttr(m[2] ?? m[3] ?? "") : null;
}

/** Rewrites content written with the `w:` prefix to the part's own prefix. */
function withPrefix(content: string, prefix: string): string {
  if (prefix === "w") return content;
  return content.replace(/(<\/?|\s)w:(?=[A-Za-z])/g, `$1${prefix}:`);
}

/** The text lines of block content: one per paragraph, one per table row (cells joined by a tab). Text stays escaped. */
export function contentLines(bodyXml: string): string[] {
  const lines: string[] = [];
  let depthTbl = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let para: string | null = null;
  let inText = false;
  let textStart = 0;
  const re = /<(\/?)w:(tbl|tr|tc|p|t|tab|br)\b[^>]*?(\/?)>/g;
  for (let m = re.exec(bodyXml); m; m = re.exec(bodyXml)) {
    const [, close, name, self] = m;
    if (name === "t") {
      if (!close && !self) {
        inText = true;
        textStart = re.lastIndex;
      } else if (close && inText) {
        inText = false;
        if (para !== null) para += bodyXml.slice(textStart, m.index);
      }
      continue;
    }
    if (name === "tab" && para !== null) para += " ";
    else if (name === "br" && para !== null) para += " ";
    else if (name === "tbl") depthTbl += close ? -1 : 1;
    else if (name === "tr" && depthTbl === 1) {
      if (!close) row = [];
      else if (row) {
        lines.push(row.join("\t"));
        row = null;
      }
    } else if (name === "tc" && depthTbl === 1) {
      if (!close) cell = [];
      else if (cell && row) {
        row.push(cell.join(" "));
        cell = null;
      }
    } else if (name === "p") {
      if (self) {
        if (depthTbl === 0) lines.push("");
      } else if (!close) para = "";
      else if (para !== null) {
        if (depthTbl === 0) lines.push(para);
        else if (cell) cell.push(para);
        para = null;
      }
    }
  }
  return lines;
}

function inlineContent(bodyXml: string): string {
  const lines = contentLines(bodyXml);
  const parts: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push("<w:br/>");
    line.split("\t").forEach((piece, k) => {
      if (k > 0) parts.push("<w:tab/>");
      if (piece) parts.push(`<w:t xml:space="preserve">${piece}</w:t>`);
    });
  });
  return `<w:r>${parts.join("")}</w:r>`;
}

function dropPlaceholderFlag(pr: string, prefix: string): string {
  const q = prefix ? `${prefix}:` : "";
  return pr.replace(new RegExp(`<${q}showingPlcHdr\\b[^>]*?(?:/>|>\\s*</${q}showingPlcHdr\\s*>)`, "g"), "");
}

export interface PartFill {
  xml: string;
  counts: Record<string, number>;
  skipped: SkippedControl[];
}

/**
 * Fills the controls of one WordprocessingML part (document, header, footer). Pure string work:
 * only the sdtPr placeholder flag and the sdtContent of the filled controls change.
 */
export function fillPartXml(
  xml: string,
  contents: Readonly<Record<string, Body>>,
  partName = "word/document.xml",
): PartFill {
  const r = fillPartSegments(xml, contents, partName);
  return { xml: joinBody(r.segments), counts: r.counts, skipped: r.skipped };
}

/**
 * A control's new text in parts (`fillPartSegments`); `alone`: the middle parts are a large block
 * control's new content, each a segment of its own.
 */
interface Replacement {
  start: number;
  end: number;
  parts: string[];
  alone: boolean;
  /** The page estimate's heights of the middle parts (the body's pieces, `Pieces`), when it has them. */
  heights?: readonly (number | null)[];
}

/**
 * `xml` with the replacements made, as segments: each middle part of an `alone` replacement is a
 * segment of its own, the rest is joined around them; with the height of each measured segment.
 */
function joinAround(
  xml: string,
  replacements: readonly Replacement[],
): { segments: string[]; heights: (number | null)[] | undefined } {
  const segments: string[] = [];
  // the page estimate's height of each segment that is one of the renderer's plain elements (a
  // table row, a paragraph: `Pieces`); null or missing: not known
  let heights: (number | null)[] | undefined;
  let glue: string[] = [];
  let pos = 0;
  for (const r of replacements) {
    glue.push(xml.slice(pos, r.start));
    if (r.alone) {
      glue.push(r.parts[0]);
      segments.push(glue.join(""));
      // the middle parts are the body's pieces as given (asPieces): part k is piece k - 1
      const given = r.heights;
      const out = given ? (heights ??= []) : null;
      for (let k = 1; k < r.parts.length - 1; k++) {
        if (out) out[segments.length] = given?.[k - 1] ?? null;
        segments.push(r.parts[k]);
      }
      glue = [r.parts[r.parts.length - 1]];
    } else for (const part of r.parts) glue.push(part);
    pos = r.end;
  }
  glue.push(xml.slice(pos));
  segments.push(glue.join(""));
  return { segments, heights };
}

/** A block control's new content at least this long is a segment of its own (`fillPartSegments`). */
const SEGMENT_MIN = 1 << 16;

/**
 * `fillPartXml` with the filled part as segments in order, never joined: the new content of a
 * large block control (a 10.000-row table) is a segment of its own when no other control encloses
 * it, or as many segments as it has pieces when given as pieces (`Body`); the rest is joined around
 * them. So every paragraph, field and table row lies inside one segment (what `refreshIndexPieces`
 * and `openSections` read segment by segment; a table may run over several). One segment when
 * nothing is that large.
 */
export function fillPartSegments(
  xml: string,
  contents: Readonly<Record<string, Body>>,
  partName = "word/document.xml",
  segmentMin = SEGMENT_MIN,
): Omit<PartFill, "xml"> & { segments: string[]; heights?: (number | null)[] } {
  const counts: Record<string, number> = {};
  const skipped: SkippedControl[] = [];
  let prefix = wordPrefix(xml);
  let declare = false;
  if (prefix === null || prefix === "") {
    // no prefix for the main namespace: declare `w` on the root (only if anything is filled)
    prefix = prefix === "" ? "" : "w";
    declare = true;
  }
  const usePrefix = prefix === "" ? "w" : prefix;
  const controls = scanControls(xml, prefix);
  const tags = controls.map((sdt) => tagOf(xml, sdt, prefix));
  const replacements: Replacement[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < controls.length; i++) {
    const sdt = controls[i];
    if (sdt.start < coveredUntil) continue; // inside a control already being replaced
    const tag = tags[i];
    // the agency's own sections are never written into, whatever `contents` holds
    if (tag === null || isTeksTag(tag) || !Object.prototype.hasOwnProperty.call(contents, tag)) continue;
    const nested = lakipInside(controls, tags, i);
    if (nested !== null) {
      skipped.push({
        tag,
        part: partName,
        reason: `kontrol ${nested} ada di dalamnya dan akan terhapus bila kontrol ini diisi; pindahkan kontrol ${nested} ke luar kontrol ${tag}`,
      });
      continue;
    }
    if (sdt.kind === "row" || sdt.kind === "cell" || sdt.kind === "other") {
      skipped.push({
        tag,
        part: partName,
        reason:
          sdt.kind === "other"
            ? "kontrol berada di tempat yang tidak dikenal"
            : `kontrol membungkus ${sdt.kind === "row" ? "baris" : "sel"} tabel; pindahkan kontrol ke luar tabel atau ke dalam sel`,
      });
      continue;
    }
    const body = contents[tag];
    const pieces = typeof body === "string" ? null : body;
    const written = sdt.kind === "block" ? writtenAnalysis(xml, controls, tags, i, prefix) : new Map<string, string>();
    // given as pieces, a block control's body is stored as they are (never joined) where nothing
    // needs it as one text: the `w` prefix, no analysis written by the agency to keep
    const asPieces = pieces !== null && sdt.kind === "block" && usePrefix === "w" && written.size === 0;
    let inner = asPieces
      ? ""
      : withPrefix(sdt.kind === "block" ? joinBody(body) : inlineContent(joinBody(body)), usePrefix);
    // the agency's analysis sections inside the narrative are the user's: kept as they are
    if (written.size > 0) inner = keepAnalysis(inner, written, usePrefix);
    const middle = asPieces ? (pieces as readonly string[]) : [inner];
    const size = asPieces ? middle.reduce((n, p) => n + p.length, 0) : inner.length;
    const pr = sdt.prStart >= 0 ? xml.slice(sdt.start, sdt.prEnd) : null;
    let parts: string[];
    if (!sdt.hasContent) {
      parts = [
        xml
          .slice(sdt.start, sdt.end)
          .replace(
            new RegExp(`</${prefix ? prefix + ":" : ""}sdt\\s*>$`),
            (close) => `<${usePrefix}:sdtContent>${joinBody(middle)}</${usePrefix}:sdtContent>${close}`,
          ),
      ];
    } else {
      const head =
        pr !== null
          ? dropPlaceholderFlag(pr, prefix) + xml.slice(sdt.prEnd, sdt.contentStart)
          : xml.slice(sdt.start, sdt.contentStart);
      parts = sdt.contentSelfClosing
        ? [
            head + `<${usePrefix}:sdtContent>`,
            ...middle,
            `</${usePrefix}:sdtContent>` + xml.slice(sdt.contentEnd, sdt.end),
          ]
        : [head, ...middle, xml.slice(sdt.contentEnd, sdt.end)];
    }
    const alone =
      parts.length >= 3 &&
      sdt.kind === "block" &&
      size >= segmentMin &&
      !controls.some((c) => c !== sdt && c.start <= sdt.start && c.end >= sdt.end);
    replacements.push({
      start: sdt.start,
      end: sdt.end,
      parts,
      alone,
      heights: asPieces ? pieces?.heights : undefined,
    });
    coveredUntil = sdt.end;
    counts[tag] = (counts[tag] ?? 0) + 1;
  }
  if (replacements.length === 0) return { segments: [xml], counts, skipped };
  const { segments, heights } = joinAround(xml, replacements);
  if (declare && prefix !== "") {
    // the root gets the declaration (a rare template without the w prefix: read as one text)
    let out = segments.join("");
    if (!new RegExp(`xmlns:${usePrefix}=`).test(out.slice(0, 2000)))
      out = out.replace(/<([A-Za-z_][\w.:-]*)(\s|>|\/>)/, (m0, name: string, after: string) =>
        name.startsWith("?") ? m0 : `<${name} xmlns:${usePrefix}="${W_NS}"${after}`,
      );
    return { segments: [out], counts, skipped };
  }
  return { segments, counts, skipped, heights };
}

/** Adds the report's styles missing from an agency template's styles.xml (by style id); idempotent. */
export function ensureReportStyles(stylesXml: string): string {
  const prefix = wordPrefix(stylesXml) ?? "w";
  const q = prefix ? `${prefix}:` : "";
  const have = new Set(
    Array.from(stylesXml.matchAll(new RegExp(`\\s${q}styleId\\s*=\\s*"([^"]*)"`, "g")), (m) => m[1]),
  );
  const missing = STYLE_DEFS.filter((s) => CONTENT_STYLE_IDS.includes(s.id) && !have.has(s.id));
  if (missing.length === 0) return stylesXml;
  const add = withPrefix(missing.map((s) => s.xml).join(""), prefix || "w");
  const close = new RegExp(`</${q}styles\\s*>\\s*$`);
  return close.test(stylesXml) ? stylesXml.replace(close, (m) => add + m) : stylesXml;
}

const PART_RE = /^word\/(document|header\d*|footer\d*)\.xml$/;

export interface FillOptions {
  /** Stores a changed part (default `zip.file`); the CLI passes a native-zlib writer. */
  writePart?: (zip: JSZip, name: string, text: string, date: Date) => void;
  /** The native charts the filled content refers to (renderReport's `charts`). */
  charts?: readonly ChartPart[];
  /** Page number per `_Toc` bookmark from a real layout (LibreOffice); else they are estimated. */
  pages?: ReadonlyMap<string, string>;
  /** The document's title property (docProps/core.xml dc:title), renderReport's `title`. */
  title?: string;
  /**
   * Stores the changed word/document.xml given as pieces in order, never joined into one string
   * (the CLI passes `putDeflatedPieces`). The open sections and the charts are then read from the
   * filled text before its index fields were rewritten: the two differ only in the `_Toc`
   * bookmarks and the index results, which hold no chart reference and no content control.
   * A promise it returns (the deflating still under way) is awaited before the fill returns, after
   * the other parts are written.
   */
  writePieces?: (zip: JSZip, name: string, pieces: readonly string[], date: Date) => void | Promise<void>;
  /**
   * Told the filled word/document.xml (with `writePieces`: before its index fields were
   * rewritten; a function, since there it is joined into one text only if asked), the entries of
   * its indexes (empty when it has no index field or nothing to list) and the finished document's
   * length in characters, so a caller needs no second unzip of a large document.
   */
  onDocument?: (xml: () => string, entries: IndexEntry[], length: number) => void;
}

/** Whether `pieces` in order make exactly `xml` (a document whose indexes were already current). */
function samePieces(xml: string, pieces: readonly string[]): boolean {
  let at = 0;
  for (const p of pieces) at += p.length;
  if (at !== xml.length) return false;
  at = 0;
  for (const p of pieces) {
    if (!xml.startsWith(p, at)) return false;
    at += p.length;
  }
  return true;
}

function defaultWritePart(zip: JSZip, name: string, text: string, date: Date): void {
  zip.file(name, text, { date, createFolders: false });
}

/** Rewrites the index fields (Daftar Isi, Tabel, Grafik) of word/document.xml; the page numbers from `pages` or estimated. */
export async function refreshDocxIndexes(
  zip: JSZip,
  pages?: ReadonlyMap<string, string>,
  write: (zip: JSZip, name: string, text: string, date: Date) => void = defaultWritePart,
): Promise<void> {
  const entry = zip.file("word/document.xml");
  if (!entry) return;
  const xml = await entry.async("string");
  const next = refreshIndexes(xml, pages).xml;
  if (next !== xml) write(zip, "word/document.xml", next, entry.date);
}

/**
 * The pieces' route of `fillDocxZip` for word/document.xml: the index fields work on the filled
 * segments (no second unzip, no join), and the document is written as pieces (`writePieces`).
 * `readable`: the segments the charts and open sections are looked for in (the renderer's measured
 * rows and sentences hold plain text only: no chart, no control); `written`: the write under way.
 */
function writeDocumentPieces(
  zip: JSZip,
  date: Date,
  xml: string,
  r: { segments: string[]; heights?: (number | null)[] },
  options: FillOptions,
  writePieces: NonNullable<FillOptions["writePieces"]>,
): { readable: readonly string[]; written: Promise<void> } {
  const refreshed = refreshIndexPieces(r.segments, options.pages, r.heights);
  const pieces = refreshed.pieces ?? r.segments;
  const known = r.heights;
  const readable = known ? r.segments.filter((_, k) => typeof known[k] !== "number") : r.segments;
  const length = pieces.reduce((n, p) => n + p.length, 0);
  let text: string | undefined;
  options.onDocument?.(() => (text ??= r.segments.join("")), refreshed.entries, length);
  if (samePieces(xml, pieces)) return { readable, written: Promise.resolve() };
  const written = Promise.resolve(writePieces(zip, "word/document.xml", pieces, date));
  written.catch(() => undefined); // its failure is met where it is awaited
  return { readable, written };
}

/** Fills the controls of a loaded package in place. Throws when it is not a Word document. */
export async function fillDocxZip(
  zip: JSZip,
  contents: Readonly<Record<string, Body>>,
  options: FillOptions = {},
): Promise<FillReport> {
  const write = options.writePart ?? defaultWritePart;
  if (!zip.file("word/document.xml")) throw new NotWordDocumentError();
  const counts: Record<string, number> = {};
  const skipped: SkippedControl[] = [];
  // the filled word/document.xml as segments in order (never joined on the pieces route; without
  // the measured ones, which hold no chart or control)
  let documentSegments: readonly string[] = [];
  // a writePieces still at work (met at the end, while the other parts are written meanwhile)
  let piecesWritten: Promise<void> = Promise.resolve();
  const parts = Object.keys(zip.files)
    .filter((p) => PART_RE.test(p))
    .sort((a, b) => (a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const entry = zip.file(part)!;
    const xml = await entry.async("string");
    const r = fillPartSegments(xml, contents, part);
    skipped.push(...r.skipped);
    for (const [k, n] of Object.entries(r.counts)) counts[k] = (counts[k] ?? 0) + n;
    if (part === "word/document.xml" && options.writePieces) {
      const w = writeDocumentPieces(zip, entry.date, xml, r, options, options.writePieces);
      documentSegments = w.readable;
      piecesWritten = w.written;
      continue;
    }
    let next = joinBody(r.segments);
    if (part === "word/document.xml") {
      // the index fields, charts and open sections work on the filled text (no second unzip)
      const refreshed = refreshIndexes(next, options.pages);
      next = refreshed.xml;
      documentSegments = [next];
      const done = next;
      options.onDocument?.(() => done, refreshed.entries, next.length);
    }
    if (next !== xml) write(zip, part, next, entry.date);
  }
  if (Object.keys(counts).length > 0) {
    const styles = zip.file("word/styles.xml");
    if (styles) {
      const xml = await styles.async("string");
      const next = ensureReportStyles(xml);
      if (next !== xml) write(zip, "word/styles.xml", next, styles.date);
    }
  }
  if (options.charts) {
    // only the charts the document now points at (a template without lakip:grafik-capaian has none)
    const used = options.charts.filter((c) => documentSegments.some((x) => x.includes(`r:id="${c.relId}"`)));
    await writeCharts(zip, used, (z, name, data, date) =>
      typeof data === "string" ? write(z, name, data, date) : z.file(name, data, { date, createFolders: false }),
    );
  }
  const core = options.title !== undefined && Object.keys(counts).length > 0 ? zip.file("docProps/core.xml") : null;
  if (core) {
    const xml = await core.async("string");
    const next = withTitle(xml, options.title as string);
    if (next !== xml) write(zip, "docProps/core.xml", next, core.date);
  }
  await piecesWritten;
  const tags = Object.keys(contents);
  return {
    filled: tags.filter((t) => counts[t] > 0),
    missingTags: tags.filter((t) => !counts[t] && !skipped.some((s) => s.tag === t)),
    counts,
    skipped,
    open: openSections(documentSegments),
  };
}

/** docProps/core.xml with its dc:title set to `title` (added when absent; the dc prefix declared where missing). */
export function withTitle(coreXml: string, title: string): string {
  const t = `<dc:title>${escapeXml(title)}</dc:title>`;
  if (/<dc:title\/>|<dc:title>[^<]*<\/dc:title>/.test(coreXml))
    return coreXml.replace(/<dc:title\/>|<dc:title>[^<]*<\/dc:title>/, () => t);
  const open = /<cp:coreProperties\b[^>]*>/.exec(coreXml);
  if (!open || open[0].endsWith("/>")) return coreXml;
  const head = open[0].includes("xmlns:dc=")
    ? open[0]
    : open[0].replace(/>$/, ' xmlns:dc="http://purl.org/dc/elements/1.1/">');
  return coreXml.slice(0, open.index) + head + t + coreXml.slice(open.index + open[0].length);
}

export class NotWordDocumentError extends UserError {
  constructor() {
    super("Berkas ini bukan dokumen Word (.docx): bagian word/document.xml tidak ada.");
    this.name = "NotWordDocumentError";
  }
}

/** Loads a .docx, fills its controls and gives the new bytes. */
export async function fillDocx(
  docx: Uint8Array | ArrayBuffer | Buffer,
  contents: Readonly<Record<string, Body>>,
  options: FillOptions = {},
): Promise<FillReport & { docx: Buffer }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(docx);
  } catch {
    throw new NotWordDocumentError();
  }
  const report = await fillDocxZip(zip, contents, options);
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { ...report, docx: out };
}
