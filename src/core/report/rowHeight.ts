/**
 * The page estimate's model of a table row (used when no layout engine gives the true page
 * numbers of the indexes): a cell takes as many lines as its text needs at about 100 twips a
 * character, plus its line breaks; a row is as tall as its tallest cell. One model, two readers:
 * the files host reads a cell's facts from a document's XML (docxIndexes), and the renderer knows
 * them as it writes its own rows (`tableParts`), so a 10.000-row table is not read again only to be
 * measured. Both must give the same height for the same row; a test holds them to it.
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
