/**
 * The report's document read as segments, never joined (docxFill `fillPartSegments`, docxIndexes
 * `refreshIndexPieces`, docxParts `openSections`): every answer is the one the joined text gives.
 * The fill cuts around large block controls; any other cut that runs through a paragraph, table or
 * field makes the index scan read the joined text instead, with the same result.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { renderControls } from "../../../src/core/report";
import { fillPartSegments, fillPartXml } from "../../../src/hosts/files/docxFill";
import { refreshIndexes, refreshIndexPieces } from "../../../src/hosts/files/docxIndexes";
import { openSections } from "../../../src/hosts/files/docxParts";
import { buildTemplateDocx } from "../../../src/hosts/files/docxTemplate";
import { sampleAnalysis } from "../../core/report/fixtures";

const contents = renderControls(sampleAnalysis(), { tanggal: new Date(2026, 10, 24) });
let template = "";

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await buildTemplateDocx());
  template = await zip.file("word/document.xml")!.async("string");
});

/** The text cut at `cuts` (offsets, any order). */
function cutAt(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  return [0, ...at].map((from, k) => text.slice(from, k < at.length ? at[k] : text.length));
}

describe("the filled document as segments", () => {
  test("the fill cuts around every block control it may; joined, the segments are fillPartXml's text", () => {
    const whole = fillPartXml(template, contents).xml;
    const { segments } = fillPartSegments(template, contents, "word/document.xml", 1);
    expect(segments.length).toBeGreaterThan(8);
    expect(segments.join("")).toBe(whole);
    // the default leaves a small report whole
    expect(fillPartSegments(template, contents).segments).toEqual([whole]);
  });

  test("indexes, entries and pages from the segments are those of the joined text", () => {
    const { segments } = fillPartSegments(template, contents, "word/document.xml", 1);
    const flat = refreshIndexes(segments.join(""));
    const split = refreshIndexPieces(segments);
    expect(split.entries.length).toBeGreaterThan(5);
    expect(split.entries).toEqual(flat.entries);
    expect(split.pieces!.join("")).toBe(flat.xml);
    const pages = new Map(flat.entries.map((e, k) => [e.bookmark, String(k + 1)]));
    expect(refreshIndexPieces(segments, pages).pieces!.join("")).toBe(refreshIndexes(segments.join(""), pages).xml);
  });

  test("the open text sections and the logo from the segments are those of the joined text", () => {
    const { segments } = fillPartSegments(template, contents, "word/document.xml", 1);
    const flat = openSections(segments.join(""));
    expect(flat.teks.length).toBeGreaterThan(0);
    expect(openSections(segments)).toEqual(flat);
  });

  test("cut at any tags whatever (through paragraphs, tables, fields): the same document", () => {
    const whole = fillPartXml(template, contents).xml;
    const flat = refreshIndexes(whole);
    const tags: number[] = [];
    for (let i = whole.indexOf("<"); i >= 0; i = whole.indexOf("<", i + 1)) tags.push(i);
    // a segment that starts right at a heading's style (there is no paragraph start before it in
    // the segment: once an endless backward search)
    const heading = whole.indexOf('<w:pStyle w:val="Heading');
    expect(refreshIndexPieces(cutAt(whole, [heading])).pieces!.join("")).toBe(flat.xml);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tags), { maxLength: 12 }), (cuts) => {
        const r = refreshIndexPieces(cutAt(whole, cuts));
        expect(r.entries).toEqual(flat.entries);
        expect(r.pieces!.join("")).toBe(flat.xml);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
