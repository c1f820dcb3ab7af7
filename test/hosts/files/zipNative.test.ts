/**
 * The CLI's native-zlib writer: a part given as pieces (the report's document, never joined into
 * one string nor encoded into one buffer) is stored as exactly the text the pieces make, its CRC
 * and sizes right, whatever falls on the edge of a run (a multi-byte character, a surrogate pair).
 */
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import { putDeflated, putDeflatedPieces } from "../../../src/hosts/files/zipNative";

const DATE = new Date(Date.UTC(2026, 0, 2));

async function stored(put: (zip: JSZip) => void | Promise<void>): Promise<{ text: string; bytes: Buffer }> {
  const zip = new JSZip();
  await put(zip);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const text = await (await JSZip.loadAsync(bytes, { checkCRC32: true })).file("word/document.xml")!.async("string");
  return { text, bytes };
}

describe("putDeflatedPieces", () => {
  test("pieces (multi-byte text included) are stored as the joined text would be", async () => {
    const pieces = ["<w:p>", "“Capaian” – 105,26% ↓ …", "", "<w:t>€ 𝄞 ≥</w:t>", "</w:p>".repeat(500)];
    const whole = await stored((zip) => putDeflated(zip, "word/document.xml", pieces.join(""), DATE));
    const split = await stored((zip) => putDeflatedPieces(zip, "word/document.xml", pieces, DATE));
    expect(split.text).toBe(pieces.join(""));
    expect(whole.text).toBe(pieces.join(""));
  });

  test("runs of a small buffer: every edge lands somewhere else, the text and its CRC stay", async () => {
    const pieces = [
      "<w:document>",
      "“Capaian” – 105,26% ↓ … 𝄞".repeat(40),
      "a".repeat(1000),
      "",
      "𝄞".repeat(300),
      "<w:t>≥ x</w:t>".repeat(77),
    ];
    for (const chunk of [16, 17, 64, 1000, 1 << 20]) {
      const split = await stored((zip) => putDeflatedPieces(zip, "word/document.xml", pieces, DATE, 6, chunk));
      expect(split.text).toBe(pieces.join(""));
      const entry = inflateRawSync(rawEntry(split.bytes)).toString("utf8");
      expect(entry).toBe(pieces.join(""));
    }
  });

  test("a buffer is filled again only after its run is deflated (thread pool), with one, two or three in flight", async () => {
    // every run differs, so a buffer overwritten while its run is still being read would show
    const pieces = Array.from(
      { length: 400 },
      (_, i) => `<w:t>${i} “${"x".repeat(i % 97)}” ${"𝄞".repeat(i % 5)}</w:t>`,
    );
    for (const inFlight of [1, 2, 3])
      for (const chunk of [64, 999, 4096]) {
        const split = await stored((zip) =>
          putDeflatedPieces(zip, "word/document.xml", pieces, DATE, 6, chunk, inFlight),
        );
        expect(split.text).toBe(pieces.join(""));
      }
  });
});

/** The raw DEFLATE data of the first entry of a zip (local file header, PKWARE APPNOTE 4.3.7). */
function rawEntry(zip: Buffer): Buffer {
  const nameLength = zip.readUInt16LE(26);
  const extraLength = zip.readUInt16LE(28);
  const compressed = zip.readUInt32LE(18);
  const start = 30 + nameLength + extraLength;
  return zip.subarray(start, start + compressed);
}
