/**
 * The Word adapter's index update and open-section listing, against a minimal fake of the
 * objects they use. The fake follows Microsoft's reference pages: Word.Body.fields (WordApi 1.4,
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-fields-member),
 * Word.Field.code (WordApi 1.4) and Field.updateResult() (WordApi 1.5,
 * https://learn.microsoft.com/javascript/api/word/word.field#word-word-field-updateresult-member),
 * Word.ContentControl.tag/.text (WordApi 1.1); loaded properties are readable only after
 * context.sync(), and queued updateResult calls run at the next sync.
 */
import { TEKS_TAGS } from "../../../src/core/report";
import { createOfficeWordHost, type WordRunner } from "../../../src/hosts/word/officeWordHost";

interface FakeField {
  code: string;
  updated: number;
}

function fake(fields: FakeField[], controls: { tag: string; text: string }[]) {
  let syncs = 0;
  const order: string[] = [];
  let pending: (() => void)[] = [];
  let loaded = false;
  const context = {
    document: {
      body: {
        fields: {
          load: () => undefined,
          get items() {
            if (!loaded) throw new Error("PropertyNotLoaded");
            return fields.map((f) => ({
              get code() {
                return f.code;
              },
              updateResult: () => pending.push(() => (f.updated++, order.push(f.code.trim().split(" ")[0]))),
            }));
          },
        },
        contentControls: {
          load: () => undefined,
          get items() {
            if (!loaded) throw new Error("PropertyNotLoaded");
            return controls;
          },
        },
      },
    },
    sync: async () => {
      syncs++;
      loaded = true;
      const run = pending;
      pending = [];
      run.forEach((f) => f());
    },
  };
  const run: WordRunner = (batch) => batch(context as unknown as Word.RequestContext);
  return { run, syncs: () => syncs, order };
}

test("updateIndexes: SEQ fields first, then the TOC fields; three syncs", async () => {
  const fields = [
    { code: ' TOC \\o "1-3" \\h \\z \\u ', updated: 0 },
    { code: ' TOC \\h \\z \\c "Tabel" ', updated: 0 },
    { code: "SEQ Tabel \\r 1 \\* ARABIC", updated: 0 },
    { code: " PAGE ", updated: 0 },
  ];
  const f = fake(fields, []);
  const host = createOfficeWordHost({
    run: f.run,
    toFlatOpc: (x) => x,
    limitRequests: false,
    isSetSupported: () => true,
  });
  await expect(host.updateIndexes!()).resolves.toBe("updated");
  expect(f.order).toEqual(["SEQ", "TOC", "TOC"]);
  expect(fields[3].updated).toBe(0);
  expect(f.syncs()).toBe(3);
});

test("updateIndexes on a Word without WordApi 1.5 says so and touches nothing", async () => {
  const fields = [{ code: " TOC ", updated: 0 }];
  const f = fake(fields, []);
  const host = createOfficeWordHost({
    run: f.run,
    toFlatOpc: (x) => x,
    limitRequests: false,
    isSetSupported: (set, v) => !(set === "WordApi" && v === "1.5"),
  });
  await expect(host.updateIndexes!()).resolves.toBe("unsupported");
  expect(f.syncs()).toBe(0);
});

test("listOpenSections: teks controls still showing their placeholder (or empty), one sync", async () => {
  const [lb, tupoksi, struktur] = TEKS_TAGS;
  const f = fake(
    [],
    [
      { tag: lb.tag, text: lb.placeholder },
      { tag: tupoksi.tag, text: "Badan ini bertugas membantu Bupati ..." },
      { tag: struktur.tag, text: "  " },
      { tag: "lakip:ikhtisar", text: "" },
    ],
  );
  const host = createOfficeWordHost({
    run: f.run,
    toFlatOpc: (x) => x,
    limitRequests: false,
    isSetSupported: () => true,
  });
  await expect(host.listOpenSections!()).resolves.toEqual([lb.tag, struktur.tag]);
  expect(f.syncs()).toBe(1);
});
