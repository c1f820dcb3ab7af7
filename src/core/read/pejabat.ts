/**
 * Sheet `Pejabat` (spec 2.5, optional): who signs each unit's Perjanjian Kinerja. Header row
 * `Unit`, `Jabatan`, `Nama`, `NIP`, `Pangkat/Golongan` among the first 10 rows; one row per unit
 * (the indicator sheet's name). Findings (warnings: a PK can still be made, its signature line
 * left to write by hand): a NIP that is not 18 digits, a unit that is no indicator sheet of the
 * workbook, the same unit twice. The spec's code list is closed: they are MISSING_IDENTITY, the
 * code of the Kepala's own NIP (docs/decisions/perjanjian-kinerja.md).
 */
import { a1 } from "../grid";
import type { PejabatRow } from "../model";
import { normalizeLabel, tidyText } from "../text";
import { quote, type FindingCollector } from "../validate/findings";
import { findHeaderRow, type ColumnSpec } from "./headers";
import { cellText, type SheetView } from "./sheetView";

export type { PejabatRow };

export const PEJABAT_SHEET = "Pejabat";

export const PEJABAT_COLUMNS = [
  { key: "unit", label: "Unit", aliases: ["Unit", "Unit Kerja", "Bidang"], required: true },
  { key: "jabatan", label: "Jabatan", aliases: ["Jabatan"], required: false },
  { key: "nama", label: "Nama", aliases: ["Nama", "Nama Pejabat"], required: true },
  { key: "nip", label: "NIP", aliases: ["NIP"], required: false },
  {
    key: "pangkat",
    label: "Pangkat/Golongan",
    aliases: ["Pangkat/Golongan", "Pangkat / Golongan", "Pangkat Golongan", "Pangkat", "Golongan"],
    required: false,
  },
] as const satisfies readonly ColumnSpec<string>[];

type PejabatColumn = (typeof PEJABAT_COLUMNS)[number]["key"];

/** True when `text` is a NIP: 18 digits, spaces allowed (spec 2.1, 2.5). */
export function isNip(text: string): boolean {
  return /^\d{18}$/.test(text.replace(/\s+/g, ""));
}

/**
 * The rows of `Pejabat`, in sheet order; `units` are the workbook's indicator sheets (a row naming
 * another unit is reported and left out). Never throws.
 */
export function readPejabatSheet(view: SheetView, units: readonly string[], findings: FindingCollector): PejabatRow[] {
  const sheet = view.name;
  const header = findHeaderRow<PejabatColumn>(view, PEJABAT_COLUMNS, ["unit", "nama"], "unit").full;
  if (!header) {
    findings.add(
      "MISSING_COLUMN",
      sheet,
      "A1",
      `Sheet ${sheet} tidak memiliki baris judul Unit, Jabatan, Nama, NIP, Pangkat/Golongan di 10 baris pertama; tambahkan baris judul itu (sampai diperbaiki, penanda tangan Perjanjian Kinerja unit ditulis tangan).`,
      "warning",
    );
    return [];
  }
  const cols = header.columns;
  const unitOf = new Map(units.map((u) => [normalizeLabel(u), u]));
  const seen = new Set<string>();
  const out: PejabatRow[] = [];
  const text = (r: number, key: PejabatColumn): string | null => {
    const c = cols[key];
    if (c === undefined) return null;
    const cell = view.get(r, c);
    if (!cell || cell.t === "e") return null;
    const t = tidyText(cellText(cell));
    return t === "" ? null : t;
  };
  for (let r = header.row + 1; r <= view.lastRow; r++) {
    const unitText = text(r, "unit");
    const nama = text(r, "nama");
    const jabatan = text(r, "jabatan");
    const nip = text(r, "nip");
    const pangkat = text(r, "pangkat");
    if (unitText === null) {
      if (nama !== null || nip !== null) {
        const address = a1(r, cols.unit!);
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `Unit di sel ${address} masih kosong padahal barisnya berisi pejabat; tulis nama unit persis seperti nama sheet-nya.`,
          "warning",
        );
      }
      continue;
    }
    const key = normalizeLabel(unitText);
    const unit = unitOf.get(key);
    const unitAddress = a1(r, cols.unit!);
    if (unit === undefined) {
      findings.add(
        "MISSING_IDENTITY",
        sheet,
        unitAddress,
        `Unit ${quote(unitText)} di sel ${unitAddress} tidak ada di buku kerja ini; tulis nama unit persis seperti nama sheet-nya (${units.join(", ")}).`,
        "warning",
      );
      continue;
    }
    if (seen.has(key)) {
      findings.add(
        "MISSING_IDENTITY",
        sheet,
        unitAddress,
        `Unit ${quote(unitText)} di sel ${unitAddress} sudah tercantum di baris sebelumnya; satu unit satu baris (baris pertama yang dipakai).`,
        "warning",
      );
      continue;
    }
    seen.add(key);
    if (nip !== null && !isNip(nip)) {
      const address = a1(r, cols.nip!);
      findings.add(
        "MISSING_IDENTITY",
        sheet,
        address,
        `NIP ${quote(nip)} di sel ${address} harus 18 digit angka (spasi boleh); periksa kembali NIP pejabatnya.`,
        "warning",
      );
    }
    out.push({ unit, jabatan, nama, nip, pangkat, sheet, row: r + 1 });
  }
  return out;
}
