/**
 * The engine in a Web Worker (built by webpack from `new Worker(new URL(...))` in engine.ts), so
 * that reading, validating and rendering a large workbook never freezes the task pane. Pure
 * core code only: no React, no Office. Messages are plain data (structured clone).
 */
import { analyzeWorkbook } from "../../core/index";
import { renderReport } from "../../core/report";
import type { EngineRequest, EngineResponse } from "./engineProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === "analyze") {
      scope.postMessage({ id: request.id, ok: true, analysis: analyzeWorkbook(request.grid, request.options) });
    } else {
      const tanggal = request.tanggal ? new Date(request.tanggal) : undefined;
      scope.postMessage({ id: request.id, ok: true, report: renderReport(request.analysis, { tanggal }) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
