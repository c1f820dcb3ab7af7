/**
 * Fuzzing the quarters: random indicator rows with Cara Akumulasi and Target/Realisasi TW I-IV,
 * straight into analyzeWorkbook, compared with the independent formulation in ./quarterOracle.ts
 * (s.d. TW N for the three ways of accumulating, capaian s.d. TW N, the derived annual Realisasi).
 * Seeded, so a failure reproduces; `LAKIP_FUZZ_RUNS` runs more.
 */
import fc from "fast-check";
import { analyzeWorkbook, type Cell, type SheetGrid } from "../../src/core";
import { close, round2 } from "./oracle";
import { defaultWay, quarters, toDate, type Way } from "./quarterOracle";
import { IDENTITAS_GRID, INDICATOR_BASE_HEADERS, QUARTER_HEADERS } from "../support/quarterGrid";

const RUNS = Number(process.env.LAKIP_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.LAKIP_FUZZ_SEED ?? 20261203);

const IDENTITAS = IDENTITAS_GRID;
const HEADER = [...INDICATOR_BASE_HEADERS, ...QUARTER_HEADERS];

const value = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0.5, max: 1e6, noNaN: true }) },
);
const rowArb = fc.record({
  satuan: fc.constantFrom("%", "kegiatan", "indeks", "kasus", "dokumen", "nilai"),
  pol: fc.constantFrom("Naik" as const, "Turun" as const),
  way: fc.constantFrom<Way | null>(null, "Jumlah", "Akhir", "Rata-rata"),
  target: fc.integer({ min: 1, max: 1000 }),
  annual: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  tq: fc.array(value, { minLength: 4, maxLength: 4 }),
  rq: fc.array(value, { minLength: 4, maxLength: 4 }),
});

const num = (v: number | null): Cell | null => (v === null ? null : { t: "n", v });
const str = (v: string): Cell => ({ t: "s", v });

test("s.d. TW N and the derived annual Realisasi agree with the oracle", () => {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), (rows) => {
      const sheet: SheetGrid = {
        name: "Bidang",
        rows: [
          HEADER.map(str),
          ...rows.map((r, i) => [
            str("Sasaran"),
            str(`Indikator ${i + 1}`),
            str(r.satuan),
            str(r.pol),
            num(r.target),
            num(r.annual),
            r.way === null ? null : str(r.way),
            ...r.tq.map(num),
            ...r.rq.map(num),
          ]),
        ],
        merges: [],
      };
      const a = analyzeWorkbook({ sheets: [IDENTITAS, sheet] });
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const way = r.way ?? defaultWay(r.satuan);
        const allFour = r.rq.every((v) => v !== null);
        const got = a.indikator.find((x) => x.indikator === `Indikator ${i + 1}`);
        if (r.annual === null && !allFour) {
          expect(got).toBeUndefined();
          expect(a.findings.some((f) => f.code === "MISSING_VALUE" && f.cell === `F${i + 2}`)).toBe(true);
          continue;
        }
        expect(got).toBeDefined();
        expect(got!.akumulasi).toBe(way);
        const annual = r.annual ?? toDate(r.rq, 4, way);
        expect(close(got!.realisasi, annual)).toBe(true);
        const want = quarters(r.pol, way, r.tq, r.rq);
        expect(got!.triwulan.map((q) => q.tw)).toEqual(want.map((q) => q.tw));
        got!.triwulan.forEach((q, k) => {
          expect(close(q.targetSd as number | null, want[k].targetSd)).toBe(true);
          expect(close(q.realisasiSd, want[k].realisasiSd)).toBe(true);
          expect(close(q.capaianSd, want[k].capaianSd, 1e-7)).toBe(true);
        });
        const mismatch = a.findings.some((f) => f.code === "QUARTER_MISMATCH" && f.cell === `F${i + 2}`);
        const acc = toDate(r.rq, 4, way)!;
        expect(mismatch).toBe(r.annual !== null && allFour && round2(r.annual) !== round2(acc));
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
