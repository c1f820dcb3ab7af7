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

/** Parses body content (`<w:p>`, `<w:tbl>`, ...) into elements of `owner`. */
export function parseBodyFragment(owner: Document, bodyXml: string): Element[] {
  const ns = Object.entries(FRAGMENT_NAMESPACES)
    .map(([p, u]) => `xmlns:${p}="${u}"`)
    .join(" ");
  const doc = parseXml(`<w:body ${ns}>${bodyXml}</w:body>`, "Isi laporan");
  return childElements(doc.documentElement as Element).map((e) => owner.importNode(e, true) as Element);
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
  return childElements(el).find((e) => e.nodeName === name);
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
      if (c.nodeName === "w:t") parts.push(c.textContent ?? "");
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

function runsOf(el: Element, controlTag: string | undefined, out: ViewRun[], state: { pageBreak: boolean }): void {
  for (const c of childElements(el)) {
    if (c.nodeName === "w:r") {
      const rPr = child(c, "w:rPr");
      const on = (name: string) => {
        const e = rPr && child(rPr, name);
        if (!e) return false;
        const v = wAttr(e, "val");
        return v === null || (v !== "0" && v !== "false");
      };
      let text = "";
      for (const rc of childElements(c)) {
        if (rc.nodeName === "w:t") text += rc.textContent ?? "";
        else if (rc.nodeName === "w:tab") text += "\t";
        else if (rc.nodeName === "w:br") {
          if (wAttr(rc, "type") === "page") state.pageBreak = true;
          else text += "\n";
        }
      }
      if (text) out.push({ text, bold: on("w:b"), italic: on("w:i"), ...(controlTag ? { controlTag } : {}) });
    } else if (c.nodeName === "w:sdt") {
      const content = child(c, "w:sdtContent");
      if (content) runsOf(content, sdtTag(c) || controlTag, out, state);
    } else if (
      c.nodeName === "w:hyperlink" ||
      c.nodeName === "w:ins" ||
      c.nodeName === "w:smartTag" ||
      c.nodeName === "w:fldSimple"
    ) {
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
  for (const tr of childElements(tbl).filter((e) => e.nodeName === "w:tr")) {
    const trPr = child(tr, "w:trPr");
    const row: ViewRow = { header: !!(trPr && child(trPr, "w:tblHeader")), cells: [] };
    let col = 0;
    for (const tc of childElements(tr).filter((e) => e.nodeName === "w:tc")) {
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
  for (const c of childElements(container)) {
    if (c.nodeName === "w:p") out.push(paragraphView(c));
    else if (c.nodeName === "w:tbl") out.push(tableView(c));
    else if (c.nodeName === "w:sdt") {
      const content = child(c, "w:sdtContent");
      out.push({ kind: "control", tag: sdtTag(c), title: sdtTitle(c), blocks: content ? blocksOf(content) : [] });
    }
  }
  return out;
}
