/**
 * Entry of the Excel task pane (excel.html): waits for Office, checks the requirement sets and
 * renders the pane over the Office.js Excel host; outside Excel it says so.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { createOfficeExcelHost } from "../../hosts/excel/officeExcelHost";
import { checkRequirements, officeIsSetSupported } from "../../hosts/excel/requirements";
import { ExcelPane } from "./ExcelPane";

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const el = document.createElement("div");
  el.id = "root";
  document.body.appendChild(el);
  return el;
}

function NotInExcel({ host }: { host: string }): React.ReactElement {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Buka di Microsoft Excel</MessageBarTitle>
          Panel LAKIP ini berjalan di dalam Excel (Excel 2016 versi 1704 atau lebih baru, Microsoft 365, atau Excel di
          web). Saat ini dibuka di {host}. Buka buku kerja data kinerja di Excel, lalu pilih Beranda &gt; LAKIP.
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

function start(content: React.ReactElement): void {
  createRoot(container()).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

if (typeof Office === "undefined") {
  start(<NotInExcel host="peramban biasa" />);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      start(<NotInExcel host={info.host ? String(info.host) : "peramban biasa"} />);
      return;
    }
    const requirements = checkRequirements(officeIsSetSupported);
    const host = createOfficeExcelHost({ isSetSupported: officeIsSetSupported });
    start(<ExcelPane host={host} requirements={requirements} />);
  });
}
