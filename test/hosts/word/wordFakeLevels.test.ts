/**
 * The Word fake at the requirement-set levels of the Office versions the pane tests run at
 * (issue 8): members above the level are refused with ApiNotFound, as Office does; the Word
 * adapter, told the same level, keeps to it (Sisipkan di kursor skips the WordApi 1.3 nesting
 * check in Office 2016 perpetual instead of failing).
 */
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { fakeDocument, fakeWordRunner } from "../../../src/hosts/memory/wordFakeOffice";
import { OFFICE_LEVELS, isSetSupportedAt } from "../../../src/hosts/memory/officeFakeRules";

const wrap = (body: string) => `<pkg:package xmlns:pkg="urn:test"><pkg:body>${body}</pkg:body></pkg:package>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

describe("Word fake with a requirement-set level", () => {
  test("Office 2016 perpetual (WordApi 1.1) refuses Range.parentContentControlOrNullObject (WordApi 1.3)", async () => {
    const fake = fakeWordRunner(fakeDocument(["teks"]), { apiLevel: OFFICE_LEVELS["2016"] });
    await expect(
      fake.run(async (context) => {
        const parent = context.document.getSelection().parentContentControlOrNullObject;
        parent.load("tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test.each(["2016", "2019", "365"] as const)(
    "Office %s: the adapter inserts at the cursor and fills",
    async (name) => {
      const level = OFFICE_LEVELS[name];
      const doc = fakeDocument(["Paragraf 1", { tag: "lakip:penutup" }]);
      doc.cursor = 1;
      const fake = fakeWordRunner(doc, { apiLevel: level });
      const host = createOfficeWordHost({
        run: fake.run,
        toFlatOpc: wrap,
        limitRequests: false,
        isSetSupported: isSetSupportedAt(level),
      });
      await host.insertAtCursor("lakip:tabel-efisiensi", "Tabel Efisiensi", para("Efisiensi"));
      await expect(host.fillControls({ "lakip:penutup": para("Penutup") })).resolves.toMatchObject({
        filled: [{ tag: "lakip:penutup", count: 1 }],
      });
      expect(doc.blocks.filter((b) => b.kind === "control")).toHaveLength(2);
    },
  );
});
