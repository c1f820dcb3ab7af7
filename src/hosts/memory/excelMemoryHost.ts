/**
 * The in-memory Excel host: the Office.js adapter (createOfficeExcelHost) running over a fake
 * Office.js workbook (./excelFakeOffice.ts), so the browser harness and the tests exercise the
 * same code as Excel. `delayMs` slows every call down to show progress in demos; `gate` holds
 * every call until it resolves (the browser tests' deterministic "long work").
 */
import type { WorkbookGrid } from "../../core/grid";
import { a1, parseA1 } from "../../core/grid";
import { createOfficeExcelHost } from "../excel/officeExcelHost";
import type { ExcelHost } from "../excel/port";
import { ALL_SUPPORTED, type IsSetSupported } from "../excel/requirements";
import { FakeWorkbook, displayValue, type FakeWorkbookOptions } from "./excelFakeOffice";

export { FakeWorkbook };

export interface MemoryExcelHostOptions {
  delayMs?: number;
  /** Awaited before each call reaches the workbook. */
  gate?: () => Promise<void>;
  isSetSupported?: IsSetSupported;
  now?: () => Date;
  /**
   * Whether a new workbook window may open now. Excel on the web opens Excel.createWorkbook's
   * workbook in a new browser tab, which the browser's pop-up blocker allows once per user click
   * (HTML "transient activation", consumed by opening a window); the harness passes a gate that
   * allows one per click. Absent: always allowed.
   */
  mayOpenWindow?: () => boolean;
}

export function createMemoryExcelHost(workbook: FakeWorkbook, options: MemoryExcelHostOptions = {}): ExcelHost {
  const delay = options.delayMs ?? 0;
  const host = createOfficeExcelHost({
    run: async (batch) => {
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      if (options.gate) await options.gate();
      return workbook.run(batch);
    },
    isSetSupported: options.isSetSupported ?? ALL_SUPPORTED,
    now: options.now,
    // Excel.createWorkbook (learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1),
    // ExcelApi 1.8) opens the .xlsx in a new window and rejects a base64 that is no workbook; here
    // the bytes are kept for the tests, and text that is not Base64 is rejected likewise.
    createWorkbook: async (base64) => {
      if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new Error("InvalidArgument: base64File");
      if (options.mayOpenWindow && !options.mayOpenWindow()) throw new Error("Pop-up blocked: no user activation");
      workbook.createdWorkbooks.push(base64);
    },
  });
  return host;
}

export function createMemoryWorkbook(
  grid: WorkbookGrid = { sheets: [{ name: "Sheet1", rows: [] }] },
  options: FakeWorkbookOptions = {},
): FakeWorkbook {
  return FakeWorkbook.fromGrid(grid, options);
}

/** What the harness exposes as `window.excelHarness` for Playwright. */
export interface ExcelHarnessState {
  sheetNames(): string[];
  /** Fill colour "#RRGGBB", or "" for no fill. */
  getFill(sheet: string, address: string): string;
  /** Every filled cell of a sheet: address -> colour. */
  fills(sheet: string): Record<string, string>;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string;
  cellValue(sheet: string, address: string): string | number | boolean | null;
  cellFormula(sheet: string, address: string): string | null;
  numberFormat(sheet: string, address: string): string;
  customProperties(): Record<string, string>;
  charts(sheet: string): { type: string; source: string; title: string }[];
  syncCount(): number;
  /** The .xlsx files (Base64) opened with createWorkbook, in order. */
  createdWorkbooks(): string[];
}

export function harnessState(workbook: FakeWorkbook): ExcelHarnessState {
  const at = (sheet: string, address: string) => {
    const s = workbook.sheet(sheet);
    const p = parseA1(address);
    return s && p ? { s, key: s.key(p.row, p.col), p } : undefined;
  };
  return {
    sheetNames: () => workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    getFill: (sheet, address) => {
      const x = at(sheet, address);
      return x ? (x.s.fills.get(x.key) ?? "") : "";
    },
    fills: (sheet) => {
      const s = workbook.sheet(sheet);
      const out: Record<string, string> = {};
      if (s)
        for (const [k, v] of s.fills) {
          const [r, c] = k.split(",").map(Number);
          out[a1(r, c)] = v;
        }
      return out;
    },
    selection: () => workbook.selection,
    activeSheet: () => workbook.active,
    cellValue: (sheet, address) => {
      const x = at(sheet, address);
      const cell = x?.s.cells.get(x.key);
      return cell ? (cell.error ?? cell.value) : null;
    },
    cellFormula: (sheet, address) => {
      const x = at(sheet, address);
      return x?.s.cells.get(x.key)?.formula ?? null;
    },
    numberFormat: (sheet, address) => {
      const x = at(sheet, address);
      return x ? x.s.numberFormat(x.p.row, x.p.col) : "General";
    },
    customProperties: () => Object.fromEntries(workbook.custom),
    charts: (sheet) => workbook.sheet(sheet)?.charts.map((c) => ({ ...c })) ?? [],
    syncCount: () => workbook.syncCount,
    createdWorkbooks: () => workbook.createdWorkbooks.slice(),
  };
}

export { displayValue };
