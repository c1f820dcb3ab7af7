/**
 * The page estimate's model of a table row and of a paragraph (used when no layout engine gives
 * the true page numbers of the indexes): a cell takes as many lines as its text needs at about 100
 * twips a character, plus its line breaks, and a row is as tall as its tallest cell; a paragraph
 * takes about 75 characters a line at its style's spacing. One model, two readers: the files host
 * reads the facts from a document's XML (docxIndexes), and the renderer knows them as it writes its
 * own rows and paragraphs (`tableParts`, `measuredParagraph`), so a 10.000-indicator report is not
 * read again only to be measured. Both must give the same height for the same element; tests hold
 * them to it.
 */

/** What the estimate knows of a cell: the characters of its text runs (w:t, entities as written) and its line breaks (w:br). */
export interface CellFacts {
  chars: number;
  breaks: number;
}

/** Lines a cell of `facts` takes in a grid column `width` twips wide (1500 when the grid has no such column). */
export function cellLines(chars: number, breaks: number, width: number | undefined): number {
  const perLine = Math.max(4, Math.floor(((width ?? 1500) - 144) / 100));
  return Math.ceil(chars / perLine) + breaks;
}

/** The height of a row whose tallest cell takes `lines` lines (twentieths of a point). */
export function rowHeight(lines: number): number {
  return lines * 250 + 60;
}

/**
 * The height of a paragraph of style `style` (its w:pStyle value as written, "" for none) whose
 * text runs hold `chars` characters (entities as written). Only for a paragraph the estimate reads
 * as text: not a heading, a title, an index or a chart, which it reads otherwise.
 */
export function paragraphHeight(chars: number, style: string): number {
  const spacing = style === "IsiLaporan" || style === "Butir" || style === "" ? 400 : 300;
  return Math.max(1, Math.ceil(chars / 75)) * spacing + 120;
}

/**
 * Whether the estimate reads a paragraph of style `style` as text (`paragraphHeight`): not a
 * heading or a title (a page break, an index entry), not an index itself.
 */
export function textStyle(style: string): boolean {
  return !style.startsWith("Heading") && !/^(TOC\d|TableofFigures|JudulBagian|Title)$/.test(style);
}
