import { onePath, parseArgs, UsageError } from "../../src/cli/args";
import { main } from "../../src/cli/main";
import { findingLine } from "../../src/cli/summary";

const spec = { out: { value: true }, json: { value: false } };

describe("parseArgs", () => {
  test("values, --name=value, flags, positionals and --", () => {
    expect(parseArgs("x", ["a.xlsx", "--out", "b.xlsx", "--json"], spec)).toEqual({
      positionals: ["a.xlsx"],
      options: { out: "b.xlsx", json: true },
    });
    expect(parseArgs("x", ["--out=c d.xlsx", "--", "--json"], spec)).toEqual({
      positionals: ["--json"],
      options: { out: "c d.xlsx" },
    });
  });

  test.each([
    [["--nope"], /tidak dikenal/],
    [["-j"], /tidak dikenal/],
    [["--out"], /memerlukan nilai/],
    [["--out", "--json"], /memerlukan nilai/],
    [["--out="], /kosong/],
    [["--json=1"], /tidak menerima nilai/],
    [["--json", "--json"], /lebih dari sekali/],
  ])("%j is a UsageError", (argv, message) => {
    expect(() => parseArgs("x", argv, spec)).toThrow(UsageError);
    expect(() => parseArgs("x", argv, spec)).toThrow(message);
  });

  test("onePath wants exactly one file", () => {
    expect(onePath("validate", { positionals: ["a.xlsx"], options: {} })).toBe("a.xlsx");
    expect(() => onePath("validate", { positionals: [], options: {} })).toThrow(/memerlukan nama berkas/);
    expect(() => onePath("validate", { positionals: ["a", "b"], options: {} })).toThrow(/hanya menerima satu/);
  });
});

describe("main in-process", () => {
  test("report on a missing workbook: exit 2 with a message", async () => {
    let err = "";
    const code = await main(["report", "a.xlsx", "--out", "b.docx"], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/lakip report: Berkas "a.xlsx" tidak ditemukan/);
  });

  test("findingLine quotes sheet names with spaces", () => {
    expect(
      findingLine({
        code: "NOT_A_NUMBER",
        severity: "error",
        sheet: "Bidang Politik",
        cell: "G7",
        message: "Bukan angka.",
      }),
    ).toBe("[GALAT] 'Bidang Politik'!G7 NOT_A_NUMBER: Bukan angka.");
    expect(findingLine({ code: "MISSING_SHEET", severity: "error", sheet: "", cell: "", message: "Tidak ada." })).toBe(
      "[GALAT] Workbook MISSING_SHEET: Tidak ada.",
    );
  });
});
