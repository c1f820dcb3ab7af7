/**
 * "Laporan Triwulan" in the Word pane without a browser: the quarterly template inserted and
 * quarter N's report filled through the real adapter (officeWordHost) over the Word fake holding a
 * real document (src/hosts/memory/wordDocumentOffice.ts), at WordApi 1.1 (Office 2016), 1.3
 * (Office 2019) and every set. The fill rules are the LAKIP's: only tagged controls change, a
 * refill gives the same document, the user's paragraph and the agency's BAB IV stay, and a quarter
 * a unit has not reported refuses the fill (MISSING_QUARTER) without touching the document.
 */
import * as fs from "fs";
import * as path from "path";
import { toFlatOpc } from "../../../src/core/report";
import { TW_TEKS_TAG } from "../../../src/core/report/triwulan/tags";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";
import { createOfficeWordHost } from "../../../src/hosts/word/officeWordHost";
import { fillTriwulan, triwulanTemplateBase64 } from "../../../src/panes/word/triwulanFill";
import { masterBeforeTw3 } from "../../support/quarterRound";

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, "../../../examples/kesbangpol-2025.xlsx"));
const today = new Date(2025, 6, 7, 9, 0);
const USER = "Catatan Kasubag: laporan ini dibahas pada rapat staf.";

function setup(level: string) {
  const doc = new WordMemoryDocument();
  const pkg = new WordPackage(doc);
  const word = wordDocumentRunner(pkg, { wordApi: level });
  const host = createOfficeWordHost({
    run: word.run,
    toFlatOpc,
    limitRequests: false,
    onTheWeb: false,
    isSetSupported: word.isSetSupported,
  });
  return { doc, pkg, word, host };
}

describe.each(["1.1", "1.3", "1.9"])("WordApi %s", (level) => {
  test("template, fill of TW II, refill gives the same document, user text and BAB IV untouched", async () => {
    const { doc, host } = setup(level);
    await host.insertTemplate(await triwulanTemplateBase64());
    const tags = (await host.listControls()).map((c) => c.tag);
    expect(tags).toEqual(expect.arrayContaining(["lakip:tw-tabel-capaian", "lakip:tw-narasi", TW_TEKS_TAG.tag]));
    doc.addUserParagraph(USER);

    const grid = await readWorkbookGrid(EXAMPLE);
    const r = await fillTriwulan(host, grid, 2, today);
    if (r.refused) throw new Error("refused");
    expect(r.title).toMatch(/^Laporan Triwulan II diisi/);
    expect(r.filled.join("\n")).toMatch(/Tabel Capaian Kinerja s\.d\. Triwulan: 1 kontrol diisi/);
    const first = doc.bodyXml();
    expect(doc.text()).toContain("Triwulan II");
    expect(doc.text()).toContain(USER);
    expect(doc.text()).toContain(TW_TEKS_TAG.placeholder);

    const again = await fillTriwulan(host, grid, 2, today);
    expect(again.refused).toBeNull();
    expect(doc.bodyXml()).toBe(first);
  }, 60_000);
});

test("a quarter a unit has not reported refuses the fill with MISSING_QUARTER; the document is not changed", async () => {
  const { doc, host, word } = setup("1.9");
  await host.insertTemplate(await triwulanTemplateBase64());
  const before = doc.bodyXml();
  const syncs = word.syncs().length;
  const grid = await readWorkbookGrid(await masterBeforeTw3(EXAMPLE));
  const r = await fillTriwulan(host, grid, 3, today);
  expect(r.refused?.some((f) => f.code === "MISSING_QUARTER" && /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
  expect(doc.bodyXml()).toBe(before);
  expect(word.syncs().length).toBe(syncs);
  // quarter II of the same workbook is complete: it fills
  const two = await fillTriwulan(host, grid, 2, today);
  expect(two.refused).toBeNull();
}, 60_000);

test("a document without the quarterly controls: nothing filled, and it says what to do", async () => {
  const { doc, host } = setup("1.9");
  doc.addUserParagraph(USER);
  const r = await fillTriwulan(host, await readWorkbookGrid(EXAMPLE), 1, today);
  if (r.refused) throw new Error("refused");
  expect(r.title).toBe("Tidak ada yang diisi");
  expect(r.body).toContain("Sisipkan kerangka Laporan Triwulan");
  expect(doc.text().trim()).toBe(USER);
}, 60_000);
