import { performAction, stepOf } from "../../../src/core/sop";
import {
  createMemorySopDocument,
  createMemorySopPorts,
  createMemoryTrackerStore,
} from "../../../src/hosts/memory/sopMemory";

const who = { name: "Rina", role: "Kasubag Program" };

describe("memory SOP ports", () => {
  test("two stores on one document see each other's changes; properties follow the history", async () => {
    const doc = createMemorySopDocument();
    const a = createMemoryTrackerStore(doc);
    const b = createMemoryTrackerStore(doc);
    await performAction(a, { type: "finish", step: 1, actor: who }, new Date(2026, 10, 24, 9));
    const r = await performAction(b, { type: "start", step: 2, actor: who }, new Date(2026, 10, 24, 10));
    if ("error" in r) throw new Error(r.error);
    expect(r.snapshot.history).toHaveLength(2);
    expect(doc.properties["LAKIP Langkah 1"]).toMatch(/^Selesai /);
    expect(doc.properties["LAKIP Langkah 2"]).toMatch(/^Berjalan /);
    expect(doc.historyParts).toHaveLength(1);
  });

  test("the demo ports: steps 1-5 Selesai, 6 running, open review items; the older Word cannot count", async () => {
    const demo = createMemorySopPorts({ demo: true, now: new Date(2026, 10, 24, 10, 15) });
    const snap = await demo.tracker.load();
    expect(snap.state.steps.map((s) => s.status)).toEqual([
      "Selesai",
      "Selesai",
      "Selesai",
      "Selesai",
      "Selesai",
      "Berjalan",
      "Belum",
      "Belum",
    ]);
    const review = await demo.review.snapshot();
    expect([review.revisions!.length, review.comments!.length]).toEqual([2, 1]);
    demo.review.resolve(review.revisions![0].id);
    expect((await demo.review.snapshot()).revisions).toHaveLength(1);
    await demo.review.startReview();
    expect(demo.review.state.trackingOn).toBe(true);
    const older = createMemorySopPorts({ older: true });
    expect(await older.review.snapshot()).toEqual({ trackingOn: null, revisions: null, comments: null });
    await expect(older.review.startReview()).rejects.toThrow(/Lacak Perubahan/);
    const blob = await demo.approval.exportPdf();
    expect(blob.type).toBe("application/pdf");
    expect(stepOf(snap.state, 5).finishedAt).not.toBeNull();
  });
});
