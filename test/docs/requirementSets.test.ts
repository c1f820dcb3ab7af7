/**
 * docs/requirement-sets.md is generated from the facts table of Office versions and the
 * requirement registries (`npm run docs:versions`): the committed file must equal what the
 * script writes, the facts must match Microsoft's tables, and the panes' sentences must be plain
 * Indonesian without API names.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { BEGIN, END, renderVersions, withGenerated } from "../../scripts/docs-versions";
import { OFFICE_RELEASES, availability, panesRun, plainMinimum, releaseSupports } from "../../src/hosts/officeVersions";
import * as excel from "../../src/hosts/excel/requirements";
import * as word from "../../src/hosts/word/requirements";

const DOC = join(__dirname, "..", "..", "docs", "requirement-sets.md");

describe("docs/requirement-sets.md", () => {
  test("the committed file equals the generated one (run `npm run docs:versions` after changing the facts)", () => {
    const committed = readFileSync(DOC, "utf8");
    expect(committed).toContain(BEGIN);
    expect(committed).toContain(END);
    expect(withGenerated(committed)).toBe(committed);
  });

  test("a change to the facts would show: the generated part depends on them", () => {
    const committed = readFileSync(DOC, "utf8");
    const other = renderVersions().replace("| 1.12 |", "| 1.99 |");
    expect(withGenerated(committed, other)).not.toBe(committed);
  });
});

describe("facts from Microsoft's requirement-set tables", () => {
  test("the versions the issue names", () => {
    // Excel 2016 perpetual (volume licence): ExcelApi 1.1 only, WordApi 1.1.
    const v2016 = OFFICE_RELEASES.find((r) => r.name.startsWith("Office 2016 lisensi volume"))!;
    expect([v2016.excelApi, v2016.wordApi]).toEqual(["1.1", "1.1"]);
    // ExcelApi 1.4 came with Microsoft 365 version 1701; version 1704 is ExcelApi 1.6.
    expect(availability("ExcelApi", "1.4").windows).toBe("1701");
    expect(availability("ExcelApi", "1.6").windows).toBe("1704");
    // Office 2019 volume licence stops at ExcelApi 1.7 / WordApi 1.3.
    const v2019 = OFFICE_RELEASES.find((r) => r.name.startsWith("Office 2019 lisensi volume"))!;
    expect([v2019.excelApi, v2019.wordApi]).toEqual(["1.7", "1.3"]);
    expect(releaseSupports(v2019, "ExcelApi", "1.8")).toBe(false);
    // Both run add-ins in Internet Explorer 11: the panes refuse them.
    expect(panesRun(v2016) || panesRun(v2019)).toBe(false);
  });

  test("every set a registry gates is in the facts table", () => {
    for (const r of excel.EXCEL_FEATURE_REQUIREMENTS) expect(() => availability(r.set, r.version)).not.toThrow();
    for (const r of word.WORD_FEATURE_REQUIREMENTS) expect(() => availability(r.set, r.version)).not.toThrow();
  });

  test("the minimum never names an Office whose add-ins run in Internet Explorer 11", () => {
    expect(plainMinimum("ExcelApi", "1.4")).toBe(
      "Microsoft 365 versi 2011 atau lebih baru, Office 2021 atau 2024, Excel untuk Mac versi 15.36 atau lebih baru (dengan Safari 16.4 ke atas), atau Excel di web",
    );
    expect(plainMinimum("WordApi", "1.5")).toContain("Microsoft 365 versi 2302");
    expect(plainMinimum("WordApi", "1.9")).not.toContain("Office 2024");
  });
});

describe("the panes' sentences come from the registry, in plain Indonesian", () => {
  const noJargon = (line: string) => {
    expect(line).not.toMatch(/ExcelApi|WordApi|\b[A-Z][A-Za-z]+\.[a-z][A-Za-z]+/);
  };

  test("Excel: every missing feature, essential or not", () => {
    const lines = excel.explainMissing(excel.checkRequirements(() => false));
    expect(lines).toHaveLength(excel.EXCEL_FEATURE_REQUIREMENTS.length);
    lines.forEach(noJargon);
    expect(lines[0]).toBe(
      `"Validasi" tidak tersedia di versi Excel ini. Diperlukan ${plainMinimum("ExcelApi", excel.EXCEL_FEATURE_REQUIREMENTS[0].version)}.`,
    );
    const reason = excel.missingReason(
      excel.checkRequirements(() => false),
      "buatFormat",
    );
    expect(reason).toContain(plainMinimum("ExcelApi", "1.7"));
    noJargon(reason!);
  });

  test("Word: every missing feature, essential or not", () => {
    const lines = word.explainMissing(word.checkRequirements(() => false));
    expect(lines).toHaveLength(word.WORD_FEATURE_REQUIREMENTS.length);
    lines.forEach(noJargon);
    expect(lines.find((l) => l.includes("kepala dan kaki halaman"))).toMatch(/terbatas.*Microsoft 365 versi 2302/);
  });
});
