/**
 * The page estimate's heights (pieceHeights.ts): `tableParts` measures each of its rows, and
 * `measuredParagraph` its paragraph, as they write them; the files host's estimate reads the same
 * height from the XML (docxIndexes `tableRowHeightsOf`, `paragraphHeightOf`). Random tables: texts with line breaks, tabs, characters to
 * escape or drop, spaces at the ends, spans, merged cells, sizes; a row it cannot measure (raw
 * content, a heading style, a grid not in whole twips) has no height and is read from the XML.
 */
import fc from "fast-check";
import {
  measuredParagraph,
  paragraph,
  tableParts,
  type CellSpec,
  type Inline,
  type RowSpec,
} from "../../../src/core/report/xml";
import { paragraphHeightOf, tableRowHeightsOf } from "../../../src/hosts/files/docxIndexes";

const text = fc
  .array(
    fc.constantFrom(
      "a",
      "Capaian",
      " ",
      "\n",
      "\r\n",
      "\t",
      "&",
      "<",
      ">",
      '"',
      "'",
      "\u0001",
      "\uD800",
      "\uFFFE",
      "é",
      "🙂",
      "100,00%",
      "T 81",
    ),
    { maxLength: 30 },
  )
  .map((p) => p.join(""));

const inline: fc.Arbitrary<Inline> = fc.oneof(
  text,
  fc.record({ text, props: fc.record({ bold: fc.boolean(), size: fc.constantFrom(16, 20) }) }),
);

const cell: fc.Arbitrary<CellSpec> = fc.record(
  {
    content: fc.oneof(text, fc.array(inline, { maxLength: 3 })),
    span: fc.constantFrom(1, 1, 2),
    vMerge: fc.constantFrom(undefined, "restart" as const, "continue" as const),
    align: fc.constantFrom("left" as const, "right" as const, "center" as const, "both" as const),
    style: fc.constantFrom(undefined, "TabelUlang"),
  },
  { requiredKeys: ["content"] },
);

const row: fc.Arbitrary<RowSpec> = fc.record(
  { cells: fc.array(cell, { minLength: 1, maxLength: 8 }), header: fc.boolean(), total: fc.boolean() },
  { requiredKeys: ["cells"] },
);

// narrow columns too (4 characters a line), where one character more is a line more
const widths = fc.array(fc.oneof(fc.constantFrom(0, 300, 544, 700, 1500), fc.integer({ min: 0, max: 4000 })), {
  minLength: 1,
  maxLength: 7,
});

describe("tableParts' row heights are the estimate's (pieceHeights.ts)", () => {
  test("every measured row has the height the estimate reads from its XML", () => {
    let measured = 0;
    fc.assert(
      fc.property(
        widths,
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(undefined, 14, 16),
        (w, rows, fontSize) => {
          const parts = tableParts({ widths: w, rows, fontSize });
          expect(parts.heights).toHaveLength(parts.length);
          expect(parts.heights[0]).toBeNull();
          expect(parts.heights[parts.length - 1]).toBeNull();
          const fromXml = tableRowHeightsOf(parts.join(""));
          expect(fromXml).toHaveLength(rows.length);
          rows.forEach((_, r) => {
            const h = parts.heights[r + 1];
            if (h === null) return;
            measured++;
            expect(h).toBe(fromXml[r]);
          });
        },
      ),
      { numRuns: 3000 },
    );
    expect(measured).toBeGreaterThan(5000);
  });

  test("rows it cannot measure have no height: raw content, a heading style, a grid not in whole twips", () => {
    const plain: RowSpec = { cells: [{ content: "Indikator" }, { content: "100" }] };
    const raw: RowSpec = { cells: [{ content: [{ raw: "<w:r><w:t>x</w:t></w:r>" }] }, { content: "1" }] };
    const heading: RowSpec = { cells: [{ content: "Judul", style: "Heading2" }] };
    expect(tableParts({ widths: [1500, 1500], rows: [plain, raw, heading] }).heights).toEqual([
      null,
      tableRowHeightsOf(tableParts({ widths: [1500, 1500], rows: [plain] }).join(""))[0],
      null,
      null,
      null,
    ]);
    expect(tableParts({ widths: [1500.5, 1500], rows: [plain] }).heights).toEqual([null, null, null]);
  });
});

describe("measuredParagraph's height is the estimate's (pieceHeights.ts)", () => {
  const style = fc.constantFrom(undefined, "IsiLaporan", "Butir", "Sumber", "Caption", "TandaTangan", "Isi&Laporan");
  test("a paragraph of text has the height the estimate reads from its XML, and paragraph's XML", () => {
    let measured = 0;
    fc.assert(
      fc.property(
        fc.oneof(text, fc.array(inline, { maxLength: 4 })),
        style,
        fc.constantFrom(undefined, "left" as const, "both" as const),
        (content, s, align) => {
          const props = { style: s, align };
          const p = measuredParagraph(content, props);
          expect(p.xml).toBe(paragraph(content, props));
          if (p.height === null) return;
          measured++;
          expect(p.height).toBe(paragraphHeightOf(p.xml));
        },
      ),
      { numRuns: 3000 },
    );
    expect(measured).toBeGreaterThan(2500);
  });

  test("no height for raw content or a heading, title or index style", () => {
    expect(measuredParagraph([{ raw: "<w:r><w:t>x</w:t></w:r>" }], { style: "IsiLaporan" }).height).toBeNull();
    for (const s of ["Heading1", "Heading3", "JudulBagian", "TOC1", "TableofFigures", "Title"])
      expect(measuredParagraph("Judul", { style: s }).height).toBeNull();
    expect(measuredParagraph("x".repeat(151), { style: "IsiLaporan" }).height).toBe(3 * 400 + 120);
  });
});
