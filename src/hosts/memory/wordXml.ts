/**
 * Small WordprocessingML helpers for the in-memory Word document: parsing body fragments and
 * .docx files, reading tags, and turning a body into a view model that a React component can
 * show (text stays text: the component escapes it).
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { WordHostError } from "../word/port";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Namespaces a body fragment from the report renderer or a template may use. */
const FRAGMENT_NAMESPACES: Record<string, string> = {
  w: W_NS,
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
};

export function parseXml(xml: string, what: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning" && problem === null) problem = message;
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(xml, "text/xml");
  } catch (error) {
    problem ??= String(error);
  }
  if (problem !== null || !doc) throw new WordHostError(`${what} bukan XML yang sah: ${problem ?? "tidak terbaca"}`);
  return doc;
}

/**
 * Parses body content (`<w:p>`, `<w:tbl>`, ...) into elements of `owner`. Well-formed content in
 * the plain form the report renderer writes is read by `parseFragmentFast` straight into `owner`;
 * anything else (comments, CDATA, character references, bad XML, ...) goes through xmldom, which
 * gives the same nodes (or the error message) for it.
 */
export function parseBodyFragment(owner: Document, bodyXml: string): Element[] {
  return parseFragmentFast(owner, bodyXml) ?? parseBodyFragmentXmldom(owner, bodyXml);
}

/** The general path: xmldom parses the fragment in a document of its own, then its nodes are imported. */
export function parseBodyFragmentXmldom(owner: Document, bodyXml: string): Element[] {
  const ns = Object.entries(FRAGMENT_NAMESPACES)
    .map(([p, u]) => `xmlns:${p}="${u}"`)
    .join(" ");
  const doc = parseXml(`<w:body ${ns}>${bodyXml}</w:body>`, "Isi laporan");
  return childElements(doc.documentElement as Element).map((e) => owner.importNode(e, true) as Element);
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
/** The prefixes in scope inside the fragment's `<w:body>` (as xmldom sees them). */
const ROOT_SCOPE: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  xml: XML_NS,
  ...FRAGMENT_NAMESPACES,
});
const ENTITIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
});
/** An ASCII name with a prefix ("w:p"); other names are left to xmldom. */
const QNAME = String.raw`[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*`;
/** An ASCII attribute name, with or without a prefix. */
const ATTR_NAME = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?`;
const ATTR_SOURCE = String.raw`\s+(${ATTR_NAME})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')`;
/**
 * A start or end tag with such names; comments, CDATA, processing instructions, declarations and
 * anything malformed do not match.
 */
const TAG = new RegExp(String.raw`<(\/?)(${QNAME})((?:${ATTR_SOURCE.replace(/\((?!\?)/g, "(?:")})*)\s*(\/?)>`, "y");
const ATTR = new RegExp(ATTR_SOURCE, "g");
/** Text the fast path leaves to xmldom: carriage returns, "]]>", control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const TEXT_TO_XMLDOM = /[\r\x00-\x08\x0B\x0C\x0E-\x1F]|\]\]>/;

/** Replaces the five predefined entities; null when another reference (or a bare "&") occurs. */
function decodeEntities(s: string): string | null {
  if (s.indexOf("&") < 0) return s;
  let ok = true;
  const out = s.replace(/&([^;&]*)(;?)/g, (m, name: string, semi: string) => {
    const c = semi ? ENTITIES[name] : undefined;
    if (c === undefined) ok = false;
    return c ?? m;
  });
  return ok ? out : null;
}

interface OpenTag {
  el: Element;
  name: string;
  /** The scope outside this element. */
  outer: Record<string, string>;
}

/**
 * Reads a body fragment into new elements of `owner` the way xmldom would (same names,
 * namespaces, attributes in order, text nodes), without a second document to import from.
 * It reads in steps (`step`), so a long fragment can be read between other work; `result` is
 * null for anything outside the plain subset it knows, and the caller then uses xmldom.
 */
export class FragmentReader {
  private readonly out: Element[] = [];
  private readonly stack: OpenTag[] = [];
  private scope = ROOT_SCOPE;
  private pos = 0;
  private state: "reading" | "done" | "unsupported" = "reading";

  constructor(
    private readonly owner: Document,
    private readonly xml: string,
  ) {}

  /** The elements read, or null when the fragment needs xmldom; only once `step` returned true. */
  result(): Element[] | null {
    return this.state === "done" ? this.out : null;
  }

  /** Reads until the end or until `deadline` (performance.now()); true once finished. */
  step(deadline = Infinity): boolean {
    let tags = 0;
    while (this.state === "reading") {
      if (++tags % 512 === 0 && performance.now() > deadline) return false;
      this.state = this.next();
    }
    return true;
  }

  /** Reads the text before the next tag and that tag. */
  private next(): "reading" | "done" | "unsupported" {
    const { owner, xml, stack } = this;
    if (this.pos >= xml.length) return stack.length === 0 ? "done" : "unsupported";
    const lt = xml.indexOf("<", this.pos);
    const end = lt < 0 ? xml.length : lt;
    if (end > this.pos) {
      const raw = xml.slice(this.pos, end);
      if (TEXT_TO_XMLDOM.test(raw)) return "unsupported";
      const text = decodeEntities(raw);
      if (text === null) return "unsupported";
      if (stack.length > 0) stack[stack.length - 1].el.appendChild(owner.createTextNode(text));
    }
    if (lt < 0) {
      this.pos = xml.length;
      return stack.length === 0 ? "done" : "unsupported";
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) return "unsupported";
    this.pos = TAG.lastIndex;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (attrText || selfClosing || !open || open.name !== name) return "unsupported";
      this.scope = open.outer;
      return "reading";
    }
    const attrs: { name: string; value: string }[] = [];
    let inner = this.scope;
    ATTR.lastIndex = 0;
    for (let a = attrText ? ATTR.exec(attrText) : null; a; a = ATTR.exec(attrText)) {
      const attrName = a[1];
      const value = decodeEntities((a[2] ?? a[3]).replace(/[\t\n\r]/g, " "));
      if (value === null || attrs.some((x) => x.name === attrName)) return "unsupported";
      attrs.push({ name: attrName, value });
      if (attrName.startsWith("xmlns:")) {
        if (value === "") return "unsupported";
        if (inner === this.scope) inner = Object.create(this.scope) as Record<string, string>;
        inner[attrName.slice(6)] = value;
      } else if (attrName === "xmlns") return "unsupported";
    }
    const prefix = name.slice(0, name.indexOf(":"));
    const uri = inner[prefix];
    if (uri === undefined || prefix === "xmlns" || prefix === "xml") return "unsupported";
    const el = owner.createElementNS(uri, name);
    for (const { name: attrName, value } of attrs) {
      let attrUri: string | undefined;
      if (attrName.startsWith("xmlns:")) attrUri = XMLNS_NS;
      else {
        const colon = attrName.indexOf(":");
        if (colon > 0) {
          attrUri = inner[attrName.slice(0, colon)];
          if (attrUri === undefined) return "unsupported";
        }
      }
      // xmldom gives an unprefixed attribute no namespace (undefined), as here
      const attr = owner.createAttributeNS(attrUri as string, attrName);
      attr.value = attr.nodeValue = value;
      el.setAttributeNode(attr);
    }
    if (stack.length > 0) stack[stack.length - 1].el.appendChild(el);
    else this.out.push(el);
    if (!selfClosing) {
      stack.push({ el, name, outer: this.scope });
      this.scope = inner;
    }
    return "reading";
  }
}

/** The fast path of parseBodyFragment in one go; null when the fragment needs xmldom. */
export function parseFragmentFast(owner: Document, xml: string): Element[] | null {
  const reader = new FragmentReader(owner, xml);
  reader.step();
  return reader.result();
}

/** Time slices for long work: `deadline` is when the current slice ends; `next` pauses and starts a new one. */
export class Slices {
  deadline: number;

  constructor(
    private readonly pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
    private readonly sliceMs = 40,
  ) {
    this.deadline = performance.now() + sliceMs;
  }

  async next(): Promise<void> {
    await this.pause();
    this.deadline = performance.now() + this.sliceMs;
  }

  /** Pauses when the current slice is over. */
  async check(): Promise<void> {
    if (performance.now() > this.deadline) await this.next();
  }
}

/**
 * parseBodyFragment in time slices, pausing between them so the page stays responsive while a
 * large report is read. The same elements, and the same WordHostError for bad XML.
 */
export async function parseBodyFragmentSliced(owner: Document, bodyXml: string, slices: Slices): Promise<Element[]> {
  const reader = new FragmentReader(owner, bodyXml);
  while (!reader.step(slices.deadline)) await slices.next();
  return reader.result() ?? parseBodyFragmentXmldom(owner, bodyXml);
}

export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

export function childElements(el: Element | Node): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function child(el: Element, name: string): Element | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.nodeName === name) return n as Element;
  return undefined;
}

export function wAttr(el: Element | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttribute(`w:${name}`) ?? el.getAttributeNS(W_NS, name);
}

/** All descendants named `name`, in document order. */
export function descendants(el: Element, name: string): Element[] {
  return Array.from(el.getElementsByTagName(name)) as Element[];
}

export function sdtTag(sdt: Element): string {
  const pr = child(sdt, "w:sdtPr");
  return (pr && wAttr(child(pr, "w:tag"), "val")) ?? "";
}

export function sdtTitle(sdt: Element): string {
  const pr = child(sdt, "w:sdtPr");
  return (pr && wAttr(child(pr, "w:alias"), "val")) ?? "";
}

/** The visible text of an element (its w:t and w:tab, paragraphs separated by new lines). */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Element) => {
    for (const c of childElements(n)) {
      if (c.nodeName === "w:t") parts.push(tText(c));
      else if (c.nodeName === "w:tab") parts.push("\t");
      else if (c.nodeName === "w:br" || c.nodeName === "w:cr") parts.push("\n");
      else walk(c);
      if (c.nodeName === "w:p") parts.push("\n");
    }
  };
  walk(el);
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------
// View model

export interface ViewRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Tag of the inline content control the run stands in, if any. */
  controlTag?: string;
}

export type ViewBlock =
  | { kind: "paragraph"; style: string | null; align: string | null; runs: ViewRun[]; pageBreak: boolean }
  | { kind: "table"; rows: ViewRow[] }
  | { kind: "control"; tag: string; title: string; blocks: ViewBlock[] };

export interface ViewRow {
  header: boolean;
  cells: ViewCell[];
}

export interface ViewCell {
  colSpan: number;
  rowSpan: number;
  blocks: ViewBlock[];
}

/** The text of a `<w:t>`: its one text node, or its textContent. */
function tText(t: Element): string {
  const f = t.firstChild;
  if (f && f.nodeType === 3 && !f.nextSibling) return f.nodeValue ?? "";
  return t.textContent ?? "";
}

/** Whether a run property (`w:b`, `w:i`) is on: present, without val or with a val other than 0/false. */
function runPropertyOn(rPr: Element | undefined, name: string): boolean {
  const e = rPr && child(rPr, name);
  if (!e) return false;
  const v = wAttr(e, "val");
  return v === null || (v !== "0" && v !== "false");
}

function runsOf(el: Element, controlTag: string | undefined, out: ViewRun[], state: { pageBreak: boolean }): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    const name = c.nodeName;
    if (name === "w:r") {
      let text = "";
      let rPr: Element | undefined;
      for (let m = c.firstChild; m; m = m.nextSibling) {
        if (m.nodeType !== 1) continue;
        const rc = m as Element;
        const rn = rc.nodeName;
        if (rn === "w:t") text += tText(rc);
        else if (rn === "w:tab") text += "\t";
        else if (rn === "w:br") {
          if (wAttr(rc, "type") === "page") state.pageBreak = true;
          else text += "\n";
        } else if (rn === "w:rPr" && !rPr) rPr = rc;
      }
      if (text) {
        const run: ViewRun = { text, bold: runPropertyOn(rPr, "w:b"), italic: runPropertyOn(rPr, "w:i") };
        if (controlTag) run.controlTag = controlTag;
        out.push(run);
      }
    } else if (name === "w:sdt") {
      const content = child(c, "w:sdtContent");
      if (content) runsOf(content, sdtTag(c) || controlTag, out, state);
    } else if (name === "w:hyperlink" || name === "w:ins" || name === "w:smartTag" || name === "w:fldSimple") {
      runsOf(c, controlTag, out, state);
    }
  }
}

function paragraphView(p: Element): ViewBlock {
  const pPr = child(p, "w:pPr");
  const style = (pPr && wAttr(child(pPr, "w:pStyle"), "val")) ?? null;
  const align = (pPr && wAttr(child(pPr, "w:jc"), "val")) ?? null;
  const runs: ViewRun[] = [];
  const state = { pageBreak: false };
  runsOf(p, undefined, runs, state);
  return { kind: "paragraph", style, align, runs, pageBreak: state.pageBreak };
}

function tableView(tbl: Element): ViewBlock {
  const rows: ViewRow[] = [];
  /** For each grid column, the cell a vertical merge continues. */
  const openMerge = new Map<number, ViewCell>();
  for (let trn = tbl.firstChild; trn; trn = trn.nextSibling) {
    if (trn.nodeType !== 1 || trn.nodeName !== "w:tr") continue;
    const tr = trn as Element;
    const trPr = child(tr, "w:trPr");
    const row: ViewRow = { header: !!(trPr && child(trPr, "w:tblHeader")), cells: [] };
    let col = 0;
    for (let tcn = tr.firstChild; tcn; tcn = tcn.nextSibling) {
      if (tcn.nodeType !== 1 || tcn.nodeName !== "w:tc") continue;
      const tc = tcn as Element;
      const tcPr = child(tc, "w:tcPr");
      const span = Number((tcPr && wAttr(child(tcPr, "w:gridSpan"), "val")) ?? "1") || 1;
      const vMerge = tcPr && child(tcPr, "w:vMerge");
      const vVal = vMerge ? wAttr(vMerge, "val") : null;
      if (vMerge && vVal !== "restart" && openMerge.has(col)) {
        (openMerge.get(col) as ViewCell).rowSpan++;
      } else {
        const cell: ViewCell = { colSpan: span, rowSpan: 1, blocks: blocksOf(tc) };
        row.cells.push(cell);
        if (vMerge && vVal === "restart") openMerge.set(col, cell);
        else openMerge.delete(col);
      }
      col += span;
    }
    rows.push(row);
  }
  return { kind: "table", rows };
}

/** The view of the block children of a body, a cell or a control's content. */
export function blocksOf(container: Element): ViewBlock[] {
  const out: ViewBlock[] = [];
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (c.nodeName === "w:p") out.push(paragraphView(c));
    else if (c.nodeName === "w:tbl") out.push(tableView(c));
    else if (c.nodeName === "w:sdt") {
      const content = child(c, "w:sdtContent");
      out.push({ kind: "control", tag: sdtTag(c), title: sdtTitle(c), blocks: content ? blocksOf(content) : [] });
    }
  }
  return out;
}
