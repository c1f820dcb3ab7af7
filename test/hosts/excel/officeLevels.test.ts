/**
 * The Excel adapter at the requirement-set levels of the Office versions agencies run (issue 8):
 * perpetual Office 2016 (ExcelApi 1.1), volume-licensed Office 2019 (ExcelApi 1.7) and
 * Microsoft 365 (every set). The fake refuses every member above its level with ApiNotFound, so
 * a command either works at that level or is refused by its gate, in Indonesian, before it
 * touches Excel: never an ApiNotFound from the middle of a batch.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../../../src/core/index";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { planHimpun } from "../../../src/core/plan/himpunPlan";
import { createOfficeExcelHost } from "../../../src/hosts/excel/officeExcelHost";
import {
  checkRequirements,
  isSupported,
  missingReason,
  type ExcelFeature,
} from "../../../src/hosts/excel/requirements";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { harnessState } from "../../../src/hosts/memory/excelMemoryHost";
import { OFFICE_LEVELS, isSetSupportedAt, type OfficeLevelName } from "../../../src/hosts/memory/officeFakeRules";

const EXAMPLES = join(__dirname, "../../../examples");
const example = async (name: string) => readWorkbookGrid(readFileSync(join(EXAMPLES, `${name}.xlsx`)));

/** What each level must be able to do (true) or refuse (false), per command. */
const EXPECTED: Record<OfficeLevelName, Record<string, boolean>> = {
  "2016": { validasi: true, sorot: false, buatFormat: false, himpun: false, rekap: false },
  "2019": { validasi: true, sorot: true, buatFormat: true, himpun: true, rekap: true },
  "365": { validasi: true, sorot: true, buatFormat: true, himpun: true, rekap: true },
};

describe.each(Object.keys(OFFICE_LEVELS) as OfficeLevelName[])("Office %s", (name) => {
  const level = OFFICE_LEVELS[name];
  const isSetSupported = isSetSupportedAt(level);
  const statuses = checkRequirements(isSetSupported);
  const hostOf = (book: FakeWorkbook) =>
    createOfficeExcelHost({ run: book.run, isSetSupported, now: () => new Date("2026-02-10T09:00:00+07:00") });

  /** Runs a command: it works when its feature is supported, else it is refused with the registry's sentence. */
  async function attempt(feature: ExcelFeature, command: () => Promise<unknown>): Promise<boolean> {
    try {
      await command();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      expect(message).toBe(missingReason(statuses, feature));
      return false;
    }
    expect(isSupported(statuses, feature)).toBe(true);
    return true;
  }

  test("each command works or is refused by its gate, never by Excel part-way", async () => {
    const messy = FakeWorkbook.fromGrid(await example("contoh-berantakan"), { apiLevel: level });
    const host = hostOf(messy);
    const done: Record<string, boolean> = {};
    let findings: ReturnType<typeof analyzeWorkbook>["findings"] = [];
    done.validasi = await attempt("validasi", async () => {
      findings = analyzeWorkbook(await host.readWorkbook()).findings;
      const target = findings.find((f) => f.cell)!;
      await host.selectCell(target.sheet, target.cell!);
      expect(messy.selection).toEqual({ sheet: target.sheet, address: target.cell });
    });
    expect(findings.length).toBeGreaterThan(0);
    const highlighted = await host.highlight(findings);
    if (isSupported(statuses, "sorot")) expect(highlighted.errorCells).toBeGreaterThan(0);
    else expect(highlighted).toEqual({ errorCells: 0, warningCells: 0, notes: [missingReason(statuses, "sorot")] });
    done.sorot = await attempt("sorot", () => host.clearHighlights());

    const empty = FakeWorkbook.fromGrid({ sheets: [{ name: "Sheet1", rows: [] }] }, { apiLevel: level });
    done.buatFormat = await attempt("buatFormat", async () => {
      const r = await hostOf(empty).createFormat(buildFormatLayout(["Sekretariat"]), { replace: [] });
      expect(r.validations).toBe(isSupported(statuses, "validasiData"));
    });

    const clean = FakeWorkbook.fromGrid(await example("kesbangpol-2025"), { apiLevel: level });
    const cleanHost = hostOf(clean);
    const current = await cleanHost.readWorkbook();
    done.himpun = await attempt("himpun", async () => {
      const unit = current.sheets.find((s) => s.name === "Sekretariat")!;
      const plan = planHimpun(
        [{ name: "u.xlsx", grid: { sheets: [{ ...unit, name: "Bidang Uji" }] } }],
        current,
        false,
      );
      await cleanHost.importUnits(plan.write);
      expect(harnessState(clean).sheetNames()).toContain("Bidang Uji");
    });
    done.rekap = await attempt("rekap", () => cleanHost.writeRekap(analyzeWorkbook(current)));
    await cleanHost.recordStep("rekap", { name: "Sari", role: "Kasubag Program" });
    expect(clean.custom.has("LAKIP Langkah 5")).toBe(isSupported(statuses, "tahapanSop"));
    expect(done).toEqual(EXPECTED[name]);
  });
});
