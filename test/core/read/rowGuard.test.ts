/**
 * The indicator rows' fast guard (indicators.ts guardRowFast) is RowGuard without zod's per-call
 * cost: it must never accept what RowGuard refuses, and what it accepts must be RowGuard's output
 * exactly (values, key order, a new target pair).
 */
import fc from "fast-check";
import { ROW_GUARD, guardRow, guardRowFast } from "../../../src/core/read/indicators";

const num = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
);
const anyValue = fc.oneof(num, fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());
const nullableNum = fc.oneof(num, fc.constant(null), anyValue);
const nullableText = fc.oneof(fc.string(), fc.constant(null), anyValue);

const candidate = fc.record({
  unit: fc.oneof(fc.string(), anyValue),
  sheet: fc.string(),
  row: fc.oneof(fc.integer({ min: -2, max: 2_000_000 }), num),
  sasaran: fc.string(),
  indikator: fc.oneof(fc.string(), fc.constant("")),
  satuan: fc.oneof(fc.string(), anyValue),
  polaritas: fc.oneof(fc.constantFrom("Naik", "Turun", "naik", ""), anyValue),
  target: fc.oneof(num, fc.tuple(num, num), fc.array(num, { maxLength: 3 }), anyValue),
  realisasi: num,
  realisasiTahunLalu: nullableNum,
  targetAkhirRenstra: nullableNum,
  standarNasional: nullableNum,
  keterangan: nullableText,
  faktorPendukung: nullableText,
  faktorPenghambat: nullableText,
  upayaPerbaikan: nullableText,
});

describe("indicator row guard", () => {
  it("accepts only what RowGuard accepts, with RowGuard's output", () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const zod = ROW_GUARD.safeParse(c);
        const fast = guardRowFast(c as Record<string, unknown>);
        if (fast !== undefined) {
          expect(zod.success).toBe(true);
          if (!zod.success) return;
          expect(fast).toStrictEqual(zod.data);
          expect(Object.keys(fast)).toEqual(Object.keys(zod.data));
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
          if (Array.isArray(c.target)) expect(fast.target).not.toBe(c.target);
        }
        // the combined guard answers exactly as RowGuard
        const both = guardRow(c as Record<string, unknown>);
        expect(both === undefined).toBe(!zod.success);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the fast path for an ordinary row", () => {
    const row = {
      unit: "Sekretariat",
      sheet: "Sekretariat",
      row: 5,
      sasaran: "Meningkatnya kinerja",
      indikator: "Persentase capaian",
      satuan: "%",
      polaritas: "Naik",
      target: [80, 90],
      realisasi: 85,
      realisasiTahunLalu: null,
      standarNasional: 75,
      targetAkhirRenstra: null,
      keterangan: null,
      faktorPendukung: "Dukungan",
      faktorPenghambat: null,
      upayaPerbaikan: null,
    };
    const fast = guardRowFast(row);
    expect(fast).toBeDefined();
    expect(Object.keys(fast!)).toEqual(Object.keys(ROW_GUARD.parse(row)));
  });
});
