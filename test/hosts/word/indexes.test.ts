/**
 * The Word adapter's index update and open-section listing, over the Word fake holding a real
 * document (src/hosts/memory/wordDocumentOffice.ts): Word.Body.fields and Word.Field.code
 * (WordApi 1.4), Field.updateResult() (WordApi 1.5,
 * https://learn.microsoft.com/javascript/api/word/word.field#word-word-field-updateresult-member),
 * Word.ContentControl.tag/.text (WordApi 1.1); loaded properties are readable only after
 * context.sync(), and queued updateResult calls run at the next sync.
 */
import { TEKS_TAGS, toFlatOpc } from "../../../src/core/report";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";

const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const complexField = (code: string, result: string) =>
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
const simpleField = (code: string, result: string) =>
  `<w:p><w:fldSimple w:instr="${code}"><w:r><w:t>${result}</w:t></w:r></w:fldSimple></w:p>`;
const cc = (tag: string, inner: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

function setup(body: string, level = "1.9") {
  const pkg = new WordPackage(new WordMemoryDocument(body));
  const word = wordDocumentRunner(pkg, { wordApi: level });
  const host = createOfficeWordHost({
    run: word.run,
    toFlatOpc,
    limitRequests: false,
    onTheWeb: false,
    isSetSupported: word.isSetSupported,
  });
  return { pkg, word, host };
}

test("updateIndexes: SEQ fields first, then the TOC fields; three syncs", async () => {
  const { pkg, word, host } = setup(
    complexField(' TOC \\o "1-3" \\h \\z \\u ', "Daftar Isi") +
      complexField(' TOC \\h \\z \\c "Tabel" ', "Daftar Tabel") +
      simpleField("SEQ Tabel \\r 1 \\* ARABIC", "1") +
      simpleField(" PAGE ", "1"),
  );
  await expect(host.updateIndexes!()).resolves.toBe("updated");
  expect(pkg.fieldUpdateLog.map((c) => c.split(" ")[0])).toEqual(["SEQ", "TOC", "TOC"]);
  expect(word.syncs()).toHaveLength(3);
});

test("updateIndexes on a Word without WordApi 1.5 says so and touches nothing", async () => {
  const { pkg, word, host } = setup(complexField(" TOC ", "Daftar Isi"), "1.4");
  await expect(host.updateIndexes!()).resolves.toBe("unsupported");
  expect(word.syncs()).toHaveLength(0);
  expect(pkg.fieldUpdateLog).toEqual([]);
});

test("listOpenSections: teks controls still showing their placeholder (or empty), one sync", async () => {
  const [lb, tupoksi, struktur] = TEKS_TAGS;
  const { word, host } = setup(
    cc(lb.tag, p(lb.placeholder)) +
      cc(tupoksi.tag, p("Badan ini bertugas membantu Bupati ...")) +
      cc(struktur.tag, p("  ")) +
      cc("lakip:ikhtisar", p("")),
  );
  await expect(host.listOpenSections!()).resolves.toEqual([lb.tag, struktur.tag]);
  expect(word.syncs()).toHaveLength(1);
});
