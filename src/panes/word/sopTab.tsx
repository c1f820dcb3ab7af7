/**
 * The "Tahapan SOP" tab mounted in the Word pane: the SOP helper's <SopTab> over the Office.js
 * ports (in Word) or the in-memory ports (harness), with the data loaded in the Laporan tab
 * feeding step 8's checklist and the workbook's SOP records (steps 2-5) carried into the
 * document when data is loaded.
 */
import * as React from "react";
import type { Analysis } from "../../core/model";
import type { TrackerStore } from "../../core/sop";
import { createWordTrackerStore } from "../../hosts/word/sopStore";
import { createWordReviewPort } from "../../hosts/word/reviewPort";
import { LAKIP_TAGS, createWordApprovalPort } from "../../hosts/word/sopApproval";
import {
  createMemoryApprovalPort,
  createMemoryReviewPort,
  createMemoryTrackerStore,
} from "../../hosts/memory/sopMemory";
import type { WordMemoryDocument } from "../../hosts/memory/wordMemoryHost";
import { sdtTag, textOf } from "../../hosts/memory/wordXml";
import { SopTab, carryWorkbookSteps, type SopPortsProp } from "./sop";
import type { LoadedData } from "./WordPane";

export interface SopIntegration {
  ports: SopPortsProp;
  /** Keeps step 8's "error findings" fact in step with the Laporan tab. */
  setLoaded(loaded: LoadedData): void;
  /** For WordPane's onDataLoaded: carries the workbook's SOP records into the document. */
  onDataLoaded(analysis: Analysis): Promise<string | null>;
}

function integration(
  tracker: TrackerStore,
  make: (errorFindings: () => number | null) => Omit<SopPortsProp, "tracker">,
): SopIntegration {
  let current: LoadedData = { analysis: null, errorFindings: null };
  const ports = { tracker, ...make(() => current.errorFindings) };
  return {
    ports,
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

/** The SOP ports in memory, step 8's facts read from the harness's memory document. */
export function memorySopIntegration(doc: WordMemoryDocument): SopIntegration {
  return integration(createMemoryTrackerStore(), (errorFindings) => ({
    review: createMemoryReviewPort(),
    approval: createMemoryApprovalPort(() => ({
      requiredTags: LAKIP_TAGS,
      controls: doc
        .controls()
        .map((sdt) => ({ tag: sdtTag(sdt).toLowerCase(), filled: textOf(sdt).trim().length > 0 }))
        .filter((c) => c.tag.startsWith("lakip:")),
      errorFindings: errorFindings(),
    })),
  }));
}

/** The tab's content: reloads the tracker whenever new data was loaded (its records may have been carried in). */
export function WordSopTab({ sop, loaded }: { sop: SopIntegration; loaded: LoadedData }): React.ReactElement {
  sop.setLoaded(loaded);
  const [reloadKey, setReloadKey] = React.useState(0);
  React.useEffect(() => {
    if (loaded.analysis) setReloadKey((k) => k + 1);
  }, [loaded.analysis]);
  return <SopTab ports={sop.ports} reloadKey={reloadKey} />;
}
