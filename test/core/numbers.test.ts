import { parseIndonesianNumber, parseRange, readNumericCell } from "../../src/core/read/numbers";
import { isDateFormat, isPercentFormat } from "../../src/core/read/numberFormat";

const value = (text: string, satuan?: string) => {
  const r = parseIndonesianNumber(text, satuan);
  return r.ok ? r.value : undefined;
};

describe("Indonesian text numbers (spec 2.2)", () => {
  test.each([
    ["85,5", 85.5],
    ["85,5%", 85.5],
    ["-1,41%", -1.41],
    ["1.234,5", 1234.5],
    ["Rp 1.500.000", 1500000],
    ["Rp1.500.000", 1500000],
    ["1.234", 1234],
    ["1.500.000", 1500000],
    ["0.025", 0.025],
    ["85.5", 85.5],
    ["85.55", 85.55],
    ["1.2345", 1.2345],
    ["100", 100],
    [" 12 ", 12],
  ])("%s -> %d", (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 10);
  });
  test("a trailing word equal to the Satuan is dropped", () => {
    expect(value("2 Lap", "Lap")).toBe(2);
    expect(value("12 dokumen", "Dokumen")).toBe(12);
    expect(value("12 dokumen", "kasus")).toBeUndefined();
  });
  test.each(["abc", "1,2,3", "1.23.4", "12a", "", "-", "Rp", "1..2", "1.234.56"])("%s does not parse", (text) => {
    expect(value(text)).toBeUndefined();
  });
  test("ranges", () => {
    expect(parseRange("80 - 90%")).toEqual([80, 90]);
    expect(parseRange("80-90")).toEqual([80, 90]);
    expect(parseRange("7 - 8 bulan", "bulan")).toEqual([7, 8]);
    expect(parseRange("80 s.d. 90")).toEqual([80, 90]);
    expect(parseRange("80 s/d 90")).toEqual([80, 90]);
    expect(parseRange("80 sampai 90")).toEqual([80, 90]);
    expect(parseRange("90 - 80")).toEqual([80, 90]);
    expect(parseRange("-5 - 5")).toEqual([-5, 5]);
    expect(parseRange("-1,41")).toBeUndefined();
  });
  test("cells: percent-formatted numbers hold fractions, dates and booleans are not numbers", () => {
    expect(readNumericCell({ t: "n", v: 0.855, f: "0.0%" }, "%", false)).toEqual({
      kind: "number",
      value: 85.5,
      fromText: false,
    });
    expect(readNumericCell({ t: "n", v: 45000, f: "dd/mm/yyyy" }, "", false).kind).toBe("not-a-number");
    expect(readNumericCell({ t: "b", v: true }, "", false).kind).toBe("not-a-number");
    expect(readNumericCell({ t: "d", v: "2025-01-01" }, "", false).kind).toBe("not-a-number");
    expect(readNumericCell({ t: "e", v: "#DIV/0!" }, "", false)).toEqual({ kind: "error", value: "#DIV/0!" });
    expect(readNumericCell({ t: "s", v: "80 - 90" }, "%", true)).toEqual({ kind: "range", value: [80, 90] });
    expect(readNumericCell({ t: "s", v: "80 - 90" }, "%", false).kind).toBe("not-a-number");
  });
  test("number formats", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-421]dd mmmm yyyy")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('#,##0 "kasus"')).toBe(false);
    expect(isDateFormat('_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)')).toBe(false);
    expect(isDateFormat("0.00%")).toBe(false);
  });
});
