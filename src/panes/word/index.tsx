/**
 * Entry of the Word task pane (word.html): waits for Office, checks the requirement sets, and
 * renders the pane over the Office.js Word host; outside Word it says so. The "Tahapan SOP" tab
 * (tracker, review, approval) is a separate chunk, loaded when the tab is first opened or when a
 * loaded workbook carries SOP records. The Office.js Word adapter and the Flat OPC wrapper (with
 * the report renderer it lives beside) are a chunk too, fetched right after the pane is drawn.
 */
import * as React from "react";
import { startPane } from "../common/mountPane";
import type { WordHost } from "../../hosts/word/port";
import { checkRequirements, officeIsSetSupported } from "../../hosts/word/requirements";
import { plainMinimum } from "../../hosts/officeVersions";
import type { LoadedData } from "./WordPane";
import { WordPane } from "./WordPane";
import { fetchTemplateBase64 } from "./templateAsset";
import type { SopIntegration } from "./sopTab";

/** The Office.js Word host, created once, on first need. */
let officeHost: Promise<WordHost> | null = null;
function wordHost(): Promise<WordHost> {
  officeHost ??= Promise.all([
    import("../../hosts/word/officeWordHost"),
    import("../../hosts/word/reviewTracking"),
    import("../../core/report/index"),
    import("../../hosts/files/docxParts"),
  ]).then(([{ createOfficeWordHost }, { withTrackingSuspended }, { toFlatOpc }, { chartWorkbook }]) =>
    createOfficeWordHost({
      toFlatOpc,
      chartWorkbook,
      aroundWrite: (context, write, note) => withTrackingSuspended(context, write, undefined, note),
    }),
  );
  // A failed chunk load is not kept: the next click tries again.
  officeHost.catch(() => (officeHost = null));
  return officeHost;
}

/** The WordHost port, each call going to the Office.js host once its chunk is loaded. */
const host: WordHost = {
  isEmpty: async () => (await wordHost()).isEmpty(),
  insertTemplate: async (base64) => (await wordHost()).insertTemplate(base64),
  listControls: async () => (await wordHost()).listControls(),
  fillControls: async (contents, charts) => (await wordHost()).fillControls(contents, charts),
  updateIndexes: async () => {
    const h = await wordHost();
    return h.updateIndexes ? h.updateIndexes() : "unsupported";
  },
  fillHeaders: async (contents) => {
    const h = await wordHost();
    return h.fillHeaders ? h.fillHeaders(contents) : { filled: [], missing: Object.keys(contents) };
  },
  listOpenSections: async () => {
    const h = await wordHost();
    return h.listOpenSections ? h.listOpenSections() : [];
  },
  insertAtCursor: async (tag, title, body) => (await wordHost()).insertAtCursor(tag, title, body),
};

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
    versions: plainMinimum("WordApi", "1.1"),
    howTo: "Buka dokumen laporan di Word, lalu pilih Beranda > LAKIP.",
  },
  () => {
    const requirements = checkRequirements(officeIsSetSupported);
    // Fetch the host's chunk once the pane is drawn, so the first click does not wait for it.
    setTimeout(() => void wordHost().catch(() => undefined), 0);
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
        onFilled={async () => (await sopIntegration()).sop.onFilled()}
      />
    );
  },
);
