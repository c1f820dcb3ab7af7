/**
 * Step 1 (the Kepala's disposition) recorded in a workbook by LAKIP.html's Format view is carried
 * into the document, so steps 2-6 finish in order, without a skipped prerequisite.
 */
import { recordExcelCommand, recordExcelStep, reportTracker, stepOf } from "../../../src/core/sop";

const NOW = new Date(2026, 0, 10, 9, 0);
const kepala = { name: "Drs. Budi", role: "Kepala (Kadis/Kaban)" };
const kasubag = { name: "Sari Dewi", role: "Kasubag Program" };
const staf = { name: "Andi", role: "Staf" };

function workbook(withStepOne: boolean): Record<string, string> {
  let props: Record<string, string> = withStepOne ? recordExcelStep({}, 1, kepala, NOW, "Disposisi 005/1") : {};
  for (const [command, who] of [
    ["buatFormat", kasubag],
    ["kirimFormat", kasubag],
    ["himpun", staf],
    ["validasiBersih", staf],
    ["rekap", kasubag],
  ] as const)
    props = { ...props, ...recordExcelCommand(props, command, who, NOW, "") };
  return props;
}

test("with the disposition recorded, steps 1-6 are Selesai and none skipped a prerequisite", () => {
  const { state } = reportTracker([], workbook(true), NOW, kasubag);
  for (const step of [1, 2, 3, 4, 5, 6] as const) {
    expect(stepOf(state, step).status).toBe("Selesai");
    expect(stepOf(state, step).override).toBeNull();
  }
  expect(stepOf(state, 1).who).toEqual(kepala);
  expect(stepOf(state, 4).who).toEqual(staf);
});

test("without it, step 2 is Selesai over a skipped prerequisite (the reason says why)", () => {
  const { state } = reportTracker([], workbook(false), NOW, kasubag);
  expect(stepOf(state, 1).status).toBe("Belum");
  expect(stepOf(state, 2).override).toMatch(/langkah 1/i);
});
