/**
 * The Anggaran sheet's `Realisasi TW I` ... `Realisasi TW IV` (spec 2.3): rupiah >= 0 spent in
 * the quarter; the annual Realisasi blank with all four filled is their sum; both given and
 * different (at two decimals) is `QUARTER_MISMATCH` at the Realisasi cell.
 */
import { a1 } from "../grid";
import { formatRupiah, roundHalfAway } from "../format/number";
import type { FindingCollector } from "../validate/findings";
import { readQuarterHeader } from "./quarterCells";
import type { SheetView } from "./sheetView";

const ROMAN = ["I", "II", "III", "IV"];

export interface AnggaranQuarterRow {
  values: (number | null)[];
  cells: string[];
  /** All four quarters hold a number. */
  all: boolean;
  /** The annual realisasi to use: `annual`, or the quarters' sum when it is blank and all four are filled. */
  reconcile(annual: number | undefined, realisasiAddress: string): number | undefined;
}

export interface AnggaranQuarters {
  /** True when row `r` (0-based) has any Realisasi TW cell filled. */
  anyOn(r: number): boolean;
  read(r: number, money: (col: number, label: string) => number | undefined): AnggaranQuarterRow;
}

/** The quarter columns of the Anggaran header row, or undefined when it has none. */
export function readAnggaranQuarters(
  view: SheetView,
  headerRow: number,
  findings: FindingCollector,
): AnggaranQuarters | undefined {
  const q = readQuarterHeader(view, headerRow, findings, ["realisasi"], false);
  if (!q.any) return undefined;
  const cols = q.columns.realisasi.map((c) => c?.col);
  return {
    anyOn: (r) => cols.some((c) => c !== undefined && view.get(r, c) !== undefined && view.get(r, c) !== null),
    read(r, money) {
      const values = cols.map((c, i) =>
        c === undefined ? null : (money(c, `Realisasi anggaran TW ${ROMAN[i]}`) ?? null),
      );
      const cells = cols.map((c) => (c === undefined ? "" : a1(r, c)));
      const all = values.every((v) => v !== null);
      return {
        values,
        cells,
        all,
        reconcile(annual, realisasiAddress) {
          if (!all) return annual;
          let sum = 0;
          for (const v of values) sum += v!;
          if (!Number.isFinite(sum)) return annual;
          if (annual === undefined) return sum;
          if (roundHalfAway(annual, 2) !== roundHalfAway(sum, 2))
            findings.add(
              "QUARTER_MISMATCH",
              view.name,
              realisasiAddress,
              `Realisasi anggaran ${formatRupiah(annual)} di sel ${realisasiAddress} berbeda dengan jumlah realisasi TW I-IV, yaitu ${formatRupiah(sum)}; angka tahunan di sel ${realisasiAddress} yang dipakai, jadi periksa salah satunya.`,
            );
          return annual;
        },
      };
    },
  };
}
