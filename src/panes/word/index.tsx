/**
 * Entry of the Word task pane (word.html): waits for Office, checks the requirement sets, and
 * renders the pane over the Office.js Word host; outside Word it says so.
 */
import * as React from "react";
import { startPane } from "../common/mountPane";
import { toFlatOpc } from "../../core/report";
import { createOfficeWordHost } from "../../hosts/word/officeWordHost";
import { withTrackingSuspended } from "../../hosts/word/reviewTracking";
import { checkRequirements, officeIsSetSupported } from "../../hosts/word/requirements";
import { plainMinimum } from "../../hosts/officeVersions";
import { WordPane } from "./WordPane";
import { fetchTemplateBase64 } from "./templateAsset";
import { WordSopTab, officeSopIntegration } from "./sopTab";

startPane(
  "Word",
  {
    app: "Word",
    versions: plainMinimum("WordApi", "1.1"),
    howTo: "Buka dokumen laporan di Word, lalu pilih Beranda > LAKIP.",
  },
  () => {
    const requirements = checkRequirements(officeIsSetSupported);
    const host = createOfficeWordHost({
      toFlatOpc,
      aroundWrite: (context, write, note) => withTrackingSuspended(context, write, undefined, note),
    });
    const sop = officeSopIntegration();
    return (
      <WordPane
        host={host}
        loadTemplate={() => fetchTemplateBase64()}
        requirements={requirements}
        sopTab={(loaded) => <WordSopTab sop={sop} loaded={loaded} />}
        onDataLoaded={(analysis) => sop.onDataLoaded(analysis)}
      />
    );
  },
);
