/**
 * Sheet `Pejabat` of the format (spec 2.5): one row per unit with the jabatan derived from its
 * name written out (the user corrects it where the organisation names it otherwise), Nama, NIP
 * and Pangkat/Golongan to fill; `lakip pk` prints them under each unit's Perjanjian Kinerja.
 * `known` (next year's format) carries last year's heads forward.
 */
import type { PejabatRow } from "../model";
import { normalizeLabel } from "../text";
import { jabatanOfUnit } from "../pk/jabatan";
import type { LayoutCell, SheetLayout, StyleName } from "./layoutTypes";

export const PEJABAT_HEADERS = ["Unit", "Jabatan", "Nama", "NIP", "Pangkat/Golongan"] as const;

/** Title, note, then the header row (0-based 2), as the other data sheets. */
const HEADER_ROW = 2;

/** `units`: the indicator sheets' names, or `{ sheetName, unit }` when the sheet name shortens the unit's full name. */
export function pejabatSheet(
  units: readonly (string | { sheetName: string; unit: string })[],
  known: readonly PejabatRow[] = [],
): SheetLayout {
  const h = HEADER_ROW;
  const byUnit = new Map(known.map((p) => [normalizeLabel(p.unit), p]));
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "Pejabat Penanda Tangan Perjanjian Kinerja", style: "title" },
    {
      row: 1,
      col: 0,
      value:
        "Satu baris per unit (nama unit sama dengan nama sheet-nya); NIP 18 digit, boleh berspasi. Baris yang kosong: garis tanda tangan ditulis tangan.",
      style: "subtitle",
    },
    ...PEJABAT_HEADERS.map((text, c) => ({ row: h, col: c, value: text, style: "header" as StyleName })),
  ];
  units.forEach((u, i) => {
    const row = h + 1 + i;
    const unit = typeof u === "string" ? u : u.sheetName;
    const p = byUnit.get(normalizeLabel(unit));
    const values = [
      unit,
      p?.jabatan ?? jabatanOfUnit(typeof u === "string" ? u : u.unit),
      p?.nama ?? "",
      p?.nip ?? "",
      p?.pangkat ?? "",
    ];
    values.forEach((value, col) =>
      cells.push({ row, col, value, style: col === 0 ? "label" : ("input" as StyleName) }),
    );
  });
  const last = h + Math.max(units.length, 1);
  return {
    name: "Pejabat",
    kind: "pejabat",
    widths: [44, 44, 36, 26, 30],
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: PEJABAT_HEADERS.length - 1 }],
    freeze: { rows: h + 1, columns: 1 },
    headerRow: h,
    // NIP as text: 18 digits would lose their last three as an Excel number
    numberFormats: [{ range: { top: h + 1, left: 3, bottom: last + 20, right: 3 }, numFmt: "@" }],
    validations: [],
  };
}
