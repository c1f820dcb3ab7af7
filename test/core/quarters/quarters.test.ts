/** The quarters (spec 2.2, 2.3, 3, 4): reading, validation to the cell, s.d. TW N, and the CLI JSON shape. */
import fc from "fast-check";
import { analyzeWorkbook, toComputeOutput } from "../../../src/core";
import { computeOutputSchema } from "../../../src/cli/schema";
import {
  accumulate,
  accumulateTarget,
  defaultAkumulasi,
  indikatorToDate,
  parseAkumulasi,
  serapanToDate,
} from "../../../src/core/compute/quarters";
import { parseQuarterHeader, quarterHeader } from "../../../src/core/read/quarterColumns";
import { IDENTITAS, sheet, workbook, type Plain } from "../gridBuilder";
import { INDICATOR_BASE_HEADERS, QUARTER_HEADERS } from "../../support/quarterGrid";

const QH = ["No", ...INDICATOR_BASE_HEADERS, ...QUARTER_HEADERS, "Rencana Aksi TW I", "Kendala TW I"];
// columns: H Cara Akumulasi, I-L Target TW, M-P Realisasi TW, Q Rencana Aksi TW I, R Kendala TW I

function unit(rows: Plain[][], header: Plain[] = QH) {
  return sheet("Bidang Politik", [header, ...rows]);
}
const codes = (rows: Plain[][], header?: Plain[]) =>
  analyzeWorkbook(workbook(IDENTITAS, unit(rows, header))).findings.map((f) => `${f.code}@${f.cell}`);

describe("quarter headers", () => {
  test.each([
    ["Target TW I", "target", 1],
    ["target triwulan II", "target", 2],
    ["Target TW 3", "target", 3],
    ["Realisasi  TW\nIV", "realisasi", 4],
    ["Realisasi Triwulan 1", "realisasi", 1],
    ["Rencana Aksi TW III", "rencanaAksi", 3],
    ["Kendala TW-2", "kendala", 2],
  ])("%s", (text, kind, quarter) => {
    expect(parseQuarterHeader(text)).toEqual({ kind, quarter });
  });
  test("not quarters", () => {
    for (const t of ["Target", "Realisasi 2024", "Target TW V", "Target TW 5", "Realisasi Tahun Lalu"])
      expect(parseQuarterHeader(t)).toBeUndefined();
  });
  test("a written header reads back", () => {
    for (const kind of ["target", "realisasi", "rencanaAksi", "kendala"] as const)
      for (const q of [1, 2, 3, 4] as const)
        expect(parseQuarterHeader(quarterHeader(kind, q))).toEqual({ kind, quarter: q });
  });
});

describe("Cara Akumulasi", () => {
  test("defaults by Satuan", () => {
    for (const s of ["%", "Persen", "indeks", "Nilai", "skor", "predikat"]) expect(defaultAkumulasi(s)).toBe("Akhir");
    for (const s of ["kegiatan", "dokumen", "orang", "kasus", "Lap"]) expect(defaultAkumulasi(s)).toBe("Jumlah");
  });
  test("words", () => {
    expect(parseAkumulasi(" jumlah ")).toBe("Jumlah");
    expect(parseAkumulasi("AKHIR")).toBe("Akhir");
    expect(parseAkumulasi("Rata-rata")).toBe("Rata-rata");
    expect(parseAkumulasi("rata rata")).toBe("Rata-rata");
    expect(parseAkumulasi("total")).toBeUndefined();
  });
});

describe("accumulation over the quarters that hold a value", () => {
  test("examples", () => {
    expect(accumulate([2, 3, null, 5], 4, "Jumlah")).toBe(10);
    expect(accumulate([2, 3, null, 5], 3, "Jumlah")).toBe(5);
    expect(accumulate([70, 80, null, null], 3, "Akhir")).toBe(80);
    expect(accumulate([70, 80, 90, 100], 2, "Rata-rata")).toBe(75);
    expect(accumulate([null, null, 4, 4], 2, "Jumlah")).toBeNull();
    expect(accumulateTarget([[1, 2], 3, null, null], 2, "Jumlah")).toEqual([4, 5]);
    expect(accumulateTarget([[1, 2], [3, 3], null, null], 2, "Akhir")).toBe(3);
  });
  const q = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
    minLength: 4,
    maxLength: 4,
  });
  const n = fc.integer({ min: 1, max: 4 });
  test("Jumlah: s.d. N is s.d. N-1 plus quarter N (blank adds nothing)", () => {
    fc.assert(
      fc.property(q, n, (values, k) => {
        const before = accumulate(values, k - 1, "Jumlah") ?? 0;
        const now = accumulate(values, k, "Jumlah");
        const added = values[k - 1];
        if (now === null) return values.slice(0, k).every((v) => v === null);
        return Math.abs(now - (before + (added ?? 0))) <= 1e-6 * Math.max(1, Math.abs(now));
      }),
    );
  });
  test("Akhir: the last quarter up to N that holds a value", () => {
    fc.assert(
      fc.property(q, n, (values, k) => {
        const held = values.slice(0, k).filter((v) => v !== null);
        const got = accumulate(values, k, "Akhir");
        return held.length === 0 ? got === null : got === held[held.length - 1];
      }),
    );
  });
  test("Rata-rata: between the least and the greatest held value, and their mean", () => {
    fc.assert(
      fc.property(q, n, (values, k) => {
        const held = values.slice(0, k).filter((v): v is number => v !== null);
        const got = accumulate(values, k, "Rata-rata");
        if (held.length === 0) return got === null;
        const sum = held.reduce((a, b) => a + b, 0);
        return (
          got! >= Math.min(...held) - 1e-9 &&
          got! <= Math.max(...held) + 1e-9 &&
          Math.abs(got! - sum / held.length) <= 1e-9 * Math.max(1, Math.abs(sum))
        );
      }),
    );
  });
  test("serapan s.d. TW N", () => {
    expect(serapanToDate(1000, [100, 200, null, null], 2)).toBeCloseTo(30, 10);
    expect(serapanToDate(0, [100, 200, null, null], 2)).toBeNull();
    expect(serapanToDate(1000, [null, null, null, null], 2)).toBeNull();
  });
});

describe("an indicator sheet with quarters", () => {
  const rows: Plain[][] = [
    // Jumlah (kegiatan), Naik, year target 12: 3+3+3+3; realisasi 2, 4, 3, (blank)
    [
      1,
      "Meningkatnya wawasan kebangsaan",
      "Jumlah kegiatan sosialisasi",
      "kegiatan",
      "Naik",
      12,
      null,
      null,
      3,
      3,
      3,
      3,
      2,
      4,
      3,
      null,
      "Sosialisasi di 2 kecamatan",
      "Hujan",
    ],
    // Akhir (default of %), Naik
    [2, null, "Persentase ormas terdata", "%", "Naik", 90, null, null, 60, 70, 80, 90, 55, 72, null, null],
    // Rata-rata, Turun (kasus)
    [3, null, "Jumlah konflik sosial", "kasus", "Turun", 1, null, "Rata-rata", 1, 1, 1, 1, 2, 0, 1, 1],
  ];
  const a = analyzeWorkbook(workbook(IDENTITAS, unit(rows)));
  const [jumlah, akhir, rata] = a.indikator;

  test("a quarters' workbook with the annual Realisasi blank and quarters missing is MISSING_VALUE only where not all four are filled", () => {
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["MISSING_VALUE@G2", "MISSING_VALUE@G3"]);
  });
  test("the row with four quarters gets its annual Realisasi derived (Rata-rata)", () => {
    expect(a.indikator).toHaveLength(1);
    expect(rata ?? jumlah).toMatchObject({ indikator: "Jumlah konflik sosial", realisasi: 1, akumulasi: "Rata-rata" });
    expect(akhir).toBeUndefined();
  });
});

describe("s.d. TW N for the three ways", () => {
  const rows: Plain[][] = [
    [
      1,
      "Meningkatnya wawasan kebangsaan",
      "Jumlah kegiatan sosialisasi",
      "kegiatan",
      "Naik",
      12,
      11,
      null,
      3,
      3,
      3,
      3,
      2,
      4,
      3,
      2,
      "Sosialisasi di 2 kecamatan",
      "Hujan",
    ],
    [2, null, "Persentase ormas terdata", "%", "Naik", 90, 88, null, 60, 70, 80, 90, 55, 72, 81, 88],
    [3, null, "Jumlah konflik sosial", "kasus", "Turun", 1, 1, "Rata-rata", 1, 1, 1, 1, 2, 0, 1, 1],
  ];
  const a = analyzeWorkbook(workbook(IDENTITAS, unit(rows)));
  const [jumlah, akhir, rata] = a.indikator;
  // misses without Faktor columns are MISSING_ANALYSIS warnings (issue 17); nothing else
  test("no findings but the analysis asked for", () =>
    expect(a.findings.filter((f) => f.code !== "MISSING_ANALYSIS")).toEqual([]));
  test("Jumlah adds the quarters; capaian and progress towards the year", () => {
    expect(jumlah.akumulasi).toBe("Jumlah");
    expect(jumlah.triwulan[1]).toEqual({ tw: 2, target: 3, realisasi: 4, targetSd: 6, realisasiSd: 6, capaianSd: 100 });
    const sd3 = indikatorToDate(jumlah, 3, a.pengaturan);
    expect(sd3.targetSd).toBe(9);
    expect(sd3.realisasiSd).toBe(9);
    expect(sd3.progres).toBeCloseTo(75, 10);
    expect(jumlah.kuartal?.rencanaAksi[0]).toBe("Sosialisasi di 2 kecamatan");
    expect(jumlah.kuartal?.kendala[0]).toBe("Hujan");
  });
  test("Akhir takes quarter N; no progress", () => {
    expect(akhir.akumulasi).toBe("Akhir");
    const t3 = akhir.triwulan[2];
    expect(t3).toMatchObject({ tw: 3, targetSd: 80, realisasiSd: 81 });
    expect(t3.capaianSd).toBeCloseTo(101.25, 10);
    expect(indikatorToDate(akhir, 3, a.pengaturan).progres).toBeNull();
  });
  test("Rata-rata takes the mean; Turun by the one capaian function", () => {
    const t2 = rata.triwulan[1];
    expect(t2).toMatchObject({ tw: 2, targetSd: 1, realisasiSd: 1, capaianSd: 100 });
    expect(rata.triwulan[0].capaianSd).toBeCloseTo(0, 10); // (2*1 - 2) / 1
  });
  test("Pengaturan applies to quarters too (T / R, Batas Capaian)", () => {
    const wb = workbook(
      IDENTITAS,
      unit(rows),
      sheet("Pengaturan", [
        ["Rumus Polaritas Turun", "T / R"],
        ["Batas Capaian", 120],
      ]),
    );
    const b = analyzeWorkbook(wb);
    // TW I: T 1, R 2 -> 50; TW II s.d.: mean T 1, mean R 1 -> 100
    expect(b.indikator[2].triwulan[0].capaianSd).toBeCloseTo(50, 10);
    // Jumlah TW I: 2 / 3 -> 66,67; capped nowhere
    expect(b.indikator[0].triwulan[0].capaianSd).toBeCloseTo(66.6666666667, 6);
  });
  test("the CLI JSON carries akumulasi and triwulan and passes its schema", () => {
    const out = toComputeOutput(a);
    expect(computeOutputSchema.safeParse(out).success).toBe(true);
    expect(out.indikator[0].akumulasi).toBe("Jumlah");
    expect(out.indikator[0].triwulan).toHaveLength(4);
    expect(Object.keys(out.indikator[0])).not.toContain("kuartal");
  });
});

describe("validation of the quarters' cells", () => {
  const base = (over: Record<number, Plain>): Plain[] => {
    const r: Plain[] = [1, "S", "Jumlah kegiatan", "kegiatan", "Naik", 12, 12, null, 3, 3, 3, 3, 3, 3, 3, 3];
    for (const [k, v] of Object.entries(over)) r[Number(k)] = v;
    return r;
  };
  test("NOT_A_NUMBER, FORMULA_ERROR, TEXT_NUMBER, NEGATIVE_VALUE at the quarter cell", () => {
    expect(codes([base({ 12: "tiga", 13: { t: "e", v: "#REF!" } as Plain, 14: "3,0", 15: -1 })])).toEqual([
      "NOT_A_NUMBER@M2",
      "FORMULA_ERROR@N2",
      "TEXT_NUMBER@O2",
      "NEGATIVE_VALUE@P2",
    ]);
  });
  test("INVALID_ACCUMULATION at the Cara Akumulasi cell, with an Indonesian message", () => {
    const f = analyzeWorkbook(workbook(IDENTITAS, unit([base({ 7: "Total" })]))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: "INVALID_ACCUMULATION",
      severity: "error",
      cell: "H2",
      sheet: "Bidang Politik",
    });
    expect(f[0].message).toMatch(/Cara Akumulasi "Total" di sel H2 tidak dikenal; pilih Jumlah/);
  });
  test("QUARTER_MISMATCH at the Realisasi cell; the annual value stands", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unit([base({ 6: 13 })])));
    expect(a.findings.map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual(["QUARTER_MISMATCH@G2:warning"]);
    expect(a.findings[0].message).toMatch(
      /Realisasi 13 di sel G2 berbeda dengan akumulasi \(Jumlah\) realisasi TW I-IV, yaitu 12/,
    );
    expect(a.indikator[0].realisasi).toBe(13);
  });
  test("compared at two decimals", () => {
    expect(codes([base({ 6: 12.004 })])).toEqual([]);
  });
  test("annual Realisasi derived when blank and all four quarters are filled", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unit([base({ 6: null })])));
    expect(a.findings).toEqual([]);
    expect(a.indikator[0].realisasi).toBe(12);
    expect(a.indikator[0].kuartal?.realisasiDariTriwulan).toBe(true);
  });
  test("PERCENT_OVER_100 on a quarter of a % indicator", () => {
    expect(codes([[1, "S", "P", "%", "Naik", 90, 90, null, 90, 90, 90, 90, 90, 90, 90, 120]])).toEqual([
      "QUARTER_MISMATCH@G2",
      "PERCENT_OVER_100@P2",
    ]);
  });
  test("a column written twice is DUPLICATE_COLUMN at the second header", () => {
    expect(codes([base({})], [...QH, "Realisasi Triwulan 1"])).toEqual(["DUPLICATE_COLUMN@S1"]);
  });
});

describe("Anggaran quarters", () => {
  const ind = sheet("Sekretariat", [
    ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"],
    ["S", "I", "dokumen", "Naik", 1, 1],
  ]);
  const ang = (rows: Plain[][]) =>
    sheet("Anggaran", [
      [
        "Program/Kegiatan",
        "Sasaran Strategis",
        "Pagu",
        "Realisasi",
        "Realisasi TW I",
        "Realisasi TW II",
        "Realisasi TW III",
        "Realisasi TW IV",
      ],
      ...rows,
    ]);
  test("blank annual with four quarters: their sum; serapan s.d. TW N", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, ind, ang([["Program A", "S", 1000, null, 100, 200, 300, 350]])));
    expect(a.findings).toEqual([]);
    expect(a.anggaran[0].realisasi).toBe(950);
    expect(a.anggaran[0].triwulan).toEqual([100, 200, 300, 350]);
    expect(serapanToDate(a.anggaran[0].pagu, a.anggaran[0].triwulan!, 2)).toBeCloseTo(30, 10);
  });
  test("mismatch, negative and text at the cell", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, ind, ang([["Program A", "S", 1000, 900, 100, -5, "abc", 350]])));
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["NEGATIVE_VALUE@F2", "NOT_A_NUMBER@G2"]);
    const b = analyzeWorkbook(workbook(IDENTITAS, ind, ang([["Program A", "S", 1000, 900, 100, 200, 300, 350]])));
    expect(b.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["QUARTER_MISMATCH@D2"]);
    expect(b.findings[0].message).toMatch(/Rp 900 .*Rp 950;/);
  });
  test("partial quarters with a blank annual: MISSING_VALUE as before", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, ind, ang([["Program A", "S", 1000, null, 100, null, null, null]])));
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["MISSING_VALUE@D2"]);
  });
});

describe("Rekap TW I ... IV are the add-in's own sheets (spec 2.2)", () => {
  test("a unit's table under such a name is not read and is reported; the pane's Rekap (Unit first) is not", () => {
    const unitTable = sheet("Rekap TW II", [
      ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"],
      ["S", "I", "dokumen", "Naik", 1, 1],
    ]);
    const a = analyzeWorkbook(workbook(IDENTITAS, unitTable));
    expect(a.units).toEqual([]);
    expect(a.findings.map((f) => `${f.code}@${f.sheet}`)).toContain("MISSING_SHEET@Rekap TW II");
    const rekap = sheet("rekap tw ii", [
      ["Unit", "Indikator Kinerja", "Target", "Realisasi"],
      ["Sekretariat", "I", 1, 1],
    ]);
    const b = analyzeWorkbook(workbook(IDENTITAS, rekap));
    expect(b.findings.filter((f) => f.sheet === "rekap tw ii")).toEqual([]);
  });
});
