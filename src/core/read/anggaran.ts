/** Sheet `Anggaran` (optional): one row per program or kegiatan (spec 2.3). */
import { a1 } from "../grid";
import { formatRupiah } from "../format/number";
import { tidyText } from "../text";
import type { FindingCollector } from "../validate/findings";
import { ANGGARAN_COLUMNS, findHeaderRow } from "./headers";
import { readNumericCell } from "./numbers";
import { SheetView, cellText } from "./sheetView";
import { readAnggaranQuarters } from "./anggaranQuarters";

export interface AnggaranRow {
  program: string;
  sasaran: string | null;
  pagu: number;
  realisasi: number;
  sheet: string;
  row: number;
  /** 0-based column of the Sasaran cell (for UNKNOWN_SASARAN), when the column exists. */
  sasaranCol?: number;
  /** Realisasi TW I..IV (null where blank), present only when the sheet has those columns (spec 2.3). */
  triwulan?: (number | null)[];
  /** A1 address of each Realisasi TW cell; "" where absent. */
  triwulanCells?: string[];
}

export function readAnggaranSheet(
  view: SheetView,
  findings: FindingCollector,
  options: { realisasiOptional?: boolean } = {},
): AnggaranRow[] {
  const sheet = view.name;
  if (view.lastRow < 0) return []; // an empty sheet: the agency has no budget data to give
  const header = findHeaderRow(view, ANGGARAN_COLUMNS, ["program", "pagu", "realisasi"], "program");
  if (!header.full) {
    const at = header.partial;
    const cell = a1(at?.row ?? 0, 0);
    for (const spec of ANGGARAN_COLUMNS) {
      if (spec.required && at?.columns[spec.key] === undefined)
        findings.add(
          "MISSING_COLUMN",
          sheet,
          cell,
          `Kolom "${spec.label}" tidak ada di baris judul sheet ${sheet} (10 baris teratas); tambahkan kolom itu.`,
        );
    }
    return [];
  }
  const { row: headerRow, columns } = header.full;
  const programCol = columns.program!;
  const paguCol = columns.pagu!;
  const realisasiCol = columns.realisasi!;
  const sasaranCol = columns.sasaran;
  const rows: AnggaranRow[] = [];
  const quarters = readAnggaranQuarters(view, headerRow, findings);

  for (let r = headerRow + 1; r <= view.lastRow; r++) {
    const programCell = view.get(r, programCol);
    const paguCell = view.get(r, paguCol);
    const realCell = view.get(r, realisasiCol);
    const sasaranCell = sasaranCol === undefined ? undefined : view.raw(r, sasaranCol);
    if (!programCell && !paguCell && !realCell && !sasaranCell && !quarters?.anyOn(r)) continue;
    let ok = true;
    const program = tidyText(cellText(programCell));
    const programAddress = a1(r, programCol);
    if (programCell?.t === "e") {
      findings.add(
        "FORMULA_ERROR",
        sheet,
        programAddress,
        `Program/Kegiatan di sel ${programAddress} berisi galat rumus ${programCell.v}; ketik nama program atau kegiatannya.`,
      );
      ok = false;
    } else if (!program) {
      findings.add(
        "MISSING_VALUE",
        sheet,
        programAddress,
        `Program/Kegiatan di sel ${programAddress} kosong; tulis nama program atau kegiatannya.`,
      );
      ok = false;
    }
    const pagu = money(view, findings, r, paguCol, "Pagu");
    const tw = quarters?.read(r, (c, label) => money(view, findings, r, c, label, false));
    const annualRequired = !tw?.all && options.realisasiOptional !== true;
    const annual = money(view, findings, r, realisasiCol, "Realisasi anggaran", annualRequired);
    // A quarter's workbook (lakip triwulan): a blank annual realisasi is 0 here; the report uses the quarters.
    const realisasi = tw
      ? tw.reconcile(annual, a1(r, realisasiCol))
      : annual === undefined && !annualRequired && !realCell
        ? 0
        : annual;
    const blankAnnual = realisasi === undefined && !annualRequired && !realCell;
    if (pagu === undefined || (realisasi === undefined && !blankAnnual)) ok = false;
    if (pagu !== undefined && realisasi !== undefined && realisasi > pagu) {
      const address = a1(r, realisasiCol);
      findings.add(
        "BUDGET_OVER_PAGU",
        sheet,
        address,
        `Realisasi anggaran ${formatRupiah(realisasi)} di sel ${address} melebihi pagu ${formatRupiah(pagu)}; periksa kembali angkanya.`,
      );
    }
    const sasaranText = sasaranCol === undefined ? "" : tidyText(cellText(view.get(r, sasaranCol)));
    if (!ok) continue;
    rows.push({
      program,
      sasaran: sasaranText || null,
      pagu: pagu!,
      realisasi: realisasi ?? 0,
      sheet,
      row: r + 1,
      sasaranCol,
      ...(tw ? { triwulan: tw.values, triwulanCells: tw.cells } : {}),
    });
  }
  return rows;
}

function money(
  view: SheetView,
  findings: FindingCollector,
  row: number,
  col: number,
  label: string,
  required = true,
): number | undefined {
  const address = a1(row, col);
  const sheet = view.name;
  const read = readNumericCell(view.get(row, col), undefined, false);
  switch (read.kind) {
    case "blank":
      if (!required) return undefined;
      findings.add(
        "MISSING_VALUE",
        sheet,
        address,
        `${label} di sel ${address} kosong; isi dengan angka rupiah (0 bila tidak ada).`,
      );
      return undefined;
    case "error":
      findings.add(
        "FORMULA_ERROR",
        sheet,
        address,
        `${label} di sel ${address} berisi galat rumus ${read.value}; perbaiki rumusnya atau ketik angkanya langsung.`,
      );
      return undefined;
    case "not-a-number":
    case "range":
      findings.add(
        "NOT_A_NUMBER",
        sheet,
        address,
        `${label} di sel ${address} bukan angka rupiah; ketik angkanya saja, misalnya 150000000 atau Rp 150.000.000.`,
      );
      return undefined;
    case "number":
      if (read.fromText)
        findings.add(
          "TEXT_NUMBER",
          sheet,
          address,
          `${label} di sel ${address} diketik sebagai teks dan dibaca sebagai ${formatRupiah(read.value)}; sebaiknya ketik sebagai angka.`,
        );
      if (read.value < 0)
        findings.add(
          "NEGATIVE_VALUE",
          sheet,
          address,
          `${label} ${formatRupiah(read.value)} di sel ${address} bernilai negatif; anggaran tidak boleh kurang dari 0.`,
        );
      return read.value;
  }
}
