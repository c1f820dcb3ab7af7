import { INSERTED_AFTER_PARAGRAPH, createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { TRACKING_LOCKED_NOTE, withTrackingSuspended } from "../../../src/hosts/word/reviewTracking";
import { WordHostError } from "../../../src/hosts/word/port";
import { REQUEST_BUDGET, WEB_REQUEST_LIMIT } from "../../../src/hosts/word/payload";
import {
  fakeDocument,
  fakeIsSetSupported,
  fakeWordRunner,
  textOfOoxml,
  type FakeBlock,
} from "../../../src/hosts/memory/wordFakeOffice";

/** A stand-in Flat OPC wrapper: the adapter only needs a function of the body. */
const wrap = (body: string) => `<pkg:package xmlns:pkg="urn:test"><pkg:body>${body}</pkg:body></pkg:package>`;

function para(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

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

function controls(doc: { blocks: FakeBlock[] }, tag: string) {
  return doc.blocks.filter((b): b is Extract<FakeBlock, { kind: "control" }> => b.kind === "control" && b.tag === tag);
}

describe("Office.js Word adapter against the fake host", () => {
  test("fill never deletes an analysis section the user wrote: the narrative holding it is left, with a note", async () => {
    // The fake's controls do not nest; body.contentControls lists every control (nested ones too in
    // Word: the Word.Body class page), which is all the adapter reads here.
    const doc = fakeDocument([
      { tag: "lakip:narasi-sasaran" },
      { tag: "lakip:teks-analisis-2" },
      { tag: "lakip:penutup" },
    ]);
    controls(doc, "lakip:narasi-sasaran")[0].parts = [para("Narasi lama")];
    controls(doc, "lakip:teks-analisis-2")[0].parts = [para("Penyebabnya pengadaan terlambat.")];
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({
      run: fake.run,
      toFlatOpc: wrap,
      limitRequests: false,
      isSetSupported: () => true,
    });
    const report = await host.fillControls({
      "lakip:narasi-sasaran": para("Narasi baru"),
      "lakip:penutup": para("Penutup"),
    });
    expect(textOfOoxml(controls(doc, "lakip:narasi-sasaran")[0].parts.join(""))).toContain("Narasi lama");
    expect(textOfOoxml(controls(doc, "lakip:teks-analisis-2")[0].parts.join(""))).toContain("pengadaan terlambat");
    expect(textOfOoxml(controls(doc, "lakip:penutup")[0].parts.join(""))).toContain("Penutup");
    expect(report.filled.map((f) => f.tag)).toEqual(["lakip:penutup"]);
    expect(report.notes?.join(" ")).toMatch(/tidak diisi ulang .*lakip:teks-analisis-2/);
  });

  test("an analysis section still showing its placeholder does not stop the narrative's fill", async () => {
    const doc = fakeDocument([{ tag: "lakip:narasi-sasaran" }, { tag: "lakip:teks-analisis-1" }]);
    controls(doc, "lakip:teks-analisis-1")[0].parts = [
      para(
        "Tuliskan di sini penyebab belum tercapainya target indikator “X” (faktor penghambat) serta upaya perbaikan.",
      ),
    ];
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({
      run: fake.run,
      toFlatOpc: wrap,
      limitRequests: false,
      isSetSupported: () => true,
    });
    await host.fillControls({ "lakip:narasi-sasaran": para("Narasi baru") });
    expect(textOfOoxml(controls(doc, "lakip:narasi-sasaran")[0].parts.join(""))).toContain("Narasi baru");
  });

  test("fill: two syncs whatever the number of indicators (desktop, no request limit)", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const doc = fakeDocument([
        "Kata pengantar pengguna",
        { tag: "lakip:identitas" },
        { tag: "lakip:tabel-pengukuran" },
        { tag: "lakip:penutup" },
      ]);
      const fake = fakeWordRunner(doc);
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: () => true,
      });
      await host.fillControls(contentsFor(n));
      counts.push(fake.syncCount());
      expect(textOfOoxml(controls(doc, "lakip:tabel-pengukuran")[0].parts.join(""))).toContain(`${n},00%`);
    }
    expect(counts).toEqual([2, 2]);
  });

  test("fill on the web: every request stays under 5 MB; syncs grow only with the megabytes sent", async () => {
    const doc = fakeDocument([{ tag: "lakip:identitas" }, { tag: "lakip:tabel-pengukuran" }, { tag: "lakip:penutup" }]);
    const fake = fakeWordRunner(doc, { requestLimit: WEB_REQUEST_LIMIT });
    const host = createOfficeWordHost({
      run: fake.run,
      toFlatOpc: wrap,
      limitRequests: true,
      isSetSupported: () => true,
    });
    const contents = contentsFor(100_000); // about 13 MB of table
    await host.fillControls(contents);
    const syncs = fake.syncs();
    expect(syncs.every((s) => s.bytes <= REQUEST_BUDGET)).toBe(true);
    const sent = syncs.reduce((n, s) => n + s.bytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(1 + Math.ceil(sent / (REQUEST_BUDGET * 0.9)));
    // The split table still holds every row once, header repeated per part.
    const text = textOfOoxml(controls(doc, "lakip:tabel-pengukuran")[0].parts.join(""));
    expect(text.match(/100000,00%/g)).toHaveLength(1);
    expect(text.match(/,00%/g)).toHaveLength(100_000);
    const parts = controls(doc, "lakip:tabel-pengukuran")[0].parts;
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p).toContain("<w:tblHeader/>");
    expect(text.startsWith("Tabel 3.1 Pengukuran Kinerja")).toBe(true);
    expect(text.endsWith("Sumber: data diolah")).toBe(true);

    // Small payload on the web: still two syncs.
    const small = fakeWordRunner(fakeDocument([{ tag: "lakip:identitas" }]), { requestLimit: WEB_REQUEST_LIMIT });
    await createOfficeWordHost({ run: small.run, toFlatOpc: wrap, limitRequests: true }).fillControls(contentsFor(10));
    expect(small.syncCount()).toBe(2);
  });

  test("without the chunking, the fake refuses a request above 5 MB like Word on the web", async () => {
    const doc = fakeDocument([{ tag: "lakip:tabel-pengukuran" }]);
    const fake = fakeWordRunner(doc, { requestLimit: WEB_REQUEST_LIMIT });
    const host = createOfficeWordHost({ run: fake.run, toFlatOpc: wrap, limitRequests: false });
    await expect(host.fillControls(contentsFor(100_000))).rejects.toThrow(/terlalu besar/);
  });

  test("refill replaces, never duplicates; user text outside controls untouched", async () => {
    const doc = fakeDocument([
      "Teks pengguna di awal",
      { tag: "lakip:identitas" },
      "Catatan pengguna",
      { tag: "lakip:penutup" },
    ]);
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({ run: fake.run, toFlatOpc: wrap, limitRequests: false });
    await host.fillControls(contentsFor(3));
    const once = JSON.stringify(doc.blocks);
    await host.fillControls(contentsFor(3));
    expect(JSON.stringify(doc.blocks)).toBe(once);
    expect(controls(doc, "lakip:identitas")[0].parts).toHaveLength(1);
    expect(doc.blocks[0]).toEqual({ kind: "text", text: "Teks pengguna di awal" });
    expect(doc.blocks[2]).toEqual({ kind: "text", text: "Catatan pengguna" });
  });

  test("zero or several controls per tag; missing tags reported", async () => {
    const doc = fakeDocument([
      { tag: "lakip:identitas" },
      { tag: "lakip:identitas" },
      { tag: "lain:milik-pengguna" },
      { tag: "lakip:penutup" },
    ]);
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({ run: fake.run, toFlatOpc: wrap, limitRequests: false });
    const report = await host.fillControls(contentsFor(2));
    expect(report).toEqual({
      filled: [
        { tag: "lakip:identitas", count: 2 },
        { tag: "lakip:penutup", count: 1 },
      ],
      missing: ["lakip:tabel-pengukuran"],
    });
    for (const c of controls(doc, "lakip:identitas"))
      expect(textOfOoxml(c.parts.join(""))).toBe("Badan Kesatuan Bangsa dan Politik");
    expect(controls(doc, "lain:milik-pengguna")[0].parts).toEqual([]);
    expect(fake.syncCount()).toBe(2);

    const empty = fakeWordRunner(fakeDocument(["hanya teks"]));
    const r2 = await createOfficeWordHost({ run: empty.run, toFlatOpc: wrap, limitRequests: false }).fillControls(
      contentsFor(2),
    );
    expect(r2.filled).toEqual([]);
    expect(r2.missing).toHaveLength(3);
  });

  test("listControls groups by tag; isEmpty sees text, controls and pictures", async () => {
    const doc = fakeDocument([
      "",
      { tag: "lakip:identitas", title: "Identitas" },
      { tag: "lakip:identitas" },
      { tag: "" },
    ]);
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({ run: fake.run, toFlatOpc: wrap, limitRequests: false });
    expect(await host.listControls()).toEqual([{ tag: "lakip:identitas", title: "Identitas", count: 2 }]);
    expect(await host.isEmpty()).toBe(false);
    const blank = fakeWordRunner(fakeDocument(["  ", ""]));
    expect(await createOfficeWordHost({ run: blank.run, toFlatOpc: wrap }).isEmpty()).toBe(true);
    const pic = fakeWordRunner({ ...fakeDocument([""]), blocks: [{ kind: "picture" }] });
    expect(await createOfficeWordHost({ run: pic.run, toFlatOpc: wrap }).isEmpty()).toBe(false);
  });

  test("insertTemplate replaces the body in one sync and refuses files over 4 MB", async () => {
    const doc = fakeDocument(["lama"]);
    const fake = fakeWordRunner(doc, {
      decodeFile: () => [{ kind: "control", id: 7, tag: "lakip:identitas", title: "Identitas", parts: [] }],
    });
    const host = createOfficeWordHost({ run: fake.run, toFlatOpc: wrap, limitRequests: true });
    await host.insertTemplate("UEsDBA==");
    expect(doc.blocks).toHaveLength(1);
    expect(fake.syncCount()).toBe(1);
    await expect(host.insertTemplate("A".repeat(4 * 1024 * 1024 + 4))).rejects.toThrow(/4 MB/);
    expect(fake.syncCount()).toBe(1);
  });

  test("insertAtCursor makes a tagged control at the cursor, refuses selected text and nesting", async () => {
    const doc = fakeDocument(["Paragraf pengguna 1", "Paragraf pengguna 2"]);
    doc.cursor = 1;
    const fake = fakeWordRunner(doc);
    const host = createOfficeWordHost({
      run: fake.run,
      toFlatOpc: wrap,
      limitRequests: false,
      isSetSupported: () => true,
    });
    await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi"));
    expect(doc.blocks[1]).toMatchObject({ kind: "control", tag: "lakip:tabel-efisiensi", title: "Tabel Efisiensi" });
    expect(textOfOoxml((doc.blocks[1] as { parts: string[] }).parts.join(""))).toBe("Efisiensi");
    expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : "cc"))).toEqual([
      "Paragraf pengguna 1",
      "cc",
      "Paragraf pengguna 2",
    ]);
    expect(fake.syncCount()).toBe(2);

    doc.selectedText = "teks terpilih";
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(WordHostError);
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(/dipilih/);
    doc.selectedText = "";
    doc.cursorInsideControlId = (doc.blocks[1] as { id: number }).id;
    await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("x"))).rejects.toThrow(/Tabel Efisiensi/);
    expect(doc.blocks).toHaveLength(3);

    // Without WordApi 1.3 the nesting check is skipped (older Word), the insert still works.
    const old = createOfficeWordHost({
      run: fake.run,
      toFlatOpc: wrap,
      limitRequests: false,
      isSetSupported: (_s, v) => v === "1.1",
    });
    await old.insertAtCursor("lakip:penutup", "Penutup", para("x"));
    expect(controls(doc, "lakip:penutup")).toHaveLength(1);
  });

  test("reading a property that was not loaded throws in the fake (guards the adapter's loads)", async () => {
    const fake = fakeWordRunner(fakeDocument([{ tag: "a" }]));
    await expect(
      fake.run(async (context) => {
        const c = context.document.body.contentControls;
        return c.items.length;
      }),
    ).rejects.toThrow(/not available/);
    await expect(
      fake.run(async (context) => {
        const c = context.document.body.contentControls;
        c.load("items/tag");
        await context.sync();
        return c.items[0].title;
      }),
    ).rejects.toThrow(/title/);
  });

  test("every write runs inside aroundWrite (change tracking suspended); syncs stay constant", async () => {
    for (const n of [10, 10_000]) {
      const doc = fakeDocument([{ tag: "lakip:identitas" }, { tag: "lakip:tabel-pengukuran" }]);
      const fake = fakeWordRunner(doc, { decodeFile: () => [] });
      const wrapped: string[] = [];
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
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
      expect(fake.syncCount()).toBe(4);
      await host.insertAtCursor("lakip:penutup", "Penutup", para("x"));
      await host.insertTemplate("UEsDBA==");
      expect(wrapped).toEqual(["in", "in", "in"]);
    }
  });

  test("errors from Word reach the user in Indonesian, with Word's own words", async () => {
    const host = createOfficeWordHost({
      run: async () => {
        throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
      },
      toFlatOpc: wrap,
      limitRequests: false,
    });
    await expect(host.listControls()).rejects.toThrow(
      "Membaca kontrol konten gagal. Word menjawab: AccessDenied: Access denied",
    );
  });

  describe("the template keeps its page numbers (headers and footers)", () => {
    const template = () =>
      [{ kind: "control", id: 7, tag: "lakip:identitas", title: "Identitas", parts: [] }] as FakeBlock[];
    const headers = () => ["Kepala: LAKIP 2025", "Kaki: Halaman {PAGE}"];

    test("WordApi 1.5: Document.insertFileFromBase64, headers and footers included", async () => {
      const doc = fakeDocument(["lama"]);
      doc.headersFooters = ["kepala dokumen lama"];
      const fake = fakeWordRunner(doc, { decodeFile: template, decodeHeadersFooters: headers, wordApi: "1.5" });
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: fakeIsSetSupported("1.5"),
      });
      await expect(host.insertTemplate("UEsDBA==")).resolves.toEqual({ headersFooters: true, notes: [] });
      expect(doc.headersFooters).toEqual(headers());
      expect(doc.blocks).toHaveLength(1);
      expect(fake.syncCount()).toBe(1);
    });

    test("older Word (WordApi 1.3, Office 2019/2021): the body only, and the report says so", async () => {
      const doc = fakeDocument(["lama"]);
      doc.headersFooters = ["kepala dokumen lama"];
      const fake = fakeWordRunner(doc, { decodeFile: template, decodeHeadersFooters: headers, wordApi: "1.3" });
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: fakeIsSetSupported("1.3"),
      });
      await expect(host.insertTemplate("UEsDBA==")).resolves.toEqual({ headersFooters: false, notes: [] });
      expect(doc.blocks).toHaveLength(1);
      // Body.insertFileFromBase64 leaves the document's own headers and drops the file's.
      expect(doc.headersFooters).toEqual(["kepala dokumen lama"]);
    });

    test("the fake refuses a member above its level the way Office does (ApiNotFound)", async () => {
      const doc = fakeDocument(["lama"]);
      const fake = fakeWordRunner(doc, { decodeFile: template, wordApi: "1.3" });
      const lying = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: () => true,
      });
      await expect(lying.insertTemplate("UEsDBA==")).rejects.toThrow(/Menyisipkan kerangka LAKIP gagal.*ApiNotFound/);
      expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : b.kind))).toEqual(["lama"]);
    });
  });

  describe("Sisipkan di kursor inside a paragraph with text (office-js issue 1914)", () => {
    test("Word on the web: a new paragraph after the cursor's, content once, the user told", async () => {
      const doc = fakeDocument(["Paragraf pengguna 1", "Paragraf pengguna 2"]);
      doc.cursor = 0;
      doc.cursorInText = true;
      const fake = fakeWordRunner(doc, { platform: "web" });
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: true,
        isSetSupported: () => true,
      });
      const report = await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi 98,50%"));
      expect(report.notes).toEqual([INSERTED_AFTER_PARAGRAPH]);
      expect(
        doc.blocks.map((b) =>
          b.kind === "text" ? b.text : `cc:${textOfOoxml((b as { parts: string[] }).parts.join(""))}`,
        ),
      ).toEqual(["Paragraf pengguna 1", "cc:Efisiensi 98,50%", "Paragraf pengguna 2"]);
      expect(doc.blocks[1]).toMatchObject({ kind: "control", tag: "lakip:tabel-efisiensi" });
      expect((doc.blocks[1] as { inline?: boolean }).inline).toBeFalsy();
      expect(fake.syncCount()).toBe(2);
    });

    test("an empty paragraph at the cursor becomes the control itself, no note", async () => {
      const doc = fakeDocument(["Paragraf pengguna 1", "", "Paragraf pengguna 2"]);
      doc.cursor = 1;
      doc.cursorInText = true;
      const fake = fakeWordRunner(doc, { platform: "web" });
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: true,
        isSetSupported: () => true,
      });
      await expect(host.insertAtCursor("lakip:penutup", "Penutup", para("Penutup"))).resolves.toEqual({ notes: [] });
      expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : "cc"))).toEqual([
        "Paragraf pengguna 1",
        "cc",
        "Paragraf pengguna 2",
      ]);
    });
  });

  describe("Lock Tracking: tracking cannot be switched off for the fill", () => {
    for (const locked of ["rejects", "ignores"] as const) {
      test(`the set ${locked === "rejects" ? "fails" : "is silently not applied"}: the fill runs tracked and the user is told in Indonesian`, async () => {
        const doc = fakeDocument([{ tag: "lakip:identitas" }]);
        doc.changeTrackingMode = "TrackAll";
        doc.trackingLocked = locked;
        const fake = fakeWordRunner(doc);
        const host = createOfficeWordHost({
          run: fake.run,
          toFlatOpc: wrap,
          limitRequests: false,
          isSetSupported: fakeIsSetSupported("1.9"),
          aroundWrite: (context, write, note) => withTrackingSuspended(context, write, fakeIsSetSupported("1.9"), note),
        });
        const report = await host.fillControls({ "lakip:identitas": para("Badan Kesbangpol") });
        expect(report.filled).toEqual([{ tag: "lakip:identitas", count: 1 }]);
        expect(report.notes).toEqual([TRACKING_LOCKED_NOTE]);
        expect(TRACKING_LOCKED_NOTE).toMatch(/dikunci.*tercatat sebagai revisi/);
        expect(textOfOoxml(controls(doc, "lakip:identitas")[0].parts.join(""))).toBe("Badan Kesbangpol");
        expect(doc.changeTrackingMode).toBe("TrackAll");
      });
    }

    test("unlocked: switched off for the fill, back on after, no note", async () => {
      const doc = fakeDocument([{ tag: "lakip:identitas" }]);
      doc.changeTrackingMode = "TrackMineOnly";
      const fake = fakeWordRunner(doc);
      const modes: string[] = [];
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: fakeIsSetSupported("1.9"),
        aroundWrite: (context, write, note) =>
          withTrackingSuspended(
            context,
            async () => {
              modes.push(doc.changeTrackingMode ?? "");
              return write();
            },
            fakeIsSetSupported("1.9"),
            note,
          ),
      });
      const report = await host.fillControls({ "lakip:identitas": para("x") });
      expect(report.notes).toBeUndefined();
      expect(modes).toEqual(["Off"]);
      expect(doc.changeTrackingMode).toBe("TrackMineOnly");
    });
  });
});
