/**
 * No page holds only a note or a caption (spec section 5). A table's "Sumber: ..." line and the
 * notes under it (polaritas, Batas Capaian, predikat scale) are chained to each other with
 * keepNext, and the table's last row keeps with the Sumber line (xml.ts), so the notes move to a
 * new page only together with the table's last row; each note keeps its own lines together
 * (keepLines, the Sumber style). Captions keep with what follows by their style.
 */

import { withHeights, type Pieces } from "./xml";

/** Adds w:keepNext to a paragraph's properties (after w:pStyle, as the schema orders them). */
function withKeepNext(p: string): string {
  if (p.includes("<w:keepNext/>")) return p;
  if (p.startsWith("<w:p><w:pPr>")) {
    const style = /^<w:p><w:pPr>(<w:pStyle [^>]*\/>)?/.exec(p) as RegExpExecArray;
    return style[0] + "<w:keepNext/>" + p.slice(style[0].length);
  }
  return p.replace(/^<w:p>/, "<w:p><w:pPr><w:keepNext/></w:pPr>");
}

/**
 * The paragraphs after the last table (or chart) of a control's body, each but the last kept
 * with the next one. Content without a table or chart is returned unchanged.
 */
export function keepTail(xml: string): string {
  const end = Math.max(
    xml.lastIndexOf("</w:tbl>") + 8,
    xml.lastIndexOf("</w:drawing>") >= 0 ? xml.indexOf("</w:p>", xml.lastIndexOf("</w:drawing>")) + 6 : 7,
  );
  if (end < 8) return xml;
  const kept = keptParagraphs(xml.slice(end));
  return kept === null ? xml : xml.slice(0, end) + kept;
}

/**
 * `keepTail(table + rest)` without reading `table`, as pieces in order: `table` is text that ends
 * with a table and holds no chart (a caption and a `table()`, or their pieces in order), `rest` what
 * follows it. A body of ten thousand rows is then never searched nor joined: its pieces go on as they
 * are (a caller wanting one text joins them once, `joinBody`).
 */
export function keepTailAfter(table: string | Pieces, rest: string): Pieces {
  const t = rest.lastIndexOf("</w:tbl>");
  const d = rest.lastIndexOf("</w:drawing>");
  const afterDrawing = d >= 0 ? rest.indexOf("</w:p>", d) : -1;
  const end = Math.max(t >= 0 ? t + 8 : 0, afterDrawing >= 0 ? afterDrawing + 6 : 0);
  const kept = keptParagraphs(rest.slice(end));
  const tail = kept === null ? rest : rest.slice(0, end) + kept;
  // the table's pieces keep their indices, so their row heights go along (the tail has none)
  return typeof table === "string" ? [table + tail] : withHeights([...table, tail], table.heights);
}

/** Flat paragraphs, each but the last kept with the next one; null when `tail` is not only paragraphs. */
function keptParagraphs(tail: string): string | null {
  const paras = tail.match(/<w:p>[\s\S]*?<\/w:p>/g);
  if (!paras || paras.join("") !== tail) return null; // something other than flat paragraphs: leave it
  return paras.map((p, k) => (k < paras.length - 1 ? withKeepNext(p) : p)).join("");
}
