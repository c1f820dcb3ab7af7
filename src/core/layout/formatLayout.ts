/**
 * The data-collection workbook ("Format Pengumpulan Data Kinerja", spec section 2) as plain data.
 *
 * Pure: no ExcelJS, no Office.js. Two writers render it: `lakip format` (ExcelJS,
 * src/hosts/files/writeFormat.ts) and "Buat Format" in the Excel pane (Office.js).
 * Coordinates are 0-based like the grid (row 0 = worksheet row 1).
 */
import { pejabatSheet } from "./pejabatSheet";
import type { WorkbookLayout } from "./layoutTypes";
import { DEFAULT_UNITS, InvalidUnitNamesError, checkUnitNames, planUnitSheets } from "./unitNames";
import { EARLIER_YEARS, defaultFormatYear } from "./formatColumns";
import { STYLES } from "./formatStyles";
import { petunjukSheet } from "./petunjuk";
import { identitasSheet } from "./identitasSheet";
import { indicatorSheet } from "./indicatorSheet";
import { pengaturanSheet } from "./pengaturanSheet";
import { anggaranSheet } from "./anggaranSheet";

// The format's parts, each in the module named for it; re-exported here for the format's users.
export type {
  CellStyle,
  StyleName,
  LayoutCell,
  LayoutRange,
  ValidationMessage,
  LayoutValidation,
  SheetKind,
  SheetLayout,
  WorkbookLayout,
} from "./layoutTypes";

export * from "./unitNames";
export * from "./formatColumns";
export * from "./formatStyles";
export { petunjukLines, petunjukSheetOf } from "./petunjuk";
export * from "./identitasSheet";
export { INDICATOR_WIDTHS, YEAR_WIDTH } from "./indicatorSheet";
export { anggaranSheet } from "./anggaranSheet";
export { rangeA1 } from "./layoutRange";

/**
 * The empty data-collection workbook for the given units: Petunjuk, Identitas, one indicator
 * sheet per unit (with columns for the two years before `tahun`, by default last year), Anggaran,
 * Pengaturan (the default rules written out). Throws InvalidUnitNamesError when checkUnitNames finds problems.
 */
export function buildFormatLayout(
  units: readonly string[] = DEFAULT_UNITS,
  options: { tahun?: number; earlierYears?: number } = {},
): WorkbookLayout {
  const problems = checkUnitNames(units);
  if (problems.length > 0) throw new InvalidUnitNamesError(problems);
  const plan = planUnitSheets(units);
  const tahun = options.tahun ?? defaultFormatYear();
  const earlierYears = Math.max(0, Math.min(options.earlierYears ?? EARLIER_YEARS, 10));
  return {
    styles: STYLES,
    sheets: [
      petunjukSheet(plan, tahun, earlierYears),
      identitasSheet(),
      ...plan.map((p) => indicatorSheet(p.unit, p.sheetName, tahun, earlierYears)),
      anggaranSheet(),
      pengaturanSheet(),
      pejabatSheet(plan),
    ],
  };
}
