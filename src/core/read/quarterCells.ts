/**
 * The quarters' cells of one indicator row (spec 2.2): Target TW and Realisasi TW (numbers, read
 * and validated like Target and Realisasi), Rencana Aksi TW and Kendala TW (text), and Cara
 * Akumulasi (`Jumlah`, `Akhir`, `Rata-rata`; blank: the default of the Satuan). Every finding names
 * its cell; nothing typed is changed.
 */
import { a1 } from "../grid";
import type { Akumulasi, KuartalDetail, Target } from "../model";
import { accumulate, defaultAkumulasi, parseAkumulasi } from "../compute/quarters";
import { formatNumber, formatTarget, roundHalfAway } from "../format/number";
import { normalizeRepeated, tidyText } from "../text";
import { quote, type FindingCollector } from "../validate/findings";
import { headerCells } from "./headers";
import { sortQuarterColumns, type QuarterColumns } from "./quarterColumns";
import { cellText, type SheetView } from "./sheetView";

/** Reads a numeric cell with the indicator sheet's rules and findings (indicators.ts `numeric`). */
export type NumericReader = (
  row: number,
  col: number | undefined,
  label: string,
  satuan: string | undefined,
  allowRange: boolean,
  required: boolean,
) => Target | undefined;

export interface QuarterRow {
  kuartal: KuartalDetail;
  akumulasi: Akumulasi;
  /** All four Realisasi TW cells hold a number. */
  allRealisasi: boolean;
}

const LABEL_QUARTER = ["I", "II", "III", "IV"];

function textCell(
  view: SheetView,
  findings: FindingCollector,
  row: number,
  col: number | undefined,
  label: string,
): string | null {
  if (col === undefined) return null;
  const cell = view.get(row, col);
  if (!cell) return null;
  if (cell.t === "e") {
    const address = a1(row, col);
    findings.add(
      "FORMULA_ERROR",
      view.name,
      address,
      `${label} di sel ${address} berisi galat rumus ${cell.v}; ketik teksnya langsung.`,
    );
    return null;
  }
  const t = tidyText(cellText(cell));
  return t === "" ? null : t;
}

/** Reads the quarters of row `row` (0-based). `satuan` is the row's Satuan as read. */
export function readQuarterRow(
  view: SheetView,
  findings: FindingCollector,
  row: number,
  q: QuarterColumns,
  satuan: string,
  numeric: NumericReader,
): QuarterRow {
  const sheet = view.name;
  const unitWord = satuan || undefined;
  const percent = ["%", "persen"].includes(normalizeRepeated(satuan));
  const target: (Target | null)[] = [];
  const realisasi: (number | null)[] = [];
  const rencanaAksi: (string | null)[] = [];
  const kendala: (string | null)[] = [];
  const realisasiCells: string[] = [];
  for (let i = 0; i < 4; i++) {
    const tCol = q.columns.target[i];
    const rCol = q.columns.realisasi[i];
    const t = tCol ? numeric(row, tCol.col, `Target TW ${LABEL_QUARTER[i]}`, unitWord, true, false) : undefined;
    const r = rCol
      ? (numeric(row, rCol.col, `Realisasi TW ${LABEL_QUARTER[i]}`, unitWord, false, false) as number | undefined)
      : undefined;
    if (typeof t === "number" && t < 0)
      negative(findings, sheet, a1(row, tCol!.col), `Target TW ${LABEL_QUARTER[i]}`, t);
    if (r !== undefined && r < 0) negative(findings, sheet, a1(row, rCol!.col), `Realisasi TW ${LABEL_QUARTER[i]}`, r);
    if (percent) {
      const high = t === undefined ? undefined : typeof t === "number" ? t : t[1];
      if (high !== undefined && high > 100) {
        const address = a1(row, tCol!.col);
        findings.add(
          "PERCENT_OVER_100",
          sheet,
          address,
          `Target TW ${LABEL_QUARTER[i]} ${formatTarget(t!)} di sel ${address} melebihi 100 padahal satuannya %; periksa apakah angkanya benar.`,
        );
      }
      if (r !== undefined && r > 100) {
        const address = a1(row, rCol!.col);
        findings.add(
          "PERCENT_OVER_100",
          sheet,
          address,
          `Realisasi TW ${LABEL_QUARTER[i]} ${formatNumber(r)} di sel ${address} melebihi 100 padahal satuannya %; periksa apakah angkanya benar.`,
        );
      }
    }
    target.push(t ?? null);
    realisasi.push(r ?? null);
    realisasiCells.push(rCol ? a1(row, rCol.col) : "");
    rencanaAksi.push(
      textCell(view, findings, row, q.columns.rencanaAksi[i]?.col, `Rencana Aksi TW ${LABEL_QUARTER[i]}`),
    );
    kendala.push(textCell(view, findings, row, q.columns.kendala[i]?.col, `Kendala TW ${LABEL_QUARTER[i]}`));
  }

  let akumulasi = defaultAkumulasi(satuan);
  if (q.akumulasi) {
    const cell = view.get(row, q.akumulasi.col);
    const address = a1(row, q.akumulasi.col);
    if (cell?.t === "e")
      findings.add(
        "FORMULA_ERROR",
        sheet,
        address,
        `Cara Akumulasi di sel ${address} berisi galat rumus ${cell.v}; pilih Jumlah, Akhir atau Rata-rata.`,
      );
    else if (cell) {
      const parsed = parseAkumulasi(cellText(cell));
      if (parsed) akumulasi = parsed;
      else
        findings.add(
          "INVALID_ACCUMULATION",
          sheet,
          address,
          `Cara Akumulasi ${quote(cellText(cell))} di sel ${address} tidak dikenal; pilih Jumlah (triwulan dijumlahkan), Akhir (triwulan terakhir yang dilaporkan) atau Rata-rata.`,
        );
    }
  }
  const allRealisasi = realisasi.every((r) => r !== null);
  return {
    kuartal: { target, realisasi, rencanaAksi, kendala, realisasiCells, realisasiDariTriwulan: false },
    akumulasi,
    allRealisasi,
  };
}

function negative(findings: FindingCollector, sheet: string, address: string, label: string, value: number): void {
  findings.add(
    "NEGATIVE_VALUE",
    sheet,
    address,
    `${label} ${formatNumber(value)} di sel ${address} bernilai negatif; pastikan memang demikian (misalnya laju pertumbuhan).`,
  );
}

/**
 * The annual Realisasi against the four quarters (spec 2.2): blank with all four filled, it is
 * their accumulation (returned); given, it stands, and a difference at two decimals is
 * `QUARTER_MISMATCH` at its cell.
 */
export function reconcileAnnual(
  findings: FindingCollector,
  sheet: string,
  realisasiAddress: string,
  annual: number | undefined,
  quarters: QuarterRow,
): number | undefined {
  if (!quarters.allRealisasi) return annual;
  const acc = accumulate(quarters.kuartal.realisasi, 4, quarters.akumulasi);
  if (acc === null) return annual;
  if (annual === undefined) {
    quarters.kuartal.realisasiDariTriwulan = true;
    return acc;
  }
  if (roundHalfAway(annual, 2) !== roundHalfAway(acc, 2))
    findings.add(
      "QUARTER_MISMATCH",
      sheet,
      realisasiAddress,
      `Realisasi ${formatNumber(annual)} di sel ${realisasiAddress} berbeda dengan akumulasi (${quarters.akumulasi}) realisasi TW I-IV, yaitu ${formatNumber(acc)}; angka tahunan di sel ${realisasiAddress} yang dipakai, jadi periksa salah satunya.`,
    );
  return annual;
}

/**
 * The quarter columns of a header row (0-based `headerRow`); a column read twice is
 * `DUPLICATE_COLUMN` at the second header, the first one being kept.
 */
export function readQuarterHeader(
  view: SheetView,
  headerRow: number,
  findings: FindingCollector,
  kinds?: Parameters<typeof sortQuarterColumns>[1],
  withAkumulasi = true,
): QuarterColumns {
  const q = sortQuarterColumns(headerCells(view, headerRow), kinds, withAkumulasi);
  for (const d of q.duplicates) {
    const address = a1(headerRow, d.duplicate.col);
    const kept = a1(headerRow, d.kept.col);
    findings.add(
      "DUPLICATE_COLUMN",
      view.name,
      address,
      `Kolom ${quote(d.duplicate.header)} di sel ${address} memuat hal yang sama dengan kolom ${quote(d.kept.header)} di sel ${kept}; hanya kolom di sel ${kept} yang dibaca, jadi hapus salah satunya.`,
    );
  }
  return q;
}
