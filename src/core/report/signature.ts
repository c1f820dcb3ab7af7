/**
 * Line breaks for the signature block (spec section 5: "the signature block holds a long jabatan
 * without a lone word on a line"). The block is the right part of the text width (style
 * TandaTangan: left indent 4536 twips, centered, 12 pt). A jabatan such as "Kepala Badan Kesatuan
 * Bangsa dan Politik" is a little wider than that: left to the renderer it breaks as
 * "... Bangsa dan / Politik". Here such a text is broken before its region ("Kabupaten ...", "Kota
 * ...", "Provinsi ...") when it has one, and each part into the fewest lines that fit, as even in
 * length as possible ("Kepala Badan Kesatuan / Bangsa dan Politik"), with explicit line breaks.
 */
import { textWidth, wordsOf } from "./textWidth";

/** Left indent of the TandaTangan style, in twips (styles.ts). */
export const SIGN_INDENT = 4536;
/** Width of the signature block on A4 (the narrower paper), in twips, with a little slack. */
export const SIGN_WIDTH = 9071 - SIGN_INDENT - 60;
/** Body size of the signature block, half-points (12 pt). */
const SIGN_SIZE = 24;

/**
 * `text` broken into the fewest lines of at most `width` twips, the longest of them as short as
 * possible (so no line is left with one word when the words can be shared out); joined with "\n".
 * A text that fits on one line is returned as it is (its spaces folded).
 */
export function balancedLines(text: string, width = SIGN_WIDTH, halfPoints = SIGN_SIZE, bold = false): string {
  const words = wordsOf(text);
  if (words.length <= 1) return words.join("");
  if (textWidth(words.join(" "), halfPoints, bold) <= width) return words.join(" ");
  // the natural break first: before the region ("... dan Politik / Kabupaten Kotawaringin Barat")
  const at = words.findIndex((x, k) => k > 0 && REGION.test(x));
  if (at > 0)
    return [words.slice(0, at), words.slice(at)]
      .map((part) => balancedLines(part.join(" "), width, halfPoints, bold))
      .join("\n");
  return evenLines(words, width, halfPoints, bold);
}

/** Words that begin the name of a region in a jabatan ("Kabupaten Kotawaringin Barat"). */
const REGION = /^(Kabupaten|Kota|Provinsi|Pemerintah)$/;

function evenLines(words: string[], width: number, halfPoints: number, bold: boolean): string {
  const w = (from: number, to: number) => textWidth(words.slice(from, to).join(" "), halfPoints, bold);
  const n = words.length;
  // best[i]: [lines, longest] for words i..n-1; next[i]: where the first line of that layout ends
  const best: [number, number][] = Array(n + 1);
  const next: number[] = Array(n + 1).fill(n);
  best[n] = [0, 0];
  for (let i = n - 1; i >= 0; i--) {
    best[i] = [Infinity, Infinity];
    for (let j = i + 1; j <= n; j++) {
      const lw = w(i, j);
      // a single word wider than the block still gets its own line
      if (lw > width && j > i + 1) break;
      const cand: [number, number] = [best[j][0] + 1, Math.max(lw, best[j][1])];
      if (cand[0] < best[i][0] || (cand[0] === best[i][0] && cand[1] < best[i][1])) {
        best[i] = cand;
        next[i] = j;
      }
    }
  }
  const lines: string[] = [];
  for (let i = 0; i < n; i = next[i]) lines.push(words.slice(i, next[i]).join(" "));
  return lines.join("\n");
}
