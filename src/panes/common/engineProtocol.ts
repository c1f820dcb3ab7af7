/** The messages between the panes and the engine worker (engine.worker.ts). */
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis } from "../../core/model";
import type { RenderedReport } from "../../core/report";
import type { AnalyzeOptions } from "../../core/analyze";

export type EngineRequest =
  | { id: number; kind: "analyze"; grid: WorkbookGrid; options?: AnalyzeOptions }
  | { id: number; kind: "render"; analysis: Analysis; tanggal?: string };

export type EngineResponse =
  | { id: number; ok: true; analysis: Analysis }
  | { id: number; ok: true; report: RenderedReport }
  | { id: number; ok: false; error: string };
