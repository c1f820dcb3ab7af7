/**
 * "Ubah format sel ke Umum" under a finding whose cell holds a number Excel shows as a date (or
 * keeps as text) because of the cell's format: the pane changes only the format, through the
 * host (ExcelHost.setGeneralFormat), then validates again so the user sees whether it cleared.
 */
import type { Finding } from "../../core/model";
import type { ExcelHost } from "../../hosts/excel/port";
import type { FindingAction } from "../common/FindingList";
import type { PaneTask } from "../common/usePaneTask";
import { EXCEL } from "../common/texts";

/** Why the cell's format is in the way: a date format, or (perhaps) Teks; null when it is not. */
export function formatProblemOf(f: Finding): "tanggal" | "teks" | null {
  if (!f.cell) return null;
  if (f.code === "NOT_A_NUMBER" && /berformat tanggal/.test(f.message)) return "tanggal";
  if (f.code === "TEXT_NUMBER") return "teks";
  return null;
}

export function formatFixAction(
  host: ExcelHost,
  task: PaneTask,
  revalidate: () => Promise<void>,
): ((f: Finding) => FindingAction | null) | undefined {
  const set = host.setGeneralFormat;
  if (!set) return undefined;
  return (f) => {
    const problem = formatProblemOf(f);
    if (!problem) return null;
    return {
      label: EXCEL.validasi.fixFormat(f.cell),
      disabled: task.busy !== null,
      run: () =>
        void (async () => {
          let done = false;
          await task.step(EXCEL.validasi.fixing(f.cell), async () => {
            await set(f.sheet, f.cell);
            done = true;
          });
          if (!done) return;
          await revalidate();
          if (problem === "teks")
            task.setNotice({
              intent: "info",
              title: EXCEL.validasi.fixedTitle(f.cell, f.sheet.trim()),
              body: EXCEL.validasi.fixedTextBody,
            });
        })(),
    };
  };
}
