/**
 * What both task-pane entries share: the root element, the Fluent provider, and the message shown
 * when a pane page is opened outside its Office application.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { preflightRefused } from "./preflight";

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const el = document.createElement("div");
  el.id = "root";
  document.body.appendChild(el);
  return el;
}

/** Renders a pane (or a message) into #root inside the Fluent provider. */
export function renderPane(content: React.ReactElement): void {
  if (preflightRefused()) return; // the preflight already told the user what to do
  createRoot(container()).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

export interface NotInOfficeProps {
  /** "Excel" or "Word". */
  app: string;
  /** Which versions run the pane, from the facts table (plainMinimum in src/hosts/officeVersions.ts). */
  versions: string;
  /** What the user should open, and where the button is. */
  howTo: string;
  /** Where the page is open now (Office's host name, or "peramban biasa"). */
  host: string;
}

export function NotInOffice({ app, versions, howTo, host }: NotInOfficeProps): React.ReactElement {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Buka di Microsoft {app}</MessageBarTitle>
          Panel LAKIP ini berjalan di dalam {app} ({versions}). Saat ini dibuka di {host}. {howTo}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/**
 * Waits for Office; renders `pane()` when the page runs inside `hostType`, and the NotInOffice
 * message otherwise (also when Office.js is not loaded at all, so `Office` is read only after the
 * check).
 */
export function startPane(
  hostType: "Excel" | "Word",
  notIn: Omit<NotInOfficeProps, "host">,
  pane: () => React.ReactElement,
): void {
  const browser = "peramban biasa";
  if (typeof Office === "undefined") {
    // Office.js did not load: a plain browser, or (inside Office) Microsoft's CDN is blocked.
    const blocked =
      "peramban tanpa Office.js. Bila halaman ini terbuka di dalam Office, akses ke appsforoffice.microsoft.com " +
      "mungkin diblokir: minta pengelola TI membukanya, atau memasang add-in yang memuat Office.js dari servernya sendiri";
    renderPane(<NotInOffice {...notIn} host={blocked} />);
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType[hostType])
      renderPane(<NotInOffice {...notIn} host={info.host ? String(info.host) : browser} />);
    else renderPane(pane());
  });
}
