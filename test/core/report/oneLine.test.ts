/**
 * `oneLine`'s shortcut (text already on one line is returned as it is) gives exactly what the full
 * folding gives, on random text full of the characters that matter: every kind of white space,
 * control characters, surrogates (paired and lone), U+FFFE/U+FFFF.
 */
import fc from "fast-check";
import { cleanText, oneLine } from "../../../src/core/report/xml";

const folded = (text: string) => cleanText(text).replace(/\s+/g, " ").trim();

const SPECIAL = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u000b",
  "\f",
  "\u00a0",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u0000",
  "\u0007",
  "\u001f",
  "\u007f",
  "\ufffe",
  "\uffff",
  "\ud834",
  "\udd1e",
  "\ud834\udd1e",
  "↓",
  "“",
  "a",
  "Z",
  "9",
];

describe("oneLine", () => {
  test("the shortcut and the full folding agree", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 4 })), { maxLength: 12 }),
        (parts) => {
          const text = parts.join("");
          expect(oneLine(text)).toBe(folded(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("typical names are kept as they are, and the odd ones folded", () => {
    expect(oneLine("Indeks Kepuasan Masyarakat (IKM)")).toBe("Indeks Kepuasan Masyarakat (IKM)");
    expect(oneLine("  Persentase\tpenanganan \n konflik ")).toBe("Persentase penanganan konflik");
    expect(oneLine("orang\u00a0/ tahun")).toBe("orang / tahun");
  });
});
