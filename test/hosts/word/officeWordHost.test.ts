/**
 * The Office.js Word adapter (officeWordHost) over the Word fake that holds a real document
 * (src/hosts/memory/wordDocumentOffice.ts): syncs per operation, the 5 MB request limit of Word on
 * the web, the cursor (office-js issue 1914), headers below WordApi 1.5, Lock Tracking.
 */
import JSZip from "jszip";
import { INSERTED_AFTER_PARAGRAPH, createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { TRACKING_LOCKED_NOTE, withTrackingSuspended } from "../../../src/hosts/word/reviewTracking";
import { WordHostError } from "../../../src/hosts/word/port";
import { REQUEST_BUDGET, WEB_REQUEST_LIMIT } from "../../../src/hosts/word/payload";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import {
  WordPackage,
  wordDocumentRunner,
  type WordDocumentOfficeOptions,
} from "../../../src/hosts/memory/wordDocumentOffice";
import { childElements, descendants, sdtTag, textOf } from "../../../src/hosts/memory/wordXml";
import { toFlatOpc } from "../../../src/core/report";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function para(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
const cc = (tag: string, title = "", inner = para("[isi otomatis]")) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

/** A Pengukuran-like table with `n` indicator rows and a header row. */
function table(n: number): string {
  let rows = `<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>No</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Capaian</w:t></w:r></w:p></w:tc></w:tr>`;
  for (let i = 1; i <= n; i++) {
    rows += `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${i},00%</w:t></w:r></w:p></w:tc></w:tr>`;
  }
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="1500"/></w:tblGrid>${rows}</w:tbl>`;
}

function contentsFor(n: number): Record<string, string> {
  return {
    "lakip:identitas": para("Badan Kesatuan Bangsa dan Politik"),
    "lakip:tabel-pengukuran": para("Tabel 3.1 Pengukuran Kinerja") + table(n) + para("Sumber: data diolah"),
    "lakip:penutup": para("Penutup"),
  };
}

function setup(body: string, options: WordDocumentOfficeOptions = {}) {
  const doc = new WordMemoryDocument(body);
  const pkg = new WordPackage(doc);
  const word = wordDocumentRunner(pkg, options);
  return { doc, pkg, word, syncCount: () => word.syncs().length };
}

/** The text of every control tagged `tag`. */
function controlTexts(doc: WordMemoryDocument, tag: string): string[] {
  return doc.controlsByTag(tag).map((sdt) => textOf(sdt).replace(/\n+$/, ""));
}

/** The top-level blocks: a paragraph's text, or "cc:<tag>:<text>" for a control. */
function blocks(doc: WordMemoryDocument): string[] {
  return childElements(doc.body()).map((el) =>
    el.nodeName === "w:sdt" ? `cc:${sdtTag(el)}:${textOf(el).replace(/\n+$/, "")}` : textOf(el).replace(/\n+$/, ""),
  );
}

/** A .docx with the body and, when given, a primary header and footer. */
async function docx(bodyXml: string, header?: string, footer?: string): Promise<string> {
  const zip = new JSZip();
  const refs =
    (header ? `<w:headerReference w:type="default" r:id="rIdH"/>` : "") +
    (footer ? `<w:footerReference w:type="default" r:id="rIdF"/>` : "");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}<w:sectPr>${refs}<w:pgSz w:w="12240" w:h="20160"/></w:sectPr></w:body></w:document>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      (header ? `<Relationship Id="rIdH" Type="${R}/header" Target="header1.xml"/>` : "") +
      (footer ? `<Relationship Id="rIdF" Type="${R}/footer" Target="footer1.xml"/>` : "") +
      `</Relationships>`,
  );
  if (header) zip.file("word/header1.xml", `<w:hdr xmlns:w="${W}">${para(header)}</w:hdr>`);
  if (footer) zip.file("word/footer1.xml", `<w:ftr xmlns:w="${W}">${para(footer)}</w:ftr>`);
  return zip.generateAsync({ type: "base64" });
}

describe("Office.js Word adapter against the document-backed fake", () => {
  test("fill never deletes an analysis section the user wrote: the narrative holding it is left, with a note", async () => {
    // body.contentControls lists nested controls too (Word.Body class page): the analysis section
    // stands inside the narrative, as in the template.
    const { doc, word } = setup(
      cc(
        "lakip:narasi-sasaran",
        "Narasi",
        para("Narasi lama") + cc("lakip:teks-analisis-2", "", para("Penyebabnya pengadaan terlambat.")),
      ) + cc("lakip:penutup"),
    );
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false, isSetSupported: () => true });
    const report = await host.fillControls({
      "lakip:narasi-sasaran": para("Narasi baru"),
      "lakip:penutup": para("Penutup"),
    });
    expect(controlTexts(doc, "lakip:narasi-sasaran")[0]).toContain("Narasi lama");
    expect(controlTexts(doc, "lakip:teks-analisis-2")[0]).toContain("pengadaan terlambat");
    expect(controlTexts(doc, "lakip:penutup")[0]).toContain("Penutup");
    expect(report.filled.map((f) => f.tag)).toEqual(["lakip:penutup"]);
    expect(report.notes?.join(" ")).toMatch(/tidak diisi ulang .*lakip:teks-analisis-2/);
  });

  test("an analysis section still showing its placeholder does not stop the narrative's fill", async () => {
    const { doc, word } = setup(
      cc("lakip:narasi-sasaran") +
        cc(
          "lakip:teks-analisis-1",
          "",
          para(
            "Tuliskan di sini penyebab belum tercapainya target indikator “X” (faktor penghambat) serta upaya perbaikan.",
          ),
        ),
    );
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false, isSetSupported: () => true });
    await host.fillControls({ "lakip:narasi-sasaran": para("Narasi baru") });
    expect(controlTexts(doc, "lakip:narasi-sasaran")[0]).toContain("Narasi baru");
  });

  test("fill: two syncs whatever the number of indicators (desktop, no request limit)", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { doc, word, syncCount } = setup(
        para("Kata pengantar pengguna") + cc("lakip:identitas") + cc("lakip:tabel-pengukuran") + cc("lakip:penutup"),
      );
      const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false, isSetSupported: () => true });
      await host.fillControls(contentsFor(n));
      counts.push(syncCount());
      expect(controlTexts(doc, "lakip:tabel-pengukuran")[0]).toContain(`${n},00%`);
      // On the desktop a control is never split: one "Replace" insert per control, whatever its size.
      expect(word.syncs()[1].operations).toBe(3);
    }
    expect(counts).toEqual([2, 2]);
  });

  test("fill on the web: every request stays under 5 MB; syncs grow only with the megabytes sent", async () => {
    const { doc, word } = setup(cc("lakip:identitas") + cc("lakip:tabel-pengukuran") + cc("lakip:penutup"), {
      platform: "web",
      requestLimit: WEB_REQUEST_LIMIT,
    });
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: true, isSetSupported: () => true });
    await host.fillControls(contentsFor(50_000)); // about 6 MB of table: above one 5 MB request
    const syncs = word.syncs();
    expect(syncs.every((s) => s.bytes <= WEB_REQUEST_LIMIT)).toBe(true);
    const sent = syncs.reduce((n, s) => n + s.bytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(1 + Math.ceil(sent / (REQUEST_BUDGET * 0.9)));
    // The split table still holds every row once, its header repeated in every part.
    const [control] = doc.controlsByTag("lakip:tabel-pengukuran");
    const text = textOf(control);
    expect(text.match(/50000,00%/g)).toHaveLength(1);
    expect(text.match(/,00%/g)).toHaveLength(50_000);
    const tables = descendants(control, "w:tbl");
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const t of tables) expect(descendants(t, "w:tblHeader")).toHaveLength(1);
    expect(text.startsWith("Tabel 3.1 Pengukuran Kinerja")).toBe(true);
    expect(text.trim().endsWith("Sumber: data diolah")).toBe(true);

    // Small payload on the web: still two syncs.
    const small = setup(cc("lakip:identitas"), { platform: "web", requestLimit: WEB_REQUEST_LIMIT });
    await createOfficeWordHost({ run: small.word.run, toFlatOpc, limitRequests: true }).fillControls(contentsFor(10));
    expect(small.syncCount()).toBe(2);
    // Under the budget the web gets one "Replace" insert too: pieces only above it.
    expect(small.word.syncs()[1].operations).toBe(1);
  });

  test("without the chunking, the fake refuses a request above 5 MB like Word on the web", async () => {
    const { word } = setup(cc("lakip:tabel-pengukuran"), { platform: "web", requestLimit: WEB_REQUEST_LIMIT });
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false });
    await expect(host.fillControls(contentsFor(50_000))).rejects.toThrow(/terlalu besar/);
  });

  test("refill replaces, never duplicates; user text outside controls untouched", async () => {
    const { doc, word } = setup(
      para("Teks pengguna di awal") + cc("lakip:identitas") + para("Catatan pengguna") + cc("lakip:penutup"),
    );
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false });
    await host.fillControls(contentsFor(3));
    const once = doc.bodyXml();
    await host.fillControls(contentsFor(3));
    expect(doc.bodyXml()).toBe(once);
    expect(controlTexts(doc, "lakip:identitas")).toEqual(["Badan Kesatuan Bangsa dan Politik"]);
    expect(blocks(doc)[0]).toBe("Teks pengguna di awal");
    expect(blocks(doc)[2]).toBe("Catatan pengguna");
  });

  test("zero or several controls per tag; missing tags reported", async () => {
    const { doc, word, syncCount } = setup(
      cc("lakip:identitas") +
        cc("lakip:identitas") +
        cc("lain:milik-pengguna", "", para("punya pengguna")) +
        cc("lakip:penutup"),
    );
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false });
    const report = await host.fillControls(contentsFor(2));
    expect(report).toEqual({
      filled: [
        { tag: "lakip:identitas", count: 2 },
        { tag: "lakip:penutup", count: 1 },
      ],
      missing: ["lakip:tabel-pengukuran"],
    });
    expect(controlTexts(doc, "lakip:identitas")).toEqual([
      "Badan Kesatuan Bangsa dan Politik",
      "Badan Kesatuan Bangsa dan Politik",
    ]);
    expect(controlTexts(doc, "lain:milik-pengguna")).toEqual(["punya pengguna"]);
    expect(syncCount()).toBe(2);

    const empty = setup(para("hanya teks"));
    const r2 = await createOfficeWordHost({ run: empty.word.run, toFlatOpc, limitRequests: false }).fillControls(
      contentsFor(2),
    );
    expect(r2.filled).toEqual([]);
    expect(r2.missing).toHaveLength(3);
  });

  test("listControls groups by tag; isEmpty sees text, controls and pictures", async () => {
    const { word } = setup(
      para("") + cc("lakip:identitas", "Identitas") + cc("lakip:identitas") + cc("", "", para("")),
    );
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false });
    expect(await host.listControls()).toEqual([{ tag: "lakip:identitas", title: "Identitas", count: 2 }]);
    expect(await host.isEmpty()).toBe(false);
    const blank = setup(para("  ") + para(""));
    expect(await createOfficeWordHost({ run: blank.word.run, toFlatOpc }).isEmpty()).toBe(true);
    const pic = setup("<w:p><w:r><w:drawing/></w:r></w:p>");
    expect(await createOfficeWordHost({ run: pic.word.run, toFlatOpc }).isEmpty()).toBe(false);
  });

  test("insertTemplate replaces the body in one sync and refuses files over 4 MB", async () => {
    const { doc, word, syncCount } = setup(para("lama"));
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: true });
    await host.insertTemplate(await docx(cc("lakip:identitas", "Identitas")));
    expect(blocks(doc)).toEqual(["cc:lakip:identitas:[isi otomatis]"]);
    expect(syncCount()).toBe(1);
    await expect(host.insertTemplate("A".repeat(4 * 1024 * 1024 + 4))).rejects.toThrow(/4 MB/);
    expect(syncCount()).toBe(1);
  });

  test("insertAtCursor makes a tagged control at the cursor, refuses selected text and nesting", async () => {
    const { doc, pkg, word, syncCount } = setup(para("Paragraf pengguna 1") + para("Paragraf pengguna 2"));
    doc.setCursor(1);
    const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: false, isSetSupported: () => true });
    await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi"));
    expect(blocks(doc)).toEqual(["Paragraf pengguna 1", "cc:lakip:tabel-efisiensi:Efisiensi", "Paragraf pengguna 2"]);
    expect(doc.controlsByTag("lakip:tabel-efisiensi")[0].toString()).toContain('w:val="Tabel Efisiensi"');
    expect(syncCount()).toBe(2);

    doc.selectedText = "teks terpilih";
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(WordHostError);
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(/dipilih/);
    doc.selectedText = "";
    pkg.cursorInsideControl = doc.controlsByTag("lakip:tabel-efisiensi")[0];
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(/Tabel Efisiensi/);
    expect(blocks(doc)).toHaveLength(3);

    // Without WordApi 1.3 the nesting check is skipped (older Word), the insert still works.
    const old = setup(para("Paragraf pengguna 1"), { wordApi: "1.1" });
    old.pkg.cursorInsideControl = null;
    const oldHost = createOfficeWordHost({
      run: old.word.run,
      toFlatOpc,
      limitRequests: false,
      isSetSupported: old.word.isSetSupported,
    });
    await oldHost.insertAtCursor("lakip:penutup", "Penutup", para("x"));
    expect(old.doc.controlsByTag("lakip:penutup")).toHaveLength(1);
  });

  test("reading a property that was not loaded throws in the fake (guards the adapter's loads)", async () => {
    const { word } = setup(cc("a"));
    await expect(
      word.run(async (context) => {
        const c = context.document.body.contentControls;
        return c.items.length;
      }),
    ).rejects.toThrow(/not available/);
    await expect(
      word.run(async (context) => {
        const c = context.document.body.contentControls;
        c.load("items/tag");
        await context.sync();
        return c.items[0].title;
      }),
    ).rejects.toThrow(/title/);
  });

  test("every write runs inside aroundWrite (change tracking suspended); syncs stay constant", async () => {
    const template = await docx(cc("lakip:identitas"));
    for (const n of [10, 10_000]) {
      const { doc, word, syncCount } = setup(cc("lakip:identitas") + cc("lakip:tabel-pengukuran"));
      const wrapped: string[] = [];
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: () => true,
        aroundWrite: async (context, write) => {
          context.document.body.load("text"); // stands in for reading the tracking mode
          await context.sync();
          wrapped.push("in");
          const result = await write();
          await context.sync(); // restoring the mode
          return result;
        },
      });
      await host.fillControls(contentsFor(n));
      expect(syncCount()).toBe(4);
      doc.setCursor(0);
      await host.insertAtCursor("lakip:penutup", "Penutup", para("x"));
      await host.insertTemplate(template);
      expect(wrapped).toEqual(["in", "in", "in"]);
    }
  });

  test("errors from Word reach the user in Indonesian, with Word's own words", async () => {
    const host = createOfficeWordHost({
      run: async () => {
        throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
      },
      toFlatOpc,
      limitRequests: false,
    });
    await expect(host.listControls()).rejects.toThrow(
      "Membaca kontrol konten gagal. Word menjawab: AccessDenied: Access denied",
    );
  });

  describe("the template keeps its page numbers (headers and footers)", () => {
    const template = () => docx(cc("lakip:identitas", "Identitas"), "Kepala: LAKIP 2025", "Kaki: Halaman 1");

    test("WordApi 1.5: Document.insertFileFromBase64, headers, footers and page setup included", async () => {
      const { doc, pkg, word, syncCount } = setup(para("lama"), { wordApi: "1.5" });
      pkg.sections[0].header.appendChild(doc.ownerDocument().createTextNode("kepala dokumen lama"));
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: word.isSetSupported,
      });
      await expect(host.insertTemplate(await template())).resolves.toEqual({ headersFooters: true, notes: [] });
      expect(pkg.sections[0].header.textContent).toBe("Kepala: LAKIP 2025");
      expect(pkg.sections[0].footer.textContent).toBe("Kaki: Halaman 1");
      expect(pkg.sections[0].sectPr).toMatch(/w:h="20160"/);
      expect(blocks(doc)).toHaveLength(1);
      expect(syncCount()).toBe(1);
    });

    test("older Word (WordApi 1.3, Office 2019/2021): the body, then header and footer by Section.getHeader/getFooter; page setup named", async () => {
      const { doc, pkg, word } = setup(para("lama"), { wordApi: "1.3" });
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: word.isSetSupported,
      });
      const r = await host.insertTemplate(await template());
      expect(r.headersFooters).toBe(true);
      expect(r.notes).toHaveLength(1);
      expect(blocks(doc)).toHaveLength(1);
      expect(pkg.sections[0].header.textContent).toBe("Kepala: LAKIP 2025");
      // Body.insertFileFromBase64 brings no section properties: paper size and margins stay Word's.
      expect(pkg.sections[0].sectPr).toBeNull();
    });

    test("a template without header and footer at WordApi 1.3: the body only, and the report says so", async () => {
      const { doc, word } = setup(para("lama"), { wordApi: "1.3" });
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: word.isSetSupported,
      });
      await expect(host.insertTemplate(await docx(cc("lakip:identitas")))).resolves.toEqual({
        headersFooters: false,
        notes: [],
      });
      expect(blocks(doc)).toHaveLength(1);
    });

    test("the fake refuses a member above its level the way Office does (ApiNotFound)", async () => {
      const { doc, word } = setup(para("lama"), { wordApi: "1.3" });
      const lying = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: () => true,
      });
      await expect(lying.insertTemplate(await template())).rejects.toThrow(
        /Menyisipkan kerangka LAKIP gagal.*ApiNotFound/,
      );
      expect(blocks(doc)).toEqual(["lama"]);
    });
  });

  describe("Sisipkan di kursor inside a paragraph with text (office-js issue 1914)", () => {
    test("the fake duplicates a control's content on the web when the control shares its paragraph", async () => {
      const { doc, pkg, word } = setup(para("Paragraf pengguna 1"), { platform: "web" });
      doc.setCursor(0);
      pkg.cursorInParagraph = true;
      await word.run(async (context) => {
        const control = context.document.getSelection().insertContentControl();
        control.insertOoxml(toFlatOpc(para("Efisiensi")), "Replace");
        await context.sync();
      });
      expect(blocks(doc)).toEqual(["Paragraf pengguna 1EfisiensiEfisiensi"]);
    });

    test("Word on the web: a new paragraph after the cursor's, content once, the user told", async () => {
      const { doc, pkg, word, syncCount } = setup(para("Paragraf pengguna 1") + para("Paragraf pengguna 2"), {
        platform: "web",
      });
      doc.setCursor(0);
      pkg.cursorInParagraph = true;
      const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: true, isSetSupported: () => true });
      const report = await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi 98,50%"));
      expect(report.notes).toEqual([INSERTED_AFTER_PARAGRAPH]);
      expect(blocks(doc)).toEqual([
        "Paragraf pengguna 1",
        "cc:lakip:tabel-efisiensi:Efisiensi 98,50%",
        "Paragraf pengguna 2",
      ]);
      expect(syncCount()).toBe(2);
    });

    test("an empty paragraph at the cursor becomes the control itself, no note", async () => {
      const { doc, pkg, word } = setup(para("Paragraf pengguna 1") + para("") + para("Paragraf pengguna 2"), {
        platform: "web",
      });
      doc.setCursor(1);
      pkg.cursorInParagraph = true;
      const host = createOfficeWordHost({ run: word.run, toFlatOpc, limitRequests: true, isSetSupported: () => true });
      await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("Penutup"))).resolves.toEqual({ notes: [] });
      expect(blocks(doc)).toEqual(["Paragraf pengguna 1", "cc:lakip:penutup:Penutup", "Paragraf pengguna 2"]);
    });
  });

  describe("Lock Tracking: tracking cannot be switched off for the fill", () => {
    for (const locked of ["rejects", "ignores"] as const) {
      test(`the set ${locked === "rejects" ? "fails" : "is silently not applied"}: the fill runs tracked and the user is told in Indonesian`, async () => {
        const { doc, pkg, word } = setup(cc("lakip:identitas"));
        pkg.trackingMode = "TrackAll";
        pkg.trackingLocked = locked;
        const host = createOfficeWordHost({
          run: word.run,
          toFlatOpc,
          limitRequests: false,
          isSetSupported: word.isSetSupported,
          aroundWrite: (context, write, note) => withTrackingSuspended(context, write, word.isSetSupported, note),
        });
        const report = await host.fillControls({ "lakip:identitas": para("Badan Kesbangpol") });
        expect(report.filled).toEqual([{ tag: "lakip:identitas", count: 1 }]);
        expect(report.notes).toEqual([TRACKING_LOCKED_NOTE]);
        expect(TRACKING_LOCKED_NOTE).toMatch(/dikunci.*tercatat sebagai revisi/);
        expect(controlTexts(doc, "lakip:identitas")).toEqual(["Badan Kesbangpol"]);
        expect(pkg.trackingMode).toBe("TrackAll");
        // The fill went in as a tracked insertion (w:ins), as Word records it with tracking on.
        expect(pkg.trackedChanges().length).toBeGreaterThan(0);
      });
    }

    test("unlocked: switched off for the fill, back on after, no note", async () => {
      const { pkg, word } = setup(cc("lakip:identitas"));
      pkg.trackingMode = "TrackMineOnly";
      const modes: string[] = [];
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: word.isSetSupported,
        aroundWrite: (context, write, note) =>
          withTrackingSuspended(
            context,
            async () => {
              modes.push(pkg.trackingMode);
              return write();
            },
            word.isSetSupported,
            note,
          ),
      });
      const report = await host.fillControls({ "lakip:identitas": para("x") });
      expect(report.notes).toBeUndefined();
      expect(modes).toEqual(["Off"]);
      expect(pkg.trackingMode).toBe("TrackMineOnly");
      expect(pkg.trackedChanges()).toHaveLength(0);
    });
  });
});
