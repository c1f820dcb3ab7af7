/**
 * A unit's indicator table under one of the add-in's own sheet names (spec 2.2: Identitas,
 * Anggaran, Petunjuk, Pengaturan, Rekap Capaian; no unit may take these names). Such a sheet is
 * not read as a unit, so its indicators would silently be left out of the LAKIP: it is reported
 * instead. The spec's code list is closed; the finding is MISSING_SHEET (error): the unit's
 * indicator sheet is missing, its data standing under a name the add-in reserves.
 */
import { a1 } from "../grid";
import { normalizeLabel } from "../text";
import type { FindingCollector } from "../validate/findings";
import { ANGGARAN_COLUMNS, findHeaderRow, INDICATOR_COLUMNS } from "./headers";
import { cellText, type SheetView } from "./sheetView";
import { REKAP_TW_KEYS } from "./quarterColumns";

/** The add-in's own sheets, as matched (normalizeLabel). */
export const RESERVED_SHEET_KEYS = new Set([
  "identitas",
  "anggaran",
  "petunjuk",
  "pengaturan",
  "rekap capaian",
  "pejabat",
  ...REKAP_TW_KEYS,
]);

/**
 * Reports `view` when it is one of the add-in's own sheets yet holds an indicator table (the
 * three headers Indikator Kinerja, Target and Realisasi in one of its first 10 rows, and at least
 * one indicator below). Not reported: the Rekap the Excel pane writes (its table starts with the
 * column "Unit"), and an Anggaran sheet whose budget header is there (it is read as Anggaran).
 */
export function reportReservedIndicatorSheet(view: SheetView, findings: FindingCollector): void {
  const key = normalizeLabel(view.name);
  if (!RESERVED_SHEET_KEYS.has(key)) return;
  const header = findHeaderRow(view, INDICATOR_COLUMNS, ["indikator", "target", "realisasi"], "indikator").full;
  if (!header) return;
  const indikatorCol = header.columns.indikator!;
  if (
    (key === "rekap capaian" || REKAP_TW_KEYS.includes(key)) &&
    normalizeLabel(cellText(view.get(header.row, 0))) === "unit"
  )
    return;
  if (key === "anggaran" && findHeaderRow(view, ANGGARAN_COLUMNS, ["program", "pagu", "realisasi"], "program").full)
    return;
  let hasData = false;
  for (let r = header.row + 1; r <= view.lastRow && !hasData; r++)
    if (cellText(view.get(r, indikatorCol)).trim() !== "") hasData = true;
  if (!hasData) return;
  const cell = a1(header.row, indikatorCol);
  findings.add(
    "MISSING_SHEET",
    view.name,
    cell,
    `Sheet "${view.name}" berisi tabel indikator (judul di sel ${cell}), tetapi nama itu dipakai add-in untuk sheetnya sendiri sehingga indikatornya tidak dibaca; ganti nama sheet dengan nama unitnya, misalnya "Bidang Politik Dalam Negeri".`,
    "error",
  );
}
