/**
 * The agency's analysis sections (lakip:teks-analisis-N, spec section 5) in the .docx path: a
 * miss without Faktor Penghambat or Upaya Perbaikan gets one, listed as open; filling again never
 * writes into one the user has written (kept verbatim, the same bytes on every refill), and one
 * whose indicator no longer needs it is kept, not dropped.
 */
import JSZip from "jszip";
import { renderReport } from "../../../src/core/report";
import { fillDocx } from "../../../src/hosts/files/docxFill";
import { openSections } from "../../../src/hosts/files/docxParts";
import { buildTemplateDocx } from "../../../src/hosts/files/docxTemplate";
import { analysis, indikator } from "../../core/report/fixtures";

const TANGGAL = new Date(2026, 0, 15);

function misses(withAnalysisOnSecond: boolean) {
  return analysis([
    indikator({ indikator: "Tercapai", target: 10, realisasi: 10, capaian: 100, realisasiText: "10" }),
    indikator({ indikator: "Tanpa analisis", target: 10, realisasi: 8, capaian: 80, predikat: "Tinggi" }),
    indikator({
      indikator: "Dengan analisis",
      target: 10,
      realisasi: 9,
      capaian: 90,
      predikat: "Tinggi",
      faktorPenghambat: withAnalysisOnSecond ? "Anggaran terlambat cair" : null,
      upayaPerbaikan: withAnalysisOnSecond ? "Percepatan pengadaan" : null,
    }),
  ]);
}

async function documentXml(docx: Buffer): Promise<string> {
  return (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
}

/** The user writes in control `tag`: Word drops the placeholder flag and puts the text in. */
function write(xml: string, tag: string, text: string): string {
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  const start = xml.lastIndexOf("<w:sdt>", at);
  const end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length;
  const written = xml
    .slice(start, end)
    .replace("<w:showingPlcHdr/>", "")
    .replace(
      /<w:sdtContent>[\s\S]*<\/w:sdtContent>/,
      `<w:sdtContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:sdtContent>`,
    );
  return xml.slice(0, start) + written + xml.slice(end);
}

async function withDocument(docx: Buffer, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("analysis sections lakip:teks-analisis-N", () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await buildTemplateDocx("A4");
  });

  test("a miss without analysis gets section N (its order in Tabel 3.1), listed as open; a miss with analysis prints it", async () => {
    const r = renderReport(misses(true), { tanggal: TANGGAL });
    const filled = await fillDocx(template, r.controls);
    const xml = await documentXml(filled.docx);
    expect(xml).toContain('<w:tag w:val="lakip:teks-analisis-2"/>');
    expect(xml).not.toContain("lakip:teks-analisis-3");
    expect(xml).toContain("Faktor penghambat: Anggaran terlambat cair.");
    expect(xml).toContain("Upaya perbaikan: Percepatan pengadaan.");
    expect(filled.open.teks.map((t) => t.tag)).toContain("lakip:teks-analisis-2");
    expect(filled.open.teks.find((t) => t.tag === "lakip:teks-analisis-2")?.title).toBe(
      "Analisis Penyebab Indikator 2 (ditulis instansi)",
    );
    expect(filled.skipped).toEqual([]);
  });

  test("refilling keeps what the user wrote, verbatim, and gives the same bytes every time", async () => {
    const r = renderReport(misses(false), { tanggal: TANGGAL });
    const first = await fillDocx(template, r.controls);
    const xml = write(await documentXml(first.docx), "lakip:teks-analisis-3", "Pengadaan terlambat &amp; cuaca buruk");
    const edited = await withDocument(first.docx, xml);
    expect(openSections(xml).teks.map((t) => t.tag)).not.toContain("lakip:teks-analisis-3");
    expect(openSections(xml).teks.map((t) => t.tag)).toContain("lakip:teks-analisis-2");
    const again = await fillDocx(edited, r.controls);
    const xml2 = await documentXml(again.docx);
    expect(again.skipped).toEqual([]);
    expect(xml2).toContain("<w:b/></w:rPr><w:t>Pengadaan terlambat &amp; cuaca buruk</w:t>");
    expect(xml2.match(/lakip:teks-analisis-3"/g)?.length).toBe(1);
    const third = await fillDocx(again.docx, r.controls);
    expect(await documentXml(third.docx)).toBe(xml2);
  });

  test("a written section whose indicator no longer needs it is kept, not dropped", async () => {
    const before = renderReport(misses(false), { tanggal: TANGGAL });
    const first = await fillDocx(template, before.controls);
    const edited = await withDocument(
      first.docx,
      write(await documentXml(first.docx), "lakip:teks-analisis-3", "Teks analisis instansi"),
    );
    const after = renderReport(misses(true), { tanggal: TANGGAL }); // the unit wrote it in the workbook since
    const again = await fillDocx(edited, after.controls);
    const xml = await documentXml(again.docx);
    expect(xml).toContain("Teks analisis instansi");
    expect(xml).toContain("Faktor penghambat: Anggaran terlambat cair.");
  });
});
