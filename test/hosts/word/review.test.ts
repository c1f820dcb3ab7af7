import { reviewGate } from "../../../src/core/sop";
import { TEKS_TAGS, toFlatOpc } from "../../../src/core/report";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { createWordReviewPort } from "../../../src/hosts/word/reviewPort";
import {
  TRACKING_LOCKED_NOTE,
  TrackingRestoreError,
  withTrackingSuspended,
} from "../../../src/hosts/word/reviewTracking";
import { createWordApprovalPort, LAKIP_TAGS, PDF_SAVE_IN_WORD } from "../../../src/hosts/word/sopApproval";

const d = new Date(2026, 10, 25, 9);
const iso = d.toISOString();

const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const cc = (tag: string, inner: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
/** A control still showing its grey placeholder (runs in the PlaceholderText style). */
const shown = (tag: string, text: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:sdtContent></w:sdt>`;
const ins = (author: string, text: string) =>
  `<w:p><w:ins w:id="1" w:author="${author}" w:date="${iso}"><w:r><w:t>${text}</w:t></w:r></w:ins></w:p>`;
const del = (author: string, text: string) =>
  `<w:p><w:del w:id="2" w:author="${author}" w:date="${iso}"><w:r><w:delText>${text}</w:delText></w:r></w:del></w:p>`;

/** A document in the Word fake (src/hosts/memory/wordDocumentOffice.ts) at a WordApi level. */
function word(body: string, level = "1.9", init: (pkg: WordPackage) => void = () => undefined) {
  const pkg = new WordPackage(new WordMemoryDocument(body));
  init(pkg);
  const w = wordDocumentRunner(pkg, { wordApi: level });
  return { pkg, run: w.run, isSetSupported: w.isSetSupported, syncs: () => w.syncs().length };
}
const comment = (id: string, content: string, resolved = false) => ({
  id,
  authorName: "Kepala",
  content,
  creationDate: d,
  resolved,
});

describe("review port (step 7)", () => {
  test("Mulai koreksi turns tracking on for everyone in one sync; the listing takes one sync", async () => {
    const w = word(ins("Sekretaris", "tahun 2026") + del("Sekretaris", "lama"), "1.6", (pkg) => {
      pkg.comments.push(comment("c1", "Perjelas angka capaian"), comment("c2", "ok", true));
    });
    const port = createWordReviewPort({ run: w.run, isSetSupported: w.isSetSupported });
    expect(port.capabilities()).toMatchObject({
      trackingMode: true,
      trackedChanges: true,
      comments: true,
      messages: [],
    });
    await port.startReview();
    expect(w.pkg.trackingMode).toBe("TrackAll");
    expect(w.syncs()).toBe(1);
    const snap = await port.snapshot();
    expect(w.syncs()).toBe(2);
    expect(snap.trackingOn).toBe(true);
    expect(snap.revisions!.map((r) => `${r.detail}: ${r.text}`)).toEqual(["Sisipan: tahun 2026", "Hapusan: lama"]);
    expect(snap.comments!.map((c) => c.text)).toEqual(["Perjelas angka capaian"]);
    expect(reviewGate(snap)).toEqual({
      clear: false,
      message: "Masih ada 2 revisi dan 1 komentar yang belum diselesaikan.",
    });
    await port.goTo(snap.revisions![1]);
    expect(w.pkg.selected).toBe("revisi-1");
    await port.goTo(snap.comments![0]);
    expect(w.pkg.selected).toBe("komentar-c1");
    // the reviewer accepts a revision: the old listing is stale
    w.pkg.acceptRevision(0);
    await expect(port.goTo(snap.revisions![1])).rejects.toThrow(/Klik Muat ulang/);
  });

  test("Word with WordApi 1.4 only: comments listed, revisions unknown, with the Word version needed", async () => {
    const w = word(ins("x", "y"), "1.5");
    const port = createWordReviewPort({ run: w.run, isSetSupported: w.isSetSupported });
    const caps = port.capabilities();
    expect(caps).toMatchObject({ trackingMode: true, trackedChanges: false, comments: true });
    expect(caps.messages).toEqual([expect.stringMatching(/revisi \(perubahan terlacak\).*Microsoft 365 versi 2308/)]);
    const snap = await port.snapshot();
    expect(snap.revisions).toBeNull();
    expect(snap.comments).toEqual([]);
    expect(reviewGate(snap).message).toMatch(/tidak dapat menghitung revisi/);
  });

  test("Word 2016/2019 (WordApi 1.3): no tracking from the pane, a clear message, no blank failure", async () => {
    const w = word("", "1.3");
    const port = createWordReviewPort({ run: w.run, isSetSupported: w.isSetSupported });
    expect(port.capabilities().messages).toHaveLength(3);
    await expect(port.startReview()).rejects.toThrow(/Diperlukan Microsoft 365 versi 2208.*Lacak Perubahan/);
    expect(await port.snapshot()).toEqual({ trackingOn: null, revisions: null, comments: null });
  });
});

/** Fills the control "lakip:x" with "Tabel 3.1" inside withTrackingSuspended. */
async function fillSuspended(w: ReturnType<typeof word>, level: (s: string, v: string) => boolean) {
  return w.run(async (context) =>
    withTrackingSuspended(
      context,
      async () => {
        const list = context.document.body.contentControls.getByTag("lakip:x");
        list.load("items/id");
        await context.sync();
        list.items[0].insertOoxml(toFlatOpc(p("Tabel 3.1")), "Replace");
        await context.sync();
      },
      level,
    ),
  );
}

describe("the add-in's own filling is never tracked", () => {
  test("tracking is turned off (and read back: Lock Tracking) for the fill and restored, in three extra syncs", async () => {
    const w = word(cc("lakip:x", p("")), "1.9", (pkg) => (pkg.trackingMode = "TrackAll"));
    await fillSuspended(w, w.isSetSupported);
    expect(w.pkg.doc.text()).toContain("Tabel 3.1");
    expect(w.pkg.trackedChanges()).toHaveLength(0);
    expect(w.pkg.trackingMode).toBe("TrackAll");
    expect(w.syncs()).toBe(5);
  });

  test("without the suspension the fake records the add-in's insertion as a revision", async () => {
    const w = word(cc("lakip:x", p("")), "1.9", (pkg) => (pkg.trackingMode = "TrackAll"));
    await fillSuspended(w, () => false);
    expect(w.pkg.trackedChanges().length).toBeGreaterThan(0);
  });

  test("restored also when the fill fails; TrackMineOnly comes back as it was", async () => {
    const w = word("", "1.9", (pkg) => (pkg.trackingMode = "TrackMineOnly"));
    await expect(
      w.run(async (context) =>
        withTrackingSuspended(
          context,
          async () => {
            throw new Error("isi gagal");
          },
          w.isSetSupported,
        ),
      ),
    ).rejects.toThrow("isi gagal");
    expect(w.pkg.trackingMode).toBe("TrackMineOnly");
  });

  test("a failed restore says so in Indonesian; with tracking off nothing extra happens", async () => {
    const w = word("", "1.9", (pkg) => (pkg.trackingMode = "TrackAll"));
    await expect(
      w.run(async (context) =>
        withTrackingSuspended(
          context,
          async () => {
            await context.sync();
            w.pkg.failNextSync = new Error("GeneralException");
          },
          w.isSetSupported,
        ),
      ),
    ).rejects.toBeInstanceOf(TrackingRestoreError);
    const off = word("");
    await off.run(async (context) => withTrackingSuspended(context, async () => 1, off.isSetSupported));
    expect(off.syncs()).toBe(1);
    const old = word("", "1.3", (pkg) => (pkg.trackingMode = "TrackAll"));
    await old.run(async (context) => withTrackingSuspended(context, async () => 1, old.isSetSupported));
    expect(old.syncs()).toBe(0);
  });

  test("Lock Tracking: the switch is refused or ignored; the fill goes on and the note says why", async () => {
    for (const locked of ["rejects", "ignores"] as const) {
      const w = word(cc("lakip:x", p("")), "1.9", (pkg) => {
        pkg.trackingMode = "TrackAll";
        pkg.trackingLocked = locked;
      });
      const notes: string[] = [];
      await w.run(async (context) =>
        withTrackingSuspended(
          context,
          async () => context.sync(),
          w.isSetSupported,
          (n) => notes.push(n),
        ),
      );
      expect(notes).toEqual([TRACKING_LOCKED_NOTE]);
      expect(w.pkg.trackingMode).toBe("TrackAll");
    }
  });
});

describe("approval port (step 8)", () => {
  test("controls checked in one sync; PDF read slice by slice and the file closed", async () => {
    const w = word(
      LAKIP_TAGS.filter((t) => t !== "lakip:ikhtisar" && t !== "lakip:penutup")
        .map((tag) => cc(tag, p("isi")))
        .join("") +
        shown("lakip:ikhtisar", "[Ikhtisar diisi otomatis]") +
        cc("lakip:penutup", p("  ")) +
        cc("catatan-lain", p("")) +
        // an agency section still showing the template's grey text
        shown(TEKS_TAGS[0].tag, TEKS_TAGS[0].placeholder) +
        cc(TEKS_TAGS[1].tag, p("Tugas pokok Badan ...")),
      "1.9",
    );
    let closed = false;
    const slices = [new Uint8Array([37, 80, 68, 70]), new Uint8Array([45, 49])];
    const port = createWordApprovalPort({
      run: w.run,
      isSetSupported: (s, v) => (s === "PdfFile" && v === "1.1") || w.isSetSupported(s, v),
      errorFindings: () => 0,
      pdfFileType: 2 as Office.FileType,
      pdfSource: {
        getFileAsync: (_t, _o, cb) =>
          cb({
            status: "succeeded",
            value: {
              size: 6,
              sliceCount: 2,
              getSliceAsync: (i: number, cb2: (r: Office.AsyncResult<Office.Slice>) => void) =>
                cb2({
                  status: "succeeded",
                  value: { data: Array.from(slices[i]), index: i, size: slices[i].length },
                } as never),
              closeAsync: (cb3: () => void) => {
                closed = true;
                cb3();
              },
            },
          } as never),
      },
    });
    const facts = await port.facts();
    expect(w.syncs()).toBe(1);
    // blank, and showing only its placeholder, both count as not filled
    expect(
      facts
        .controls!.filter((c) => !c.filled)
        .map((c) => c.tag)
        .sort(),
    ).toEqual(["lakip:ikhtisar", "lakip:penutup", TEKS_TAGS[0].tag]);
    expect(port.pdfUnavailable()).toBeNull();
    const blob = await port.exportPdf();
    expect(Buffer.from(await blob.arrayBuffer()).toString("latin1")).toBe("%PDF-1");
    expect(closed).toBe(true);
  });

  test("the cover logo: a picture control is not in Word's content-control list, so it is not checked (no extra sync)", async () => {
    // Word.ContentControl class page: "only rich text, plain text, checkbox, dropdown list, and
    // combo box content controls are supported"; the fake takes the stricter reading.
    const picture = (inner: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="lakip:logo"/><w:picture/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    for (const inner of [p(""), `<w:p><w:r><w:drawing/></w:r></w:p>`]) {
      const w = word(LAKIP_TAGS.map((tag) => cc(tag, p("isi"))).join("") + picture(inner));
      const port = createWordApprovalPort({ run: w.run, isSetSupported: w.isSetSupported, errorFindings: () => 0 });
      const facts = await port.facts();
      expect(facts.controls!.some((c) => c.tag === "lakip:logo")).toBe(false);
      expect(facts.controls!.every((c) => c.filled)).toBe(true);
      expect(w.syncs()).toBe(1);
    }
  });

  test("without PdfFile the pane is told where to save as PDF by hand", () => {
    const port = createWordApprovalPort({
      run: word("").run,
      isSetSupported: () => false,
      errorFindings: () => null,
      pdfSource: null,
    });
    expect(port.pdfUnavailable()).toMatch(/sebagai PDF.*File > Simpan Sebagai/);
  });

  test("Word on Windows/Mac (WebView2, Edge Legacy, WKWebView): no blob download, Word's own Save As PDF instead", async () => {
    // "Browsers and webview controls used by Office Add-ins": directly downloading blobs as PDF files
    // isn't supported with WebView2. The link would do nothing there; the pane says what works.
    const port = createWordApprovalPort({
      run: word("").run,
      isSetSupported: (s, v) => s === "PdfFile" && v === "1.1",
      errorFindings: () => 0,
      pdfSource: { getFileAsync: () => undefined },
      canDownload: false,
    });
    expect(port.pdfUnavailable()).toBe(PDF_SAVE_IN_WORD);
    expect(PDF_SAVE_IN_WORD).toMatch(/File > Simpan Sebagai .*PDF/);
    await expect(port.exportPdf()).rejects.toThrow(/Simpan Sebagai/);
  });
});
