import { analyzeWorkbook } from "../../../src/core";
import { DEFAULT_SCALE } from "../../../src/core/compute/predikat";
import { buildRekapTable, predikatColor, PREDIKAT_FILLS } from "../../../src/core/plan/rekapTable";
import { IDENTITAS, sheet, unitSheet, workbook } from "../gridBuilder";

describe("Rekap: the scale in force beside the numbers (spec 2.4)", () => {
  test("default words keep their colours; an agency's own words are coloured by band position", () => {
    for (const b of DEFAULT_SCALE.bands)
      expect(predikatColor(DEFAULT_SCALE, b.predikat)).toBe(PREDIKAT_FILLS[b.predikat]);
    const three = {
      name: "x",
      bands: [
        { predikat: "A", min: 100 },
        { predikat: "B", min: 75 },
        { predikat: "C", min: null },
      ],
    };
    expect([predikatColor(three, "A"), predikatColor(three, "B"), predikatColor(three, "C")]).toEqual([
      PREDIKAT_FILLS["Sangat Tinggi"],
      PREDIKAT_FILLS["Sedang"],
      PREDIKAT_FILLS["Sangat Rendah"],
    ]);
    expect(predikatColor(three, null)).toBeUndefined();
  });

  test("the rules block names the formula, the bound and every band; custom predikat cells are filled", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        unitSheet("Sekretariat", [
          [1, "S", "A", "nilai", "Naik", 50, 100],
          [2, null, "B", "kasus", "Turun", 4, 5],
        ]),
        sheet("Pengaturan", [
          ["Rumus Polaritas Turun", "T / R"],
          ["Batas Capaian", 120],
          ["Predikat", "Batas Bawah"],
          ["Memuaskan", 85],
          ["Baik", 65],
          ["Kurang", null],
        ]),
      ),
    );
    const t = buildRekapTable(a, new Date(2026, 0, 15));
    const rows = t.values.map((r) => r.filter((v) => v !== "").join(" | "));
    expect(rows).toEqual(
      expect.arrayContaining([
        "Aturan perhitungan yang berlaku",
        "Rumus polaritas Turun | T / R x 100",
        "Batas capaian | 120 | 1 indikator dibatasi",
        "Predikat | Batas bawah | Rentang capaian",
        "Memuaskan | 85 | capaian ≥ 85%",
        "Baik | 65 | 65% ≤ capaian < 85%",
        "Kurang | capaian < 65%",
      ]),
    );
    const r0 = t.indikatorRows[0];
    expect(a.indikator[0].predikat).toBe("Memuaskan");
    expect(t.fills).toContainEqual({ row: r0, col: 8, color: PREDIKAT_FILLS["Sangat Tinggi"] });
    expect(t.fills).toContainEqual({ row: t.indikatorRows[1], col: 8, color: PREDIKAT_FILLS["Sedang"] }); // 80%: Baik
  });
});
