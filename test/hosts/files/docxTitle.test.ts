/** The document's title property (docProps/core.xml dc:title) follows Judul Laporan (spec section 5). */
import JSZip from "jszip";
import { renderReport } from "../../../src/core/report";
import { buildTemplateDocx } from "../../../src/hosts/files/docxTemplate";
import { fillDocxZip, withTitle } from "../../../src/hosts/files/docxFill";
import { analysis, indikator } from "../../core/report/fixtures";

const CP =
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">';

describe("dc:title", () => {
  test("replaced, added, escaped; the dc prefix declared when the part lacks it", () => {
    expect(withTitle(`${CP}<dc:title>Lama</dc:title></cp:coreProperties>`, "A & B")).toBe(
      `${CP}<dc:title>A &amp; B</dc:title></cp:coreProperties>`,
    );
    expect(withTitle(`${CP}<dc:title/></cp:coreProperties>`, "X")).toBe(
      `${CP}<dc:title>X</dc:title></cp:coreProperties>`,
    );
    expect(withTitle(`${CP}</cp:coreProperties>`, "X")).toBe(`${CP}<dc:title>X</dc:title></cp:coreProperties>`);
    expect(withTitle('<cp:coreProperties xmlns:cp="urn:x"></cp:coreProperties>', "X")).toBe(
      '<cp:coreProperties xmlns:cp="urn:x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>X</dc:title></cp:coreProperties>',
    );
  });

  test("a filled report carries its Judul Laporan as the title", async () => {
    const a = analysis([indikator()]);
    a.identitas.judulLaporan = "LKjIP";
    const zip = await JSZip.loadAsync(await buildTemplateDocx("A4"));
    const r = renderReport(a, { tanggal: new Date(2026, 0, 15) }, true);
    await fillDocxZip(zip, r.controls, { charts: r.charts, title: r.title });
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain(
      "<dc:title>Laporan Kinerja Instansi Pemerintah (LKjIP) Badan Kesatuan Bangsa dan Politik Tahun 2025</dc:title>",
    );
    expect(core.match(/<dc:title>/g)).toHaveLength(1);
  });
});
