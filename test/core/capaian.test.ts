import fc from "fast-check";
import { computeCapaian, mean } from "../../src/core/compute/capaian";
import { kategoriEfisiensi, predikatOf } from "../../src/core/compute/predikat";

describe("capaian (spec section 3)", () => {
  test("Naik: R / T x 100", () => {
    expect(computeCapaian("Naik", 95, 100).capaian).toBeCloseTo(105.2631578947, 8);
    expect(computeCapaian("Naik", 2, -1.41).capaian).toBeCloseTo(-70.5, 10);
  });
  test("Naik with T = 0 cannot be computed (error)", () => {
    expect(computeCapaian("Naik", 0, 5)).toEqual({ capaian: null, zeroTarget: "error" });
  });
  test("Turun: (2T - R) / T x 100", () => {
    expect(computeCapaian("Turun", 10, 8).capaian).toBeCloseTo(120, 10);
    expect(computeCapaian("Turun", 10, 25).capaian).toBeCloseTo(-50, 10); // no floor
  });
  test("Turun with T = 0: 100 when R = 0, else 0 (warning)", () => {
    expect(computeCapaian("Turun", 0, 0)).toEqual({ capaian: 100, zeroTarget: "warning" });
    expect(computeCapaian("Turun", 0, 3)).toEqual({ capaian: 0, zeroTarget: "warning" });
  });
  test("ranges: the spec's worked examples", () => {
    expect(computeCapaian("Naik", [80, 90], 85).capaian).toBe(100);
    expect(computeCapaian("Naik", [80, 90], 70).capaian).toBeCloseTo(87.5, 10);
    expect(computeCapaian("Naik", [80, 90], 95).capaian).toBeCloseTo(105.5555555, 6);
    expect(computeCapaian("Turun", [7, 8], 6.5).capaian).toBeCloseTo(107.142857, 5);
    expect(computeCapaian("Turun", [7, 8], 9).capaian).toBeCloseTo(87.5, 10);
  });
  test("property: Naik agrees with R/T*100 and Turun with (1 + (1 - R/T)) * 100", () => {
    const nonZero = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((t) => Math.abs(t) > 1e-6);
    const any = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(nonZero, any, (t, r) => {
        expect(computeCapaian("Naik", t, r).capaian).toBeCloseTo((r / t) * 100, 6);
        const turun = computeCapaian("Turun", t, r).capaian!;
        expect(Math.abs(turun - (1 + (1 - r / t)) * 100)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(turun)));
      }),
    );
  });
  test("property: inside a range is always 100, outside uses the nearer bound", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: -2000, max: 4000 }),
        (a, w, r) => {
          const b = a + w;
          for (const pol of ["Naik", "Turun"] as const) {
            const c = computeCapaian(pol, [a, b], r).capaian;
            if (r >= a && r <= b) expect(c).toBe(100);
            else expect(c).toBe(computeCapaian(pol, r > b ? b : a, r).capaian);
          }
        },
      ),
    );
  });
  test("mean leaves out null", () => {
    expect(mean([100, null, 50])).toBe(75);
    expect(mean([null])).toBeNull();
  });
  test("predikat on the value rounded to two decimals", () => {
    expect(predikatOf(90.996)).toBe("Sangat Tinggi");
    expect(predikatOf(90.994)).toBe("Tinggi");
    expect(predikatOf(76)).toBe("Tinggi");
    expect(predikatOf(75.99)).toBe("Sedang");
    expect(predikatOf(66)).toBe("Sedang");
    expect(predikatOf(51)).toBe("Rendah");
    expect(predikatOf(50.99)).toBe("Sangat Rendah");
    expect(predikatOf(-20)).toBe("Sangat Rendah");
    expect(predikatOf(null)).toBeNull();
  });
  test("efisiensi categories", () => {
    expect(kategoriEfisiensi(5.01)).toBe("Efisien");
    expect(kategoriEfisiensi(5.004)).toBe("Cukup Efisien");
    expect(kategoriEfisiensi(-5)).toBe("Cukup Efisien");
    expect(kategoriEfisiensi(-5.006)).toBe("Tidak Efisien");
    expect(kategoriEfisiensi(null)).toBeNull();
  });
});
