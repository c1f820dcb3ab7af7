/**
 * The ports of the SOP tracker: small interfaces implemented by Office.js (src/hosts/word/),
 * by files (src/hosts/files/sopDocx.ts) and in memory (src/hosts/memory/sopMemory.ts).
 */
import type { HistoryEvent, TrackerState } from "./state";
import type { ApprovalFacts, ReviewCapabilities, ReviewItem, ReviewSnapshot } from "./review";

export interface TrackerSnapshot {
  history: HistoryEvent[];
  state: TrackerState;
  /** The eight `LAKIP Langkah N` values as written. */
  properties: Record<string, string>;
  /** History elements that could not be read. */
  skipped: number;
  /** Where the history lives, for the user ("bagian XML kustom dokumen"). */
  storage: string;
}

export interface TrackerStore {
  load(): Promise<TrackerSnapshot>;
  /**
   * Writes a history: merged first with what the document holds now (another person's changes
   * since `load`), then the union is stored and the eight properties rewritten from its fold.
   */
  save(history: readonly HistoryEvent[]): Promise<TrackerSnapshot>;
}

export interface ReviewPort {
  capabilities(): ReviewCapabilities;
  /** Turns track changes on for everyone. */
  startReview(): Promise<void>;
  snapshot(): Promise<ReviewSnapshot>;
  /** Selects the item in the document. */
  goTo(item: ReviewItem): Promise<void>;
}

/** The exported PDF as the core sees it: its media type and its bytes (a browser `Blob` is one). */
export interface PdfFile {
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ApprovalPort {
  facts(): Promise<ApprovalFacts>;
  /** Null when PDF export works here, else why not (Bahasa Indonesia). */
  pdfUnavailable(): string | null;
  exportPdf(): Promise<PdfFile>;
}
