import JSZip from "jszip";
import { WordMemoryDocument, createMemoryWordHost } from "../../../src/hosts/memory/wordMemoryHost";
import { WordHostError } from "../../../src/hosts/word/port";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const cc = (tag: string, title: string, inner = p("[isi otomatis]")) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

async function docx(bodyXml: string): Promise<string> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "base64" });
}

const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>${p("Sasaran")}</w:tc><w:tc>${p("Capaian")}</w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${p("S1")}</w:tc><w:tc>${p("105,26%")}</w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>${p("")}</w:tc><w:tc>${p("90,00%")}</w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p("Rata-rata")}</w:tc></w:tr></w:tbl>`;

describe("in-memory Word host", () => {
  test("template, fill, refill without duplicates, user text kept", async () => {
    const doc = new WordMemoryDocument();
    const host = createMemoryWordHost(doc);
    expect(await host.isEmpty()).toBe(true);
    await host.insertTemplate(
      await docx(
        p("BAB I PENDAHULUAN") +
          cc("lakip:identitas", "Identitas") +
          p("Teks pengguna") +
          cc("lakip:tabel-pengukuran", "Tabel Pengukuran") +
          cc("lakip:tabel-pengukuran", "Tabel Pengukuran"),
      ),
    );
    expect(await host.isEmpty()).toBe(false);
    expect(await host.listControls()).toEqual([
      { tag: "lakip:identitas", title: "Identitas", count: 1 },
      { tag: "lakip:tabel-pengukuran", title: "Tabel Pengukuran", count: 2 },
    ]);
    const contents = {
      "lakip:identitas": p("Badan &amp; Kantor &lt;X&gt;"),
      "lakip:tabel-pengukuran": p("Tabel 3.1") + table,
      "lakip:penutup": p("Penutup"),
    };
    const report = await host.fillControls(contents);
    expect(report).toEqual({
      filled: [
        { tag: "lakip:identitas", count: 1 },
        { tag: "lakip:tabel-pengukuran", count: 2 },
      ],
      missing: ["lakip:penutup"],
    });
    const once = doc.bodyXml();
    await host.fillControls(contents);
    expect(doc.bodyXml()).toBe(once);
    expect(doc.text().match(/105,26%/g)).toHaveLength(2);
    expect(doc.text()).toContain("Teks pengguna");
    expect(doc.text()).not.toContain("[isi otomatis]");

    const view = doc.view();
    expect(view.map((b) => b.kind)).toEqual(["paragraph", "control", "paragraph", "control", "control"]);
    const ident = view[1];
    expect(ident.kind === "control" && ident.blocks[0].kind === "paragraph" && ident.blocks[0].runs[0].text).toBe(
      "Badan & Kantor <X>",
    );
    const tbl = view[3].kind === "control" ? view[3].blocks[1] : null;
    expect(tbl?.kind).toBe("table");
    if (tbl?.kind === "table") {
      expect(tbl.rows[0].header).toBe(true);
      expect(tbl.rows[1].cells[0].rowSpan).toBe(2);
      expect(tbl.rows[2].cells).toHaveLength(1);
      expect(tbl.rows[3].cells[0].colSpan).toBe(2);
    }
  });

  test("inline controls get runs; bad XML is refused before anything changes", async () => {
    const doc = new WordMemoryDocument(
      `<w:p><w:r><w:t>Tahun </w:t></w:r>${cc("lakip:identitas", "Identitas", "<w:r><w:t>?</w:t></w:r>")}</w:p>`,
    );
    const host = createMemoryWordHost(doc);
    await host.fillControls({ "lakip:identitas": p("2025") + p("Kotawaringin Barat") });
    expect(doc.text()).toBe("Tahun 2025\nKotawaringin Barat\n");
    const before = doc.bodyXml();
    await expect(host.fillControls({ "lakip:identitas": "<w:p>" })).rejects.toThrow(WordHostError);
    expect(doc.bodyXml()).toBe(before);
  });

  test("insert at cursor, refusing selected text; a non-docx template is refused", async () => {
    const doc = new WordMemoryDocument(p("satu") + p("dua"));
    const host = createMemoryWordHost(doc);
    doc.setCursor(1);
    await host.insertAtCursor("lakip:penutup", "Penutup & Saran", p("Penutup"));
    expect(doc.view().map((b) => b.kind)).toEqual(["paragraph", "control", "paragraph"]);
    expect(await host.listControls()).toEqual([{ tag: "lakip:penutup", title: "Penutup & Saran", count: 1 }]);
    doc.selectedText = "dua";
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", p("x"))).rejects.toThrow(/dipilih/);
    await expect(host.insertTemplate(Buffer.from("bukan zip").toString("base64"))).rejects.toThrow(/\.docx/);
  });

  test("the user's own edits: typing over a placeholder, a picture into a picture control", () => {
    const placeholder = `<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Tuliskan di sini.</w:t></w:r></w:p>`;
    const doc = new WordMemoryDocument(
      `<w:sdt><w:sdtPr><w:tag w:val="lakip:teks-tupoksi"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${placeholder}</w:sdtContent></w:sdt>` +
        `<w:sdt><w:sdtPr><w:tag w:val="lakip:logo"/><w:showingPlcHdr/><w:picture/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>` +
        p("Paragraf pengguna"),
    );
    const before = doc.snapshot();
    doc.userWritesInControl("lakip:teks-tupoksi", "Tugas <pokok> & fungsi");
    doc.userPutsPicture("lakip:logo");
    expect(doc.snapshot()).toBeGreaterThan(before);
    const xml = doc.bodyXml();
    expect(xml).not.toContain("showingPlcHdr");
    expect(xml).not.toContain("PlaceholderText");
    expect(xml).toContain("Tugas &lt;pokok&gt; &amp; fungsi");
    expect(doc.controlsByTag("lakip:logo")[0].getElementsByTagName("w:drawing").length).toBe(1);
    expect(doc.text()).toContain("Paragraf pengguna");
    expect(() => doc.userWritesInControl("lakip:tidak-ada", "x")).toThrow(WordHostError);
  });
});
