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

export interface IndexEntry {
  kind: "heading" | "Tabel" | "Grafik";
  level: number;
  text: string;
  bookmark: string;
}

const PARA = /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;

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

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function kindOf(p: string): { kind: IndexEntry["kind"]; level: number } | null {
  const style = /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1];
  const h = style ? /^Heading([1-3])$/.exec(style) : null;
  if (h) return { kind: "heading", level: Number(h[1]) };
  const seq = /<w:instrText[^>]*>\s*SEQ\s+(Tabel|Grafik)\b/.exec(p);
  if (seq) return { kind: seq[1] as "Tabel" | "Grafik", level: 1 };
  return null;
}

/** Adds missing `_Toc` bookmarks to headings and captions; gives the new XML and the entries in order. */
export function bookmarkEntries(xml: string): { xml: string; entries: IndexEntry[] } {
  const used = new Set(Array.from(xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]*)"/g), (m) => m[1]));
  const ids = new Set(Array.from(xml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g), (m) => m[1]));
  const entries: IndexEntry[] = [];
  const out = xml.replace(PARA, (p) => {
    const k = kindOf(p);
    if (!k) return p;
    const text = paraText(p);
    if (!text) return p;
    const have = /<w:bookmarkStart [^>]*w:name="(_Toc[^"]*)"/.exec(p)?.[1];
    if (have) {
      entries.push({ ...k, text, bookmark: have });
      return p;
    }
    let name = `_TocL${fnv(k.kind + text)}`;
    for (let n = 2; used.has(name); n++) name = `_TocL${fnv(k.kind + text)}_${n}`;
    used.add(name);
    // the id follows from the name, so a refill gives the same bytes
    let id = 100000 + (parseInt(fnv(name), 36) % 900000000);
    while (ids.has(String(id))) id++;
    ids.add(String(id));
    entries.push({ ...k, text, bookmark: name });
    const start = `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`;
    const end = `<w:bookmarkEnd w:id="${id}"/>`;
    const afterPpr = p.indexOf("</w:pPr>");
    const at = afterPpr >= 0 ? afterPpr + 8 : p.indexOf(">") + 1;
    return p.slice(0, at) + start + p.slice(at, p.length - 6) + end + "</w:p>";
  });
  return { xml: out, entries };
}

interface TocField {
  start: number;
  end: number;
  instr: string;
}

/** The TOC fields of the body: from the start of the paragraph holding `begin` to the end of the one holding its `end`. */
function tocFields(xml: string): TocField[] {
  const out: TocField[] = [];
  const re = /<w:fldChar [^>]*w:fldCharType="(begin|end)"[^>]*\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g;
  const stack: { pos: number; instr: string | null }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === "begin") stack.push({ pos: m.index, instr: null });
    else if (m[1] === "end") {
      const f = stack.pop();
      if (f && f.instr !== null && /^\s*TOC\b/.test(f.instr) && stack.length === 0) {
        const start = Math.max(xml.lastIndexOf("<w:p>", f.pos), xml.lastIndexOf("<w:p ", f.pos));
        const end = xml.indexOf("</w:p>", m.index) + 6;
        if (start >= 0 && end > 5) out.push({ start, end, instr: f.instr });
      }
    } else if (m[2] !== undefined && stack.length > 0 && stack[stack.length - 1].instr === null) {
      stack[stack.length - 1].instr = m[2].replace(/&quot;/g, '"');
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

/** Rewrites the cached result of every TOC field with the entries and page numbers. */
export function writeIndexes(xml: string, entries: IndexEntry[], pages: ReadonlyMap<string, string>): string {
  const fields = tocFields(xml);
  let out = "";
  let pos = 0;
  for (const f of fields) {
    const list = entriesFor(f.instr, entries);
    const isToc = !/\\c\s/.test(f.instr);
    const begin =
      r('<w:fldChar w:fldCharType="begin"/>') +
      r(`<w:instrText xml:space="preserve">${escapeXml(f.instr)}</w:instrText>`) +
      r('<w:fldChar w:fldCharType="separate"/>');
    const end = r('<w:fldChar w:fldCharType="end"/>');
    let body: string;
    if (list.length === 0) {
      const kind = /\\c\s+"?([^"\s]+)/.exec(f.instr)?.[1] ?? "heading";
      body = `<w:p><w:pPr><w:pStyle w:val="${isToc ? "TOC1" : "TableofFigures"}"/></w:pPr>${begin}${r(`<w:t>${escapeXml(EMPTY_TEXT[kind] ?? EMPTY_TEXT.heading)}</w:t>`)}${end}</w:p>`;
    } else {
      body = list
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
    out += xml.slice(pos, f.start) + body;
    pos = f.end;
  }
  return out + xml.slice(pos);
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

/**
 * Estimates each bookmark's page from the text: about 85 characters per line, 1,5 line spacing in
 * body text, table rows by their longest cell, charts by their height; a page break before every
 * Heading1 and title, a new page and numbering (i, ii, ... then 1, 2, ...) at each section break.
 * Close to Word's layout for the built-in template, not exact: the PDF route and Word's own
 * update give the exact numbers.
 */
export function estimatePages(xml: string): Map<string, string> {
  const bodyStart = xml.indexOf("<w:body>");
  const text = bodyStart >= 0 ? xml.slice(bodyStart) : xml;
  const { h, top, bottom } = pageSize(xml);
  const capacity = h - top - bottom - 400;
  const pages = new Map<string, string>();
  let page = 1;
  let used = 0;
  let fmt: "lowerRoman" | "decimal" = /<w:pgNumType w:fmt="lowerRoman"/.test(xml) ? "lowerRoman" : "decimal";
  const label = () => (fmt === "lowerRoman" ? roman(page) : String(page));
  const add = (height: number) => {
    if (used + height > capacity && used > 0) {
      page++;
      used = 0;
    }
    used += height;
  };
  const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const el = m[0];
    if (el.startsWith("<w:tbl>")) {
      const widths = Array.from(el.matchAll(/<w:gridCol w:w="(\d+)"/g), (g) => Number(g[1]));
      for (const row of el.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
        const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
        let lines = 1;
        cells.forEach((c, k) => {
          const chars = paraText(c).length;
          const per = Math.max(4, Math.floor((widths[k] ?? 1500) / 105));
          const brs = (c.match(/<w:br\/>/g) ?? []).length;
          lines = Math.max(lines, Math.ceil(chars / per) + brs);
        });
        add(lines * 250 + 60);
      }
      continue;
    }
    const style = /<w:pStyle w:val="([^"]*)"/.exec(el)?.[1] ?? "";
    if ((/<w:pageBreakBefore\/>/.test(el) || style === "Heading1" || style === "JudulBagian") && used > 0) {
      page++;
      used = 0;
    }
    const chart = /<wp:extent cx="\d+" cy="(\d+)"/.exec(el);
    const chars = paraText(el).length;
    const spacing = style === "IsiLaporan" || style === "Butir" || style === "" ? 400 : 300;
    const height = chart ? Number(chart[1]) / 635 + 200 : Math.max(1, Math.ceil(chars / 85)) * spacing + 120;
    add(height);
    for (const b of el.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]*)"/g)) pages.set(b[1], label());
    if (/<w:sectPr>/.test(el)) {
      page = 1;
      used = 0;
      fmt = "decimal";
    }
  }
  return pages;
}

function pageSize(xml: string): { h: number; top: number; bottom: number } {
  const sz = /<w:pgSz [^>]*w:h="(\d+)"/.exec(xml);
  const mar = /<w:pgMar [^>]*w:top="(\d+)"[^>]*w:bottom="(\d+)"/.exec(xml);
  return { h: sz ? Number(sz[1]) : 16838, top: mar ? Number(mar[1]) : 1134, bottom: mar ? Number(mar[2]) : 1417 };
}

/** Bookmarks, entries and index results in one step (estimated pages unless `pages` is given). */
export function refreshIndexes(
  xml: string,
  pages?: ReadonlyMap<string, string>,
): { xml: string; entries: IndexEntry[] } {
  if (!/<w:instrText[^>]*>\s*TOC\b/.test(xml)) return { xml, entries: [] };
  const b = bookmarkEntries(xml);
  if (pages) return { xml: writeIndexes(b.xml, b.entries, pages), entries: b.entries };
  // estimate twice: the first pass gives the index its real length, which moves what follows it
  const first = writeIndexes(b.xml, b.entries, estimatePages(b.xml));
  return { xml: writeIndexes(b.xml, b.entries, estimatePages(first)), entries: b.entries };
}
