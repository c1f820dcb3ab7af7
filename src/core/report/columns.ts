/**
 * Column widths that hold every word of a table unbroken (spec section 5: "column widths hold the
 * longest word of each column, the agency's own predikat words and long unit names included").
 *
 * A table starts from its designed widths (`base`, summing to the text width); a column whose
 * longest word (bold in header and total rows, at the table's font size, with the cell margins)
 * does not fit is widened to it, and the width it takes comes from the columns that have room to
 * spare, in proportion to that room. When the words of all columns together are wider than the
 * text width, the table's font steps down (10, 9, 8, 7 pt) until they fit.
 */
import { CELL_PADDING, longestWordWidth } from "./textWidth";
import type { CellSpec, Inline, RowSpec } from "./xml";

/** Rounding and renderer slack on top of the measured word, in twips. */
const SLACK = 40;
/** Font sizes tried, in half-points: 10 pt (the table style's) down to 7 pt. */
const SIZES = [20, 18, 16, 14] as const;

/** The text of a cell as it prints (line breaks kept). */
export function cellText(c: CellSpec): string {
  const list: readonly Inline[] = Array.isArray(c.content) ? c.content : [c.content as Inline];
  return list.map((x) => (typeof x === "string" ? x : "raw" in x ? "" : x.text)).join("");
}

/** The width (twips, margins and slack included) each column needs for its longest word at `size`. */
export function columnNeeds(rows: readonly RowSpec[], cols: number, size: number): number[] {
  const need = Array<number>(cols).fill(CELL_PADDING + SLACK);
  for (const row of rows) {
    let col = 0;
    for (const c of row.cells) {
      const span = c.span ?? 1;
      if (span === 1 && col < cols && c.vMerge !== "continue") {
        const bold = c.bold ?? (row.header === true || row.total === true);
        // the grey repeated sasaran (TabelUlang) prints at 8 pt
        const sz = c.style === "TabelUlang" ? Math.min(size, 16) : size;
        const max = longestWordWidth(cellText(c), sz, bold);
        need[col] = Math.max(need[col], max + CELL_PADDING + SLACK);
      }
      col += span;
    }
  }
  return need;
}

/**
 * Widens the columns of `base` to `need`, taking the width from the columns with room to spare
 * (in proportion to their room); the total stays the same. Null when the needs exceed the total.
 */
export function redistribute(base: readonly number[], need: readonly number[]): number[] | null {
  const total = base.reduce((a, b) => a + b, 0);
  if (need.reduce((a, b) => a + b, 0) > total) return null;
  const widths = base.map((b, c) => Math.max(b, need[c]));
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess === 0) return widths;
  const room = widths.map((w, c) => Math.max(0, w - need[c]));
  const roomSum = room.reduce((a, b) => a + b, 0);
  const give = room.map((r) => Math.floor((r * excess) / roomSum));
  for (let c = 0; c < widths.length; c++) widths[c] -= give[c];
  excess -= give.reduce((a, b) => a + b, 0);
  // the rounding remainder from the roomiest columns, one twip each
  const order = room.map((r, c) => c).sort((a, b) => room[b] - room[a]);
  for (let k = 0; excess > 0; k = (k + 1) % order.length) {
    const c = order[k];
    if (widths[c] > need[c]) {
      widths[c]--;
      excess--;
    }
  }
  return widths;
}

/**
 * Widths and font size for a table: the designed `base` widths adjusted so that each column holds
 * its longest word, at the largest font size (from `fontSize`, default 10 pt, down to 7 pt) where
 * that is possible. `fontSize` is undefined at the table style's 10 pt.
 */
export function fitColumns(
  rows: readonly RowSpec[],
  base: readonly number[],
  fontSize = 20,
): { widths: number[]; fontSize: number | undefined } {
  for (const size of SIZES.filter((s) => s <= fontSize)) {
    const widths = redistribute(base, columnNeeds(rows, base.length, size));
    if (widths) return { widths, fontSize: size === 20 ? undefined : size };
  }
  // words wider than the page at 7 pt: share the width by need (a word must break somewhere)
  const need = columnNeeds(rows, base.length, 14);
  const total = base.reduce((a, b) => a + b, 0);
  const sum = need.reduce((a, b) => a + b, 0);
  const widths = need.map((n) => Math.floor((n * total) / sum));
  widths[0] += total - widths.reduce((a, b) => a + b, 0);
  return { widths, fontSize: 14 };
}
