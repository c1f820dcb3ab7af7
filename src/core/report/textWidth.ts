/**
 * Approximate printed widths of Arial text (the report's font; LibreOffice substitutes the
 * metric-compatible Liberation Sans), so that table columns can be made wide enough for the
 * longest word they hold and a word or number never breaks inside itself. Widths are the
 * Helvetica/Arial advance widths in 1/1000 em for printable ASCII; other characters count as a
 * wide 1000 so that an estimate errs towards a wider column.
 */

// printable ASCII 32..126, regular and bold (Arial = Helvetica metrics)
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Left + right cell margin of the report's tables (w:tblCellMar), in twips. */
export const CELL_PADDING = 144;
/** Slack for rounding and renderer differences, in twips. */
const SLACK = 40;

/** Width of `text` on one line in Arial at `halfPoints` (20 = 10 pt), in twips. */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    units += c >= 32 && c <= 126 ? table[c - 32] : c === 0x2013 ? 556 : c === 0xa0 ? 278 : 1000;
  }
  // 1 pt = 20 twips; units/1000 em × halfPoints/2 pt × 20
  return Math.ceil((units * halfPoints) / 100);
}

/**
 * The words of a cell's text (split at spaces and line breaks): where a line may break. A no-break
 * space (U+00A0, U+2007, U+202F) joins, as in "Rp\u00A01.500.000" or "12\u00A0kegiatan".
 */
export function wordsOf(text: string): string[] {
  return text.split(/[^\S\u00A0\u2007\u202F]+/).filter((w) => w !== "");
}

/** Column width (twips, padding included) that holds each word of `texts` unbroken. */
export function widthForWords(texts: readonly string[], halfPoints: number, bold = false): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, longestWordWidth(t, halfPoints, bold));
  return max + CELL_PADDING + SLACK;
}

/** Where a line may break: white space (`\s`) other than the no-break spaces `wordsOf` keeps in a word. */
function breaksLine(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x1680) return false; // U+00A0 joins
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a && c !== 0x2007) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The width of the widest word of `text` (`wordsOf`, measured by `textWidth`), in one pass without
 * cutting the text into words: a report measures the words of some 300.000 cells.
 */
export function longestWordWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let max = 0;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (breaksLine(c)) {
      if (units > max) max = units;
      units = 0;
      continue;
    }
    // a surrogate pair is one character (as `for...of` counts it)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    units += c >= 32 && c <= 126 ? table[c - 32] : c === 0x2013 ? 556 : c === 0xa0 ? 278 : 1000;
  }
  if (units > max) max = units;
  return Math.ceil((max * halfPoints) / 100);
}
