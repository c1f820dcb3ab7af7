/**
 * The neutral description of a workbook the format writers render (ExcelJS in files, Office.js in
 * Excel): sheets, cells, styles, validations, protection. Types only, so every sheet builder can
 * use them without importing the builders of formatLayout.ts.
 */
/** Named cell styles; a writer maps each to its own style objects. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** RGB hex without '#', e.g. "1F3864". */
  fontColor?: string;
  /** Solid fill, RGB hex without '#'. */
  fill?: string;
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Excel number format code, e.g. "#,##0". */
  numFmt?: string;
}

export type StyleName =
  "title" | "subtitle" | "header" | "label" | "input" | "note" | "text" | "heading" | "number" | "rupiah" | "data";

export interface LayoutCell {
  row: number;
  col: number;
  /** Text or a number; never a formula (text is written as text). "" is a styled empty cell (no value). */
  value: string | number;
  style?: StyleName;
  /** Number format of this cell (overrides the style's), e.g. "0.00%" copied from a filled workbook. */
  numFmt?: string;
}

/** A 0-based inclusive rectangle. */
export interface LayoutRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ValidationMessage {
  title: string;
  message: string;
}

export type LayoutValidation =
  | {
      type: "list";
      range: LayoutRange;
      /** The allowed words, in order (Excel's list source "Naik,Turun"). */
      values: string[];
      allowBlank: boolean;
      prompt: ValidationMessage;
      error: ValidationMessage;
    }
  | {
      type: "decimal" | "whole";
      range: LayoutRange;
      operator: "between" | "greaterThanOrEqual";
      min: number;
      /** Only for "between". */
      max?: number;
      allowBlank: boolean;
      prompt: ValidationMessage;
      error: ValidationMessage;
    };

export type SheetKind = "petunjuk" | "identitas" | "indikator" | "anggaran" | "pengaturan" | "pejabat";

export interface SheetLayout {
  name: string;
  kind: SheetKind;
  /** Column widths in characters (Excel's column width unit), from column A. */
  widths: number[];
  cells: LayoutCell[];
  merges: LayoutRange[];
  /** Rows/columns frozen at the top/left (0 = none). */
  freeze: { rows: number; columns: number };
  validations: LayoutValidation[];
  /** 0-based header row, for indicator and Anggaran sheets. */
  headerRow?: number;
  /** For indicator sheets: the unit's full name (the sheet name may be shortened). */
  unit?: string;
  /** Number formats applied to ranges of (empty) input cells. */
  numberFormats: { range: LayoutRange; numFmt: string }[];
  /** Optional row heights in points, by 0-based row. */
  rowHeights?: Record<number, number>;
  /**
   * Present: the sheet is protected without a password and only these ranges stay unlocked
   * (the unit files of SOP step 3, src/core/layout/unitFiles.ts).
   */
  protection?: { unlocked: LayoutRange[] };
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  styles: Record<StyleName, CellStyle>;
}
