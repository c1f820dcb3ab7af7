/** Identitas `Alamat` (spec 2.1): optional, read as typed (white space folded), for the cover and the PK letterhead. */
import { analyzeWorkbook } from "../../../src/core";
import { sheet, unitSheet, workbook, type Plain } from "../gridBuilder";

const BASE: Plain[][] = [
  ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
  ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
  ["Tahun", 2025],
];
const UNIT = unitSheet("Sekretariat", [[1, "Sasaran", "Indikator", "%", "Naik", 100, 90]]);

describe("Identitas Alamat", () => {
  test("read when given, whatever the label's case and spacing", () => {
    const a = analyzeWorkbook(
      workbook(sheet("Identitas", [...BASE, ["  ALAMAT ", "Jl. Sutan Syahrir   No. 1,\nPangkalan Bun"]]), UNIT),
    );
    expect(a.identitas.alamat).toBe("Jl. Sutan Syahrir No. 1, Pangkalan Bun");
    expect(a.findings.filter((f) => f.sheet === "Identitas")).toEqual([]);
  });

  test("absent or empty: null, and no finding (it is optional)", () => {
    for (const rows of [BASE, [...BASE, ["Alamat", ""]]]) {
      const a = analyzeWorkbook(workbook(sheet("Identitas", rows), UNIT));
      expect(a.identitas.alamat ?? null).toBeNull();
      expect(a.findings.filter((f) => f.sheet === "Identitas")).toEqual([]);
    }
  });
});
