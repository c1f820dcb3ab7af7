/** A unit's table under one of the add-in's own sheet names is reported, never silently skipped (issue 12). */
import { analyzeWorkbook } from "../../../src/core";
import { buildRekapTable } from "../../../src/core/plan/rekapTable";
import { HEADER, IDENTITAS, sheet, unitSheet, workbook } from "../gridBuilder";

const ROW = [1, "Meningkatnya partisipasi", "Jumlah kegiatan", "kegiatan", "Naik", 10, 12];

describe("reserved sheet names in validate", () => {
  test.each(["Rekap Capaian", "rekap  CAPAIAN", "Petunjuk", "Pengaturan"])(
    "%s holding indicator headers and data: an error finding at its header, not a silent skip",
    (name) => {
      const a = analyzeWorkbook(
        workbook(IDENTITAS, unitSheet("Sekretariat", [ROW]), unitSheet(name, [[1, "S", "I", "%", "Naik", "abc", 1]])),
      );
      const f = a.findings.filter((x) => x.sheet === name);
      expect(f).toEqual([
        {
          code: "MISSING_SHEET",
          severity: "error",
          sheet: name,
          cell: "C1",
          message: expect.stringMatching(
            /^Sheet ".*" berisi tabel indikator \(judul di sel C1\), tetapi nama itu dipakai add-in/,
          ),
        },
      ]);
      expect(a.units).toEqual(["Sekretariat"]);
    },
  );

  test("the issue's case: the only unit named Rekap Capaian, with target 'abc', is no longer exit 0", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, unitSheet("Rekap Capaian", [[1, "S", "I", "%", "Naik", "abc", 1]])));
    expect(a.findings.some((f) => f.severity === "error" && f.sheet === "Rekap Capaian")).toBe(true);
  });

  test("the Rekap the Excel pane writes is not reported", () => {
    const base = analyzeWorkbook(workbook(IDENTITAS, unitSheet("Sekretariat", [ROW])));
    const rekap = buildRekapTable(base, new Date(2026, 0, 2));
    const withRekap = analyzeWorkbook(
      workbook(IDENTITAS, unitSheet("Sekretariat", [ROW]), sheet("Rekap Capaian", rekap.values)),
    );
    expect(withRekap.findings).toEqual(base.findings);
  });

  test("a reserved sheet without data rows, or with notes only, is not reported", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        unitSheet("Sekretariat", [ROW]),
        sheet("Petunjuk", [HEADER]),
        sheet("Pengaturan", [["Batas Capaian", 120]]),
      ),
    );
    expect(a.findings.filter((f) => f.sheet !== "Sekretariat")).toEqual([]);
  });

  test("an Anggaran sheet with its budget header is read as Anggaran, even with indicator columns", () => {
    const anggaran = sheet("Anggaran", [
      ["Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu", "Realisasi"],
      ["Program A", "Indikator program", 5, 1000, 900],
    ]);
    const a = analyzeWorkbook(workbook(IDENTITAS, unitSheet("Sekretariat", [ROW]), anggaran));
    expect(a.findings.filter((f) => f.code === "MISSING_SHEET")).toEqual([]);
    expect(a.anggaran).toHaveLength(1);
  });
});
