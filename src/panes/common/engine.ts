/**
 * The engine as the panes call it: off the main thread in a Web Worker (engine.worker.ts), so a
 * workbook of 10,000 indicators never freezes the pane, and cancellable (Cancel terminates the
 * worker). Where a worker cannot be started, the same code runs on the page, loaded lazily.
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis } from "../../core/model";
import type { RenderedReport } from "../../core/report";
import type { AnalyzeOptions } from "../../core/analyze";
import type { EngineRequest, EngineResponse } from "./engineProtocol";
import { CancelledError } from "../../core/errors";

type Pending = { resolve: (r: EngineResponse) => void; reject: (e: unknown) => void };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker) return worker;
  if (workerFailed || typeof Worker === "undefined") return null;
  try {
    // webpack builds engine.worker.ts as its own chunk from this exact pattern. tsc type-checks
    // with module "commonjs", where import.meta is not allowed; webpack compiles with "esnext".
    // @ts-expect-error TS1343: import.meta under the type-check's commonjs setting
    const w = new Worker(new URL("./engine.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<EngineResponse>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault();
      stopWorker(new Error("engine worker failed"));
      workerFailed = true;
    };
    worker = w;
    return w;
  } catch {
    workerFailed = true;
    return null;
  }
}

function stopWorker(reason: unknown): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(reason);
  pending.clear();
}

async function inPage(request: EngineRequest): Promise<EngineResponse> {
  if (request.kind === "analyze") {
    const { analyzeWorkbook } = await import("../../core/index");
    return { id: request.id, ok: true, analysis: analyzeWorkbook(request.grid, request.options) };
  }
  const { renderReport } = await import("../../core/report");
  const tanggal = request.tanggal ? new Date(request.tanggal) : undefined;
  return { id: request.id, ok: true, report: renderReport(request.analysis, { tanggal }) };
}

type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

async function call(request: Request, signal?: AbortSignal): Promise<EngineResponse> {
  if (signal?.aborted) throw new CancelledError();
  const full = { ...request, id: nextId++ } as EngineRequest;
  const w = startWorker();
  if (!w) return inPage(full);
  const response = await new Promise<EngineResponse>((resolve, reject) => {
    pending.set(full.id, { resolve, reject });
    signal?.addEventListener("abort", () => stopWorker(new CancelledError()), { once: true });
    w.postMessage(full);
  }).catch((error: unknown) => {
    if (error instanceof CancelledError) throw error;
    // The worker itself failed (not the engine): do the work on the page instead.
    return inPage(full);
  });
  if (signal?.aborted) throw new CancelledError();
  if (!response.ok) throw new Error(response.error);
  return response;
}

/** analyzeWorkbook(grid, options) off the main thread (options: e.g. read for quarter N). */
export async function analyzeOffThread(
  grid: WorkbookGrid,
  signal?: AbortSignal,
  options?: AnalyzeOptions,
): Promise<Analysis> {
  const r = await call(options ? { kind: "analyze", grid, options } : { kind: "analyze", grid }, signal);
  if (!r.ok || !("analysis" in r)) throw new Error("unexpected engine response");
  return r.analysis;
}

/** renderReport(analysis) off the main thread: every report control's body XML, by tag, and the chart parts. */
export async function renderReportOffThread(
  analysis: Analysis,
  signal?: AbortSignal,
  tanggal?: Date,
): Promise<RenderedReport> {
  const r = await call({ kind: "render", analysis, tanggal: tanggal?.toISOString() }, signal);
  if (!r.ok || !("report" in r)) throw new Error("unexpected engine response");
  return r.report;
}

/** renderControls(analysis) off the main thread: the body XML of every report control, by tag. */
export async function renderControlsOffThread(
  analysis: Analysis,
  signal?: AbortSignal,
  tanggal?: Date,
): Promise<Record<string, string>> {
  return (await renderReportOffThread(analysis, signal, tanggal)).controls;
}
