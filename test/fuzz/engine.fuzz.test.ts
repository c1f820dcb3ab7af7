/**
 * Fuzzing the engine (issue 12): random grids straight into analyzeWorkbook. Seeded, so a
 * failure reproduces; `npm run fuzz` runs thousands of cases (LAKIP_FUZZ_RUNS).
 *
 * 1. Any grid: never throws, never changes its input, findings at valid A1 cells of existing
 *    sheets (or ""), one-sentence messages, every number of the compute JSON finite or null and
 *    the JSON valid against the CLI's schema.
 * 2. Well-formed indicator rows: capaian, the findings of section 3, the means and the predikat
 *    agree with the independent formulation in ./oracle.ts.
 */
import fc from "fast-check";
import { analyzeWorkbook, toComputeOutput, type Cell, type SheetGrid } from "../../src/core";
import { FINDING_CODES } from "../../src/core/validate/findings";
import { computeOutputSchema } from "../../src/cli/schema";
import { HOSTILE_TEXT } from "./hostileText";
import { IDENTITAS_GRID } from "../support/quarterGrid";
import {
  capaian,
  close,
  DEFAULT_RULES,
  meanOf,
  predikat,
  round2,
  type Pol,
  type Rules,
  type TargetValue,
} from "./oracle";

const RUNS = Number(process.env.LAKIP_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.LAKIP_FUZZ_SEED ?? 20261130);
const params = (runs = RUNS) => ({ seed: SEED, numRuns: runs });

/** What a run looked at; printed by `npm run fuzz` (LAKIP_FUZZ_RUNS set) for the record. */
const stats = { grids: 0, sheets: 0, findings: 0, workbooks: 0, capaian: 0, capaianNull: 0, means: 0 };
afterAll(() => {
  if (process.env.LAKIP_FUZZ_RUNS)
    console.log(`fuzz (seed ${SEED}, ${RUNS} kasus per sifat): ${JSON.stringify(stats)}`);
});

/**
 * Magnitudes where C stays finite (|v| 0 or >= 0,001, at most 1e9): a C that overflows is spec 3's
 * non-finite rule, covered by the "extreme magnitudes" test below.
 */
const saneDouble = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-3);

const finiteNumber = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  saneDouble(-1e9, 1e9),
  fc.constantFrom(0, -0, 0.001, 1e-3, 100, 91, 90.995, 76, 66, 51, 150, 150.005),
);

const cellArb: fc.Arbitrary<Cell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: finiteNumber.map((v) => ({ t: "n" as const, v })) },
  { weight: 1, arbitrary: finiteNumber.map((v) => ({ t: "n" as const, v, f: "0.00%" })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Sasaran Strategis",
        "Satuan",
        "Polaritas",
        "Naik",
        "Turun",
        "Program/Kegiatan",
        "Pagu",
        "Instansi",
        "Tahun",
        "Pemerintah Daerah",
        "85,5",
        "1.234,5",
        "80 - 90",
        "7 s.d. 8",
        "Rp 1.500.000",
        "%",
        "",
        " ",
        ...HOSTILE_TEXT,
      )
      .map((v) => ({ t: "s" as const, v })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((v) => ({ t: "s" as const, v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ t: "b" as const, v })) },
  { weight: 1, arbitrary: fc.constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!").map((v) => ({ t: "e" as const, v })) },
  { weight: 1, arbitrary: fc.constant({ t: "d" as const, v: "2025-01-31" }) },
);

const sheetArb: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constantFrom(
    "Identitas",
    "Anggaran",
    "Sekretariat",
    "Bidang A",
    "Petunjuk",
    "Rekap Capaian",
    "Pengaturan",
    " identitas ",
    "=HYPERLINK()",
  ),
  rows: fc.array(fc.oneof(fc.constant(null), fc.array(cellArb, { maxLength: 12 })), { maxLength: 16 }),
  merges: fc.array(
    fc.record({
      top: fc.integer({ min: -2, max: 14 }),
      left: fc.integer({ min: -2, max: 10 }),
      bottom: fc.integer({ min: -2, max: 16 }),
      right: fc.integer({ min: -2, max: 12 }),
    }),
    { maxLength: 3 },
  ),
});

/** A header row placed somewhere in the first rows, so random grids often hold real indicator sheets. */
const withHeaders = (s: SheetGrid, at: number): SheetGrid => {
  const rows = s.rows.slice();
  rows.splice(
    Math.min(at, rows.length),
    0,
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"].map((v) => ({
      t: "s" as const,
      v,
    })),
  );
  return { ...s, rows };
};

const gridArb = fc
  .array(fc.tuple(sheetArb, fc.integer({ min: -1, max: 9 })), { maxLength: 4 })
  .map((xs) => ({ sheets: xs.map(([s, at]) => (at < 0 ? s : withHeaders(s, at))) }));

const MAX_ROW = 1_048_576;
function validA1(cell: string): boolean {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(cell);
  if (!m) return false;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= 16_384 && Number(m[2]) <= MAX_ROW;
}

function numbersIn(v: unknown, path: string, out: { path: string; v: number }[]): void {
  if (typeof v === "number") out.push({ path, v });
  else if (Array.isArray(v)) v.forEach((x, i) => numbersIn(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) numbersIn(x, `${path}.${k}`, out);
}

describe("any grid", () => {
  test("never throws, leaves its input alone, findings at valid cells of existing sheets, JSON finite and valid", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const before = JSON.stringify(grid);
        const a = analyzeWorkbook(grid);
        stats.grids++;
        stats.sheets += grid.sheets.length;
        stats.findings += a.findings.length;
        expect(JSON.stringify(grid)).toBe(before);
        const names = new Set(grid.sheets.map((s) => s.name));
        for (const f of a.findings) {
          expect(FINDING_CODES).toContain(f.code);
          expect(["error", "warning"]).toContain(f.severity);
          expect(f.message.trim().length).toBeGreaterThan(10);
          expect(f.message).not.toMatch(/[\r\n]/);
          if (f.cell !== "") {
            expect(validA1(f.cell)).toBe(true);
            expect(names.has(f.sheet)).toBe(true);
          }
        }
        const out = toComputeOutput(a);
        const nums: { path: string; v: number }[] = [];
        numbersIn(out, "", nums);
        for (const n of nums)
          expect({ path: n.path, finite: Number.isFinite(n.v) }).toEqual({ path: n.path, finite: true });
        expect(() => computeOutputSchema.parse(out)).not.toThrow();
      }),
      params(),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Well-formed indicator workbooks against the oracle.

const POLARITAS_WORDS: Record<string, Pol> = {
  Naik: "Naik",
  naik: "Naik",
  " POSITIF ": "Naik",
  Maksimal: "Naik",
  Turun: "Turun",
  TURUN: "Turun",
  Negatif: "Turun",
  "minimal ": "Turun",
};

interface GenRow {
  sasaran: number | null; // index, null: continues the row above
  pol: string;
  target: { cell: Cell; value: TargetValue };
  real: { cell: Cell; value: number };
}

const moderate = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: -50, max: 100_000 }),
  saneDouble(-1e6, 1e9),
  saneDouble(0.001, 2),
  fc.constantFrom(0, 1, 70, 80, 90, 100, 0.001),
);

const numberCell = moderate.chain((v) =>
  fc.oneof(
    fc.constant({ cell: { t: "n" as const, v } as Cell, value: v }),
    // a percent-formatted cell holds a fraction (spec 2.2): 0.855 means 85,5
    fc.constant({ cell: { t: "n" as const, v: v / 100, f: "0.0%" } as Cell, value: (v / 100) * 100 }),
  ),
);

const rangeCell = fc
  .tuple(
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }),
    fc.constantFrom(" - ", "-", " s.d. ", " sampai "),
  )
  .map(([x, y, sep]) => {
    const [a, b] = x <= y ? [x, y] : [y, x];
    return { cell: { t: "s" as const, v: `${a}${sep}${b}` } as Cell, value: [a, b] as [number, number] };
  });

/** A realisasi near the target: on a bound, just outside, inside, equal, zero, or anything. */
const realNear = (t: TargetValue): fc.Arbitrary<{ cell: Cell; value: number }> => {
  const [a, b] = Array.isArray(t) ? t : [t, t];
  const pick = fc.constantFrom(a, b, a - 1, b + 1, (a + b) / 2, 0, -a);
  return fc.oneof(
    { weight: 2, arbitrary: pick.map((v) => ({ cell: { t: "n" as const, v } as Cell, value: v })) },
    { weight: 2, arbitrary: numberCell },
  );
};

const rowArb: fc.Arbitrary<GenRow> = fc
  .record({
    sasaran: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
    pol: fc.constantFrom(...Object.keys(POLARITAS_WORDS)),
    target: fc.oneof({ weight: 3, arbitrary: numberCell }, { weight: 2, arbitrary: rangeCell }),
  })
  .chain((r) => realNear(r.target.value).map((real) => ({ ...r, real })));

const SASARAN = ["Meningkatnya partisipasi politik", "Menurunnya konflik sosial", "Terwujudnya kerukunan", "Sasaran D"];

function buildWorkbook(units: GenRow[][]): { sheets: SheetGrid[] } {
  const sheets: SheetGrid[] = [IDENTITAS_GRID];

  units.forEach((rows, u) => {
    const header = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
    const grid: (Cell | null)[][] = [header.map((v) => ({ t: "s" as const, v }))];
    rows.forEach((r, i) => {
      const sasaran = i === 0 ? (r.sasaran ?? 0) : r.sasaran;
      grid.push([
        { t: "n", v: i + 1 },
        sasaran === null ? null : { t: "s", v: SASARAN[sasaran] },
        { t: "s", v: `Indikator ${u}.${i}` },
        { t: "s", v: "kegiatan" },
        { t: "s", v: r.pol },
        r.target.cell,
        r.real.cell,
      ]);
    });
    sheets.push({ name: `Bidang ${u + 1}`, rows: grid });
  });
  return { sheets };
}

/** The expected results of a generated workbook under `rules`. */
function expected(units: GenRow[][], rules: Rules) {
  const rows: {
    sheet: string;
    row: number;
    sasaran: string;
    unit: string;
    c: ReturnType<typeof capaian>;
    targetCell: string;
    realCell: string;
  }[] = [];
  units.forEach((unitRows, u) => {
    let current = SASARAN[0];
    unitRows.forEach((r, i) => {
      const s = i === 0 ? (r.sasaran ?? 0) : r.sasaran;
      if (s !== null) current = SASARAN[s];
      rows.push({
        sheet: `Bidang ${u + 1}`,
        row: i + 2,
        sasaran: current,
        unit: `Bidang ${u + 1}`,
        c: capaian(POLARITAS_WORDS[r.pol], r.target.value, r.real.value, rules),
        targetCell: `F${i + 2}`,
        realCell: `G${i + 2}`,
      });
    });
  });
  return rows;
}

const key = (sheet: string, cell: string, severity: string) => `${sheet}!${cell}:${severity}`;

function checkAgainstOracle(units: GenRow[][], rules: Rules): void {
  const a = analyzeWorkbook(buildWorkbook(units));
  const exp = expected(units, rules);
  stats.workbooks++;
  stats.capaian += exp.length;
  stats.capaianNull += exp.filter((e) => e.c.capaian === null).length;
  stats.means += a.sasaran.length + a.unit.length + 1;
  expect(a.indikator).toHaveLength(exp.length);
  const byPlace = new Map(a.indikator.map((i) => [`${i.sheet}:${i.row}`, i]));
  for (const e of exp) {
    const got = byPlace.get(`${e.sheet}:${e.row}`);
    expect(got).toBeDefined();
    if (!close(got!.capaian, e.c.capaian))
      throw new Error(`capaian ${e.sheet} baris ${e.row}: mesin ${got!.capaian}, rumusan kedua ${e.c.capaian}`);
    expect(got!.predikat).toBe(predikat(got!.capaian, rules));
    expect(got!.sasaran).toBe(e.sasaran);
  }
  // The findings section 3 attaches to capaian: ZERO_TARGET, EXTREME_CAPAIAN, ZERO_REALISASI.
  const findingSet = (code: string) =>
    a.findings
      .filter((f) => f.code === code)
      .map((f) => key(f.sheet, f.cell, f.severity))
      .sort();
  expect(findingSet("ZERO_TARGET")).toEqual(
    exp
      .filter((e) => e.c.zeroTarget)
      .map((e) => key(e.sheet, e.targetCell, e.c.zeroTarget!))
      .sort(),
  );
  // EXTREME_CAPAIAN near the 150/0 borders may differ by one ulp between two equivalent formulas.
  const nearBorder = (c: number | null) => c !== null && [150, 0].some((b) => Math.abs(round2(c) - b) <= 0.01);
  const extreme = new Set(findingSet("EXTREME_CAPAIAN"));
  for (const e of exp) {
    if (nearBorder(e.c.capaian)) continue;
    const k = e.c.extreme ? key(e.sheet, e.realCell, e.c.extreme) : undefined;
    for (const sev of ["warning", "error"]) {
      const has = extreme.has(key(e.sheet, e.realCell, sev));
      expect({ at: `${e.sheet}!${e.realCell}`, sev, has }).toEqual({
        at: `${e.sheet}!${e.realCell}`,
        sev,
        has: k === key(e.sheet, e.realCell, sev),
      });
    }
  }
  expect(findingSet("ZERO_REALISASI")).toEqual(
    exp
      .filter((e) => e.c.zeroRealisasi)
      .map((e) => key(e.sheet, e.realCell, "error"))
      .sort(),
  );
  // Means: sasaran across units, unit, organisation as the mean of the sasaran.
  const sasaranNames = [...new Set(exp.map((e) => e.sasaran))];
  for (const s of sasaranNames) {
    const want = meanOf(exp.filter((e) => e.sasaran === s).map((e) => e.c.capaian));
    const got = a.sasaran.find((x) => x.sasaran === s);
    expect(got).toBeDefined();
    if (!close(got!.capaian, want, 1e-7))
      throw new Error(`capaian sasaran ${s}: mesin ${got!.capaian}, rumusan kedua ${want}`);
    expect(got!.predikat).toBe(predikat(got!.capaian, rules));
    expect(got!.jumlahIndikator).toBe(exp.filter((e) => e.sasaran === s).length);
  }
  for (const u of a.unit) {
    const want = meanOf(exp.filter((e) => e.unit === u.unit).map((e) => e.c.capaian));
    if (!close(u.capaian, want, 1e-7))
      throw new Error(`capaian unit ${u.unit}: mesin ${u.capaian}, rumusan kedua ${want}`);
  }
  const org = meanOf(sasaranNames.map((s) => meanOf(exp.filter((e) => e.sasaran === s).map((e) => e.c.capaian))));
  if (!close(a.organisasi.capaian, org, 1e-7))
    throw new Error(`capaian organisasi: mesin ${a.organisasi.capaian}, rumusan kedua ${org}`);
  expect(a.organisasi.predikat).toBe(predikat(a.organisasi.capaian, rules));
}

describe("section 3 against a second formulation", () => {
  test("the oracle's own fixed points (spec 3's worked examples)", () => {
    expect(capaian("Naik", [80, 90], 70).capaian).toBeCloseTo(87.5, 12);
    expect(capaian("Turun", [7, 8], 6.5).capaian).toBeCloseTo(107.142857, 5);
    expect(capaian("Turun", [7, 8], 9).capaian).toBeCloseTo(87.5, 12);
    expect(capaian("Naik", 2, -1.41).capaian).toBeCloseTo(-70.5, 12);
    expect(capaian("Turun", 0, 0)).toEqual({ capaian: 100, zeroTarget: "warning" });
    expect(capaian("Turun", 0, 3)).toEqual({ capaian: 0, zeroTarget: "warning" });
    expect(capaian("Naik", 0, 3)).toEqual({ capaian: null, zeroTarget: "error" });
    expect(capaian("Turun", 1e308, 1).capaian).toBe(200);
    expect(capaian("Naik", 0.001, 1e306)).toEqual({ capaian: null, extreme: "error" });
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(90.995)).toBe(91);
    expect(predikat(90.996)).toBe("Sangat Tinggi");
    expect(predikat(90.994)).toBe("Tinggi");
  });

  test("default rules: capaian, findings, means and predikat agree", () => {
    fc.assert(
      fc.property(fc.array(fc.array(rowArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }), (units) =>
        checkAgainstOracle(units, DEFAULT_RULES),
      ),
      params(),
    );
  });

  // Spec 3: an overflow-safe Turun formula and a null capaian (EXTREME_CAPAIAN error) when C is not finite.
  test("extreme magnitudes (Turun T 1e308, Naik T 0,001 R 1e306): finite or null, as spec 3 says", () => {
    const extremeRows: GenRow[][] = [
      [
        {
          sasaran: 0,
          pol: "Turun",
          target: { cell: { t: "n", v: 1e308 }, value: 1e308 },
          real: { cell: { t: "n", v: 1 }, value: 1 },
        },
        {
          sasaran: 0,
          pol: "Naik",
          target: { cell: { t: "n", v: 0.001 }, value: 0.001 },
          real: { cell: { t: "n", v: 1e306 }, value: 1e306 },
        },
      ],
    ];
    checkAgainstOracle(extremeRows, DEFAULT_RULES);
  });
});
