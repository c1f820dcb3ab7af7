/**
 * Entry of the Word task pane (word.html): waits for Office, checks the requirement sets, and
 * renders the pane over the Office.js Word host; outside Word it says so.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { toFlatOpc } from "../../core/report";
import { createOfficeWordHost } from "../../hosts/word/officeWordHost";
import { withTrackingSuspended } from "../../hosts/word/reviewTracking";
import { checkRequirements, officeIsSetSupported } from "../../hosts/word/requirements";
import { WordPane } from "./WordPane";
import { fetchTemplateBase64 } from "./templateAsset";
import { WordSopTab, officeSopIntegration } from "./sopTab";

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const el = document.createElement("div");
  el.id = "root";
  document.body.appendChild(el);
  return el;
}

function NotInWord({ host }: { host: string }): React.ReactElement {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Buka di Microsoft Word</MessageBarTitle>
          Panel LAKIP ini berjalan di dalam Word (Word 2016 atau lebih baru, atau Word di web). Saat ini dibuka di{" "}
          {host}. Buka dokumen laporan di Word, lalu pilih Beranda &gt; Add-in &gt; LAKIP.
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

function start(content: React.ReactElement): void {
  createRoot(container()).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

if (typeof Office === "undefined") {
  start(<NotInWord host="peramban biasa" />);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      start(<NotInWord host={info.host ? String(info.host) : "peramban biasa"} />);
      return;
    }
    const requirements = checkRequirements(officeIsSetSupported);
    const host = createOfficeWordHost({
      toFlatOpc,
      aroundWrite: (context, write) => withTrackingSuspended(context, write),
    });
    const sop = officeSopIntegration();
    start(
      <WordPane
        host={host}
        loadTemplate={() => fetchTemplateBase64()}
        requirements={requirements}
        sopTab={(loaded) => <WordSopTab sop={sop} loaded={loaded} />}
        onDataLoaded={(analysis) => sop.onDataLoaded(analysis)}
      />,
    );
  });
}
