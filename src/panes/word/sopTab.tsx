/**
 * The "Tahapan SOP" tab mounted in the Word pane: the SOP helper's <SopTab> over the Office.js
 * ports (in Word) or the in-memory ports (harness), with the data loaded in the Laporan tab
 * feeding step 8's checklist and the workbook's SOP records (steps 2-5) carried into the
 * document when data is loaded.
 */
import * as React from "react";
import type { Analysis } from "../../core/model";
import { recordReportFilled, type TrackerStore } from "../../core/sop";
import { createWordTrackerStore } from "../../hosts/word/sopStore";
import { createWordReviewPort } from "../../hosts/word/reviewPort";
import { LAKIP_TAGS, createWordApprovalPort } from "../../hosts/word/sopApproval";
import { createMemoryApprovalPort, createMemorySopPorts, type MemorySopPorts } from "../../hosts/memory/sopMemory";
import type { WordMemoryDocument } from "../../hosts/memory/wordMemoryHost";
import { child, descendants, sdtTag, textOf, wAttr } from "../../hosts/memory/wordXml";
import { SopTab, carryWorkbookSteps, rememberedActor, type SopPortsProp } from "./sop";
import type { LoadedData } from "./WordPane";

export interface SopIntegration {
  ports: SopPortsProp;
  /** Keeps step 8's "error findings" fact in step with the Laporan tab. */
  setLoaded(loaded: LoadedData): void;
  /** For WordPane's onDataLoaded: carries the workbook's SOP records into the document. */
  onDataLoaded(analysis: Analysis): Promise<string | null>;
  /** For WordPane's onFilled: "Isi semua" filled the report, so step 6 is recorded Selesai. */
  onFilled(): Promise<string | null>;
  /** Calls `listener` after the integration changed the tracker itself (the tab reloads); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

function integration(
  tracker: TrackerStore,
  make: (errorFindings: () => number | null) => Omit<SopPortsProp, "tracker">,
): SopIntegration {
  let current: LoadedData = { analysis: null, errorFindings: null };
  const ports = { tracker, ...make(() => current.errorFindings) };
  const listeners = new Set<() => void>();
  return {
    ports,
    async onFilled() {
      const said = await recordReportFilled(tracker, rememberedActor()?.name ?? null, new Date());
      listeners.forEach((l) => l());
      return said;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLoaded(loaded) {
      current = loaded;
    },
    async onDataLoaded(analysis) {
      if (Object.keys(analysis.customProperties).length === 0) return null;
      return carryWorkbookSteps(tracker, analysis.customProperties);
    },
  };
}

/** The SOP ports over Office.js (Word). */
export function officeSopIntegration(): SopIntegration {
  return integration(createWordTrackerStore(), (errorFindings) => ({
    review: createWordReviewPort(),
    approval: createWordApprovalPort({ errorFindings }),
  }));
}

/**
 * The text of a control that is not placeholder: the template's "[... diisi otomatis ...]" runs
 * carry the PlaceholderText style, and an unfilled control must not count as filled in step 8.
 */
function ownText(sdt: ReturnType<WordMemoryDocument["controls"]>[number]): string {
  return descendants(sdt, "w:r")
    .filter((r) => {
      const pr = child(r, "w:rPr");
      return !(pr && wAttr(child(pr, "w:rStyle"), "val") === "PlaceholderText");
    })
    .map((r) => textOf(r))
    .join("");
}

/** Options of the in-memory SOP ports (harness): `demo` starts mid-way, `older` is a Word without WordApi 1.4/1.6. */
export interface MemorySopOptions {
  demo?: boolean;
  older?: boolean;
  /** The clock the demo history is laid out from. */
  now?: Date;
}

/**
 * The SOP ports in memory, step 8's facts read from the harness's memory document. `memory`
 * gives the harness (and its browser tests) the memory ports themselves, e.g. the review
 * port's `state.selected` after a jump.
 */
export function memorySopIntegration(
  doc: WordMemoryDocument,
  opts: MemorySopOptions = {},
): SopIntegration & { memory: MemorySopPorts } {
  const memory = createMemorySopPorts(opts);
  let approval: MemorySopPorts["approval"] = memory.approval;
  const sop = integration(memory.tracker, (errorFindings) => {
    approval = createMemoryApprovalPort(() => ({
      requiredTags: LAKIP_TAGS,
      controls: doc
        .controls()
        .map((sdt) => ({
          tag: sdtTag(sdt).toLowerCase(),
          // a picture control (the cover logo) is filled by its picture, not by text
          filled: ownText(sdt).trim().length > 0 || descendants(sdt, "w:drawing").length > 0,
        }))
        .filter((c) => c.tag.startsWith("lakip:")),
      errorFindings: errorFindings(),
    }));
    return { review: memory.review, approval };
  });
  return { ...sop, memory: { ...memory, approval } };
}

/** The tab's content: reloads the tracker whenever new data was loaded (its records may have been carried in). */
export function WordSopTab({
  sop,
  loaded,
  now,
}: {
  sop: SopIntegration;
  loaded: LoadedData;
  /** The clock (the harness may pass a shifted one). */
  now?: () => Date;
}): React.ReactElement {
  sop.setLoaded(loaded);
  const [reloadKey, setReloadKey] = React.useState(0);
  React.useEffect(() => {
    if (loaded.analysis) setReloadKey((k) => k + 1);
  }, [loaded.analysis]);
  React.useEffect(() => sop.subscribe(() => setReloadKey((k) => k + 1)), [sop]);
  return <SopTab ports={sop.ports} reloadKey={reloadKey} now={now} />;
}
