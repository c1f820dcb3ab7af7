import {
  HISTORY_NAMESPACE,
  appendAction,
  performAction,
  importWorkbookRecords,
  recordExcelCommand,
  type HistoryEvent,
} from "../../../src/core/sop";
import { createWordTrackerStore, type CommonXmlParts, type CommonXmlPart } from "../../../src/hosts/word/sopStore";
import { createFakeWordDoc, fakeRun, supportsUpTo } from "./sopFakeWord";

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
      const doc = createFakeWordDoc();
      const store = createWordTrackerStore({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.6) });
      const h = actions(n);
      await store.save(h);
      expect(doc.syncs).toBe(3);
      expect(doc.parts).toHaveLength(1);
      expect(doc.parts[0].ns).toBe(HISTORY_NAMESPACE);
      expect([...doc.properties.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `LAKIP Langkah ${i}`));
      doc.syncs = 0;
      const back = await store.load();
      expect(doc.syncs).toBe(2);
      expect(back.history).toEqual(h);
      expect(back.storage).toMatch(/WordApi 1.4/);
    }
  });

  test("two panes on one document: a change saved by the other person in between is kept", async () => {
    const doc = createFakeWordDoc();
    const run = fakeRun(doc);
    const a = createWordTrackerStore({ run, isSetSupported: supportsUpTo(1.6) });
    const b = createWordTrackerStore({ run, isSetSupported: supportsUpTo(1.6) });
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
    expect(doc.properties.get("LAKIP Langkah 1")).toMatch(/^Selesai \| /);
    expect(doc.properties.get("LAKIP Langkah 3")).toMatch(/kirim Senin$/);
  });

  test("several history parts (copies combined) are merged into one", async () => {
    const doc = createFakeWordDoc();
    const run = fakeRun(doc);
    const store = createWordTrackerStore({ run, isSetSupported: supportsUpTo(1.6) });
    await store.save(actions(2));
    doc.parts.push({
      ...doc.parts[0],
      id: "{copy}",
      xml: doc.parts[0].xml.replace(/catatan 1/g, "catatan X").replace(/id="[^"]+"/g, (m) => m.replace('"', '"b')),
    });
    const snap = await store.save([]);
    expect(snap.history).toHaveLength(4);
    expect(doc.parts).toHaveLength(1);
  });

  test("Muat data carries the workbook's steps into the document once", async () => {
    const doc = createFakeWordDoc();
    const store = createWordTrackerStore({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.6) });
    const wb = recordExcelCommand({}, "buatFormat", who, new Date(2026, 10, 2, 9));
    const first = await importWorkbookRecords(store, wb, new Date(2026, 10, 9));
    expect(first.imported).toEqual([2]);
    const second = await importWorkbookRecords(store, wb, new Date(2026, 10, 10));
    expect(second.imported).toEqual([]);
    expect(second.snapshot.history).toHaveLength(1);
  });

  test("a failing Word gives an Indonesian message", async () => {
    const doc = createFakeWordDoc({ failNextSync: true });
    const store = createWordTrackerStore({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.6) });
    await expect(store.load()).rejects.toThrow(/Membaca tahapan SOP dari dokumen gagal/);
  });
});

describe("Word tracker store on an older Word (common API custom XML parts)", () => {
  test("uses Office.context.document.customXmlParts and WordApi 1.3 properties", async () => {
    const doc = createFakeWordDoc();
    const parts: { xml: string; deleted: boolean }[] = [];
    const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
    const partOf = (p: { xml: string; deleted: boolean }): CommonXmlPart => ({
      getXmlAsync: (cb) => cb(ok(p.xml)),
      deleteAsync: (cb) => {
        p.deleted = true;
        cb(ok(undefined));
      },
    });
    const common: CommonXmlParts = {
      getByNamespaceAsync: (ns, cb) => cb(ok(parts.filter((p) => !p.deleted && p.xml.includes(ns)).map(partOf))),
      addAsync: (xml, cb) => {
        const p = { xml, deleted: false };
        parts.push(p);
        cb(ok(partOf(p)));
      },
    };
    const store = createWordTrackerStore({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.3), commonParts: common });
    await store.save(actions(3));
    await store.save(actions(5));
    expect(parts.filter((p) => !p.deleted)).toHaveLength(1);
    const back = await store.load();
    expect(back.history).toHaveLength(5);
    expect(back.storage).toMatch(/API umum Office/);
    expect(doc.properties.size).toBe(8);
    expect(store.warnings()).toEqual([]);
    const older = createWordTrackerStore({ run: fakeRun(doc), isSetSupported: supportsUpTo(1.1), commonParts: common });
    expect(older.warnings()[0]).toMatch(/properti LAKIP Langkah 1-8.*Diperlukan Microsoft 365 versi 2011/);
    expect(older.warnings()[0]).not.toMatch(/WordApi/);
  });
});
