/**
 * No page holds only a note or a caption (spec section 5). A table's "Sumber: ..." line and the
 * notes under it (polaritas, Batas Capaian, predikat scale) are chained to each other with
 * keepNext, and the table's last row keeps with the Sumber line (xml.ts), so the notes move to a
 * new page only together with the table's last row; each note keeps its own lines together
 * (keepLines, the Sumber style). Captions keep with what follows by their style.
 */

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
  const tail = xml.slice(end);
  const paras = tail.match(/<w:p>[\s\S]*?<\/w:p>/g);
  if (!paras || paras.join("") !== tail) return xml; // something other than flat paragraphs: leave it
  return xml.slice(0, end) + paras.map((p, k) => (k < paras.length - 1 ? withKeepNext(p) : p)).join("");
}
