/**
 * In-memory implementations of the SOP ports, for the browser harness and tests. A
 * MemorySopDocument stands for one document; two stores on the same document behave like two
 * task panes on a shared document, two documents like two copies.
 */
import { SOP_REQUIREMENTS, missingMessage } from "../word/sopOffice";
import {
  appendAction,
  loadFromXmls,
  type SopAction,
  prepareSave,
  type ApprovalFacts,
  type ApprovalPort,
  type HistoryEvent,
  type ReviewCapabilities,
  type ReviewItem,
  type ReviewPort,
  type ReviewSnapshot,
  type TrackerSnapshot,
  type TrackerStore,
} from "../../core/sop";
import { UserError } from "../../core/errors";

export interface MemorySopDocument {
  /** Custom properties (all of them, not only ours). */
  properties: Record<string, string>;
  /** The stored history parts (XML text), as a document may hold several. */
  historyParts: string[];
}

export function createMemorySopDocument(): MemorySopDocument {
  return { properties: {}, historyParts: [] };
}

const STORAGE = "memori peramban";

export function createMemoryTrackerStore(doc: MemorySopDocument = createMemorySopDocument()): TrackerStore & {
  document: MemorySopDocument;
} {
  return {
    document: doc,
    async load(): Promise<TrackerSnapshot> {
      return loadFromXmls(doc.historyParts, STORAGE);
    },
    async save(history: readonly HistoryEvent[]): Promise<TrackerSnapshot> {
      const { snapshot, xml } = prepareSave(doc.historyParts, history, STORAGE);
      doc.historyParts = [xml];
      Object.assign(doc.properties, snapshot.properties);
      return snapshot;
    },
  };
}

export interface MemoryReviewState {
  trackingOn: boolean;
  revisions: ReviewItem[];
  comments: ReviewItem[];
  selected: string | null;
}

export interface MemoryReviewOptions {
  capabilities?: Partial<Omit<ReviewCapabilities, "messages">> & { messages?: string[] };
  revisions?: ReviewItem[];
  comments?: ReviewItem[];
}

export type MemoryReviewPort = ReviewPort & {
  state: MemoryReviewState;
  /** A reviewer accepts or rejects a revision / resolves a comment. */
  resolve(id: string): void;
  addRevision(item: Omit<ReviewItem, "kind">): void;
};

export function createMemoryReviewPort(opts: MemoryReviewOptions = {}): MemoryReviewPort {
  const caps: ReviewCapabilities = {
    trackingMode: opts.capabilities?.trackingMode ?? true,
    trackedChanges: opts.capabilities?.trackedChanges ?? true,
    comments: opts.capabilities?.comments ?? true,
    messages: opts.capabilities?.messages ?? [],
  };
  const state: MemoryReviewState = {
    trackingOn: false,
    revisions: (opts.revisions ?? []).slice(),
    comments: (opts.comments ?? []).slice(),
    selected: null,
  };
  return {
    state,
    capabilities: () => caps,
    async startReview() {
      if (!caps.trackingMode) throw new UserError("Word ini tidak dapat menyalakan Lacak Perubahan dari panel.");
      state.trackingOn = true;
    },
    async snapshot(): Promise<ReviewSnapshot> {
      return {
        trackingOn: caps.trackingMode ? state.trackingOn : null,
        revisions: caps.trackedChanges ? state.revisions.slice() : null,
        comments: caps.comments ? state.comments.slice() : null,
      };
    },
    async goTo(item: ReviewItem) {
      state.selected = item.id;
    },
    resolve(id: string) {
      state.revisions = state.revisions.filter((r) => r.id !== id);
      state.comments = state.comments.filter((c) => c.id !== id);
    },
    addRevision(item) {
      state.revisions.push({ ...item, kind: "revisi" });
    },
  };
}

export function createMemoryApprovalPort(
  facts: () => ApprovalFacts,
  pdf: { unavailable?: string | null; bytes?: Uint8Array } = {},
): ApprovalPort & { exported: number } {
  const port = {
    exported: 0,
    async facts() {
      return facts();
    },
    pdfUnavailable: () => pdf.unavailable ?? null,
    async exportPdf() {
      if (pdf.unavailable) throw new UserError(pdf.unavailable);
      port.exported++;
      const bytes = pdf.bytes ?? new TextEncoder().encode("%PDF-1.4\n% LAKIP (memori)\n%%EOF\n");
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
    },
  };
  return port;
}

export interface MemorySopPorts {
  tracker: ReturnType<typeof createMemoryTrackerStore>;
  review: MemoryReviewPort;
  approval: ReturnType<typeof createMemoryApprovalPort>;
}

/**
 * The three SOP ports in memory for the harness. `demo` starts a document mid-way: steps 1-5
 * Selesai (step 5 late), step 6 running, two revisions and a comment waiting for step 7.
 * `older` simulates a Word without WordApi 1.4/1.6 (counts unknown, marking by hand).
 */
export function createMemorySopPorts(
  opts: { demo?: boolean; older?: boolean; errorFindings?: number | null; now?: Date } = {},
): MemorySopPorts {
  const doc = createMemorySopDocument();
  const tracker = createMemoryTrackerStore(doc);
  const review = createMemoryReviewPort({
    capabilities: opts.older
      ? {
          trackingMode: false,
          trackedChanges: false,
          comments: false,
          messages: [
            // The same sentences as the Office.js review port (one source: sopOffice.ts and the facts table).
            missingMessage(SOP_REQUIREMENTS.tracking),
            missingMessage(SOP_REQUIREMENTS.trackedChanges),
          ],
        }
      : undefined,
    revisions: opts.demo
      ? [
          {
            id: "revisi-0-a",
            kind: "revisi",
            author: "Sekretaris",
            date: null,
            text: "Capaian sasaran 1 sebesar 105,26%",
            detail: "Sisipan",
          },
          { id: "revisi-1-b", kind: "revisi", author: "Sekretaris", date: null, text: "cukup baik", detail: "Hapusan" },
        ]
      : [],
    comments: opts.demo
      ? [
          {
            id: "komentar-1",
            kind: "komentar",
            author: "Kepala Dinas",
            date: null,
            text: "Tambahkan faktor penghambat",
            detail: "Tambahkan faktor penghambat",
          },
        ]
      : [],
  });
  const approval = createMemoryApprovalPort(() => ({
    requiredTags: ["lakip:identitas", "lakip:ikhtisar", "lakip:tabel-pengukuran", "lakip:penutup"],
    controls: [
      { tag: "lakip:identitas", filled: true },
      { tag: "lakip:ikhtisar", filled: true },
      { tag: "lakip:tabel-pengukuran", filled: true },
      { tag: "lakip:penutup", filled: !opts.demo },
    ],
    errorFindings: opts.errorFindings === undefined ? 0 : opts.errorFindings,
  }));
  if (opts.demo) doc.historyParts = [demoHistoryXml(opts.now ?? new Date())];
  return { tracker, review, approval };
}

/**
 * The SOP history of a document mid-way (the harness's `sop=demo`): steps 1-5 Selesai (step 5
 * late), step 6 running since 07.30 of `base`'s day. The history part's XML.
 */
export function demoHistoryXml(base: Date): string {
  const kasubag = { name: "Rina Wulandari, S.E.", role: "Kasubag Program" };
  const day = 86400000;
  const at = (daysAgo: number, h: number, m = 0) => {
    const d = new Date(base.getTime() - daysAgo * day);
    d.setHours(h, m, 0, 0);
    return d;
  };
  const steps: [SopAction, Date][] = [
    [{ type: "start", step: 1, actor: { name: "Drs. H. Ahmad Yani, M.Si", role: "Kepala Badan" } }, at(14, 8, 0)],
    [{ type: "finish", step: 1, actor: { name: "Drs. H. Ahmad Yani, M.Si", role: "Kepala Badan" } }, at(14, 8, 7)],
    [{ type: "start", step: 2, actor: kasubag }, at(14, 9, 0)],
    [{ type: "finish", step: 2, actor: kasubag }, at(14, 10, 30)],
    [{ type: "start", step: 3, actor: kasubag }, at(14, 13, 0)],
    [{ type: "finish", step: 3, actor: kasubag }, at(14, 13, 40)],
    [{ type: "start", step: 4, actor: { name: "Andi", role: "Staf" } }, at(13, 8, 0)],
    [{ type: "finish", step: 4, actor: { name: "Andi", role: "Staf" } }, at(13, 10, 0)],
    [{ type: "start", step: 5, actor: kasubag }, at(13, 11, 0)],
    [{ type: "note", step: 5, actor: kasubag, note: "Menunggu realisasi anggaran Bidang 2" }, at(12, 9, 0)],
    [{ type: "finish", step: 5, actor: kasubag }, at(4, 15, 0)],
    [{ type: "start", step: 6, actor: kasubag }, at(0, 7, 30)],
  ];
  let history: HistoryEvent[] = [];
  for (const [a, when] of steps) {
    const r = appendAction(history, a, when);
    if (!("error" in r)) history = r.history;
  }
  return prepareSave([], history, STORAGE).xml;
}
