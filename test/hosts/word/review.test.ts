import { reviewGate } from "../../../src/core/sop";
import { TEKS_TAGS } from "../../../src/core/report";
import { createWordReviewPort } from "../../../src/hosts/word/reviewPort";
import { withTrackingSuspended, TrackingRestoreError } from "../../../src/hosts/word/reviewTracking";
import { createWordApprovalPort, LAKIP_TAGS, PDF_SAVE_IN_WORD } from "../../../src/hosts/word/sopApproval";
import { createFakeWordDoc, fakeRun, supportsUpTo } from "./sopFakeWord";

const d = new Date(2026, 10, 25, 9);

describe("review port (step 7)", () => {
  test("Mulai koreksi turns tracking on for everyone in one sync; the listing takes one sync", async () => {
    const doc = createFakeWordDoc({
      tracked: [
        { author: "Sekretaris", date: d, text: "tahun 2026", type: "Added" },
        { author: "Sekretaris", date: d, text: "lama", type: "Deleted" },
      ],
      comments: [
        { id: "c1", authorName: "Kepala", content: "Perjelas angka capaian", creationDate: d, resolved: false },
        { id: "c2", authorName: "Kepala", content: "ok", creationDate: d, resolved: true },
      ],
    });
    const port = createWordReviewPort({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.6) });
    expect(port.capabilities()).toMatchObject({
      trackingMode: true,
      trackedChanges: true,
      comments: true,
      messages: [],
    });
    await port.startReview();
    expect(doc.trackingMode).toBe("TrackAll");
    expect(doc.syncs).toBe(1);
    const snap = await port.snapshot();
    expect(doc.syncs).toBe(2);
    expect(snap.trackingOn).toBe(true);
    expect(snap.revisions!.map((r) => `${r.detail}: ${r.text}`)).toEqual(["Sisipan: tahun 2026", "Hapusan: lama"]);
    expect(snap.comments!.map((c) => c.text)).toEqual(["Perjelas angka capaian"]);
    expect(reviewGate(snap)).toEqual({
      clear: false,
      message: "Masih ada 2 revisi dan 1 komentar yang belum diselesaikan.",
    });
    await port.goTo(snap.revisions![1]);
    expect(doc.selected).toBe("tracked:1");
    await port.goTo(snap.comments![0]);
    expect(doc.selected).toBe("comment:c1");
    // the reviewer accepts a revision: the old listing is stale
    doc.tracked.shift();
    await expect(port.goTo(snap.revisions![1])).rejects.toThrow(/Klik Muat ulang/);
  });

  test("Word with WordApi 1.4 only: comments listed, revisions unknown, with the Word version needed", async () => {
    const doc = createFakeWordDoc({ tracked: [{ author: "x", date: d, text: "y", type: "Added" }] });
    const port = createWordReviewPort({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.5) });
    const caps = port.capabilities();
    expect(caps).toMatchObject({ trackingMode: true, trackedChanges: false, comments: true });
    expect(caps.messages).toEqual([expect.stringMatching(/revisi \(perubahan terlacak\).*Microsoft 365 versi 2308/)]);
    const snap = await port.snapshot();
    expect(snap.revisions).toBeNull();
    expect(snap.comments).toEqual([]);
    expect(reviewGate(snap).message).toMatch(/tidak dapat menghitung revisi/);
  });

  test("Word 2016/2019 (WordApi 1.3): no tracking from the pane, a clear message, no blank failure", async () => {
    const doc = createFakeWordDoc();
    const port = createWordReviewPort({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.3) });
    expect(port.capabilities().messages).toHaveLength(3);
    await expect(port.startReview()).rejects.toThrow(/Diperlukan Microsoft 365 versi 2208.*Lacak Perubahan/);
    expect(await port.snapshot()).toEqual({ trackingOn: null, revisions: null, comments: null });
  });
});

describe("the add-in's own filling is never tracked", () => {
  test("tracking is turned off (and read back: Lock Tracking) for the fill and restored, in three extra syncs", async () => {
    const doc = createFakeWordDoc({ trackingMode: "TrackAll" });
    await fakeRun(doc)(async (context) => {
      await withTrackingSuspended(
        context,
        async () => {
          context.document.body.insertText("Tabel 3.1", "End");
          await context.sync();
        },
        supportsUpTo(1.4),
      );
    });
    expect(doc.inserted).toEqual([{ text: "Tabel 3.1", tracked: false }]);
    expect(doc.trackingMode).toBe("TrackAll");
    expect(doc.syncs).toBe(4);
  });

  test("restored also when the fill fails; TrackMineOnly comes back as it was", async () => {
    const doc = createFakeWordDoc({ trackingMode: "TrackMineOnly" });
    await expect(
      fakeRun(doc)(async (context) =>
        withTrackingSuspended(
          context,
          async () => {
            throw new Error("isi gagal");
          },
          supportsUpTo(1.4),
        ),
      ),
    ).rejects.toThrow("isi gagal");
    expect(doc.trackingMode).toBe("TrackMineOnly");
  });

  test("a failed restore says so in Indonesian; with tracking off nothing extra happens", async () => {
    const doc = createFakeWordDoc({ trackingMode: "TrackAll" });
    await expect(
      fakeRun(doc)(async (context) =>
        withTrackingSuspended(
          context,
          async () => {
            await context.sync();
            doc.failNextSync = true;
          },
          supportsUpTo(1.4),
        ),
      ),
    ).rejects.toBeInstanceOf(TrackingRestoreError);
    const off = createFakeWordDoc();
    await fakeRun(off)(async (context) => withTrackingSuspended(context, async () => 1, supportsUpTo(1.4)));
    expect(off.syncs).toBe(1);
    const old = createFakeWordDoc({ trackingMode: "TrackAll" });
    await fakeRun(old)(async (context) => withTrackingSuspended(context, async () => 1, supportsUpTo(1.3)));
    expect(old.syncs).toBe(0);
  });
});

describe("approval port (step 8)", () => {
  test("controls checked in one sync; PDF read slice by slice and the file closed", async () => {
    const doc = createFakeWordDoc({
      controls: [
        ...LAKIP_TAGS.filter((t) => t !== "lakip:ikhtisar").map((tag) => ({ tag, text: "isi" })),
        { tag: "lakip:ikhtisar", text: "[Ikhtisar diisi otomatis]", placeholderText: "[Ikhtisar diisi otomatis]" },
        { tag: "lakip:penutup", text: "  " },
        { tag: "catatan-lain", text: "" },
        // an agency section still showing the template's grey text (Word gives no placeholderText for it)
        { tag: TEKS_TAGS[0].tag, text: TEKS_TAGS[0].placeholder, placeholderText: "" },
        { tag: TEKS_TAGS[1].tag, text: "Tugas pokok Badan ..." },
      ],
    });
    let closed = false;
    const slices = [new Uint8Array([37, 80, 68, 70]), new Uint8Array([45, 49])];
    const port = createWordApprovalPort({
      run: fakeRun(doc),
      isSetSupported: (s, v) => s === "PdfFile" && v === "1.1",
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
    expect(doc.syncs).toBe(1);
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

  test("the cover logo: a picture control counts as filled by its picture, not its text (one more sync)", async () => {
    const controls = LAKIP_TAGS.map((tag) => ({ tag, text: "isi" }));
    const check = async (pictures: number) => {
      const doc = createFakeWordDoc({
        controls: [...controls, { tag: "lakip:logo", text: "", type: "Picture", pictures }],
      });
      const port = createWordApprovalPort({ run: fakeRun(doc), isSetSupported: () => true, errorFindings: () => 0 });
      const facts = await port.facts();
      return { logo: facts.controls!.find((c) => c.tag === "lakip:logo")!.filled, syncs: doc.syncs };
    };
    await expect(check(1)).resolves.toEqual({ logo: true, syncs: 2 });
    await expect(check(0)).resolves.toEqual({ logo: false, syncs: 2 });
  });

  test("without PdfFile the pane is told where to save as PDF by hand", () => {
    const port = createWordApprovalPort({
      run: fakeRun(createFakeWordDoc()),
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
      run: fakeRun(createFakeWordDoc()),
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
