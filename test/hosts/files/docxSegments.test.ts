/**
 * The report's document read as segments, never joined (docxFill `fillPartSegments`, docxIndexes
 * `refreshIndexPieces`, docxParts `openSections`): every answer is the one the joined text gives.
 * The fill cuts around large block controls; any other cut that runs through a paragraph, table or
 * field makes the index scan read the joined text instead, with the same result.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../../src/core";
import { joinBody, renderControls, renderReport, renderReportBodies } from "../../../src/core/report";
import { syntheticWorkbook } from "../../../src/harness/common/syntheticWorkbook";
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

describe("controls given as pieces (renderReportBodies, the CLI's route)", () => {
  const a = analysisOf(60);
  const bodies = renderReportBodies(a, { tanggal: new Date(2026, 10, 24) }, true).controls;
  const joined = renderReport(a, { tanggal: new Date(2026, 10, 24) }, true).controls;

  test("each body joined is renderReport's text; the large ones are pieces of whole rows and paragraphs", () => {
    for (const tag of Object.keys(joined) as (keyof typeof joined)[]) expect(joinBody(bodies[tag])).toBe(joined[tag]);
    for (const tag of ["lakip:tabel-pengukuran", "lakip:tabel-perbandingan", "lakip:narasi-sasaran"] as const) {
      const pieces = bodies[tag];
      expect(Array.isArray(pieces)).toBe(true);
      expect(pieces.length).toBeGreaterThan(60);
      for (const p of pieces as readonly string[])
        expect(p === "" || /^<w:(p|tbl|tr|sdt)[ >]|^<\/w:tbl>/.test(p)).toBe(true);
    }
  });

  test("the fill stores every piece as a segment; joined, it is the fill of the joined bodies, indexes included", () => {
    const whole = fillPartXml(template, joined).xml;
    const { segments, heights } = fillPartSegments(template, bodies, "word/document.xml", 1);
    expect(segments.length).toBeGreaterThan(300);
    expect(segments.join("")).toBe(whole);
    // tables run over many segments: read segment by segment, with the entries and pages of the whole
    const flat = refreshIndexes(whole);
    const split = refreshIndexPieces(segments);
    expect(split.entries).toEqual(flat.entries);
    expect(split.pieces!.join("")).toBe(flat.xml);
    expect(openSections(segments)).toEqual(openSections(whole));
    // the renderer's rows and sentences come with their heights (each such segment one whole row
    // or paragraph), and measured so they give the same document; the heights are used: wrong ones
    // (rows or paragraphs) move the estimated pages
    const known = (kind: RegExp) => (heights ?? []).filter((h, k) => typeof h === "number" && kind.test(segments[k]));
    const rows = known(/^<w:tr>[\s\S]*<\/w:tr>$/);
    const paragraphs = known(/^<w:p[ >](?![\s\S]*<w:p[ >])[\s\S]*<\/w:p>$/);
    expect(rows.length).toBeGreaterThan(200);
    expect(paragraphs.length).toBeGreaterThan(60);
    expect(rows.length + paragraphs.length).toBe((heights ?? []).filter((h) => h !== null && h !== undefined).length);
    const hinted = refreshIndexPieces(segments, undefined, heights);
    expect(hinted.entries).toEqual(flat.entries);
    expect(hinted.pieces!.join("")).toBe(flat.xml);
    for (const kind of ["<w:tr>", "<w:p"]) {
      const wrong = heights!.map((h, k) => (typeof h === "number" && segments[k].startsWith(kind) ? h + 2000 : h));
      expect(refreshIndexPieces(segments, undefined, wrong).pieces!.join("")).not.toBe(flat.xml);
    }
  });

  test("cut anywhere inside the pieces' tables (through rows and cells): the same document", () => {
    const { segments } = fillPartSegments(template, bodies, "word/document.xml", 1);
    const whole = segments.join("");
    const flat = refreshIndexes(whole);
    // offsets of the segments' starts, and of tags inside table rows
    const starts: number[] = [];
    let at = 0;
    for (const s of segments) (starts.push(at), (at += s.length));
    const inRows: number[] = [];
    for (let i = whole.indexOf("<w:tc>"); i >= 0 && inRows.length < 4000; i = whole.indexOf("<w:tc>", i + 1))
      inRows.push(i);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...starts), { maxLength: 40 }),
        fc.array(fc.constantFrom(...inRows), { maxLength: 3 }),
        (rowCuts, cellCuts) => {
          const r = refreshIndexPieces(cutAt(whole, [...rowCuts, ...cellCuts]));
          expect(r.entries).toEqual(flat.entries);
          expect(r.pieces!.join("")).toBe(flat.xml);
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });

  test("a control inside a table cell: its measured sentences are read there as before (the same document)", () => {
    // the narrative's control moved into a one-cell table: its pieces lie inside a table row
    const at = template.indexOf('<w:tag w:val="lakip:narasi-sasaran"/>');
    const start = template.lastIndexOf("<w:sdt>", at);
    const end = template.indexOf("</w:sdt>", at) + 8;
    const inCell =
      template.slice(0, start) +
      '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc>' +
      template.slice(start, end) +
      "</w:tc></w:tr></w:tbl>" +
      template.slice(end);
    const whole = fillPartXml(inCell, joined).xml;
    const { segments, heights } = fillPartSegments(inCell, bodies, "word/document.xml", 1);
    expect(segments.join("")).toBe(whole);
    const flat = refreshIndexes(whole);
    const split = refreshIndexPieces(segments, undefined, heights);
    expect(split.entries).toEqual(flat.entries);
    expect(split.pieces!.join("")).toBe(flat.xml);
  });

  test("pieces are joined where the fill needs one text: another prefix, the agency's written analysis", () => {
    const other = template.replace(/(<\/?|\s)w:/g, "$1x:").replace(/xmlns:x=/, "xmlns:x=");
    expect(fillPartXml(other, bodies).xml).toBe(fillPartXml(other, joined).xml);
    const tag = joinBody(bodies["lakip:narasi-sasaran"]).match(/lakip:teks-analisis-\d+/)?.[0];
    expect(tag).toBeDefined();
    const filled = fillPartXml(template, joined).xml;
    const at = filled.indexOf(`<w:tag w:val="${tag}"/>`);
    const start = filled.lastIndexOf("<w:sdt>", at);
    const end = filled.indexOf("</w:sdt>", at) + 8;
    const written =
      filled.slice(0, start) +
      filled
        .slice(start, end)
        .replace("<w:showingPlcHdr/>", "")
        .replace(
          /<w:sdtContent>[\s\S]*<\/w:sdtContent>/,
          "<w:sdtContent><w:p><w:r><w:t>Ditulis sendiri</w:t></w:r></w:p></w:sdtContent>",
        ) +
      filled.slice(end);
    const again = fillPartSegments(written, bodies, "word/document.xml", 1).segments.join("");
    expect(again).toContain("Ditulis sendiri");
    expect(again).toBe(fillPartXml(written, joined).xml);
  });
});

/** An analysis of `n` indicators; the misses without Faktor Penghambat and Upaya get an analysis section. */
function analysisOf(n: number) {
  const a = analyzeWorkbook(syntheticWorkbook(n));
  for (const i of a.indikator)
    if (i.capaian !== null && i.capaian < 100) {
      i.faktorPenghambat = null;
      i.upayaPerbaikan = null;
    }
  return a;
}
