import fc from "fast-check";
import { analyzeWorkbook, toComputeOutput } from "../../src/core";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { computeCapaian, mean, ratioPercent } from "../../src/core/compute/capaian";
import { DEFAULT_SCALE, describeScale, predikatOf } from "../../src/core/compute/predikat";
import { parseRumusTurun } from "../../src/core/read/pengaturan";
import { computeOutputSchema } from "../../src/cli/schema";
import { IDENTITAS, sheet, unitSheet, workbook, type Plain } from "./gridBuilder";

/** Findings but MISSING_ANALYSIS (these tests are about settings; their misses carry no Faktor text). */
const settled = (a: { findings: import("../../src/core").Finding[] }) =>
  a.findings.filter((f) => f.code !== "MISSING_ANALYSIS");
const at = (wb: WorkbookGrid) => settled(analyzeWorkbook(wb)).map((f) => `${f.code}@${f.sheet}!${f.cell}`);

function pengaturan(rows: Plain[][]): SheetGrid {
  return sheet("Pengaturan", rows);
}

const HEADER_TURUN = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

const UNIT = unitSheet("Sekretariat", [
  [1, "Menurunnya konflik", "Jumlah konflik sosial", "kasus", "Turun", 60, 129.03],
  [2, null, "Jumlah unjuk rasa anarkis", "kasus", "Turun", 10, 8],
  [3, "Meningkatnya pelayanan", "Nilai SAKIP", "nilai", "Naik", 70, 91],
]);

describe("Pengaturan: Rumus Polaritas Turun (spec 2.4)", () => {
  test("the documented spellings", () => {
    for (const t of ["(2T - R) / T", "(2T-R)/T", "(2t - r)/t x 100", "(2T − R) / T × 100", "(2T-R)/T*100"])
      expect(parseRumusTurun(t)).toBe("(2T - R) / T");
    for (const t of ["T / R", "T/R", "t/r x 100", "T / R x 100%"]) expect(parseRumusTurun(t)).toBe("T / R");
    for (const t of ["R / T", "2T - R", "T : R", "", "T / R / 2"]) expect(parseRumusTurun(t)).toBeUndefined();
  });
  test("T / R: the Polda report's 60 and 129,03 is 46,50%", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, UNIT, pengaturan([["Rumus Polaritas Turun", "T / R"]])));
    expect(a.pengaturan.rumusTurun).toBe("T / R");
    expect(a.indikator[0].capaian).toBeCloseTo((60 / 129.03) * 100, 10);
    expect(a.indikator[0].predikat).toBe("Sangat Rendah");
    expect(a.indikator[1].capaian).toBeCloseTo(125, 10);
    expect(a.indikator[2].capaian).toBeCloseTo(130, 10); // Naik does not change
    expect(settled(a)).toEqual([]);
  });
  test("an unknown formula is INVALID_SETTING at its cell and the default applies", () => {
    const wb = workbook(
      IDENTITAS,
      UNIT,
      pengaturan([
        ["Judul", null],
        ["Rumus Polaritas Turun", "R / T"],
      ]),
    );
    const a = analyzeWorkbook(wb);
    // the default formula gives -15,05% for 60 and 129,03: a warning beside the setting's error
    expect(at(wb)).toEqual(["EXTREME_CAPAIAN@Sekretariat!G2", "INVALID_SETTING@Pengaturan!B2"]);
    expect(settled(a)[1].severity).toBe("error");
    expect(settled(a)[1].message).toMatch(/\(2T - R\) \/ T .*T \/ R/);
    expect(a.pengaturan.rumusTurun).toBe("(2T - R) / T");
    expect(a.indikator[1].capaian).toBeCloseTo(120, 10);
  });
  test("a label that looks like a setting but is none is INVALID_SETTING, not silently ignored", () => {
    const wb = workbook(
      IDENTITAS,
      UNIT,
      pengaturan([
        ["Pengaturan Perhitungan Capaian"],
        ["Rumus Turun", "T / R"],
        ["Batas Capaian (%)", 120],
        ["Predikat", "Batas"],
      ]),
    );
    expect(at(wb).filter((c) => c.startsWith("INVALID"))).toEqual([
      "INVALID_SETTING@Pengaturan!A2",
      "INVALID_SETTING@Pengaturan!B4",
    ]);
    const a = analyzeWorkbook(wb);
    expect(settled(a).find((f) => f.cell === "A2")!.message).toMatch(/"Rumus Polaritas Turun"/);
    expect(a.pengaturan.batasCapaian).toBe(120); // "(%)" after a label is a note
    expect(a.pengaturan.rumusTurun).toBe("(2T - R) / T");
  });
  test("a blank formula keeps the default; Pengaturan is never a unit", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        UNIT,
        pengaturan([
          ["Rumus Polaritas Turun", null],
          ["Indikator Kinerja", "Target", "Realisasi"],
        ]),
      ),
    );
    expect(a.units).toEqual(["Sekretariat"]);
    expect(settled(a).map((f) => f.code)).toEqual(["EXTREME_CAPAIAN"]);
    expect(a.pengaturan.rumusTurun).toBe("(2T - R) / T");
  });
  test("T / R with R = 0: ZERO_REALISASI at the Realisasi cell, or the Batas Capaian when set; T = R = 0 gives 100", () => {
    const unit = unitSheet("Bidang", [
      [1, "S", "Konflik", "kasus", "Turun", 5, 0],
      [2, null, "Unjuk rasa", "kasus", "Turun", 0, 0],
      [3, null, "Bentrokan", "kasus", "Turun", 0, 4],
    ]);
    const wb = workbook(IDENTITAS, unit, pengaturan([["Rumus Polaritas Turun", "T/R"]]));
    const a = analyzeWorkbook(wb);
    expect(at(wb)).toEqual(["ZERO_REALISASI@Bidang!G2", "ZERO_TARGET@Bidang!F3", "ZERO_TARGET@Bidang!F4"]);
    expect(settled(a)[0].severity).toBe("error");
    expect(settled(a)[2].severity).toBe("warning");
    expect(a.indikator.map((i) => i.capaian)).toEqual([null, 100, 0]);
    const bounded = analyzeWorkbook(
      workbook(
        IDENTITAS,
        unit,
        pengaturan([
          ["Rumus Polaritas Turun", "T / R"],
          ["Batas Capaian", 120],
        ]),
      ),
    );
    expect(bounded.indikator.map((i) => i.capaian)).toEqual([120, 100, 0]);
    expect(settled(bounded).map((f) => f.code)).toEqual(["ZERO_TARGET", "ZERO_TARGET"]);
  });
});

describe("Pengaturan: Batas Capaian", () => {
  const unit = unitSheet("Sekretariat", [
    [1, "S1", "Nilai SAKIP", "nilai", "Naik", 50, 100],
    [2, null, "Dokumen", "dokumen", "Naik", 10, 9],
    [3, "S2", "Konflik", "kasus", "Turun", 10, 2],
  ]);
  test("caps the capaian everywhere: indicator, means, predikat; the formula's value kept for the report", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan([["Batas Capaian", "120%"]])));
    expect(a.pengaturan.batasCapaian).toBe(120);
    expect(a.indikator.map((i) => i.capaian)).toEqual([120, 90, 120]);
    expect(a.indikator[0].uncappedCapaian).toBe(200);
    expect(a.indikator[1].uncappedCapaian).toBeUndefined();
    expect(a.indikator[2].uncappedCapaian).toBeCloseTo(180, 10);
    expect(a.sasaran[0].capaian).toBeCloseTo(105, 10);
    expect(a.unit[0].capaian).toBeCloseTo(110, 10);
    expect(a.organisasi.capaian).toBeCloseTo(112.5, 10);
    // EXTREME_CAPAIAN still reports what the formula gave (a likely unit mix-up), saying it was capped
    const extreme = a.findings.filter((f) => f.code === "EXTREME_CAPAIAN");
    expect(extreme.map((f) => f.cell)).toEqual(["G2", "G4"]);
    expect(extreme[0].message).toMatch(/200,00%.*dibatasi menjadi 120,00%/);
    expect(toComputeOutput(a).indikator[0]).not.toHaveProperty("uncappedCapaian");
  });
  test("a percent-formatted 1,2 is 120; a bound below 100 or text is INVALID_SETTING at its cell", () => {
    const pct: Cell = { t: "n", v: 1.2, f: "0%" };
    expect(
      analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan([["Batas Capaian", pct]]))).pengaturan.batasCapaian,
    ).toBe(120);
    for (const bad of [99, "tidak ada", -5, true] as Plain[]) {
      const wb = workbook(IDENTITAS, unit, pengaturan([[null], ["Batas Capaian:", bad]]));
      expect(at(wb)).toContain("INVALID_SETTING@Pengaturan!B2");
      expect(analyzeWorkbook(wb).pengaturan.batasCapaian).toBeNull();
    }
  });
  test("blank is no bound", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan([["Batas Capaian", null]])));
    expect(a.pengaturan.batasCapaian).toBeNull();
    expect(a.indikator[0].capaian).toBe(200);
  });
});

describe("Pengaturan: Batas Bawah Capaian", () => {
  const unit = unitSheet("Sekretariat", [
    [1, "S1", "Pertumbuhan ekonomi", "%", "Naik", 2, -1.41],
    [2, null, "Dokumen", "dokumen", "Naik", 10, 9],
    [3, "S2", "Konflik", "kasus", "Turun", 1, 3],
  ]);
  test("floors the capaian everywhere: indicator, means, predikat; the formula's value kept for the report", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan([["Batas Bawah Capaian", 0]])));
    expect(a.pengaturan.batasBawahCapaian).toBe(0);
    expect(a.indikator.map((i) => i.capaian)).toEqual([0, 90, 0]);
    expect(a.indikator[0].unflooredCapaian).toBeCloseTo(-70.5, 10);
    expect(a.indikator[1].unflooredCapaian).toBeUndefined();
    expect(a.indikator[2].unflooredCapaian).toBeCloseTo(-100, 10);
    expect(a.sasaran[0].capaian).toBeCloseTo(45, 10);
    expect(a.organisasi.capaian).toBeCloseTo(22.5, 10);
    const extreme = a.findings.filter((f) => f.code === "EXTREME_CAPAIAN");
    expect(extreme[0].message).toMatch(/-70,50%.*dibatasi menjadi 0,00%/);
    const json = toComputeOutput(a);
    expect(json.pengaturan.batasBawahCapaian).toBe(0);
    expect(json.indikator[0]).not.toHaveProperty("unflooredCapaian");
    expect(computeOutputSchema.safeParse(json).success).toBe(true);
  });
  test("the same floor holds for earlier years and the Renstra end target", () => {
    const u = sheet("Sekretariat", [
      [...HEADER_TURUN, "Target 2024", "Realisasi 2024", "Target Akhir Renstra"],
      [1, "S1", "Konflik", "kasus", "Turun", 1, 1, 1, 4, 1],
    ]);
    const a = analyzeWorkbook(workbook(IDENTITAS, u, pengaturan([["Batas Bawah Capaian", "-20"]])));
    expect(a.pengaturan.batasBawahCapaian).toBe(-20);
    expect(a.indikator[0].riwayat[0].capaian).toBe(-20); // (2 - 4) / 1 = -200, floored
    expect(a.indikator[0].capaianRenstra).toBe(100);
  });
  test("a floor above 0 or text is INVALID_SETTING at its cell; blank is no floor", () => {
    for (const bad of [5, "nol", true] as Plain[]) {
      const wb = workbook(IDENTITAS, unit, pengaturan([[null], ["Batas Bawah Capaian", bad]]));
      expect(at(wb)).toContain("INVALID_SETTING@Pengaturan!B2");
      expect(analyzeWorkbook(wb).pengaturan.batasBawahCapaian).toBeNull();
    }
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan([["Batas Bawah Capaian", null]])));
    expect(a.pengaturan.batasBawahCapaian).toBeNull();
    expect(a.indikator[0].capaian).toBeCloseTo(-70.5, 10);
  });
  test("computeCapaian without batasBawahCapaian in its rules has no floor (callers written before it)", () => {
    expect(computeCapaian("Naik", 2, -1, { rumusTurun: "(2T - R) / T", batasCapaian: null }).capaian).toBe(-50);
    expect(
      computeCapaian("Naik", 2, -1, { rumusTurun: "(2T - R) / T", batasCapaian: null, batasBawahCapaian: 0 }),
    ).toEqual({ capaian: 0, unfloored: -50 });
  });
});

describe("capaianRenstra: the agency's rule, not a formula of its own (spec section 3)", () => {
  test("T / R: realisasi 7 against a Renstra end target of 4 is 57,14%, not (2T - R) / T's 25%", () => {
    const u = sheet("Sekretariat", [
      [...HEADER_TURUN, "Target Akhir Renstra"],
      [1, "S1", "Konflik", "kasus", "Turun", 5, 7, 4],
      [2, null, "Nilai SAKIP", "nilai", "Naik", 70, 71, 80],
      [3, null, "Dokumen", "dokumen", "Naik", 10, 9, null],
    ]);
    const tr = analyzeWorkbook(workbook(IDENTITAS, u, pengaturan([["Rumus Polaritas Turun", "T / R"]])));
    expect(tr.indikator[0].capaianRenstra).toBeCloseTo(57.142857, 5);
    expect(tr.indikator[1].capaianRenstra).toBeCloseTo(88.75, 10);
    expect(tr.indikator[2].capaianRenstra).toBeNull();
    const def = analyzeWorkbook(workbook(IDENTITAS, u));
    expect(def.indikator[0].capaianRenstra).toBeCloseTo(25, 10);
    const json = toComputeOutput(tr);
    expect(json.indikator.map((i) => i.capaianRenstra)).toEqual(tr.indikator.map((i) => i.capaianRenstra));
    expect(computeOutputSchema.safeParse(json).success).toBe(true);
  });
});

describe("Pengaturan: predikat scale", () => {
  const scaleRows: Plain[][] = [
    ["Rumus Polaritas Turun", "(2T - R) / T"],
    [null],
    ["Predikat", "Batas Bawah"],
    ["Sangat Memuaskan", 85],
    ["Memuaskan", "75%"],
    ["Baik", "65"],
    ["Cukup", "50,5"],
    ["Kurang", null],
  ];
  test("the agency's words and bands, decided on the rounded capaian", () => {
    const unit = unitSheet("Sekretariat", [
      [1, "S", "A", "nilai", "Naik", 100, 84.996],
      [2, null, "B", "nilai", "Naik", 100, 75],
      [3, null, "C", "nilai", "Naik", 100, 50.49],
      [4, null, "D", "nilai", "Naik", 100, -3],
    ]);
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan(scaleRows)));
    expect(settled(a).filter((f) => f.code !== "EXTREME_CAPAIAN" && f.code !== "NEGATIVE_VALUE")).toEqual([]);
    expect(a.indikator.map((i) => i.predikat)).toEqual(["Sangat Memuaskan", "Memuaskan", "Kurang", "Kurang"]);
    expect(a.pengaturan.skala).toEqual([
      { predikat: "Sangat Memuaskan", batasBawah: 85 },
      { predikat: "Memuaskan", batasBawah: 75 },
      { predikat: "Baik", batasBawah: 65 },
      { predikat: "Cukup", batasBawah: 50.5 },
      { predikat: "Kurang", batasBawah: null },
    ]);
    expect(a.scale.bands.map((b) => b.predikat)).toEqual(a.pengaturan.skala.map((s) => s.predikat));
    expect(describeScale(a.scale)).toEqual([
      "Sangat Memuaskan: capaian ≥ 85%",
      "Memuaskan: 75% ≤ capaian < 85%",
      "Baik: 65% ≤ capaian < 75%",
      "Cukup: 50,5% ≤ capaian < 65%",
      "Kurang: capaian < 50,5%",
    ]);
    expect(a.sasaran[0].predikat).toBe("Cukup"); // (85 + 75 + 50,49 - 3) / 4 = 51,87
    const out = computeOutputSchema.safeParse(toComputeOutput(a));
    expect(out.success).toBe(true);
  });
  test("a written bound in the last row: it takes everything below the row above", () => {
    const rows: Plain[][] = [
      ["Predikat", "Batas Bawah"],
      ["Memuaskan", 75],
      ["Kurang", 30],
    ];
    const unit = unitSheet("Sekretariat", [[1, "S", "A", "nilai", "Naik", 100, 20]]);
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan(rows)));
    expect(settled(a)).toEqual([]);
    expect(a.indikator[0].predikat).toBe("Kurang");
    expect(a.pengaturan.skala[1]).toEqual({ predikat: "Kurang", batasBawah: null });
  });
  const bad: [string, Plain[][], string[]][] = [
    [
      "fewer than two rows",
      [
        ["Predikat", "Batas Bawah"],
        ["Baik", 50],
      ],
      ["INVALID_SETTING@Pengaturan!A1"],
    ],
    ["no rows", [["Predikat", "Batas Bawah"]], ["INVALID_SETTING@Pengaturan!A1"]],
    [
      "a blank name",
      [
        ["Predikat", "Batas Bawah"],
        ["Baik", 80],
        [null, 60],
        ["Kurang", null],
      ],
      ["INVALID_SETTING@Pengaturan!A3"],
    ],
    [
      "a bound that does not parse",
      [
        ["Predikat", "Batas Bawah"],
        ["Baik", "delapan puluh"],
        ["Kurang", null],
      ],
      ["INVALID_SETTING@Pengaturan!B2"],
    ],
    [
      "a blank bound that is not the last",
      [
        ["Predikat", "Batas Bawah"],
        ["Baik", 80],
        ["Cukup", null],
        ["Kurang", null],
      ],
      ["INVALID_SETTING@Pengaturan!B3"],
    ],
    [
      "bounds not strictly decreasing",
      [
        ["Predikat", "Batas Bawah"],
        ["A", 80],
        ["B", 80],
        ["C", 90],
        ["D", null],
      ],
      ["INVALID_SETTING@Pengaturan!B3", "INVALID_SETTING@Pengaturan!B4"],
    ],
    [
      "a last bound above the one before",
      [
        ["Predikat", "Batas Bawah"],
        ["A", 80],
        ["B", 85],
      ],
      ["INVALID_SETTING@Pengaturan!B3"],
    ],
  ];
  test.each(bad)("INVALID_SETTING: %s; the default scale applies", (_what, rows, expected) => {
    const unit = unitSheet("Sekretariat", [[1, "S", "A", "nilai", "Naik", 100, 95]]);
    const wb = workbook(IDENTITAS, unit, pengaturan(rows));
    expect(at(wb)).toEqual(expected);
    const a = analyzeWorkbook(wb);
    expect(settled(a).every((f) => f.severity === "error" && /[a-z]/.test(f.message))).toBe(true);
    expect(a.scale).toBe(DEFAULT_SCALE);
    expect(a.indikator[0].predikat).toBe("Sangat Tinggi");
  });
  test("the scale ends at a blank row or at a setting label below it", () => {
    const rows: Plain[][] = [
      ["Predikat", "Batas Bawah"],
      ["Tinggi", 75],
      ["Rendah", null],
      ["Batas Capaian", 110],
    ];
    const unit = unitSheet("Sekretariat", [[1, "S", "A", "nilai", "Naik", 100, 130]]);
    const a = analyzeWorkbook(workbook(IDENTITAS, unit, pengaturan(rows)));
    expect(settled(a)).toEqual([]);
    expect(a.pengaturan.skala.map((s) => s.predikat)).toEqual(["Tinggi", "Rendah"]);
    expect(a.indikator[0].capaian).toBe(110);
  });
});

describe("arithmetic that cannot overflow (spec 3)", () => {
  test("Turun T = 1e308, R = 1 gives 200; R = -1e308 gives 300", () => {
    expect(computeCapaian("Turun", 1e308, 1).capaian).toBe(200);
    expect(computeCapaian("Turun", 1e308, -1e308).capaian).toBe(300);
    expect(computeCapaian("Turun", [1e308, 1.5e308], 1).capaian).toBe(200);
  });
  test("a capaian that is not finite is null and flagged", () => {
    expect(computeCapaian("Naik", 0.001, 1e306)).toEqual({ capaian: null, nonFinite: true });
    expect(computeCapaian("Turun", 1e-300, 1e300, { rumusTurun: "(2T - R) / T", batasCapaian: null })).toEqual({
      capaian: null,
      nonFinite: true,
    });
    expect(computeCapaian("Turun", 1e300, 1e-300, { rumusTurun: "T / R", batasCapaian: 120 })).toEqual({
      capaian: null,
      nonFinite: true,
    });
  });
  test("EXTREME_CAPAIAN error at the Realisasi cell; the rest of the workbook computes", () => {
    const wb = workbook(
      IDENTITAS,
      unitSheet("Sekretariat", [
        [1, "S", "A", "nilai", "Naik", 0.001, 1e306],
        [2, null, "B", "nilai", "Naik", 100, 90],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(at(wb)).toEqual(["EXTREME_CAPAIAN@Sekretariat!G2"]);
    expect(settled(a)[0].severity).toBe("error");
    expect(a.indikator[0].capaian).toBeNull();
    expect(a.sasaran[0].capaian).toBe(90);
    expect(computeOutputSchema.safeParse(toComputeOutput(a)).success).toBe(true);
  });
  test("means and serapan of huge values stay finite", () => {
    expect(mean([1.5e308, 1.5e308])).toBe(1.5e308);
    expect(mean([1.7e308, -1.7e308, 1e308])).toBeCloseTo(1e308 / 3, -300);
    expect(ratioPercent([1e308, 1e308], [1e308, 1e308])).toBe(100);
    expect(ratioPercent([1e308], [1e-308])).toBeNull();
    expect(ratioPercent([5], [0])).toBeNull();
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        unitSheet("Sekretariat", [
          [1, "S", "A", "nilai", "Naik", 1e-5, 1e300],
          [2, null, "B", "nilai", "Naik", 1e-5, 1e300],
        ]),
        sheet("Anggaran", [
          ["Program/Kegiatan", "Sasaran", "Pagu", "Realisasi"],
          ["P1", "S", 1.5e308, 1.5e308],
          ["P2", "S", 1.5e308, 1.5e308],
        ]),
      ),
    );
    expect(a.sasaran[0].capaian).toBeCloseTo(1e307, -295);
    expect(a.efisiensi[0].serapan).toBe(100);
    expect(computeOutputSchema.safeParse(toComputeOutput(a)).success).toBe(true);
  });
  test("property: any numbers at all give an output the CLI schema accepts", () => {
    const num = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1e308, -1e308, 1e-308, 5e-324, 1.7976931348623157e308),
    );
    const row = fc.tuple(
      fc.constantFrom("Naik", "Turun"),
      fc.oneof(
        num,
        fc.tuple(num, num).map(([a, b]) => `${a} - ${b}`),
      ),
      num,
      num,
      num,
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("(2T - R) / T", "T / R"),
        fc.option(fc.double({ min: 100, max: 1e308, noNaN: true }), { nil: null }),
        fc.tuple(num, num),
        (rows, rumus, batas, [pagu, real]) => {
          const wb = workbook(
            sheet("Identitas", [
              ["Instansi", "X"],
              ["Pemerintah Daerah", "Y"],
              ["Tahun", 2025],
            ]),
            sheet("Sekretariat", [
              [
                "Sasaran",
                "Indikator",
                "Satuan",
                "Polaritas",
                "Target",
                "Realisasi",
                "Target 2024",
                "Realisasi 2024",
                "Standar Nasional",
              ],
              ...rows.map(([p, t, r, r0, sn], i) => ["S" + (i % 2), "I" + i, "nilai", p, t, r, t, r0, sn] as Plain[]),
            ]),
            pengaturan([
              ["Rumus Polaritas Turun", rumus],
              ["Batas Capaian", batas],
            ]),
            sheet("Anggaran", [
              ["Program", "Sasaran", "Pagu", "Realisasi"],
              ["P", "S0", pagu, real],
              ["Q", "S0", pagu, real],
            ]),
          );
          const parsed = computeOutputSchema.safeParse(toComputeOutput(analyzeWorkbook(wb)));
          expect(parsed.success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("property tests of the rules", () => {
  /** A valid scale: 2..6 distinct words, strictly decreasing bounds, the last one null. */
  const scaleArb = fc
    .uniqueArray(fc.integer({ min: -5000, max: 20000 }), { minLength: 1, maxLength: 5 })
    .chain((bounds) =>
      fc
        .uniqueArray(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""),
          {
            minLength: bounds.length + 1,
            maxLength: bounds.length + 1,
          },
        )
        .map((names) => {
          const sorted = [...bounds].sort((a, b) => b - a).map((b) => b / 100);
          return names.map((n, i) => ({ predikat: n, min: i < sorted.length ? sorted[i] : null }));
        }),
    );
  test("for any valid scale, predikat is monotone in capaian", () => {
    fc.assert(
      fc.property(
        scaleArb,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (bands, x, y) => {
          const scale = { name: "uji", bands };
          const rank = (c: number) => bands.findIndex((b) => b.predikat === predikatOf(c, scale));
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(rank(hi)).toBeLessThanOrEqual(rank(lo)); // a higher capaian never gets a lower band
          expect(rank(lo)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
  test("a scale written in a Pengaturan sheet is the scale in force", () => {
    fc.assert(
      fc.property(scaleArb, (bands) => {
        const rows: Plain[][] = [["Predikat", "Batas Bawah"], ...bands.map((b) => [b.predikat, b.min] as Plain[])];
        const a = analyzeWorkbook(workbook(IDENTITAS, UNIT, pengaturan(rows)));
        expect(settled(a).filter((f) => f.code === "INVALID_SETTING")).toEqual([]);
        expect(a.pengaturan.skala).toEqual(
          bands.map((b) => ({ predikat: b.predikat.replace(/\s+/g, " ").trim(), batasBawah: b.min })),
        );
      }),
      { numRuns: 60 },
    );
  });
  test("the default settings written out give exactly the results of no Pengaturan sheet", () => {
    const explicit = pengaturan([
      ["Rumus Polaritas Turun", "(2T - R) / T"],
      ["Batas Capaian", null],
      [null],
      ["Predikat", "Batas Bawah"],
      ...DEFAULT_SCALE.bands.map((b) => [b.predikat, b.min] as Plain[]),
    ]);
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 200 }));
    const row = fc.tuple(fc.constantFrom("Naik", "Turun"), value, value, fc.option(value, { nil: null }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const unit = sheet("Bidang", [
          ["Sasaran", "Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Realisasi Tahun Lalu", "Target 2024"],
          ...rows.map(([p, t, r, r0], i) => ["S" + (i % 3), "I" + i, "nilai", p, t, r, r0, t] as Plain[]),
        ]);
        const without = analyzeWorkbook(workbook(IDENTITAS, unit));
        const withSheet = analyzeWorkbook(workbook(IDENTITAS, unit, explicit));
        expect(toComputeOutput(withSheet)).toEqual(toComputeOutput(without));
        expect(withSheet.scale).toBe(without.scale); // named as the default scale, not "sheet Pengaturan"
      }),
      { numRuns: 100 },
    );
  });
  test("the two Turun formulas agree on which side of 100 a capaian falls", () => {
    const T = { rumusTurun: "T / R" as const, batasCapaian: null };
    const positive = fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(positive, positive, (t, r) => {
        const a = computeCapaian("Turun", t, r).capaian!;
        const b = computeCapaian("Turun", t, r, T).capaian!;
        expect(Math.sign(a - 100)).toBe(Math.sign(b - 100));
        expect(Math.sign(a - 100)).toBe(Math.sign(t - r));
      }),
    );
  });
});

describe("earlier years and national standards (spec 2.2)", () => {
  const header = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
  test("Target/Realisasi YYYY for years < Tahun, oldest first, capaian by the same rules; >= Tahun not read", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Sekretariat", [
        [
          ...header,
          "Target 2023",
          "Realisasi 2023",
          "Target 2025",
          "Realisasi 2022",
          "Target 2022",
          "Target 2024",
          "Realisasi 2024",
          "Standar Nasional",
        ],
        [1, "S", "Nilai SAKIP", "nilai", "Naik", 70, 72, 60, 63, 99, 55, 50, 65, 66, 75],
        [2, null, "Konflik", "kasus", "Turun", 5, 4, 6, null, "x", null, null, "4 - 6", 7, null],
        [3, null, "Baru", "nilai", "Naik", 10, 10, null, null, null, null, null, null, null, null],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(at(wb)).toEqual([]); // the Target 2025 column holds plans and is not read ("x" included)
    expect(a.indikator[0].riwayat).toEqual([
      { tahun: 2022, target: 50, realisasi: 55, capaian: (55 / 50) * 100 },
      { tahun: 2023, target: 60, realisasi: 63, capaian: (63 / 60) * 100 },
      { tahun: 2024, target: 65, realisasi: 66, capaian: (66 / 65) * 100 },
    ]);
    expect(a.indikator[0].realisasiTahunLalu).toBe(66);
    expect(a.indikator[0].standarNasional).toBe(75);
    expect(a.indikator[1].riwayat).toEqual([
      { tahun: 2023, target: 6, realisasi: null, capaian: null },
      { tahun: 2024, target: [4, 6], realisasi: 7, capaian: ((2 * 6 - 7) / 6) * 100 },
    ]);
    expect(a.indikator[1].standarNasional).toBeNull();
    expect(a.indikator[2].riwayat).toEqual([]);
  });
  test("Realisasi Tahun Lalu is Realisasi of Tahun - 1; both is DUPLICATE_COLUMN at the second header", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Sekretariat", [
        [...header, "Target 2024", "Realisasi Tahun Lalu", "Realisasi 2024"],
        [1, "S", "Nilai SAKIP", "nilai", "Naik", 70, 72, 60, 63, 1],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(at(wb)).toEqual(["DUPLICATE_COLUMN@Sekretariat!J1"]);
    expect(settled(a)[0].severity).toBe("warning");
    expect(settled(a)[0].message).toMatch(/"Realisasi 2024" di sel J1 .*"Realisasi Tahun Lalu" di sel I1/);
    expect(a.indikator[0].riwayat).toEqual([{ tahun: 2024, target: 60, realisasi: 63, capaian: (63 / 60) * 100 }]);
    expect(a.indikator[0].realisasiTahunLalu).toBe(63);
  });
  test("the same year twice, and any header twice, is DUPLICATE_COLUMN; the first column is read", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Sekretariat", [
        [...header, "Target  2023", "target 2023", "Standar Nasional", "Standar Nasional"],
        [1, "S", "Nilai SAKIP", "nilai", "Naik", 70, 72, 60, 99, 80, 81],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(at(wb)).toEqual(["DUPLICATE_COLUMN@Sekretariat!I1", "DUPLICATE_COLUMN@Sekretariat!K1"]);
    expect(a.indikator[0].riwayat).toEqual([{ tahun: 2023, target: 60, realisasi: null, capaian: null }]);
    expect(a.indikator[0].standarNasional).toBe(80);
  });
  test("bad values in the new columns are findings at their cells; an earlier year alone makes a row", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Sekretariat", [
        [...header, "Realisasi 2024", "Standar Nasional"],
        [1, "S", "Nilai SAKIP", "nilai", "Naik", 70, 72, "tujuh", "80 - 90"],
        [2, null, null, null, null, null, null, 5, null],
      ]),
    );
    expect(at(wb)).toEqual([
      "NOT_A_NUMBER@Sekretariat!H2",
      "NOT_A_NUMBER@Sekretariat!I2",
      "MISSING_VALUE@Sekretariat!C3",
      "MISSING_VALUE@Sekretariat!D3",
      "MISSING_VALUE@Sekretariat!E3",
      "MISSING_VALUE@Sekretariat!F3",
      "MISSING_VALUE@Sekretariat!G3",
    ]);
    expect(analyzeWorkbook(wb).findings[0].message).toMatch(/Realisasi 2024 "tujuh" di sel H2/);
  });
  test("without a Tahun the years cannot be placed: Realisasi Tahun Lalu is still kept", () => {
    const wb = workbook(
      sheet("Identitas", [
        ["Instansi", "X"],
        ["Pemerintah Daerah", "Y"],
      ]),
      sheet("Sekretariat", [
        [...header, "Realisasi Tahun Lalu", "Realisasi 2024"],
        [1, "S", "Nilai SAKIP", "nilai", "Naik", 70, 72, 63, 1],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(a.indikator[0].riwayat).toEqual([]);
    expect(a.indikator[0].realisasiTahunLalu).toBe(63);
  });
});

describe("new Identitas labels (spec 2.1)", () => {
  const base: Plain[][] = [
    ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
    ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
    ["Tahun", 2025],
  ];
  const unit = unitSheet("Sekretariat", [[1, "S", "A", "nilai", "Naik", 100, 95]]);
  const identitasOf = (extra: Plain[][]) => analyzeWorkbook(workbook(sheet("Identitas", [...base, ...extra]), unit));
  test("Pangkat/Golongan, Tempat, Tanggal Laporan as text, Judul Laporan", () => {
    const a = identitasOf([
      ["Pangkat / Golongan Kepala", "Pembina Utama Muda (IV/c)"],
      ["Tempat", "Pangkalan Bun"],
      ["Tanggal Laporan", "15 Januari 2026"],
      ["Judul Laporan", "lkjip"],
    ]);
    expect(settled(a)).toEqual([]);
    expect(a.identitas).toMatchObject({
      pangkatKepala: "Pembina Utama Muda (IV/c)",
      tempat: "Pangkalan Bun",
      tanggalLaporan: "2026-01-15",
      judulLaporan: "LKjIP",
    });
  });
  test.each([
    [{ t: "d", v: "2026-01-15" } as Cell, "2026-01-15"],
    [{ t: "n", v: 46037, f: "dd/mm/yyyy" } as Cell, "2026-01-15"],
    ["15/01/2026", "2026-01-15"],
    ["1 Agustus 2025", "2025-08-01"],
    ["29 Pebruari 2024", "2024-02-29"],
    ["2026-01-15", "2026-01-15"],
  ] as [Plain, string][])("Tanggal Laporan %j is %s", (value, iso) => {
    expect(identitasOf([["Tanggal Laporan", value]]).identitas.tanggalLaporan).toBe(iso);
  });
  test.each(["31 Februari 2026", "besok", "15 Janu 2026", 46037] as Plain[])(
    "Tanggal Laporan %j does not parse: MISSING_IDENTITY warning at its value cell, null",
    (value) => {
      const a = identitasOf([["Tanggal Laporan", value]]);
      expect(settled(a).map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual(["MISSING_IDENTITY@B4:warning"]);
      expect(settled(a)[0].message).toMatch(/15 Januari 2026/);
      expect(a.identitas.tanggalLaporan).toBeNull();
    },
  );
  test("Judul Laporan: the three titles and their long names; anything else is a warning and the default", () => {
    const of = (t: string) => identitasOf([["Judul Laporan", t]]);
    expect(of("LAKIP").identitas.judulLaporan).toBe("LAKIP");
    expect(of("Laporan  Kinerja").identitas.judulLaporan).toBe("Laporan Kinerja");
    expect(of("Laporan Kinerja Instansi Pemerintah (LKjIP)").identitas.judulLaporan).toBe("LKjIP");
    const bad = of("Laporan Tahunan");
    expect(bad.identitas.judulLaporan).toBeNull();
    expect(settled(bad).map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual(["MISSING_IDENTITY@B4:warning"]);
    expect(settled(bad)[0].message).toMatch(/LAKIP, LKjIP atau Laporan Kinerja/);
  });
});

test("a percent-formatted cell too large to be a percentage is NOT_A_NUMBER, not a silently dropped row", () => {
  const big: Cell = { t: "n", v: 1e307, f: "0%" };
  const wb = workbook(IDENTITAS, unitSheet("Sekretariat", [[1, "S", "A", "%", "Naik", 100, big]]));
  expect(at(wb)).toEqual(["NOT_A_NUMBER@Sekretariat!G2"]);
});
