/**
 * The Word fake over a real document (src/hosts/memory/wordDocumentOffice.ts): the rules it takes
 * from Microsoft's pages, and the adapter's behaviour they drive (charts with their workbook, one
 * refused part not failing Isi semua, the field update on the web).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { OPERATION_OVERHEAD, WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { chartPart, toFlatOpc, type ChartSpec } from "../../../src/core/report";
import { chartParagraph } from "../../../src/core/report/chart";
import { chartWorkbook } from "../../../src/hosts/files/docxParts";

const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const cc = (tag: string, title = tag, inner = p("[isi otomatis]")) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

function setup(body: string, level = "1.9", platform: "web" | "desktop" = "desktop") {
  const doc = new WordMemoryDocument(body);
  const pkg = new WordPackage(doc);
  const word = wordDocumentRunner(pkg, { wordApi: level, platform });
  return { doc, pkg, word };
}

const SPEC: ChartSpec = {
  n: 1,
  kind: "bar",
  categories: ["Sasaran 1", "Sasaran 2"],
  series: [{ name: "Capaian", values: [105.26, 90], color: "2F5597" }],
  numFmt: "0.00",
  fromZero: true,
  cx: 5400000,
  cy: 3000000,
};

describe("Word fake: Microsoft's rules", () => {
  test("an error of a queued call surfaces at context.sync(), not at the call", async () => {
    const { word } = setup(p("x"), "1.1");
    await word.run(async (context) => {
      // Document.insertFileFromBase64 is WordApi 1.5: the call itself returns.
      expect(() => context.document.insertFileFromBase64("UEsDBA==", "Replace")).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  test("a property read before load + sync throws PropertyNotLoaded", async () => {
    const { word } = setup(p("x"));
    await word.run(async (context) => {
      const body = context.document.body;
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      body.load("text");
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(body.text).toContain("x");
    });
  });

  test("insertOoxml refuses malformed XML, a package without its document part, a chart without its workbook", async () => {
    const { word } = setup(cc("lakip:a"));
    const tryInsert = (ooxml: string) =>
      word.run(async (context) => {
        const list = context.document.body.contentControls.getByTag("lakip:a");
        list.load("items/id");
        await context.sync();
        list.items[0].insertOoxml(ooxml, "Replace");
        await context.sync();
      });
    await expect(tryInsert(toFlatOpc(p("ok")).replace("</w:body>", "</w:bod>"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      tryInsert('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>'),
    ).rejects.toThrow(/no \/word\/document.xml/);
    const chart = chartPart(SPEC, false);
    const body = chartParagraph(SPEC, "Grafik 1");
    await expect(tryInsert(toFlatOpc(body, [chart]))).rejects.toThrow(/has no embedded workbook/);
    const workbook = Buffer.from(await chartWorkbook(chart)).toString("base64");
    await expect(tryInsert(toFlatOpc(body, [chart], new Map([[chart.name, workbook]])))).resolves.toBeUndefined();
  });

  test("a picture content control is not listed (Word.ContentControl: only rich text, plain text, ... are supported)", async () => {
    const picture = `<w:sdt><w:sdtPr><w:tag w:val="lakip:logo"/><w:picture/></w:sdtPr><w:sdtContent>${p("")}</w:sdtContent></w:sdt>`;
    const { word } = setup(picture + cc("lakip:a"));
    const tags = await word.run(async (context) => {
      const list = context.document.body.contentControls;
      list.load("items/tag");
      await context.sync();
      return list.items.map((c) => c.tag);
    });
    expect(tags).toEqual(["lakip:a"]);
  });

  test("a custom property value over 255 characters fails at sync", async () => {
    const { word, pkg } = setup("");
    await expect(
      word.run(async (context) => {
        context.document.properties.customProperties.add("LAKIP Langkah 1", "x".repeat(256));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(pkg.properties.size).toBe(0);
  });

  test("each queued operation counts its overhead in the request size", async () => {
    const { word } = setup(cc("lakip:a"));
    await word.run(async (context) => {
      const b = context.document.body;
      b.load("text");
      b.contentControls.load("items/id");
      await context.sync();
    });
    expect(word.syncs()[0]).toEqual({ bytes: 2 * OPERATION_OVERHEAD, operations: 2 });
  });
});

describe("officeWordHost over the fake", () => {
  test("charts go in with their embedded workbook when the host has chartWorkbook", async () => {
    const chart = chartPart(SPEC, false);
    const body = chartParagraph(SPEC, "Grafik 1");
    const without = setup(cc("lakip:grafik-capaian"));
    const plain = createOfficeWordHost({
      run: without.word.run,
      toFlatOpc,
      isSetSupported: without.word.isSetSupported,
      limitRequests: false,
      onTheWeb: false,
    });
    const r1 = await plain.fillControls({ "lakip:grafik-capaian": body }, [chart]);
    expect(r1.filled).toEqual([]);
    expect(r1.notes?.[0]).toMatch(/Bagian .* tidak dapat diisi: Word menolak isinya/);

    const withWb = setup(cc("lakip:grafik-capaian"));
    const host = createOfficeWordHost({
      run: withWb.word.run,
      toFlatOpc,
      chartWorkbook,
      isSetSupported: withWb.word.isSetSupported,
      limitRequests: false,
      onTheWeb: false,
    });
    const r2 = await host.fillControls({ "lakip:grafik-capaian": body }, [chart]);
    expect(r2).toEqual({ filled: [{ tag: "lakip:grafik-capaian", count: 1 }], missing: [] });
    expect(withWb.doc.bodyXml()).toContain("c:chart");
  });

  test("one refused control does not fail Isi semua: the others are filled, the refused one named", async () => {
    const { word, doc } = setup(
      cc("lakip:identitas", "Identitas") + cc("lakip:ikhtisar", "Ikhtisar") + cc("lakip:penutup"),
    );
    const host = createOfficeWordHost({
      run: word.run,
      toFlatOpc,
      isSetSupported: word.isSetSupported,
      limitRequests: false,
      onTheWeb: false,
    });
    const report = await host.fillControls({
      "lakip:identitas": p("Badan Kesbangpol"),
      "lakip:ikhtisar": "<w:p><w:r><w:t>tidak tertutup</w:r></w:p>",
      "lakip:penutup": p("Penutup laporan"),
    });
    expect(report.filled.map((f) => f.tag)).toEqual(["lakip:identitas", "lakip:penutup"]);
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toMatch(/^Bagian Ikhtisar Eksekutif tidak dapat diisi|^Bagian .+ tidak dapat diisi/);
    expect(doc.text()).toContain("Badan Kesbangpol");
    expect(doc.text()).toContain("Penutup laporan");
  });

  test("Word on the web: the indexes are not updated (Field.updateResult), the pane is told", async () => {
    const { word } = setup(p("x"), "1.9", "web");
    const host = createOfficeWordHost({
      run: word.run,
      toFlatOpc,
      isSetSupported: word.isSetSupported,
      limitRequests: true,
      onTheWeb: true,
    });
    await expect(host.updateIndexes!()).resolves.toBe("web");
  });

  test("the LAKIP template at WordApi 1.5: its sections come with header, footer and page setup", async () => {
    const { word, pkg } = setup("");
    const host = createOfficeWordHost({
      run: word.run,
      toFlatOpc,
      isSetSupported: word.isSetSupported,
      limitRequests: false,
      onTheWeb: false,
    });
    const template = readFileSync(join(__dirname, "../../../assets/lakip-template.docx")).toString("base64");
    const r = await host.insertTemplate(template);
    expect(r.headersFooters).toBe(true);
    expect(pkg.sections.length).toBeGreaterThan(0);
    expect(pkg.sections[0].sectPr).toMatch(/<w:pgSz /);
    const h = await host.fillHeaders!({ "lakip:kepala-halaman": p("LAKIP Tahun 2025") });
    expect(h.filled[0].tag).toBe("lakip:kepala-halaman");
    expect(pkg.sections[0].header.textContent).toContain("LAKIP Tahun 2025");
  });

  test.each(["1.1", "1.3"])(
    "the LAKIP template at WordApi %s: body, then the header and footer by Section.getHeader/getFooter; paper and margins named",
    async (level) => {
      const { word, pkg } = setup("", level);
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        isSetSupported: word.isSetSupported,
        limitRequests: false,
        onTheWeb: false,
      });
      const template = readFileSync(join(__dirname, "../../../assets/lakip-template-f4.docx")).toString("base64");
      const r = await host.insertTemplate(template);
      expect(r.headersFooters).toBe(true);
      expect(r.notes.join(" ")).toContain(
        "Ukuran Kertas Lainnya (215 x 330 mm) dan Tata Letak > Margin > Margin Kustom (atas 2 cm, kanan 2 cm, bawah 2,5 cm, kiri 3 cm)",
      );
      expect(pkg.sections[0].sectPr).toBeNull();
      expect(pkg.sections[0].footer.textContent).toBe("1");
      const h = await host.fillHeaders!({ "lakip:kepala-halaman": p("LAKIP Tahun 2025") });
      expect(h.filled).toEqual([{ tag: "lakip:kepala-halaman", count: 1 }]);
      expect(pkg.sections[0].header.textContent).toContain("LAKIP Tahun 2025");
    },
  );
});
