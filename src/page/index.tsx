/**
 * Entry of LAKIP.html (no Office.js). The same script is the page and, started from a Blob URL,
 * the worker that reads workbooks (./gridWorker.ts): in a worker there is no document, and only
 * the reader is loaded, never React.
 */
import { rememberPageSource, startGridWorker } from "./gridWorker";

if (typeof document === "undefined") {
  startGridWorker();
} else {
  rememberPageSource(document.currentScript?.textContent);
  void import("./app").then((m) => m.start());
}
