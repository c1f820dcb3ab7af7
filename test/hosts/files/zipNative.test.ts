/**
 * The CLI's native-zlib writer: a part given as pieces (the report's document, never joined into
 * one string) is stored with exactly the bytes of the same text given whole.
 */
import JSZip from "jszip";
import { putDeflated, putDeflatedPieces } from "../../../src/hosts/files/zipNative";

const DATE = new Date(Date.UTC(2026, 0, 2));

async function stored(put: (zip: JSZip) => void): Promise<{ text: string; bytes: Buffer }> {
  const zip = new JSZip();
  put(zip);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const text = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return { text, bytes };
}

describe("putDeflatedPieces", () => {
  test("pieces (multi-byte text included) are stored as the joined text would be", async () => {
    const pieces = ["<w:p>", "“Capaian” – 105,26% ↓ …", "", "<w:t>€ 𝄞 ≥</w:t>", "</w:p>".repeat(500)];
    const whole = await stored((zip) => putDeflated(zip, "word/document.xml", pieces.join(""), DATE));
    const split = await stored((zip) => putDeflatedPieces(zip, "word/document.xml", pieces, DATE));
    expect(split.text).toBe(pieces.join(""));
    expect(split.bytes.equals(whole.bytes)).toBe(true);
  });
});
