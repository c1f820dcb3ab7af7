import { decodeStepProperty } from "../../../src/core/sop";
import {
  recordExcelCommandInWorkbook,
  readWorkbookStepRecords,
  type ExcelRun,
} from "../../../src/hosts/excel/sopProperties";

/** A fake Excel host: workbook.properties.custom with load/sync semantics and a sync count. */
function fakeExcel(props: Map<string, string>) {
  const counter = { syncs: 0 };
  const run: ExcelRun = async (batch) => {
    const queue: (() => void)[] = [];
    let loaded: { key: string; value: string }[] | null = null;
    let pending = false;
    const custom = {
      load: () => {
        pending = true;
      },
      get items() {
        if (!loaded) throw new Error("PropertyNotLoaded");
        return loaded;
      },
      add: (key: string, value: string) => queue.push(() => props.set(key, value)),
    };
    const context = {
      workbook: { properties: { custom } },
      sync: async () => {
        counter.syncs++;
        queue.splice(0).forEach((f) => f());
        if (pending) loaded = [...props].map(([key, value]) => ({ key, value }));
      },
    } as unknown as Excel.RequestContext;
    return batch(context);
  };
  return { run, counter };
}

describe("Excel records of steps 2-5", () => {
  test("Himpun then Validasi without errors: step 4 keeps its start, finishes, two syncs each", async () => {
    const props = new Map([["Penulis", "Rina"]]);
    const { run, counter } = fakeExcel(props);
    const staf = { name: "Andi", role: "Staf" };
    await recordExcelCommandInWorkbook("himpun", staf, "", new Date(2026, 10, 3, 9), run);
    expect(counter.syncs).toBe(2);
    const written = await recordExcelCommandInWorkbook(
      "validasiBersih",
      staf,
      "6 unit",
      new Date(2026, 10, 3, 11, 30),
      run,
    );
    expect(written).toEqual({
      "LAKIP Langkah 4": "Selesai | 2026-11-03T09:00 | 2026-11-03T11:30 | Andi, Staf | 6 unit",
    });
    expect(props.get("Penulis")).toBe("Rina");
    const records = await readWorkbookStepRecords(run);
    expect(records.get(4)).toEqual(decodeStepProperty(written["LAKIP Langkah 4"]));
  });

  test("an Office failure is reported in Indonesian", async () => {
    // Office.js errors carry a code; their English message is not for users (application-specific API error handling).
    const run: ExcelRun = async () => {
      throw Object.assign(new Error("Access denied. You do not have permission."), { code: "AccessDenied" });
    };
    const failure = recordExcelCommandInWorkbook("rekap", { name: "x", role: "" }, "", new Date(), run);
    await expect(failure).rejects.toThrow(/Mencatat tahapan SOP di properti buku kerja gagal: Excel menolak akses/);
    await expect(failure).rejects.not.toThrow(/denied|permission/i);
  });
});
