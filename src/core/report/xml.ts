/**
 * Small WordprocessingML builders: escaped text runs, paragraphs and tables, in the element
 * order the ECMA-376 schema requires (Word refuses a document whose pPr/rPr/tcPr children are out
 * of order). Everything returns XML text with the `w:` prefix and no namespace declarations: the
 * caller puts it inside a w:body or a w:sdtContent.
 */

import { cellLines, paragraphHeight, rowHeight, textStyle, type CellFacts } from "./pieceHeights";

/**
 * Makes user text safe for XML 1.0 element content and attributes: characters XML forbids
 * (C0 controls other than tab/newline, lone surrogates, U+FFFE/U+FFFF) are removed, and
 * `& < > " '` are escaped.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF\r]/;

/** What `run` must look at: NEEDS_WORK and the line breaks and tabs it turns into elements. */
// eslint-disable-next-line no-control-regex
const RUN_WORK = /[&<>"'\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return cleanText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Removes characters that cannot be stored in XML 1.0 and normalises line breaks to "\n". */
export function cleanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return (
    text
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
  );
}

/**
 * What `oneLine` would change: white space other than a lone inner space, and what `cleanText`
 * removes (control characters, surrogates, U+FFFE/U+FFFF). Text without any is already one line.
 */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $|[\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Folds runs of white space (line breaks included) into one space and trims. */
export function oneLine(text: string): string {
  // most names and units are one line already: one test instead of five passes (300.000 cells)
  if (!NOT_ONE_LINE.test(text)) return text;
  return cleanText(text).replace(/\s+/g, " ").trim();
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  underline?: boolean;
  /** Grey (808080), e.g. a repeated sasaran name. */
  grey?: boolean;
  /** Half-points (24 = 12 pt). */
  size?: number;
}

/** rPr by its properties (a few combinations in a whole report): made once each, not per cell. */
const RPR_MADE = new Map<number, string>();

function rPr(p: RunProps | undefined): string {
  if (!p) return "";
  const size = p.size ?? 0;
  // sizes are half-points (a small whole number); anything else is made as it is
  if (!Number.isInteger(size) || size < 0 || size > 4096) return makeRPr(p);
  const key =
    (p.bold ? 1 : 0) | (p.italic ? 2 : 0) | (p.caps ? 4 : 0) | (p.grey ? 8 : 0) | (p.underline ? 16 : 0) | (size << 5);
  let made = RPR_MADE.get(key);
  if (made === undefined) RPR_MADE.set(key, (made = makeRPr(p)));
  return made;
}

function makeRPr(p: RunProps): string {
  let s = "";
  if (p.bold) s += "<w:b/><w:bCs/>";
  if (p.italic) s += "<w:i/><w:iCs/>";
  if (p.caps) s += "<w:caps/>";
  if (p.grey) s += '<w:color w:val="808080"/>';
  if (p.size) s += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  if (p.underline) s += '<w:u w:val="single"/>';
  return s ? `<w:rPr>${s}</w:rPr>` : "";
}

/**
 * One run of text. Line breaks in the text become w:br, tabs w:tab; leading/trailing spaces are
 * kept (xml:space="preserve").
 */
export function run(text: string, props?: RunProps, facts?: CellFacts): string {
  if (text === "") return "";
  // the common case, one test: no line break or tab, nothing to escape or remove
  if (!RUN_WORK.test(text)) {
    const space = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 ? ' xml:space="preserve"' : "";
    if (facts) facts.chars += text.length;
    return `<w:r>${rPr(props)}<w:t${space}>${text}</w:t></w:r>`;
  }
  if (!/[\n\r\t]/.test(text)) {
    const e = escapeXml(text);
    if (e === "") return "";
    const space = e.charCodeAt(0) === 32 || e.charCodeAt(e.length - 1) === 32 ? ' xml:space="preserve"' : "";
    if (facts) facts.chars += e.length;
    return `<w:r>${rPr(props)}<w:t${space}>${e}</w:t></w:r>`;
  }
  const clean = cleanText(text);
  const parts: string[] = [];
  const lines = clean.split("\n");
  let chars = 0;
  lines.forEach((line, li) => {
    if (li > 0) parts.push("<w:br/>");
    line.split("\t").forEach((piece, pi) => {
      if (pi > 0) parts.push("<w:tab/>");
      if (!piece) return;
      const e = escapeXml(piece);
      chars += e.length;
      parts.push(`<w:t xml:space="preserve">${e}</w:t>`);
    });
  });
  if (parts.length === 0) return "";
  if (facts) {
    facts.chars += chars;
    facts.breaks += lines.length - 1;
  }
  return `<w:r>${rPr(props)}${parts.join("")}</w:r>`;
}

export type Inline = string | { text: string; props?: RunProps } | { raw: string };

function inlineXml(content: Inline | readonly Inline[], facts?: CellFacts & { known: boolean }): string {
  const list: readonly Inline[] = Array.isArray(content) ? content : [content as Inline];
  return list
    .map((c) => {
      if (typeof c === "string") return run(c, undefined, facts);
      if (!("raw" in c)) return run(c.text, c.props, facts);
      if (facts) facts.known = false;
      return c.raw;
    })
    .join("");
}

export type Align = "left" | "center" | "right" | "both";

export interface ParaProps {
  style?: string;
  keepNext?: boolean;
  align?: Align;
  /** Space before/after in twentieths of a point. */
  before?: number;
  after?: number;
  /** Left indent and hanging indent in twips. */
  indentLeft?: number;
  hanging?: number;
  firstLine?: number;
}

/** A paragraph: pPr children in schema order (pStyle, keepNext, spacing, ind, jc). */
export function paragraph(content: Inline | readonly Inline[], props: ParaProps = {}): string {
  return paragraphXml(content, props);
}

/**
 * `paragraph(content, props)` with the page estimate's height of it (pieceHeights.ts): null when it
 * holds raw content (a field, a drawing) or has a style the estimate reads otherwise (a heading).
 */
export function measuredParagraph(
  content: Inline | readonly Inline[],
  props: ParaProps = {},
): { xml: string; height: number | null } {
  const facts = { chars: 0, breaks: 0, known: true };
  const xml = paragraphXml(content, props, facts);
  const style = props.style ? escapeXml(props.style) : "";
  return { xml, height: facts.known && textStyle(style) ? paragraphHeight(facts.chars, style) : null };
}

function paragraphXml(
  content: Inline | readonly Inline[],
  props: ParaProps,
  facts?: CellFacts & { known: boolean },
): string {
  let p = "";
  if (props.style) p += `<w:pStyle w:val="${escapeXml(props.style)}"/>`;
  if (props.keepNext) p += "<w:keepNext/>";
  if (props.before !== undefined || props.after !== undefined) {
    p += "<w:spacing";
    if (props.before !== undefined) p += ` w:before="${props.before}"`;
    if (props.after !== undefined) p += ` w:after="${props.after}"`;
    p += "/>";
  }
  if (props.indentLeft !== undefined || props.hanging !== undefined || props.firstLine !== undefined) {
    p += "<w:ind";
    if (props.indentLeft !== undefined) p += ` w:left="${props.indentLeft}"`;
    if (props.hanging !== undefined) p += ` w:hanging="${props.hanging}"`;
    else if (props.firstLine !== undefined) p += ` w:firstLine="${props.firstLine}"`;
    p += "/>";
  }
  if (props.align) p += `<w:jc w:val="${props.align}"/>`;
  // one flat text at birth (joined, not a chain of concatenations): a report's ten thousand
  // paragraphs are stored as they are, and a chain would be copied again when first searched
  return ["<w:p>", p ? `<w:pPr>${p}</w:pPr>` : "", inlineXml(content, facts), "</w:p>"].join("");
}

/**
 * A field (SEQ, PAGE, ...) with its cached result, written as a complex field (fldChar
 * begin/separate/end), which Word and LibreOffice both show by its result.
 */
export function field(instr: string, cached: string, props?: RunProps): { raw: string } {
  const r = rPr(props);
  return {
    raw:
      `<w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${r}<w:instrText xml:space="preserve">${escapeXml(instr)}</w:instrText></w:r>` +
      `<w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r>` +
      run(cached, props) +
      `<w:r>${r}<w:fldChar w:fldCharType="end"/></w:r>`,
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface CellSpec {
  /** Text (or inline content) of the cell; several paragraphs as an array of arrays is not needed here. */
  content: Inline | readonly Inline[];
  align?: Align;
  bold?: boolean;
  /** Vertical merge: "restart" opens a merged cell, "continue" continues the one above. */
  vMerge?: "restart" | "continue";
  /** Horizontal span over grid columns. */
  span?: number;
  shade?: string;
  /** Paragraph style instead of the alignment's (e.g. TabelUlang, the grey repeated sasaran). */
  style?: string;
}

export interface RowSpec {
  cells: CellSpec[];
  /** Repeated at the top of every page (w:tblHeader). */
  header?: boolean;
  /** Shaded, bold total row. */
  total?: boolean;
  /** Keep this row on the page of the next one (w:keepNext on its paragraphs): a sasaran's rows stay together. */
  keepWithNext?: boolean;
}

export interface TableSpec {
  /** Column widths in twips (w:gridCol); the table is laid out fixed at these widths. */
  widths: number[];
  rows: RowSpec[];
  /** Font size of every cell in half-points (16 = 8 pt); the table styles' 10 pt when absent. */
  fontSize?: number;
}

export const HEADER_FILL = "D9E2F3";
export const TOTAL_FILL = "F2F2F2";
/** Cell paragraph properties: the alignment comes with the style (TabelAngka right, TabelTengah center). */
const CELL_PPR: Record<Align, string> = {
  left: '<w:pPr><w:pStyle w:val="TabelIsi"/></w:pPr>',
  right: '<w:pPr><w:pStyle w:val="TabelAngka"/></w:pPr>',
  center: '<w:pPr><w:pStyle w:val="TabelTengah"/></w:pPr>',
  both: '<w:pPr><w:pStyle w:val="TabelIsi"/><w:jc w:val="both"/></w:pPr>',
};

/**
 * A cell's XML; `facts` (when given) gets the characters and line breaks of its text, or `known`
 * false when the cell holds raw content (a field, a drawing) the page estimate reads otherwise.
 */
function cellXml(
  cell: CellSpec,
  width: number,
  row: RowSpec,
  size?: number,
  facts?: CellFacts & { known: boolean },
): string {
  // Lean on purpose (a 10,000-indicator report has 300,000 cells): defaults are left out
  // (left alignment, top vertical alignment); spacing comes from the TabelIsi style.
  // body cells take their width from w:tblGrid (fixed layout); header and spanning cells say it
  let tcPr = row.header || row.total || (cell.span ?? 1) > 1 ? `<w:tcW w:w="${width}" w:type="dxa"/>` : "";
  if (cell.span && cell.span > 1) tcPr += `<w:gridSpan w:val="${cell.span}"/>`;
  if (cell.vMerge === "restart") tcPr += '<w:vMerge w:val="restart"/>';
  else if (cell.vMerge === "continue") tcPr += "<w:vMerge/>";
  const fill = cell.shade ?? (row.header ? HEADER_FILL : row.total ? TOTAL_FILL : undefined);
  if (fill) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
  if (row.header) tcPr += '<w:vAlign w:val="center"/>';
  const bold = cell.bold ?? (row.header || row.total);
  const base: RunProps | undefined = bold || size ? { bold, size } : undefined;
  const align = cell.align ?? (row.header ? "center" : "left");
  let inner = "";
  if (cell.vMerge !== "continue") {
    const c = cell.content;
    if (typeof c === "string") inner = run(c, base, facts);
    else {
      const list: readonly Inline[] = Array.isArray(c) ? c : [c as Inline];
      inner = list
        .map((x) => {
          if (typeof x === "string") return run(x, base, facts);
          if (!("raw" in x)) return run(x.text, { bold, size, ...x.props }, facts);
          if (facts) facts.known = false;
          return x.raw;
        })
        .join("");
    }
  }
  const ppr = cellPPr(cell.style, align, row.keepWithNext === true, size);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}<w:p>${ppr}${inner}</w:p></w:tc>`;
}

/**
 * A control's body: one text, or its pieces in order (a large table or the narrative, never joined
 * into one 10-million-character text unless a caller needs it whole). Every piece holds whole
 * elements: a paragraph, a table's opening (properties and grid), one row, or the table's close.
 */
export type Body = string | Pieces;

/**
 * A body's pieces in order; `heights[k]`, when a number, is the page estimate's height of piece
 * k, one table row or text paragraph of the renderer's own (plain text only: `tableParts`,
 * `measuredParagraph`): the files host then need not read it again to measure it, nor search it
 * for bookmarks, fields or controls (pieceHeights.ts). Null or missing: read it.
 */
export type Pieces = readonly string[] & { readonly heights?: readonly (number | null)[] };

/** `pieces` carrying `heights` (the same indices), when there are any. */
export function withHeights(pieces: string[], heights: readonly (number | null)[] | undefined): Pieces {
  return heights === undefined ? pieces : Object.assign(pieces, { heights });
}

/** A caption or heading, then a table's pieces (`tableParts`), with the table's row heights moved along. */
export function headedTable(head: string, table: Pieces): Pieces {
  return withHeights([head, ...table], table.heights && [null, ...table.heights]);
}

/** A body as one text (its pieces joined once). */
export function joinBody(body: Body): string {
  return typeof body === "string" ? body : body.length === 1 ? body[0] : body.join("");
}

/** A cell's paragraph properties by style (or alignment), keepNext and size: made once per combination. */
const PPR_MADE = new Map<string, string>();

function cellPPr(style: string | undefined, align: Align, keepNext: boolean, size: number | undefined): string {
  const key = `${style ?? ""}|${align}|${keepNext ? 1 : 0}|${size ?? ""}`;
  let ppr = PPR_MADE.get(key);
  if (ppr !== undefined) return ppr;
  ppr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : CELL_PPR[align];
  if (keepNext) ppr = ppr.replace("/>", "/><w:keepNext/>");
  // the paragraph mark at the table's size too (it sets the last line's height); rPr is pPr's last child
  if (size) ppr = ppr.replace("</w:pPr>", `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:pPr>`);
  // a style name is the renderer's own (TabelUlang): the few combinations are kept
  if (PPR_MADE.size < 256) PPR_MADE.set(key, ppr);
  return ppr;
}

/**
 * A bordered table with fixed column widths (long words wrap inside their cell instead of
 * widening the table), header rows repeated on every page and rows that do not split.
 */
export function table(spec: TableSpec): string {
  return tableParts(spec).join("");
}

/**
 * `table(spec)` as its pieces in order (the opening with its properties and grid, each row, the
 * closing): a control's body (`Body`) that the file host stores piece by piece, never joining a
 * 10.000-row table into one text (`keepTailAfter`).
 */
export function tableParts(spec: TableSpec): string[] & { heights: (number | null)[] } {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const border = (name: string) => `<w:${name} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    "<w:tblPr>" +
    '<w:tblStyle w:val="TabelLAKIP"/>' +
    `<w:tblW w:w="${total}" w:type="dxa"/>` +
    '<w:jc w:val="center"/>' +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="72" w:type="dxa"/><w:right w:w="72" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    "</w:tblPr>";
  const grid = `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  // each row's height as the page estimate reads it from the XML (pieceHeights.ts): its grid is
  // read as whole twips, so only a grid of whole twips is measured here
  const measured = spec.widths.every((w) => Number.isSafeInteger(w) && w >= 0);
  const facts = { chars: 0, breaks: 0, known: true };
  const heights: (number | null)[] = [null];
  const rows = spec.rows.map((row, r) => {
    // the last row keeps with what follows: the "Sumber: ..." line never starts a page alone
    if (r === spec.rows.length - 1 && !row.keepWithNext) row = { ...row, keepWithNext: true };
    // the row joined once from its cells: one flat text at birth (see `paragraph`)
    const parts = ["<w:tr>", `<w:trPr><w:cantSplit/>${row.header ? "<w:tblHeader/>" : ""}</w:trPr>`];
    let col = 0;
    let lines = 1;
    let known = measured;
    for (let k = 0; k < row.cells.length; k++) {
      const c = row.cells[k];
      const span = c.span ?? 1;
      let width = 0;
      for (let g = col; g < col + span && g < spec.widths.length; g++) width += spec.widths[g];
      col += span;
      facts.chars = 0;
      facts.breaks = 0;
      facts.known = true;
      parts.push(cellXml(c, width, row, spec.fontSize, facts));
      // a cell is the k-th w:tc of its row: the estimate reads its width as the k-th grid column
      // (a heading style in a cell would make the row an index entry, read as such)
      if (c.style?.startsWith("Heading")) known = false;
      if (facts.known) lines = Math.max(lines, cellLines(facts.chars, facts.breaks, spec.widths[k]));
      else known = false;
    }
    parts.push("</w:tr>");
    heights.push(known ? rowHeight(lines) : null);
    return parts.join("");
  });
  heights.push(null);
  return Object.assign([`<w:tbl>${tblPr}${grid}`, ...rows, "</w:tbl>"], { heights });
}
