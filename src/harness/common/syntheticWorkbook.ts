/**
 * A large, valid data-collection workbook for the harness (`?generate=N`): N indicators spread
 * over unit sheets of at most 250 rows, one sasaran per 25 indicators, an Identitas and an
 * Anggaran sheet. `errors` puts that many blank Realisasi cells in the first unit sheet, so the
 * measurement can see a workbook with error findings too. Pure data: no DOM, no Office.
 */
import type { Cell, WorkbookGrid } from "../../core/grid";
import { ANGGARAN_HEADERS, INDICATOR_HEADERS } from "../../core/layout/formatLayout";

const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number): Cell => ({ t: "n", v });

export function syntheticWorkbook(indicators: number, errors = 0): WorkbookGrid {
  const perSheet = 250;
  const sheets: { name: string; rows: (Cell | null)[][] }[] = [
    {
      name: "Identitas",
      rows: [
        [s("Instansi"), s("Badan Kesatuan Bangsa dan Politik")],
        [s("Pemerintah Daerah"), s("Kabupaten Kotawaringin Barat")],
        [s("Tahun"), n(2025)],
      ],
    },
  ];
  const anggaran: (Cell | null)[][] = [ANGGARAN_HEADERS.map(s)];
  let made = 0;
  for (let unit = 1; made < indicators; unit++) {
    const rows: (Cell | null)[][] = [INDICATOR_HEADERS.map(s)];
    for (let i = 0; i < perSheet && made < indicators; i++, made++) {
      const k = made;
      const sasaran = `Sasaran strategis ${unit}.${Math.floor(i / 25) + 1}`;
      const blank = unit === 1 && i < errors;
      rows.push([
        n(i + 1),
        i % 25 === 0 ? s(sasaran) : null,
        s(`Indikator kinerja nomor ${k + 1} pada unit ${unit}`),
        s("%"),
        s(k % 7 === 3 ? "Turun" : "Naik"),
        n(80 + (k % 15)),
        blank ? null : n(70 + ((k * 37) % 30)),
        n(65 + (k % 20)),
        n(95),
        s("Kegiatan berjalan sesuai rencana."),
        s("Dukungan pimpinan."),
        s("Keterbatasan anggaran."),
        s("Meningkatkan koordinasi."),
      ]);
      if (i % 25 === 0) anggaran.push([s(`Program ${sasaran}`), s(sasaran), n(100_000_000 + k), n(90_000_000 + k)]);
    }
    sheets.push({ name: `Unit ${String(unit).padStart(2, "0")}`, rows });
  }
  sheets.push({ name: "Anggaran", rows: anggaran });
  return { sheets };
}
