/** "Isi semua" orchestration against a recording WordHost: body, header, indexes, open sections. */
import { TEKS_TAGS } from "../../../src/core/report";
import type { ChartPart } from "../../../src/core/report";
import type { FillReport, WordHost } from "../../../src/hosts/word/port";
import { INDEX_UNSUPPORTED, INDEX_UPDATED, fillAll } from "../../../src/panes/word/fillAll";
import { sampleAnalysis } from "../../core/report/fixtures";

function host(over: Partial<WordHost> = {}) {
  const calls: string[] = [];
  let bodyTags: string[] = [];
  let charts: readonly ChartPart[] = [];
  const h: WordHost = {
    isEmpty: async () => false,
    insertTemplate: async () => ({ headersFooters: true, notes: [] }),
    listControls: async () => [],
    insertAtCursor: async () => ({ notes: [] }),
    fillControls: async (contents, c = []): Promise<FillReport> => {
      calls.push("body");
      bodyTags = Object.keys(contents);
      charts = c;
      return { filled: bodyTags.map((tag) => ({ tag, count: 1 })), missing: [] };
    },
    fillHeaders: async (contents) => {
      calls.push("header");
      return { filled: Object.keys(contents).map((tag) => ({ tag, count: 2 })), missing: [] };
    },
    updateIndexes: async () => (calls.push("indexes"), "updated" as const),
    listOpenSections: async () => (calls.push("open"), [TEKS_TAGS[0].tag, TEKS_TAGS[5].tag]),
    ...over,
  };
  return { h, calls, bodyTags: () => bodyTags, charts: () => charts };
}

test("fills the body with its charts, then the header, then updates the indexes and lists what is still open", async () => {
  const t = host();
  const r = await fillAll(t.h, sampleAnalysis(), new Date(2026, 0, 15));
  expect(t.calls).toEqual(["body", "header", "indexes", "open"]);
  expect(t.bodyTags()).not.toContain("lakip:kepala-halaman");
  expect(t.bodyTags()).toContain("lakip:grafik-capaian");
  expect(t.charts().map((c) => c.relId)).toContain("rIdLakipGrafik1");
  expect(r.intent).toBe("success");
  expect(r.lines).toContain(INDEX_UPDATED);
  // the parts filled are listed apart (the pane folds them under "Lihat bagian yang diisi")
  expect(r.filled).toContain("Kepala Halaman: 2 kontrol diisi");
  expect(r.open).toEqual([TEKS_TAGS[0].title, TEKS_TAGS[5].title]);
  expect(r.lines.join("\n")).toContain("Masih harus ditulis instansi sebelum ditandatangani: Latar Belakang");
});

test("on a Word without WordApi 1.5 the user is told how to update the lists", async () => {
  const t = host({ updateIndexes: async () => "unsupported" });
  const r = await fillAll(t.h, sampleAnalysis());
  expect(r.lines).toContain(INDEX_UNSUPPORTED);
  expect(INDEX_UNSUPPORTED).toMatch(/Referensi > Perbarui Tabel/);
});

test("a host without the optional methods still fills", async () => {
  const t = host({ fillHeaders: undefined, updateIndexes: undefined, listOpenSections: undefined });
  const r = await fillAll(t.h, sampleAnalysis());
  expect(t.calls).toEqual(["body"]);
  expect(r.open).toEqual([]);
  expect(r.title).toBe("Laporan diisi");
});
