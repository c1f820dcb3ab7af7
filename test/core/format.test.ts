import fc from "fast-check";
import {
  formatNumber,
  formatNumberExact,
  formatPercent,
  formatRupiah,
  formatTarget,
  roundHalfAway,
} from "../../src/core/format/number";
import { formatTanggal } from "../../src/core/format/date";
import { parseIndonesianNumber } from "../../src/core/read/numbers";

describe("id-ID formatting", () => {
  test("percent with two decimals", () => {
    expect(formatPercent(105.2631578)).toBe("105,26%");
    expect(formatPercent(100)).toBe("100,00%");
    expect(formatPercent(-70.5)).toBe("-70,50%");
    expect(formatPercent(null)).toBe("-");
    expect(formatPercent(1234.5)).toBe("1.234,50%");
  });
  test("rupiah: thousands dot, no decimals", () => {
    expect(formatRupiah(1234567)).toBe("Rp 1.234.567");
    expect(formatRupiah(0)).toBe("Rp 0");
    expect(formatRupiah(1500000.5)).toBe("Rp 1.500.001");
    expect(formatRupiah(-2500)).toBe("-Rp 2.500");
  });
  test("plain numbers as typed", () => {
    expect(formatNumber(1250)).toBe("1.250");
    expect(formatNumber(85.5)).toBe("85,5");
    expect(formatNumber(0.855 * 100)).toBe("85,5");
    expect(formatNumber(-1.41)).toBe("-1,41");
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatTarget([80, 90])).toBe("80 - 90");
  });
  test("rounds half away from zero on the decimal value", () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(formatNumber(1.005, 2)).toBe("1,01");
    expect(formatNumber(-1.005, 2)).toBe("-1,01");
    expect(roundHalfAway(90.995, 2)).toBe(91);
    expect(formatNumber(0.125, 2)).toBe("0,13");
    expect(formatNumber(9.995, 2)).toBe("10,00");
    expect(formatNumber(-0.001, 2)).toBe("0,00");
  });
  test("Indonesian dates", () => {
    expect(formatTanggal(new Date(2026, 10, 24))).toBe("24 November 2026");
  });
  test("property: formatNumber with 2 decimals parses back to the rounded value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const shown = formatNumber(x, 2);
        const back = parseIndonesianNumber(shown);
        expect(back.ok).toBe(true);
        if (back.ok) expect(Math.abs(back.value - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-12);
      }),
    );
  });
});

describe("roundHalfAway fast path agrees with the exact decimal rounding", () => {
  test("property", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
        ),
        (x) => {
          const exact = Number(formatNumberExact(x, 2).replace(/\./g, "").replace(",", "."));
          expect(roundHalfAway(x, 2)).toBe(exact === 0 ? 0 : exact);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("formatNumber's whole-number route gives the digits' rounding (formatNumberExact)", () => {
  test("property: every value and number of decimals, near a half and far from it", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => (n + 0.5) / 100),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
          fc.constantFrom(0, -0, 1e15, -1e15, 2 ** 50 / 100, 9.995, 1.005, 0.125, -0.001),
        ),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => {
          expect(formatNumber(x, d)).toBe(formatNumberExact(x, d));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
