/**
 * Entry of the Word task pane (word.html): waits for Office, checks the requirement sets, and
 * renders the pane over the Office.js Word host; outside Word it says so. The "Tahapan SOP" tab
 * (tracker, review, approval) is a separate chunk, loaded when the tab is first opened or when a
 * loaded workbook carries SOP records.
 */
import * as React from "react";
import { startPane } from "../common/mountPane";
import { toFlatOpc } from "../../core/report/index";
import { createOfficeWordHost } from "../../hosts/word/officeWordHost";
import { withTrackingSuspended } from "../../hosts/word/reviewTracking";
import { checkRequirements, officeIsSetSupported } from "../../hosts/word/requirements";
import type { LoadedData } from "./WordPane";
import { WordPane } from "./WordPane";
import { fetchTemplateBase64 } from "./templateAsset";
import type { SopIntegration } from "./sopTab";

/** The Office.js SOP ports, created once, on first need. */
let integration: Promise<{ module: typeof import("./sopTab"); sop: SopIntegration }> | null = null;
function sopIntegration() {
  integration ??= import("./sopTab").then((module) => ({ module, sop: module.officeSopIntegration() }));
  return integration;
}

const LazySopTab = React.lazy(async () => {
  const { module, sop } = await sopIntegration();
  const Tab = ({ loaded }: { loaded: LoadedData }) => <module.WordSopTab sop={sop} loaded={loaded} />;
  return { default: Tab };
});

startPane(
  "Word",
  {
    app: "Word",
    versions: "Word 2016 atau lebih baru, atau Word di web",
    howTo: "Buka dokumen laporan di Word, lalu pilih Beranda > LAKIP.",
  },
  () => {
    const requirements = checkRequirements(officeIsSetSupported);
    const host = createOfficeWordHost({
      toFlatOpc,
      aroundWrite: (context, write) => withTrackingSuspended(context, write),
    });
    return (
      <WordPane
        host={host}
        loadTemplate={() => fetchTemplateBase64()}
        requirements={requirements}
        sopTab={LazySopTab}
        onDataLoaded={async (analysis) =>
          Object.keys(analysis.customProperties).length === 0
            ? null
            : (await sopIntegration()).sop.onDataLoaded(analysis)
        }
      />
    );
  },
);
