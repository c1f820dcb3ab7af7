/**
 * The Excel host port: what the Excel task pane needs from a workbook. Implemented with Office.js
 * (createOfficeExcelHost, ./officeExcelHost.ts) and, over a fake Office.js workbook, by the
 * in-memory host of the harness and the tests (src/hosts/memory/excelMemoryHost.ts).
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import type { WorkbookLayout } from "../../core/layout/formatLayout";
import type { ExcelCommand, Who } from "../../core/sop";
import type { HimpunWrite } from "../../core/plan/himpunPlan";
import { OfficeHostError } from "../../core/errors";
import type { Quarter } from "../../core/read/quarterColumns";

/** An error whose message is meant for the user (Bahasa Indonesia). */
export class ExcelHostError extends OfficeHostError {
  constructor(message: string) {
    super(message);
    this.name = "ExcelHostError";
  }
}

export interface HighlightResult {
  /** Cells filled red (errors) and amber (warnings). */
  errorCells: number;
  warningCells: number;
  /** What the user should know (Bahasa Indonesia), e.g. highlights of a deleted sheet forgotten, or no highlighting in this Excel. */
  notes: string[];
}

export interface ClearResult {
  /** Cells whose fill was restored. */
  restored: number;
  notes: string[];
}

export interface FormatResult {
  sheets: string[];
  /** False when data validation (ExcelApi 1.8) was not available and was left out. */
  validations: boolean;
}

export interface RekapResult {
  sheet: string;
  rows: number;
  chart: boolean;
}

/** A workbook as read, with what the reader could not read and the user should know (Bahasa Indonesia). */
export type WorkbookRead = WorkbookGrid & { readNotes?: string[] };

export interface ExcelHost {
  /** Every sheet of the open workbook as the neutral grid (plus its custom properties). */
  readWorkbook(): Promise<WorkbookRead>;
  /** Names of the visible sheets, in order. */
  listSheets(): Promise<string[]>;
  /** Fills the cells of the findings (errors red, warnings amber), remembering the fills they had. */
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  /** Restores exactly the fills the highlighted cells had (on sheets renamed since too); says how many. */
  clearHighlights(): Promise<ClearResult>;
  /** Activates the sheet and selects the cell; a hidden or missing sheet is explained, not unhidden. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Sets the cell's number format to General (Umum), its value kept: a number typed into a
   * date- or Teks-formatted cell then reads as a number. Optional: a host without it offers no fix.
   */
  setGeneralFormat?(sheet: string, address: string): Promise<void>;
  /** Creates the data-collection sheets; existing sheets named in `replace` are replaced, others are never touched. */
  createFormat(layout: WorkbookLayout, options: { replace: readonly string[] }): Promise<FormatResult>;
  /** Writes the units' sheets and Anggaran rows gathered by Himpun. */
  importUnits(write: HimpunWrite): Promise<void>;
  /** Writes or refreshes the sheet "Rekap Capaian". */
  writeRekap(analysis: Analysis): Promise<RekapResult>;
  /**
   * Writes or refreshes the sheet "Rekap TW N" from an analysis read for quarter N (spec 5.1);
   * the year's Rekap and every other sheet are left as they are.
   */
  writeRekapTw(analysis: Analysis, n: Quarter): Promise<RekapResult>;
  /** Records an SOP step in the workbook's custom properties. */
  recordStep(command: ExcelCommand, who: Who): Promise<void>;
  /**
   * Opens a new workbook holding the given .xlsx (Base64), as `Excel.createWorkbook` does
   * (ExcelApi 1.8); the user saves it under the name the pane suggests. Throws ExcelHostError
   * (Indonesian) where the API is missing or Excel refuses.
   */
  createWorkbook(base64: string): Promise<void>;
}
