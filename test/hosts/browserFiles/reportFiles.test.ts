/** The report side of the files host of LAKIP.html: reading a reviewed .docx, the report, the SOP ports. */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as os from "os";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../../src/core";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { templateZip } from "../../../src/hosts/files/docxTemplate";
import { readPackageProperties } from "../../../src/hosts/files/sopDocx";
import { CHECK_OOXML, haveTools } from "../../support/tools";
import { approvalChecklist, checklistPassed, initialState } from "../../../src/core/sop";
import {
  DocumentFileError,
  controlsOf,
  createFileApprovalPort,
  createFileReviewPort,
  loadDocx,
  makeReport,
  PAGES_ESTIMATED_NOTE,
  openCommentsOf,
  reviewSnapshotOf,
  revisionsOf,
  turnTrackingOn,
} from "../../../src/hosts/browserFiles/reportFiles";

const ROOT = path.resolve(__dirname, "../../..");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("revisionsOf", () => {
  test("lists insertions, deletions, moves and format changes with author, date and text", () => {
    const xml = `<w:document ${W}><w:body><w:p><w:ins w:id="1" w:author="Sekretaris" w:date="2026-01-10T09:00:00Z"><w:r><w:t>baru &amp; benar</w:t></w:r></w:ins><w:del w:id="2" w:author="Kepala"><w:r><w:delText>lama</w:delText></w:r></w:del><w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>tebal</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:ins w:id="4" w:author="B"/></w:rPr></w:pPr></w:p></w:body></w:document>`;
    const items = revisionsOf([{ name: "word/document.xml", xml }]);
    expect(items.map((i) => [i.detail, i.author, i.text])).toEqual([
      ["Sisipan", "Sekretaris", "baru & benar"],
      ["Hapusan", "Kepala", "lama"],
      ["Format", "A", "(format teks)"],
      ["Sisipan", "B", "(tanda paragraf)"],
    ]);
    expect(items[0].date).toBe("2026-01-10T09:00:00Z");
    expect(new Set(items.map((i) => i.id)).size).toBe(4);
  });

  test("a document without tracked changes has none", () => {
    expect(
      revisionsOf([{ name: "word/document.xml", xml: `<w:document ${W}><w:body><w:p/></w:body></w:document>` }]),
    ).toEqual([]);
  });
});

describe("openCommentsOf", () => {
  const comments = `<w:comments ${W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:comment w:id="1" w:author="Sekretaris"><w:p w14:paraId="0A1B2C3D"><w:r><w:t>Periksa angka</w:t></w:r></w:p></w:comment><w:comment w:id="2" w:author="Kepala"><w:p w14:paraId="11111111"><w:r><w:t>Sudah beres</w:t></w:r></w:p></w:comment></w:comments>`;
  const doc = `<w:document ${W}><w:body><w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Capaian 105%</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p></w:body></w:document>`;
  test("a resolved comment (w15:done) is left out; an open one shows its words and the text it is on", () => {
    const ext = `<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="11111111" w15:done="1"/><w15:commentEx w15:paraId="0A1B2C3D" w15:done="0"/></w15:commentsEx>`;
    const items = openCommentsOf(comments, ext, doc);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "komentar", author: "Sekretaris", detail: "Periksa angka" });
    expect(items[0].text).toBe("Periksa angka (pada “Capaian 105%”)");
  });
  test("without commentsExtended every comment is open", () => {
    expect(openCommentsOf(comments, null, doc)).toHaveLength(2);
  });
});

describe("the report and the SOP ports over a .docx", () => {
  let analysis: ReturnType<typeof analyzeWorkbook>;
  beforeAll(async () => {
    analysis = analyzeWorkbook(
      await readWorkbookGrid(fs.readFileSync(path.join(ROOT, "examples/kesbangpol-2025.xlsx"))),
    );
  });

  test("makeReport fills the built-in template, records step 6 by the user, and the package is valid", async () => {
    const now = new Date(2026, 0, 15, 10, 0);
    const r = await makeReport(analysis, null, "F4", { name: "Sari Dewi", role: "Kasubag Program" }, now);
    expect(r.fill.filled).toContain("lakip:tabel-pengukuran");
    expect(r.fill.missingTags).toEqual([]);
    const props = await readPackageProperties(await JSZip.loadAsync(r.bytes));
    expect(props["LAKIP Langkah 6"]).toMatch(/^Selesai \| .* \| Sari Dewi, Kasubag Program \|/);
    const controls = await controlsOf(r.zip);
    expect(controls.filter((c) => c.tag === "lakip:ikhtisar")).toEqual([{ tag: "lakip:ikhtisar", filled: true }]);
    expect(controls.every((c) => c.tag.startsWith("lakip:"))).toBe(true);
    if (haveTools(["check-ooxml"], "check-ooxml on the page's report")) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lakip-rf-"));
      try {
        const file = path.join(dir, "r.docx");
        fs.writeFileSync(file, r.bytes);
        const out = spawnSync(CHECK_OOXML, [file], { encoding: "utf8" });
        expect(out.stdout + out.stderr).toBe(out.status === 0 ? out.stdout + out.stderr : "(valid)");
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 60_000);

  test("the approval port reports the controls and the error findings it is given; no PDF here", async () => {
    const r = await makeReport(analysis, null, "A4", { name: "X", role: "Y" }, new Date(2026, 0, 15));
    let errors: number | null = 3;
    const port = createFileApprovalPort(r.zip, () => errors);
    const facts = await port.facts();
    expect(facts.errorFindings).toBe(3);
    expect(facts.requiredTags).toContain("lakip:tabel-pengukuran");
    expect(facts.controls!.filter((c) => facts.requiredTags.includes(c.tag)).every((c) => c.filled)).toBe(true);
    // the page cannot lay the document out: its index page numbers are estimated, said on the page
    // and recorded in the document, and the approval checklist asks for Word's Perbarui Tabel
    expect(r.pagesEstimated).toBe(true);
    expect(PAGES_ESTIMATED_NOTE).toContain("Referensi > Perbarui Tabel");
    expect(facts.indexPages).toBe("perkiraan");
    const items = approvalChecklist(facts, null, initialState());
    const halaman = items.find((i) => i.id === "halaman")!;
    expect(halaman.ok).toBe(false);
    // a reminder: no program can see Word's Perbarui Tabel, so it does not hold the approval back
    expect(halaman.reminder).toBe(true);
    expect(checklistPassed([halaman])).toBe(true);
    expect(checklistPassed([{ ...halaman, reminder: undefined }])).toBe(false);
    expect(halaman.detail).toContain("Masih perkiraan. Sebelum mencetak, buka dokumen di Word");
    expect(
      approvalChecklist({ ...facts, indexPages: "tata-letak" }, null, initialState()).find((i) => i.id === "halaman")!
        .ok,
    ).toBe(true);
    expect(
      approvalChecklist({ ...facts, indexPages: null }, null, initialState()).some((i) => i.id === "halaman"),
    ).toBe(false);
    errors = null;
    expect((await port.facts()).errorFindings).toBeNull();
    expect(port.pdfUnavailable()).toMatch(/Word atau LibreOffice/);
    await expect(port.exportPdf()).rejects.toBeInstanceOf(DocumentFileError);
  }, 60_000);

  test("Mulai koreksi turns track changes on in settings.xml, once, and the snapshot sees it", async () => {
    const zip = templateZip("A4");
    const port = createFileReviewPort(zip);
    expect((await port.snapshot()).trackingOn).toBe(false);
    await port.startReview();
    await turnTrackingOn(zip);
    const settings = await zip.file("word/settings.xml")!.async("string");
    expect(settings.match(/<w:trackRevisions\/>/g)).toHaveLength(1);
    expect(await reviewSnapshotOf(zip)).toEqual({ trackingOn: true, revisions: [], comments: [] });
    await expect(port.goTo({ id: "x", kind: "revisi", author: "", date: null, text: "t", detail: "" })).rejects.toThrow(
      /Buka dokumen di Word/,
    );
  });
});

describe("loadDocx refuses what lakip report refuses, with its sentence", () => {
  test("not a zip, and a zip without word/document.xml", async () => {
    // the sentence of docxCheck.ts that `lakip report --template` prints too
    const sentence = 'Template "x.docx": berkas ini bukan dokumen Word (.docx)';
    await expect(loadDocx("x.docx", new TextEncoder().encode("teks biasa"))).rejects.toThrow(sentence);
    const xlsx = fs.readFileSync(path.join(ROOT, "examples/kesbangpol-2025.xlsx"));
    await expect(loadDocx("x.docx", xlsx)).rejects.toThrow(sentence);
  });
});
