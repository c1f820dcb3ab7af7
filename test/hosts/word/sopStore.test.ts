import {
  HISTORY_NAMESPACE,
  appendAction,
  performAction,
  importWorkbookRecords,
  recordExcelCommand,
  type HistoryEvent,
} from "../../../src/core/sop";
import { createWordTrackerStore, type CommonXmlParts } from "../../../src/hosts/word/sopStore";
import { WordMemoryDocument } from "../../../src/hosts/memory/wordMemoryHost";
import { WordPackage, commonXmlParts, wordDocumentRunner } from "../../../src/hosts/memory/wordDocumentOffice";

/** A document in the Word fake at a WordApi level: its package, runner and requirement check. */
function word(level: string, pkg = new WordPackage(new WordMemoryDocument())) {
  const w = wordDocumentRunner(pkg, { wordApi: level });
  return { pkg, run: w.run, isSetSupported: w.isSetSupported, syncs: () => w.syncs().length };
}
const nsOf = (xml: string) => /xmlns="([^"]+)"/.exec(xml)?.[1];

const who = { name: "Rina", role: "Kasubag Program" };

function actions(n: number): HistoryEvent[] {
  let h: HistoryEvent[] = [];
  for (let i = 0; i < n; i++) {
    const r = appendAction(
      h,
      { type: "note", step: ((i % 8) + 1) as 1, actor: who, note: `catatan ${i}` },
      new Date(2026, 10, 24, 9, i),
    );
    if ("error" in r) throw new Error(r.error);
    h = r.history;
  }
  return h;
}

describe("Word tracker store (WordApi 1.4)", () => {
  test("writes the history part and the eight properties; reads them back; syncs do not grow with the history", async () => {
    for (const n of [1, 40]) {
      const w = word("1.6");
      const store = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
      const h = actions(n);
      await store.save(h);
      expect(w.syncs()).toBe(3);
      expect(w.pkg.xmlParts).toHaveLength(1);
      expect(nsOf(w.pkg.xmlParts[0].xml)).toBe(HISTORY_NAMESPACE);
      expect([...w.pkg.properties.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `LAKIP Langkah ${i}`));
      const before = w.syncs();
      const back = await store.load();
      expect(w.syncs() - before).toBe(2);
      expect(back.history).toEqual(h);
      expect(back.storage).toMatch(/WordApi 1.4/);
    }
  });

  test("two panes on one document: a change saved by the other person in between is kept", async () => {
    const w = word("1.6");
    const a = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
    const b = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
    const seenByB = await b.load();
    const r1 = await performAction(a, { type: "finish", step: 1, actor: who }, new Date(2026, 10, 24, 9));
    expect("snapshot" in r1).toBe(true);
    // B acts on what it loaded before A's change; the store merges before writing
    const rb = appendAction(
      seenByB.history,
      { type: "note", step: 3, actor: { name: "Andi", role: "Staf" }, note: "kirim Senin" },
      new Date(2026, 10, 24, 10),
    );
    if ("error" in rb) throw new Error(rb.error);
    const saved = await b.save(rb.history);
    expect(saved.history).toHaveLength(2);
    expect(saved.state.steps[0].status).toBe("Selesai");
    expect(w.pkg.properties.get("LAKIP Langkah 1")).toMatch(/^Selesai \| /);
    expect(w.pkg.properties.get("LAKIP Langkah 3")).toMatch(/kirim Senin$/);
  });

  test("several history parts (copies combined) are merged into one", async () => {
    const w = word("1.6");
    const store = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
    await store.save(actions(2));
    const parts = w.pkg.xmlParts;
    parts.push({
      id: "{copy}",
      xml: parts[0].xml.replace(/catatan 1/g, "catatan X").replace(/id="[^"]+"/g, (m) => m.replace('"', '"b')),
    });
    const snap = await store.save([]);
    expect(snap.history).toHaveLength(4);
    expect(w.pkg.xmlParts).toHaveLength(1);
  });

  test("Muat data carries the workbook's steps into the document once", async () => {
    const w = word("1.6");
    const store = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
    const wb = recordExcelCommand({}, "buatFormat", who, new Date(2026, 10, 2, 9));
    const first = await importWorkbookRecords(store, wb, new Date(2026, 10, 9));
    expect(first.imported).toEqual([2]);
    const second = await importWorkbookRecords(store, wb, new Date(2026, 10, 10));
    expect(second.imported).toEqual([]);
    expect(second.snapshot.history).toHaveLength(1);
  });

  test("a failing Word gives an Indonesian message", async () => {
    const w = word("1.6");
    w.pkg.failNextSync = Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    const store = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported });
    await expect(store.load()).rejects.toThrow(/Membaca tahapan SOP dari dokumen gagal/);
  });
});

describe("Word tracker store on an older Word (common API custom XML parts)", () => {
  test("uses Office.context.document.customXmlParts and WordApi 1.3 properties", async () => {
    const w = word("1.3");
    const common = commonXmlParts(w.pkg) as unknown as CommonXmlParts;
    const store = createWordTrackerStore({ run: w.run, isSetSupported: w.isSetSupported, commonParts: common });
    await store.save(actions(3));
    await store.save(actions(5));
    expect(w.pkg.xmlParts).toHaveLength(1);
    const back = await store.load();
    expect(back.history).toHaveLength(5);
    expect(back.storage).toMatch(/API umum Office/);
    expect(w.pkg.properties.size).toBe(8);
    expect(store.warnings()).toEqual([]);
    const old = word("1.1", w.pkg);
    const older = createWordTrackerStore({ run: old.run, isSetSupported: old.isSetSupported, commonParts: common });
    expect(older.warnings()[0]).toMatch(/properti LAKIP Langkah 1-8.*Diperlukan Microsoft 365 versi 2011/);
    expect(older.warnings()[0]).not.toMatch(/WordApi/);
  });

  test("at WordApi 1.3 the store never touches Document.customXmlParts (WordApi 1.4): no ApiNotFound", async () => {
    const w = word("1.3");
    const store = createWordTrackerStore({
      run: w.run,
      isSetSupported: w.isSetSupported,
      commonParts: commonXmlParts(w.pkg) as unknown as CommonXmlParts,
    });
    await expect(store.save(actions(1))).resolves.toMatchObject({ history: expect.any(Array) });
  });
});
