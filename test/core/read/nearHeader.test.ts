/** A header that nearly matches ("Realisai") is reported at its own cell with the header it probably means. */
import { analyzeWorkbook } from "../../../src/core/index";
import type { WorkbookGrid } from "../../../src/core/grid";

const s = (v: string) => ({ t: "s" as const, v });
function sheet(headers: string[]): WorkbookGrid {
  return {
    sheets: [
      { name: "Identitas", rows: [[s("Tahun"), { t: "n", v: 2025 }]] },
      {
        name: "Sekretariat",
        rows: [
          headers.map(s),
          [{ t: "n", v: 1 }, s("S1"), s("Indeks A"), s("%"), s("Naik"), { t: "n", v: 90 }, { t: "n", v: 80 }],
        ],
      },
    ],
  };
}
const BASE = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

test("'Realisai' in G1: MISSING_COLUMN at G1 naming Realisasi", () => {
  const headers = BASE.map((h) => (h === "Realisasi" ? "Realisai" : h));
  const f = analyzeWorkbook(sheet(headers)).findings.filter((x) => x.code === "MISSING_COLUMN");
  expect(f).toHaveLength(1);
  expect(f[0].cell).toBe("G1");
  expect(f[0].message).toBe(
    'Judul kolom "Realisai" di sel G1 sheet Sekretariat tidak dikenali; mungkin maksudnya "Realisasi": perbaiki ejaannya.',
  );
});

test("a typo in a complete header row (Satuan as 'Satuann') is reported at its cell too", () => {
  const headers = BASE.map((h) => (h === "Satuan" ? "Satuann" : h));
  const f = analyzeWorkbook(sheet(headers)).findings.filter((x) => x.code === "MISSING_COLUMN");
  expect(f.map((x) => [x.cell, x.message.includes('"Satuan"')])).toEqual([["D1", true]]);
});

test("a header nothing like the missing one: reported at the row's first cell, as before", () => {
  const headers = BASE.map((h) => (h === "Realisasi" ? "Catatan" : h));
  const f = analyzeWorkbook(sheet(headers)).findings.filter((x) => x.code === "MISSING_COLUMN");
  expect(f).toHaveLength(1);
  expect(f[0].cell).toBe("A1");
  expect(f[0].message).toMatch(/^Kolom "Realisasi" tidak ada di baris judul/);
});
