import { readFileSync } from "fs";
import { join } from "path";
import {
  WORD_FEATURE_REQUIREMENTS,
  checkRequirements,
  explainMissing,
  isSupported,
} from "../../../src/hosts/word/requirements";

describe("Word requirement sets", () => {
  test("older Word: each missing feature is explained with the Word version it needs", () => {
    const statuses = checkRequirements((set, version) => set === "WordApi" && Number(version) <= 1.1);
    expect(isSupported(statuses, "isiSemua")).toBe(true);
    expect(isSupported(statuses, "cekKursor")).toBe(false);
    const lines = explainMissing(statuses);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^"Ukuran kertas, margin dan halaman sampul kerangka" terbatas.*Microsoft 365 versi 2302/);
    expect(lines[1]).toMatch(/^"Pemeriksaan posisi kursor" terbatas.*Office 2021 atau 2024/);
    expect(lines[2]).toMatch(/^"Lacak perubahan \(Tahapan SOP\)" terbatas.*Microsoft 365 versi 2208/);
  });

  test("a throwing check counts as unsupported; a current Word lacks nothing", () => {
    expect(explainMissing(checkRequirements(() => true))).toEqual([]);
    const statuses = checkRequirements(() => {
      throw new Error("no Office");
    });
    expect(statuses.every((s) => !s.supported)).toBe(true);
    expect(explainMissing(statuses)[0]).toMatch(/tidak tersedia/);
  });

  test("the user guide's table says what the registry says", () => {
    const guide = readFileSync(join(__dirname, "../../../docs/panduan-word.md"), "utf8");
    for (const r of WORD_FEATURE_REQUIREMENTS) {
      expect(guide).toContain(`| ${r.label} | ${r.set} ${r.version} | ${r.minimumWord} |`);
    }
  });
});
