/**
 * The Word fake at the requirement-set levels of the Office versions the pane tests run at
 * (issue 8): members above the level are refused with ApiNotFound at context.sync(), as Office
 * does; the Word adapter, told the same level, keeps to it (Sisipkan di kursor skips the WordApi
 * 1.3 nesting check in Office 2016 perpetual instead of failing).
 */
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { OFFICE_LEVELS } from "../../../src/hosts/memory/officeFakeRules";
import { toFlatOpc } from "../../../src/core/report";

const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const cc = (tag: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${para("[isi otomatis]")}</w:sdtContent></w:sdt>`;

/** The WordApi level of an Office version ("1.9": every set the adapters use). */
const wordApiOf = (name: keyof typeof OFFICE_LEVELS) => OFFICE_LEVELS[name]?.WordApi ?? "1.9";

describe("Word fake with a requirement-set level", () => {
  test("Office 2016 perpetual (WordApi 1.1) refuses Range.parentContentControlOrNullObject (WordApi 1.3) at sync", async () => {
    const word = wordDocumentRunner(new WordPackage(new WordMemoryDocument(para("teks"))), {
      wordApi: wordApiOf("2016"),
    });
    await expect(
      word.run(async (context) => {
        const parent = context.document.getSelection().parentContentControlOrNullObject;
        parent.load("tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test.each(["2016", "2019", "365"] as const)(
    "Office %s: the adapter inserts at the cursor and fills",
    async (name) => {
      const doc = new WordMemoryDocument(para("Paragraf 1") + cc("lakip:penutup"));
      doc.setCursor(1);
      const word = wordDocumentRunner(new WordPackage(doc), { wordApi: wordApiOf(name) });
      const host = createOfficeWordHost({
        run: word.run,
        toFlatOpc,
        limitRequests: false,
        isSetSupported: word.isSetSupported,
      });
      await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi"));
      await expect(host.fillControls({ "lakip:penutup": para("Penutup") })).resolves.toMatchObject({
        filled: [{ tag: "lakip:penutup", count: 1 }],
      });
      expect(doc.controls()).toHaveLength(2);
      expect(doc.text()).toContain("Efisiensi");
      expect(doc.text()).toContain("Penutup");
    },
  );
});
