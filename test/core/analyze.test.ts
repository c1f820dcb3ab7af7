import fc from "fast-check";
import { analyzeWorkbook, toComputeOutput, hasErrors } from "../../src/core";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { FindingCode } from "../../src/core/model";
import { IDENTITAS, sheet, unitSheet, workbook } from "./gridBuilder";

const codes = (wb: WorkbookGrid) => analyzeWorkbook(wb).findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
/** The findings but MISSING_ANALYSIS, for tests about reading that use indicators below target. */
const codesRead = (wb: WorkbookGrid) => codes(wb).filter((c) => !c.startsWith("MISSING_ANALYSIS@"));

const HEADER_ALL = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];

const GOOD = workbook(
  IDENTITAS,
  unitSheet("Sekretariat", [
    [1, "Meningkatnya kualitas pelayanan", "Nilai SAKIP", "nilai", "Naik", 70, 72.5],
    [2, null, "Persentase dokumen tepat waktu", "%", "Naik", 100, 95],
  ]),
  unitSheet("Bidang Politik", [
    [1, "Menurunnya konflik sosial", "Jumlah konflik sosial", "kasus", "Turun", 0, 0],
    [2, null, "Persentase partisipasi pemilih", "%", "Naik", "80 - 90", 70],
    [3, "meningkatnya  KUALITAS pelayanan", "Indeks kepuasan", "indeks", "Naik", 80, 84],
  ]),
  sheet("Anggaran", [
    ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"],
    ["Program penunjang", "Meningkatnya kualitas pelayanan", 1000000, 900000],
    ["Program politik", "Menurunnya konflik sosial", 500000, 500000],
  ]),
);

describe("analyzeWorkbook on a good workbook", () => {
  const a = analyzeWorkbook(GOOD);
  test("identitas", () => {
    expect(a.identitas).toMatchObject({
      instansi: "Badan Kesatuan Bangsa dan Politik",
      pemerintahDaerah: "Kabupaten Kotawaringin Barat",
      tahun: 2025,
    });
  });
  test("no errors; the zero-target Turun indicator is a warning", () => {
    expect(hasErrors(a.findings)).toBe(false);
    // the two indicators below target have no Faktor Penghambat column: MISSING_ANALYSIS at their Indikator cell
    expect(codes(GOOD)).toEqual([
      "MISSING_ANALYSIS@Sekretariat!C3",
      "ZERO_TARGET@Bidang Politik!F2",
      "MISSING_ANALYSIS@Bidang Politik!C3",
    ]);
  });
  test("indicator rows: blank sasaran continues the one above, 1-based rows, range target", () => {
    expect(a.indikator).toHaveLength(5);
    expect(a.indikator[1]).toMatchObject({
      sasaran: "Meningkatnya kualitas pelayanan",
      row: 3,
      unit: "Sekretariat",
      sheet: "Sekretariat",
    });
    expect(a.indikator[3]).toMatchObject({ target: [80, 90], realisasi: 70, targetText: "80 - 90" });
    expect(a.indikator[3].capaian).toBeCloseTo(87.5, 10);
    expect(a.indikator[2]).toMatchObject({ capaian: 100, predikat: "Sangat Tinggi", polaritas: "Turun" });
  });
  test("sasaran grouped case- and space-insensitively across units, first spelling shown", () => {
    expect(a.sasaran.map((s) => s.sasaran)).toEqual(["Meningkatnya kualitas pelayanan", "Menurunnya konflik sosial"]);
    const s0 = a.sasaran[0];
    expect(s0.jumlahIndikator).toBe(3);
    expect(s0.capaian).toBeCloseTo(((72.5 / 70) * 100 + 95 + 105) / 3, 10);
    expect(a.indikator[4].sasaran).toBe("Meningkatnya kualitas pelayanan");
  });
  test("unit and organisation means", () => {
    expect(a.unit.map((u) => u.unit)).toEqual(["Sekretariat", "Bidang Politik"]);
    expect(a.unit[1].capaian).toBeCloseTo((100 + 87.5 + 105) / 3, 10);
    expect(a.organisasi.capaian).toBeCloseTo((a.sasaran[0].capaian! + a.sasaran[1].capaian!) / 2, 10);
  });
  test("serapan and efisiensi", () => {
    expect(a.anggaran[0]).toMatchObject({ program: "Program penunjang", serapan: 90 });
    const e = a.efisiensi[0];
    expect(e.serapan).toBeCloseTo(90, 10);
    expect(e.efisiensi).toBeCloseTo(a.sasaran[0].capaian! - 90, 10);
    expect(e.kategori).toBe("Efisien");
    expect(a.efisiensi[1]).toMatchObject({
      serapan: 100,
      efisiensi: (100 + 87.5) / 2 - 100,
      kategori: "Tidak Efisien",
    });
  });
  test("compute output has exactly the spec's keys", () => {
    const out = toComputeOutput(a);
    expect(Object.keys(out)).toEqual([
      "findings",
      "identitas",
      "indikator",
      "pengaturan",
      "sasaran",
      "unit",
      "organisasi",
      "anggaran",
      "efisiensi",
    ]);
    expect(Object.keys(out.indikator[0]).sort()).toEqual(
      [
        "unit",
        "sasaran",
        "indikator",
        "satuan",
        "polaritas",
        "target",
        "realisasi",
        "capaian",
        "predikat",
        "sheet",
        "row",
        "standarNasional",
        "riwayat",
        "capaianRenstra",
        "akumulasi",
        "triwulan",
      ].sort(),
    );
    expect(Object.keys(out.anggaran[0]).sort()).toEqual(["program", "sasaran", "pagu", "realisasi", "serapan"].sort());
  });
});

describe("MISSING_ANALYSIS (spec section 4)", () => {
  const header = [...HEADER_ALL, "Faktor Penghambat", "Upaya Perbaikan"];
  test("a miss without Faktor Penghambat nor Upaya Perbaikan: a warning at its Faktor Penghambat cell", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("U", [
        header,
        [1, "S", "Tanpa analisis", "dokumen", "Naik", 10, 9, null, null],
        [2, null, "Dengan penghambat", "dokumen", "Naik", 10, 9, "Anggaran terlambat", null],
        [3, null, "Dengan upaya", "dokumen", "Naik", 10, 9, "  ", "Percepat lelang"],
        [4, null, "Tercapai", "dokumen", "Naik", 10, 10, null, null],
        [5, null, "Turun terlampaui", "kasus", "Turun", 10, 11, null, null],
      ]),
    );
    const a = analyzeWorkbook(wb);
    const found = a.findings.filter((f) => f.code === "MISSING_ANALYSIS");
    expect(found.map((f) => `${f.sheet}!${f.cell}:${f.severity}`)).toEqual(["U!H2:warning", "U!H6:warning"]);
    expect(found[0].message).toMatch(
      /“?"?Tanpa analisis"?”? belum mencapai target \(capaian 90,00%\); tuliskan penyebabnya di sel H2/,
    );
    expect(hasErrors(a.findings)).toBe(false);
  });
  test("a sheet without the column: at the Indikator cell, saying which columns to add", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unitSheet("U", [[1, "S", "I", "dokumen", "Naik", 10, 9]])));
    const f = a.findings.find((x) => x.code === "MISSING_ANALYSIS");
    expect(f).toMatchObject({ sheet: "U", cell: "C2", severity: "warning" });
    expect(f?.message).toMatch(/kolom Faktor Penghambat dan Upaya Perbaikan/);
  });
  test("rounded as shown: 99,996 is 100,00% and is not a miss", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unitSheet("U", [[1, "S", "I", "dokumen", "Naik", 100000, 99996]])));
    expect(a.findings.filter((x) => x.code === "MISSING_ANALYSIS")).toEqual([]);
  });
});

describe("reading rules", () => {
  test("header row anywhere in the first 10 rows, aliases, folded white space", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Bidang A", [
        ["FORMAT PENGUMPULAN DATA"],
        [],
        [
          "no",
          "SASARAN",
          "Indikator",
          "satuan",
          "POLARITAS",
          " target ",
          "Realisasi",
          "Realisasi\nTahun  Lalu",
          "Solusi",
        ],
        [1, "S1", "I1", "%", "Positif", 80, 85, 70, "naikkan"],
      ]),
    );
    const a = analyzeWorkbook(wb);
    expect(a.findings).toEqual([]);
    expect(a.indikator[0]).toMatchObject({
      row: 4,
      polaritas: "Naik",
      realisasiTahunLalu: 70,
      upayaPerbaikan: "naikkan",
    });
  });
  test("a notes sheet without headers is ignored; header beyond row 10 is not found", () => {
    const notes = sheet("Catatan", [["Catatan rapat"], ["Realisasi dibahas minggu depan"]]);
    const late = sheet("Bidang B", [
      ...Array(10).fill(["-"]),
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"],
    ]);
    const a = analyzeWorkbook(
      workbook(IDENTITAS, notes, late, unitSheet("Bidang C", [[1, "S", "I", "%", "Naik", 1, 1]])),
    );
    expect(a.units).toEqual(["Bidang C"]);
  });
  test("merged sasaran cells and pre-numbered blank rows", () => {
    const wb = workbook(
      IDENTITAS,
      unitSheet(
        "Bidang A",
        [
          [1, "S1", "I1", "%", "Naik", 80, 80],
          [2, null, "I2", "%", "Naik", 80, 40],
          [3, null, null, null, null, null, null],
          [4, "S2", "I3", "%", "Turun", 10, 5],
          [5, null, null, null, null, null, null],
        ],
        [{ top: 1, left: 1, bottom: 3, right: 1 }],
      ),
    );
    const a = analyzeWorkbook(wb);
    expect(codesRead(wb)).toEqual([]);
    expect(a.indikator.map((i) => [i.sasaran, i.indikator])).toEqual([
      ["S1", "I1"],
      ["S1", "I2"],
      ["S2", "I3"],
    ]);
  });
  test("percent-formatted cells hold fractions; text numbers parse with a warning", () => {
    const pct: Cell = { t: "n", v: 0.855, f: "0.0%" };
    const a = analyzeWorkbook(workbook(IDENTITAS, unitSheet("U", [[1, "S", "I", "%", "Naik", "90,0%", pct]])));
    expect(a.indikator[0]).toMatchObject({ target: 90, realisasiText: "85,5" });
    expect(a.indikator[0].realisasi).toBeCloseTo(85.5, 10);
    expect(codesRead(workbook(IDENTITAS, unitSheet("U", [[1, "S", "I", "%", "Naik", "90,0%", pct]])))).toEqual([
      "TEXT_NUMBER@U!F2",
    ]);
  });
});

describe("every finding code (spec section 4)", () => {
  const expectCode = (
    wb: WorkbookGrid,
    code: FindingCode,
    sheetName: string,
    cell: string,
    severity: "error" | "warning",
  ) => {
    const f = analyzeWorkbook(wb).findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect(f).toMatchObject({ sheet: sheetName, cell, severity });
    expect(f!.message).toMatch(/^[A-Z"].+[.]$/);
  };
  const unit = (rows: unknown[][]) => workbook(IDENTITAS, unitSheet("Bidang A", rows as never));

  test("MISSING_SHEET: no Identitas, and no indicator sheet", () => {
    expectCode(workbook(unitSheet("U", [[1, "S", "I", "%", "Naik", 1, 1]])), "MISSING_SHEET", "Identitas", "", "error");
    expectCode(workbook(IDENTITAS), "MISSING_SHEET", "", "", "error");
  });
  test("MISSING_IDENTITY: absent label, blank value, Tahun not a year", () => {
    const noTahun = sheet("Identitas", [
      ["Instansi", "X"],
      ["Pemerintah Daerah", "Y"],
    ]);
    expectCode(workbook(noTahun, unitSheet("U", [])), "MISSING_IDENTITY", "Identitas", "", "error");
    const blank = sheet("Identitas", [
      ["Instansi", null],
      ["Pemerintah Daerah", "Y"],
      ["Tahun", 2025],
    ]);
    expectCode(workbook(blank, unitSheet("U", [])), "MISSING_IDENTITY", "Identitas", "B1", "error");
    const badYear = sheet("Identitas", [
      ["Instansi", "X"],
      ["Pemerintah Daerah", "Y"],
      ["Tahun", "dua ribu"],
    ]);
    expectCode(workbook(badYear, unitSheet("U", [])), "MISSING_IDENTITY", "Identitas", "B3", "error");
    const early = sheet("Identitas", [
      ["Instansi", "X"],
      ["Pemerintah Daerah", "Y"],
      ["Tahun", 1999],
    ]);
    expectCode(workbook(early, unitSheet("U", [])), "MISSING_IDENTITY", "Identitas", "B3", "error");
  });
  test("MISSING_COLUMN: Indikator Kinerja without Target/Realisasi; one finding per column, first cell of the header row", () => {
    const wb = workbook(
      IDENTITAS,
      sheet("Bidang A", [["Judul"], ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas"]]),
    );
    const f = analyzeWorkbook(wb).findings.filter((x) => x.code === "MISSING_COLUMN");
    expect(f.map((x) => x.cell)).toEqual(["A2", "A2"]);
    expect(f.map((x) => x.message).join(" ")).toMatch(/Target.*Realisasi/);
    const noSatuan = workbook(IDENTITAS, sheet("B", [["Sasaran", "Indikator", "Polaritas", "Target", "Realisasi"]]));
    expectCode(noSatuan, "MISSING_COLUMN", "B", "A1", "error");
    const anggaran = workbook(
      IDENTITAS,
      unitSheet("U", [[1, "S", "I", "%", "Naik", 1, 1]]),
      sheet("Anggaran", [["Program", "Pagu"]]),
    );
    expectCode(anggaran, "MISSING_COLUMN", "Anggaran", "A1", "error");
  });
  test("MISSING_VALUE", () => {
    expectCode(unit([[1, "S", "I", "%", "Naik", 80, null]]), "MISSING_VALUE", "Bidang A", "G2", "error");
    expectCode(unit([[1, null, "I", "%", "Naik", 80, 80]]), "MISSING_VALUE", "Bidang A", "B2", "error");
    expectCode(unit([[1, "S", null, "%", "Naik", 80, 80]]), "MISSING_VALUE", "Bidang A", "C2", "error");
    expectCode(unit([[1, "S", "I", null, "Naik", 80, 80]]), "MISSING_VALUE", "Bidang A", "D2", "error");
  });
  test("NOT_A_NUMBER: text that does not parse, a boolean, a date", () => {
    expectCode(unit([[1, "S", "I", "%", "Naik", "delapan puluh", 80]]), "NOT_A_NUMBER", "Bidang A", "F2", "error");
    expectCode(unit([[1, "S", "I", "%", "Naik", 80, true]]), "NOT_A_NUMBER", "Bidang A", "G2", "error");
    expectCode(
      unit([[1, "S", "I", "%", "Naik", 80, { t: "d", v: "2025-01-01" }]]),
      "NOT_A_NUMBER",
      "Bidang A",
      "G2",
      "error",
    );
  });
  test("FORMULA_ERROR", () => {
    expectCode(
      unit([[1, "S", "I", "%", "Naik", 80, { t: "e", v: "#DIV/0!" }]]),
      "FORMULA_ERROR",
      "Bidang A",
      "G2",
      "error",
    );
  });
  test("INVALID_POLARITY", () => {
    expectCode(unit([[1, "S", "I", "%", "Naiknya", 80, 80]]), "INVALID_POLARITY", "Bidang A", "E2", "error");
  });
  test("ZERO_TARGET: error for Naik, warning for Turun", () => {
    expectCode(unit([[1, "S", "I", "%", "Naik", 0, 80]]), "ZERO_TARGET", "Bidang A", "F2", "error");
    expectCode(unit([[1, "S", "I", "kasus", "Turun", 0, 2]]), "ZERO_TARGET", "Bidang A", "F2", "warning");
  });
  test("TEXT_NUMBER, PERCENT_OVER_100, NEGATIVE_VALUE, EXTREME_CAPAIAN", () => {
    expectCode(unit([[1, "S", "I", "%", "Naik", 80, "85.5"]]), "TEXT_NUMBER", "Bidang A", "G2", "warning");
    expectCode(unit([[1, "S", "I", "%", "Naik", 80, 120]]), "PERCENT_OVER_100", "Bidang A", "G2", "warning");
    expectCode(unit([[1, "S", "I", "%", "Naik", 2, -1.41]]), "NEGATIVE_VALUE", "Bidang A", "G2", "warning");
    expectCode(unit([[1, "S", "I", "dokumen", "Naik", 2, 40]]), "EXTREME_CAPAIAN", "Bidang A", "G2", "warning");
    expectCode(unit([[1, "S", "I", "dokumen", "Turun", 2, 40]]), "EXTREME_CAPAIAN", "Bidang A", "G2", "warning");
  });
  test("DUPLICATE_INDICATOR: the later one's Indikator cell", () => {
    expectCode(
      unit([
        [1, "S", "Indeks X", "%", "Naik", 80, 80],
        [2, null, "indeks  x", "%", "Naik", 80, 80],
      ]),
      "DUPLICATE_INDICATOR",
      "Bidang A",
      "C3",
      "warning",
    );
  });
  test("BUDGET_OVER_PAGU and UNKNOWN_SASARAN, NEGATIVE_VALUE on pagu", () => {
    const wb = workbook(
      IDENTITAS,
      unitSheet("U", [[1, "S", "I", "%", "Naik", 1, 1]]),
      sheet("Anggaran", [
        ["Program/Kegiatan", "Sasaran", "Pagu", "Realisasi"],
        ["P1", "S", 100, 120],
        ["P2", "Sasaran lain", 100, 50],
        ["P3", "S", -5, 0],
      ]),
    );
    expectCode(wb, "BUDGET_OVER_PAGU", "Anggaran", "D2", "warning");
    expectCode(wb, "UNKNOWN_SASARAN", "Anggaran", "B3", "warning");
    expectCode(wb, "NEGATIVE_VALUE", "Anggaran", "C4", "warning");
  });
  test("findings come in sheet and row order", () => {
    const wb = workbook(
      IDENTITAS,
      unitSheet("A", [
        [1, "S", "I", "%", "Naik", 0, 1],
        [2, null, "I2", "%", "Naik", 1, null],
      ]),
      unitSheet("B", [[1, "S", "I", "%", "Naik", 80, "x"]]),
    );
    expect(codes(wb)).toEqual(["ZERO_TARGET@A!F2", "MISSING_VALUE@A!G3", "NOT_A_NUMBER@B!G2"]);
  });
});

describe("validation never changes what was typed", () => {
  test("the grid is not mutated", () => {
    const wb = workbook(IDENTITAS, unitSheet("U", [[1, "S", "I", "%", "Naik", "80,5", "85.5"]]));
    const before = JSON.stringify(wb);
    analyzeWorkbook(wb);
    expect(JSON.stringify(wb)).toBe(before);
  });
});

describe("property: the engine never throws on arbitrary grids", () => {
  const cellArb: fc.Arbitrary<Cell | null> = fc.oneof(
    fc.constant(null),
    fc.double().map((v) => ({ t: "n" as const, v })),
    fc.record({
      t: fc.constant("n" as const),
      v: fc.double(),
      f: fc.constantFrom("0%", "0.00%", "dd/mm/yyyy", "General", '"x"%'),
    }),
    fc
      .constantFrom(
        "Naik",
        "Turun",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Sasaran",
        "Satuan",
        "Polaritas",
        "80 - 90",
        "1.234,5",
        "Rp 5",
        "%",
        "",
        " ",
      )
      .map((v) => ({ t: "s" as const, v })),
    fc.string().map((v) => ({ t: "s" as const, v })),
    fc.boolean().map((v) => ({ t: "b" as const, v })),
    fc.constantFrom("#DIV/0!", "#REF!", "#N/A").map((v) => ({ t: "e" as const, v })),
    fc.constant({ t: "d" as const, v: "2025-01-01T00:00:00.000Z" }),
  );
  const sheetArb: fc.Arbitrary<SheetGrid> = fc.record({
    name: fc.constantFrom("Identitas", "Anggaran", "Bidang A", "Bidang B", "Petunjuk", "Rekap Capaian"),
    rows: fc.array(fc.oneof(fc.constant(null), fc.array(cellArb, { maxLength: 10 })), { maxLength: 14 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -1, max: 12 }),
        left: fc.integer({ min: -1, max: 8 }),
        bottom: fc.integer({ min: -1, max: 14 }),
        right: fc.integer({ min: -1, max: 9 }),
      }),
      { maxLength: 3 },
    ),
  });
  test("random grids", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 4 }), (sheets) => {
        const a = analyzeWorkbook({ sheets });
        for (const f of a.findings) {
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.cell).toMatch(/^([A-Z]+[1-9][0-9]*)?$/);
        }
        for (const i of a.indikator) if (i.capaian !== null) expect(Number.isFinite(i.capaian)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  test("random valid indicator rows: capaian always matches the formula", () => {
    const rowArb = fc.record({
      pol: fc.constantFrom("Naik", "Turun"),
      t: fc.integer({ min: 1, max: 10000 }),
      r: fc.integer({ min: 0, max: 10000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 20 }), (rows) => {
        const a = analyzeWorkbook(
          workbook(
            IDENTITAS,
            unitSheet(
              "U",
              rows.map((x, i) => [i + 1, "S", `I${i}`, "unit", x.pol, x.t, x.r]),
            ),
          ),
        );
        a.indikator.forEach((ind, i) => {
          const { pol, t, r } = rows[i];
          expect(ind.capaian).toBeCloseTo(pol === "Naik" ? (r / t) * 100 : ((2 * t - r) / t) * 100, 8);
        });
      }),
    );
  });
});
