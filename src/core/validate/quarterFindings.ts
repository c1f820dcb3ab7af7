/**
 * MISSING_QUARTER (spec 3, 4): when the quarterly report of quarter N is asked for, every
 * indicator must have a realisasi for each quarter 1..N. A blank Realisasi TW cell is the finding,
 * at that cell; a sheet without the Realisasi TW column is one finding per missing column, at the
 * first cell of its header row. A cell that holds something unreadable already has its own finding
 * (NOT_A_NUMBER, FORMULA_ERROR) and is not reported twice.
 */
import { a1 } from "../grid";
import type { IndikatorDetail } from "../model";
import { romanQuarter, type Quarter } from "../read/quarterColumns";
import type { FindingCollector } from "./findings";

export function missingQuarterFindings(
  indikator: readonly IndikatorDetail[],
  n: Quarter,
  findings: FindingCollector,
  headerRowOf: (sheet: string) => number | undefined,
  hasCell: (sheet: string, address: string) => boolean,
): void {
  const reportedColumn = new Set<string>();
  for (const i of indikator) {
    for (let q = 1; q <= n; q++) {
      const tw = romanQuarter(q as Quarter);
      const cell = i.kuartal?.realisasiCells[q - 1] ?? "";
      if (cell === "") {
        const key = `${i.sheet}\u0000${q}`;
        if (reportedColumn.has(key)) continue;
        reportedColumn.add(key);
        const at = a1(headerRowOf(i.sheet) ?? 0, 0);
        findings.add(
          "MISSING_QUARTER",
          i.sheet,
          at,
          `Sheet ${i.sheet} tidak memuat kolom "Realisasi TW ${tw}" (baris judul ${at}); laporan Triwulan ${romanQuarter(n)} memerlukan realisasi setiap triwulan sampai Triwulan ${romanQuarter(n)}, jadi tambahkan kolom itu dan isi realisasinya.`,
        );
        continue;
      }
      if (i.kuartal!.realisasi[q - 1] !== null || hasCell(i.sheet, cell)) continue;
      findings.add(
        "MISSING_QUARTER",
        i.sheet,
        cell,
        `Realisasi TW ${tw} indikator "${i.indikator.length > 60 ? i.indikator.slice(0, 59) + "…" : i.indikator}" di sel ${cell} kosong; laporan Triwulan ${romanQuarter(n)} memerlukan realisasi setiap triwulan sampai Triwulan ${romanQuarter(n)}, jadi isi sel itu (atau himpun berkas unit triwulan itu).`,
      );
    }
  }
}
