/**
 * The WordHost port contract, run against both implementations the harness could use: the real
 * Office.js adapter (officeWordHost) over the Word fake (wordDocumentOffice.ts), at three WordApi
 * levels, and the in-memory document host (wordMemoryHost). Both must agree on what the pane sees.
 */
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { WordMemoryDocument, createMemoryWordHost } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { withTrackingSuspended } from "../../../src/hosts/word/reviewTracking";
import type { WordHost } from "../../../src/hosts/word/port";
import { toFlatOpc } from "../../../src/core/report";

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

interface Subject {
  name: string;
  doc: WordMemoryDocument;
  host: WordHost;
}

function office(level: string): Subject {
  const doc = new WordMemoryDocument();
  const pkg = new WordPackage(doc);
  const word = wordDocumentRunner(pkg, { wordApi: level });
  const host = createOfficeWordHost({
    run: word.run,
    toFlatOpc,
    isSetSupported: word.isSetSupported,
    limitRequests: false,
    onTheWeb: false,
    aroundWrite: (context, write, note) => withTrackingSuspended(context, write, word.isSetSupported, note),
  });
  return { name: `officeWordHost WordApi ${level}`, doc, host };
}

function memory(): Subject {
  const doc = new WordMemoryDocument();
  return { name: "wordMemoryHost", doc, host: createMemoryWordHost(doc) };
}

const SUBJECTS: (() => Subject)[] = [() => office("1.9"), () => office("1.3"), () => office("1.1"), memory];

describe.each(SUBJECTS.map((make) => [make().name, make] as const))("WordHost contract: %s", (_name, make) => {
  test("template, list, fill, refill without duplicates, missing tags reported, user text kept", async () => {
    const { doc, host } = make();
    expect(await host.isEmpty()).toBe(true);
    await host.insertTemplate(
      await docx(p("BAB I") + cc("lakip:identitas", "Identitas") + p("Teks pengguna") + cc("lakip:penutup", "Penutup")),
    );
    expect(await host.isEmpty()).toBe(false);
    expect(await host.listControls()).toEqual([
      { tag: "lakip:identitas", title: "Identitas", count: 1 },
      { tag: "lakip:penutup", title: "Penutup", count: 1 },
    ]);
    const contents = { "lakip:identitas": p("Badan &amp; Kantor"), "lakip:ikhtisar": p("Ikhtisar") };
    const report = await host.fillControls(contents);
    expect(report.filled).toEqual([{ tag: "lakip:identitas", count: 1 }]);
    expect(report.missing).toEqual(["lakip:ikhtisar"]);
    const once = doc.text();
    await host.fillControls(contents);
    expect(doc.text()).toBe(once);
    expect(once).toContain("Badan & Kantor");
    expect(once).toContain("Teks pengguna");
    expect(once.match(/Badan & Kantor/g)).toHaveLength(1);
  });

  test("insert at the cursor: a new control between the user's paragraphs", async () => {
    const { doc, host } = make();
    doc.addUserParagraph("Satu");
    doc.addUserParagraph("Dua");
    doc.setCursor(1);
    await host.insertAtCursor("lakip:tabel-efisiensi", "Efisiensi", p("Tabel efisiensi"));
    const text = doc.text();
    expect(text.indexOf("Satu")).toBeLessThan(text.indexOf("Tabel efisiensi"));
    expect(text.indexOf("Tabel efisiensi")).toBeLessThan(text.indexOf("Dua"));
    expect(await host.listControls()).toEqual([{ tag: "lakip:tabel-efisiensi", title: "Efisiensi", count: 1 }]);
  });

  test("a selection is refused, the document unchanged", async () => {
    const { doc, host } = make();
    doc.addUserParagraph("Satu");
    doc.selectedText = "Satu";
    const before = doc.bodyXml();
    await expect(host.insertAtCursor("lakip:x", "X", p("x"))).rejects.toThrow(/Ada teks yang sedang dipilih/);
    expect(doc.bodyXml()).toBe(before);
  });

  test("the LAKIP template itself: every control listed, the report filled", async () => {
    const { host } = make();
    const template = readFileSync(join(__dirname, "../../../assets/lakip-template.docx")).toString("base64");
    await host.insertTemplate(template);
    const tags = (await host.listControls()).map((c) => c.tag);
    expect(tags).toContain("lakip:tabel-pengukuran");
    const report = await host.fillControls({ "lakip:tabel-pengukuran": p("Tabel 3.1") });
    expect(report.filled).toEqual([{ tag: "lakip:tabel-pengukuran", count: expect.any(Number) }]);
  });
});
