/**
 * The report's index fields (Daftar Isi, Daftar Tabel, Daftar Grafik: TOC fields, spec section 5)
 * written out with their entries, so the document shows them on opening without Word asking to
 * update fields. Pure string work on word/document.xml:
 * - every heading (Heading1-3) and every caption with a SEQ Tabel / SEQ Grafik field gets a
 *   `_Toc...` bookmark (one it already has is kept);
 * - the result of every TOC field is rewritten: one hyperlinked entry per heading or caption with
 *   a PAGEREF field whose cached result is the page number, from LibreOffice's layout when known
 *   (`pages`) or else estimated from the text length;
 * - the field is not marked dirty: Word shows the cached result as it is, and the Word pane
 *   updates the fields after "Isi semua".
 */
import { escapeXml } from "../../core/report";
import { cellLines, paragraphHeight, rowHeight } from "../../core/report/pieceHeights";

/**
 * The document as segments in order, never joined: a 10.000-indicator report is some 40 million
 * characters, and one flat copy of it costs a few hundred milliseconds on a shared machine. Every
 * scan below reads segment by segment with offsets into the whole; a flat document is one segment.
 * The scans need each paragraph, table and field inside one segment: the fill cuts only around a
 * large block control's content at body level (docxFill `fillPartSegments`). If anything runs over
 * a cut all the same, the scan stops with `Straddles` and the caller joins and scans once flat.
 */
interface Segments {
  parts: readonly string[];
  /** Offset of each part in the whole. */
  bases: number[];
  length: number;
  /**
   * Whether each part holds any of MARKS (a field character, a bookmark, a heading or a SEQ field):
   * the index fields and the bookmarks are looked for only there. A 10.000-indicator report's
   * 68.000 segments are tested by one expression each, instead of searched five times.
   */
  marked: boolean[];
  /**
   * The height of each part that is one of the renderer's plain elements, a table row or a
   * paragraph (its `Pieces` heights, given by the fill), null or missing for any other: such a part
   * is not read again to be measured nor searched for marks (its plain text holds none).
   */
  heights: readonly (number | null | undefined)[];
}

/** What the index fields and the bookmark plan look for (tocFields, planBookmarks): none of it, nothing to find. */
const MARKS = /<w:fldChar |<w:bookmarkStart |<w:pStyle w:val="Heading|SEQ /;

function segmentsOf(parts: readonly string[], heights: readonly (number | null | undefined)[] = []): Segments {
  const bases: number[] = [];
  const marked: boolean[] = [];
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    bases.push(at);
    marked.push(typeof heights[k] === "number" ? false : MARKS.test(p));
    at += p.length;
  }
  return { parts, bases, length: at, marked, heights };
}

/**
 * Thrown by a segment scan when an element runs over the end of its segment (not the last one),
 * and always caught by `refreshIndexPieces`: a signal inside this module, not an error, so no
 * Error (every Error of the product is a UserError with words for the user).
 */
class Straddles {
  readonly reason = "an element runs over the end of a segment";
}

export interface IndexEntry {
  kind: "heading" | "Tabel" | "Grafik";
  level: number;
  text: string;
  bookmark: string;
}

function paraText(p: string): string {
  let out = "";
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g;
  for (let m = re.exec(p); m; m = re.exec(p)) out += m[1] !== undefined ? m[1] : " ";
  return out
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Length of the text runs of an element (entities counted as written): cheap, for the page estimate. */
function textLength(xml: string, from = 0, to = xml.length): number {
  let n = 0;
  let i = xml.indexOf("<w:t", from);
  while (i >= 0 && i < to) {
    const c = xml.charCodeAt(i + 4);
    if (c === 62 /* > */ || c === 32 /* space */) {
      const start = xml.indexOf(">", i) + 1;
      const end = xml.indexOf("</w:t>", start);
      if (end < 0 || end > to) break;
      n += end - start;
      i = xml.indexOf("<w:t", end + 6);
    } else i = xml.indexOf("<w:t", i + 4);
  }
  return n;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function kindOf(p: string): { kind: IndexEntry["kind"]; level: number } | null {
  if (!p.includes('<w:pStyle w:val="Heading') && !p.includes("SEQ ")) return null;
  const style = /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1];
  const h = style ? /^Heading([1-3])$/.exec(style) : null;
  if (h) return { kind: "heading", level: Number(h[1]) };
  const seq = /<w:instrText[^>]*>\s*SEQ\s+(Tabel|Grafik)\b/.exec(p);
  if (seq) return { kind: seq[1] as "Tabel" | "Grafik", level: 1 };
  return null;
}

/** A text put into the document at `at` (an offset of the XML it was planned on). */
interface Insertion {
  at: number;
  text: string;
  /** The bookmark a start insertion opens (its page is the paragraph's). */
  bookmark?: string;
}

/**
 * The `_Toc` bookmarks headings and captions lack, as insertions into the document (offsets of the
 * whole) in document order, and the entries in order. The insertions leave every paragraph, table
 * and field where it was.
 */
function planBookmarks(doc: Segments): { entries: IndexEntry[]; insertions: Insertion[] } {
  const used = new Set<string>();
  const ids = new Set<string>();
  for (let k = 0; k < doc.parts.length; k++) {
    if (!doc.marked[k]) continue;
    const xml = doc.parts[k];
    // found by one literal search (most segments, a report's rows and paragraphs, have none)
    for (let b = xml.indexOf("<w:bookmarkStart "); b >= 0; b = xml.indexOf("<w:bookmarkStart ", b + 17)) {
      const end = xml.indexOf(">", b);
      const tag = end < 0 ? xml.slice(b) : xml.slice(b, end);
      const name = /w:name="([^"]*)"/.exec(tag);
      if (name) used.add(name[1]);
      const id = /w:id="(\d+)"/.exec(tag);
      if (id) ids.add(id[1]);
    }
  }
  const entries: IndexEntry[] = [];
  const insertions: Insertion[] = [];
  let pos = 0;
  for (let k = 0; k < doc.parts.length; k++) {
    if (!doc.marked[k]) continue;
    const xml = doc.parts[k];
    const base = doc.bases[k];
    const last = k === doc.parts.length - 1;
    // only paragraphs that can be entries are looked at: found by their heading style or SEQ field
    // (a regular expression over every paragraph of a 30 MB report is the slow way)
    const starts = new Set<number>();
    for (const needle of ['<w:pStyle w:val="Heading', "SEQ "]) {
      for (let i = xml.indexOf(needle); i >= 0; i = xml.indexOf(needle, i + needle.length)) {
        // the paragraph's start: the nearest "<w:p>" or "<w:p " before (skipping <w:pPr>, <w:pStyle ...>)
        let ps = xml.lastIndexOf("<w:p", i);
        // (lastIndexOf with -1 searches from 0 again: at 0 there is nothing further back)
        while (ps >= 0 && xml.charCodeAt(ps + 4) !== 62 && xml.charCodeAt(ps + 4) !== 32)
          ps = ps > 0 ? xml.lastIndexOf("<w:p", ps - 1) : -1;
        if (ps >= 0) starts.add(ps);
        else if (k > 0) throw new Straddles(); // the whole would look before this segment
      }
    }
    for (const ps of [...starts].sort((x, y) => x - y)) {
      if (base + ps < pos) continue;
      const close = xml.indexOf("</w:p>", ps);
      if (close < 0 && !last) throw new Straddles();
      const pe = close + 6;
      if (pe < 6) return { entries, insertions };
      const p = xml.slice(ps, pe);
      const kind = kindOf(p);
      if (!kind) continue;
      const text = paraText(p);
      if (!text) continue;
      const have = /<w:bookmarkStart [^>]*w:name="(_Toc[^"]*)"/.exec(p)?.[1];
      if (have) {
        entries.push({ ...kind, text, bookmark: have });
        continue;
      }
      const name = newBookmarkName(kind.kind + text, used);
      // the id follows from the name, so a refill gives the same bytes
      let id = 100000 + (parseInt(fnv(name), 36) % 900000000);
      while (ids.has(String(id))) id++;
      ids.add(String(id));
      entries.push({ ...kind, text, bookmark: name });
      const afterPpr = p.indexOf("</w:pPr>");
      const at = afterPpr >= 0 ? afterPpr + 8 : p.indexOf(">") + 1;
      insertions.push({ at: base + ps + at, text: `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`, bookmark: name });
      insertions.push({ at: base + pe - 6, text: `<w:bookmarkEnd w:id="${id}"/>` });
      pos = base + pe;
    }
  }
  return { entries, insertions };
}

/** A `_TocL...` name from the entry's kind and text, not yet in `used` (added to it). */
function newBookmarkName(key: string, used: Set<string>): string {
  let name = `_TocL${fnv(key)}`;
  for (let n = 2; used.has(name); n++) name = `_TocL${fnv(key)}_${n}`;
  used.add(name);
  return name;
}

/** `xml` with the insertions made and the ranges replaced (all sorted, none overlapping a range). */
function applyEdits(xml: string, insertions: readonly Insertion[], replaced: readonly Replacement[] = []): string {
  // one join: the document is copied once, not flattened from a chain of pieces
  return editedPieces(segmentsOf([xml]), insertions, replaced).join("");
}

/** The pieces whose concatenation is the edited document (slices of its segments and the new texts, in order). */
function editedPieces(doc: Segments, insertions: readonly Insertion[], replaced: readonly Replacement[]): string[] {
  const parts: string[] = [];
  let k = 0;
  /** The whole's text from `from` to `to`, as slices of the segments it spans (never joined). */
  const copy = (from: number, to: number) => {
    if (from >= to) return;
    while (k < doc.parts.length - 1 && doc.bases[k + 1] <= from) k++;
    for (let j = k; j < doc.parts.length && doc.bases[j] < to; j++) {
      const base = doc.bases[j];
      parts.push(doc.parts[j].slice(Math.max(0, from - base), Math.min(doc.parts[j].length, to - base)));
    }
  };
  let pos = 0;
  let i = 0;
  for (const r of [...replaced, { start: doc.length, end: doc.length, text: "" }]) {
    for (; i < insertions.length && insertions[i].at < r.start; i++) {
      copy(pos, insertions[i].at);
      parts.push(insertions[i].text);
      pos = insertions[i].at;
    }
    // an insertion inside a replaced range goes with it
    while (i < insertions.length && insertions[i].at < r.end) i++;
    copy(pos, r.start);
    parts.push(r.text);
    pos = r.end;
  }
  return parts;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Adds missing `_Toc` bookmarks to headings and captions; gives the new XML and the entries in order. */
export function bookmarkEntries(xml: string): { xml: string; entries: IndexEntry[] } {
  const plan = planBookmarks(segmentsOf([xml]));
  return { xml: plan.insertions.length > 0 ? applyEdits(xml, plan.insertions) : xml, entries: plan.entries };
}

interface TocField {
  start: number;
  end: number;
  instr: string;
}

/** The TOC fields of the body: from the start of the paragraph holding `begin` to the end of the one holding its `end`. */
function tocFields(doc: Segments): TocField[] {
  const out: TocField[] = [];
  const stack: { k: number; pos: number; instr: string | null }[] = [];
  for (let k = 0; k < doc.parts.length; k++) {
    const xml = doc.parts[k];
    // outside every field only a fldChar can matter: a segment without one (a report's rows and
    // paragraphs) is passed over
    if (stack.length === 0 && !doc.marked[k]) continue;
    const re = /<w:fldChar [^>]*w:fldCharType="(begin|end)"[^>]*\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      if (m[1] === "begin") stack.push({ k, pos: m.index, instr: null });
      else if (m[1] === "end") {
        const f = stack.pop();
        if (f && f.instr !== null && /^\s*TOC\b/.test(f.instr) && stack.length === 0) {
          const at = doc.parts[f.k];
          const start = Math.max(at.lastIndexOf("<w:p>", f.pos), at.lastIndexOf("<w:p ", f.pos));
          const close = xml.indexOf("</w:p>", m.index);
          if ((start < 0 && f.k > 0) || (close < 0 && k < doc.parts.length - 1)) throw new Straddles();
          const end = close + 6;
          if (start >= 0 && end > 5)
            out.push({ start: doc.bases[f.k] + start, end: doc.bases[k] + end, instr: f.instr });
        }
      } else if (m[2] !== undefined && stack.length > 0 && stack[stack.length - 1].instr === null) {
        stack[stack.length - 1].instr = m[2].replace(/&quot;/g, '"');
      }
    }
  }
  return out;
}

function entriesFor(instr: string, entries: IndexEntry[]): IndexEntry[] {
  const c = /\\c\s+"?([^"\s]+)"?/.exec(instr);
  if (c) return entries.filter((e) => e.kind === c[1]);
  const o = /\\o\s+"?(\d)-(\d)"?/.exec(instr);
  const lo = o ? Number(o[1]) : 1;
  const hi = o ? Number(o[2]) : 3;
  return entries.filter((e) => e.kind === "heading" && e.level >= lo && e.level <= hi);
}

function r(inner: string): string {
  return `<w:r>${inner}</w:r>`;
}

function entryXml(e: IndexEntry, page: string, style: string, first: string, last: string): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${first}` +
    `<w:hyperlink w:anchor="${e.bookmark}" w:history="1">` +
    r(`<w:t xml:space="preserve">${escapeXml(e.text)}</w:t>`) +
    r("<w:tab/>") +
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve"> PAGEREF ${e.bookmark} \\h </w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r(`<w:t>${escapeXml(page)}</w:t>`) +
    r('<w:fldChar w:fldCharType="end"/>') +
    `</w:hyperlink>${last}</w:p>`
  );
}

const EMPTY_TEXT: Record<string, string> = {
  Tabel: "Laporan ini tidak memuat tabel bernomor.",
  Grafik: "Laporan ini tidak memuat grafik.",
  heading: "Laporan ini belum memuat judul bab.",
};

/** The new result of one TOC field: its entries with their page numbers (or a line saying there are none). */
function fieldBody(f: TocField, entries: IndexEntry[], pages: ReadonlyMap<string, string>): string {
  const list = entriesFor(f.instr, entries);
  const isToc = !/\\c\s/.test(f.instr);
  const begin =
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve">${escapeXml(f.instr)}</w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>');
  const end = r('<w:fldChar w:fldCharType="end"/>');
  if (list.length === 0) {
    const kind = /\\c\s+"?([^"\s]+)/.exec(f.instr)?.[1] ?? "heading";
    return `<w:p><w:pPr><w:pStyle w:val="${isToc ? "TOC1" : "TableofFigures"}"/></w:pPr>${begin}${r(`<w:t>${escapeXml(EMPTY_TEXT[kind] ?? EMPTY_TEXT.heading)}</w:t>`)}${end}</w:p>`;
  }
  return list
    .map((e, k) =>
      entryXml(
        e,
        pages.get(e.bookmark) ?? "",
        isToc ? `TOC${e.level}` : "TableofFigures",
        k === 0 ? begin : "",
        k === list.length - 1 ? end : "",
      ),
    )
    .join("");
}

/** Rewrites the cached result of every TOC field with the entries and page numbers. */
export function writeIndexes(
  xml: string,
  entries: IndexEntry[],
  pages: ReadonlyMap<string, string>,
  fields: readonly TocField[] = tocFields(segmentsOf([xml])),
): string {
  return applyEdits(
    xml,
    [],
    fields.map((f) => ({ start: f.start, end: f.end, text: fieldBody(f, entries, pages) })),
  );
}

// ---------------------------------------------------------------------------------------------
// Page estimate (when LibreOffice's layout is not at hand)

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

export function roman(n: number): string {
  let s = "";
  for (const [v, t] of ROMAN) while (n >= v) ((s += t), (n -= v));
  return s;
}

/** A paragraph's style (its w:pStyle value as written; "" without one). */
function styleOf(el: string): string {
  return el.includes("<w:pStyle") ? (/<w:pStyle w:val="([^"]*)"/.exec(el)?.[1] ?? "") : "";
}

/**
 * The estimate's height of a paragraph read as text (not a heading, title, index or chart), from
 * its XML: held to `measuredParagraph`'s own heights by a test (pieceHeights.ts).
 */
export function paragraphHeightOf(el: string): number {
  return paragraphHeight(textLength(el), styleOf(el));
}

/**
 * The estimate's height of each row of the first table in `xml`, read from its XML (what the page
 * estimate does with a table whose rows it has no height for): held to `tableParts`' own row
 * heights by a test (pieceHeights.ts).
 */
export function tableRowHeightsOf(xml: string): number[] {
  const t = xml.indexOf("<w:tbl>");
  return t < 0 ? [] : tableRowHeights(xml, t).rows;
}

/** The height of each row of the table starting at `t` (longest cell in lines), its grid and where it ends (-1: not in `text`). */
function tableRowHeights(text: string, t: number): { end: number; rows: number[]; widths: number[] } {
  const rows: number[] = [];
  const end = text.indexOf("</w:tbl>", t);
  const tEnd = end < 0 ? text.length : end;
  const gridEnd = text.indexOf("</w:tblGrid>", t);
  const widths = Array.from(
    text.slice(t, gridEnd < 0 || gridEnd > tEnd ? t : gridEnd).matchAll(/<w:gridCol w:w="(\d+)"/g),
    (g) => Number(g[1]),
  );
  rowHeights(text, t, tEnd, widths, rows);
  return { end: end < 0 ? -1 : end + 8, rows, widths };
}

/** Adds to `rows` the height of each row of `text` between `from` and `tEnd` (its longest cell in lines). */
function rowHeights(text: string, from: number, tEnd: number, widths: readonly number[], rows: number[]): void {
  // the next line break at or after the cell being read: searched again only once passed, so the
  // text is searched for line breaks once in all (a search per cell could run on to the end)
  let br = -2;
  for (let r = text.indexOf("<w:tr>", from); r >= 0 && r < tEnd;) {
    const rEnd = Math.min(tEnd, text.indexOf("</w:tr>", r) >>> 0);
    let lines = 1;
    let k = 0;
    for (let c = text.indexOf("<w:tc>", r); c >= 0 && c < rEnd; k++) {
      const cEnd = Math.min(rEnd, text.indexOf("</w:tc>", c) >>> 0);
      // counted inside the cell, without cutting the cell out
      let brs = 0;
      if (br !== -1 && br < c) br = text.indexOf("<w:br/>", c);
      for (; br >= 0 && br + 7 <= cEnd; br = text.indexOf("<w:br/>", br + 7)) brs++;
      lines = Math.max(lines, cellLines(textLength(text, c, cEnd), brs, widths[k]));
      c = text.indexOf("<w:tc>", cEnd);
    }
    rows.push(rowHeight(lines));
    r = text.indexOf("<w:tr>", rEnd);
  }
}

/**
 * The rows of a table that runs on after segment `k` (a large control given as pieces: its rows
 * each in a segment of their own), added to `rows`; where it ends (segment and offset after
 * `</w:tbl>`). A segment that starts or ends inside a row, or a table never closed, is a cut this
 * reading cannot follow (Straddles: the document is then read whole).
 */
function tableRunsOn(doc: Segments, k: number, widths: readonly number[], rows: number[]): { k: number; pos: number } {
  for (let j = k + 1; j < doc.parts.length; j++) {
    const seg = doc.parts[j];
    // one of the renderer's rows, whole (<w:tr>...</w:tr>), measured as it was written (a measured
    // paragraph here, inside a table, is read as before: its row runs over the cut)
    const known = doc.heights[j];
    if (typeof known === "number" && seg.startsWith("<w:tr>")) {
      rows.push(known);
      continue;
    }
    const close = seg.indexOf("</w:tbl>");
    const to = close < 0 ? seg.length : close;
    // a piece of whole rows (the renderer's) is seen by its ends; anything else is searched
    if (!seg.startsWith("<w:tr>")) {
      const row = seg.indexOf("<w:tr>");
      const rowEnd = seg.indexOf("</w:tr>");
      if (rowEnd >= 0 && rowEnd < to && (row < 0 || rowEnd < row)) throw new Straddles();
    }
    if (close < 0 && j < doc.parts.length - 1 && !seg.endsWith("</w:tr>"))
      if (seg.lastIndexOf("</w:tr>") < seg.lastIndexOf("<w:tr>")) throw new Straddles();
    rowHeights(seg, 0, to, widths, rows);
    if (close >= 0) return { k: j, pos: close + 8 };
  }
  throw new Straddles();
}

/**
 * Estimates each bookmark's page from the text: about 75 characters per line, 1,5 line spacing in
 * body text, table rows by their longest cell, charts by their height; a page break before every
 * Heading1 and title, a new page and numbering (i, ii, ... then 1, 2, ...) at each section break.
 * Close to Word's layout for the built-in template, not exact: the PDF route and Word's own
 * update give the exact numbers.
 */
export function estimatePages(
  xml: string,
  tocEntries?: (instr: string) => number,
  added: readonly Insertion[] = [],
): Map<string, string> {
  return estimateSegments(segmentsOf([xml]), tocEntries, added);
}

function estimateSegments(
  doc: Segments,
  tocEntries?: (instr: string) => number,
  added: readonly Insertion[] = [],
): Map<string, string> {
  // the body: from "<w:body>" on (segments before the one holding it are not read)
  let first = doc.parts.findIndex((x) => x.includes("<w:body>"));
  const from = first >= 0 ? doc.parts[first].indexOf("<w:body>") : 0;
  if (first < 0) first = 0;
  // `added`: bookmarks planned into the document but not yet in it; each gets the page of the
  // paragraph it goes into, as if it were there (offsets of the whole)
  let next = 0;
  const { h, top, bottom } = pageSize(doc.parts);
  const capacity = h - top - bottom - 400;
  const pages = new Map<string, string>();
  let page = 1;
  let used = 0;
  let fmt: "lowerRoman" | "decimal" = doc.parts.some((x) => /<w:pgNumType w:fmt="lowerRoman"/.test(x))
    ? "lowerRoman"
    : "decimal";
  const label = () => (fmt === "lowerRoman" ? roman(page) : String(page));
  const add = (height: number) => {
    if (used + height > capacity && used > 0) {
      page++;
      used = 0;
    }
    used += height;
  };
  // a hand-written scan (regular expressions over a 30 MB body are the slow part of a big report)
  // `resume`: where a table that ran over several segments ended (its segment and offset)
  let resume: { k: number; pos: number } | null = null;
  for (let k = first; k < doc.parts.length; k++) {
    const text = doc.parts[k];
    const base = doc.bases[k];
    const last = k === doc.parts.length - 1;
    // one of the renderer's plain paragraphs, whole, measured as it was written (no page break, no
    // bookmark, no index entry in it: only its height counts)
    const known = doc.heights[k];
    if (typeof known === "number" && resume === null && k !== first && /^<w:p[ >]/.test(text)) {
      add(known);
      continue;
    }
    let pos = resume !== null ? resume.pos : k === first ? from : 0;
    resume = null;
    let t = text.indexOf("<w:tbl>", pos);
    for (;;) {
      if (t >= 0 && t < pos) t = text.indexOf("<w:tbl>", pos); // the next table, looked up once per table
      let p = text.indexOf("<w:p", pos);
      while (p >= 0 && text.charCodeAt(p + 4) !== 62 && text.charCodeAt(p + 4) !== 32) p = text.indexOf("<w:p", p + 4);
      if (t < 0 && p < 0) break;
      if (t >= 0 && (p < 0 || t < p)) {
        const table = tableRowHeights(text, t);
        const runsOn = table.end < 0 && !last ? tableRunsOn(doc, k, table.widths, table.rows) : null;
        for (const height of table.rows) add(height);
        if (runsOn !== null) {
          resume = runsOn;
          break;
        }
        pos = table.end < 0 ? text.length : table.end;
        continue;
      }
      const gt = text.indexOf(">", p);
      const close = text.indexOf("</w:p>", p);
      const selfClosing = text.charCodeAt(gt - 1) === 47; /* "/" */
      if (!last && (gt < 0 || (!selfClosing && close < 0))) throw new Straddles();
      const pEnd = selfClosing ? gt + 1 : close + 6;
      if (pEnd <= p) return pages;
      const el = text.slice(p, pEnd);
      pos = pEnd;
      const style = styleOf(el);
      if (tocEntries && (/^TOC\d$/.test(style) || style === "TableofFigures")) {
        // an index: as long as the entries it will hold (whatever its cached result is now)
        const instr = /<w:instrText[^>]*>\s*(TOC\b[^<]*)</.exec(el)?.[1];
        if (instr) for (let n = tocEntries(instr.replace(/&quot;/g, '"')); n > 0; n--) add(300);
        continue;
      }
      if ((style === "Heading1" || style === "JudulBagian" || el.includes("<w:pageBreakBefore/>")) && used > 0) {
        page++;
        used = 0;
      }
      const chart = el.includes("<wp:extent") ? /<wp:extent cx="\d+" cy="(\d+)"/.exec(el) : null;
      const height = chart ? Number(chart[1]) / 635 + 200 : paragraphHeight(textLength(el), style);
      add(height);
      if (el.includes("<w:bookmarkStart"))
        for (const b of el.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]*)"/g)) pages.set(b[1], label());
      while (next < added.length && added[next].at < p + base) next++;
      for (; next < added.length && added[next].at < pEnd + base; next++) {
        const name = added[next].bookmark;
        if (name !== undefined) pages.set(name, label());
      }
      if (el.includes("<w:sectPr>")) {
        page = 1;
        used = 0;
        fmt = "decimal";
      }
    }
    if (resume !== null) k = resume.k - 1; // on in the segment where the table ended
  }
  return pages;
}

function pageSize(parts: readonly string[]): { h: number; top: number; bottom: number } {
  const first = (re: RegExp) => {
    for (const x of parts) {
      const m = re.exec(x);
      if (m) return m;
    }
    return null;
  };
  const sz = first(/<w:pgSz [^>]*w:h="(\d+)"/);
  const mar = first(/<w:pgMar [^>]*w:top="(\d+)"[^>]*w:bottom="(\d+)"/);
  return { h: sz ? Number(sz[1]) : 16838, top: mar ? Number(mar[1]) : 1134, bottom: mar ? Number(mar[2]) : 1417 };
}

/** Bookmarks, entries and index results in one step (estimated pages unless `pages` is given). */
export function refreshIndexes(
  xml: string,
  pages?: ReadonlyMap<string, string>,
): { xml: string; entries: IndexEntry[] } {
  const r = refreshIndexPieces(xml, pages);
  return { xml: r.pieces ? r.pieces.join("") : xml, entries: r.entries };
}

/**
 * `refreshIndexes` without the final join: the new document as pieces in order (null when it has
 * no index field and stays as it is). `xml` may be given as segments in order (the fill's, never
 * joined): the pieces are then slices of them. A caller that only encodes the document (the CLI's
 * zip writer) saves every full copy of a 40-million-character text. `heights`: the height of
 * each segment that is one of the renderer's table rows (the fill's, from the bodies' `Pieces`).
 */
export function refreshIndexPieces(
  xml: string | readonly string[],
  pages?: ReadonlyMap<string, string>,
  heights?: readonly (number | null)[],
): { pieces: string[] | null; entries: IndexEntry[] } {
  const parts = typeof xml === "string" ? [xml] : xml;
  try {
    return refreshSegments(segmentsOf(parts, heights), pages);
  } catch (e) {
    if (!(e instanceof Straddles)) throw e;
    // an element runs over a cut between segments: read once as one flat text
    return refreshSegments(segmentsOf([parts.join("")]), pages);
  }
}

function refreshSegments(
  doc: Segments,
  pages?: ReadonlyMap<string, string>,
): { pieces: string[] | null; entries: IndexEntry[] } {
  // the index fields first: found, they answer whether there is an index at all (one search of the
  // document less); none found, the document is asked for a TOC instruction anywhere
  const fields = tocFields(doc);
  if (fields.length === 0 && !doc.parts.some((x) => /<w:instrText[^>]*>\s*TOC\b/.test(x)))
    return { pieces: null, entries: [] };
  // Planned on the document and made in one pass (bookmarks in, index results replaced): no full
  // copy of it. The bookmarks move no paragraph, table or field, so the fields and the estimate
  // read the document itself.
  const { entries, insertions } = planBookmarks(doc);
  // the estimate counts each index as long as the entries it will hold, since a long Daftar Isi
  // moves everything after it
  const known = pages ?? estimateSegments(doc, (instr) => Math.max(1, entriesFor(instr, entries).length), insertions);
  const replaced = fields.map((f) => ({ start: f.start, end: f.end, text: fieldBody(f, entries, known) }));
  return { pieces: editedPieces(doc, insertions, replaced), entries };
}
