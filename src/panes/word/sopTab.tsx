/**
 * The "Tahapan SOP" tab mounted in the Word pane: the SOP helper's <SopTab> over the Office.js
 * ports. The entry point gives them their Word: `Word.run` in Office (src/panes/word/index.tsx),
 * the Word fake over the harness's document (src/harness/word.tsx). The data loaded in the Laporan tab
 * feeding step 8's checklist and the workbook's SOP records (steps 2-5) carried into the
 * document when data is loaded.
 */
import * as React from "react";
import type { Analysis } from "../../core/model";
import { recordReportFilled, type TrackerStore } from "../../core/sop";
import { createWordTrackerStore, type WordSopStoreDeps } from "../../hosts/word/sopStore";
import { createWordReviewPort } from "../../hosts/word/reviewPort";
import { createWordApprovalPort, type WordApprovalDeps } from "../../hosts/word/sopApproval";
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

/** Where the SOP ports find their Word (all optional: Office's own by default). */
export type SopWordDeps = WordSopStoreDeps & Pick<WordApprovalDeps, "pdfSource" | "pdfFileType" | "canDownload">;

/** The SOP ports over Office.js (Word): `Word.run` and `Office.context` unless `deps` gives others. */
export function officeSopIntegration(deps: SopWordDeps = {}): SopIntegration {
  const { run, isSetSupported, commonParts, ...pdf } = deps;
  return integration(createWordTrackerStore({ run, isSetSupported, commonParts }), (errorFindings) => ({
    review: createWordReviewPort({ run, isSetSupported }),
    approval: createWordApprovalPort({ run, isSetSupported, errorFindings, ...pdf }),
  }));
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
