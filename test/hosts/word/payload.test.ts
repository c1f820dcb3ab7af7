import { packInOrder, payloadBytes, splitBodyXml, splitTable, topLevelElements } from "../../../src/hosts/word/payload";

describe("payload splitting", () => {
  test("payloadBytes counts JSON-escaped UTF-8", () => {
    expect(payloadBytes("")).toBe(2);
    expect(payloadBytes('a"b')).toBe(2 + 4);
    expect(payloadBytes("é")).toBe(2 + 2);
    expect(payloadBytes("😀")).toBe(2 + 4);
  });

  test("topLevelElements keeps nested and self-closing elements whole", () => {
    const xml = `<w:p><w:r><w:t a=">">x</w:t></w:r></w:p><w:bookmarkStart w:id="0"/><w:tbl><w:tr/></w:tbl>`;
    expect(topLevelElements(xml)).toEqual([
      `<w:p><w:r><w:t a=">">x</w:t></w:r></w:p>`,
      `<w:bookmarkStart w:id="0"/>`,
      `<w:tbl><w:tr/></w:tbl>`,
    ]);
    expect(() => topLevelElements("<w:p>")).toThrow(/tidak ditutup/);
  });

  test("splitTable repeats the header and keeps every row once", () => {
    const row = (i: number) => `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc></w:tr>`;
    const head = `<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>H</w:t></w:r></w:p></w:tc></w:tr>`;
    const tbl = `<w:tbl><w:tblPr/><w:tblGrid/>${head}${Array.from({ length: 50 }, (_, i) => row(i)).join("")}</w:tbl>`;
    const parts = splitTable(tbl, 400);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) {
      expect(payloadBytes(p)).toBeLessThanOrEqual(400);
      expect(p.startsWith(`<w:tbl><w:tblPr/><w:tblGrid/>${head}`)).toBe(true);
    }
    const all = parts.join("");
    for (let i = 0; i < 50; i++) expect(all.split(`<w:t>${i}</w:t>`)).toHaveLength(2);
  });

  test("splitBodyXml returns the body as is when it fits, pieces in order otherwise", () => {
    const p = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;
    expect(splitBodyXml(p("a"), 1000)).toEqual([p("a")]);
    expect(splitBodyXml("", 10)).toEqual([""]);
    const body = ["a", "b", "c", "d"].map(p).join("");
    const pieces = splitBodyXml(body, payloadBytes(p("a")) * 2);
    expect(pieces.join("")).toBe(body);
    expect(pieces).toHaveLength(2);
    expect(() => splitBodyXml(p("x".repeat(100)), 50)).toThrow(/melebihi batas/);
  });

  test("packInOrder keeps order and budget", () => {
    const items = [3, 3, 3, 5, 1].map((bytes, i) => ({ bytes, i }));
    expect(packInOrder(items, 6).map((b) => b.map((x) => x.i))).toEqual([[0, 1], [2], [3, 4]]);
  });
});
