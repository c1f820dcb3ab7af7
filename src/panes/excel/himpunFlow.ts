/**
 * Himpun in the Excel pane (SOP step 4, and a quarter's round): read the chosen unit files, plan
 * with the core (planHimpun), ask before replacing a unit sheet, write through the host. A
 * quarter's Himpun (files made for quarter N, or the quarter chosen in the tab) takes only that
 * quarter's cells back and records no SOP step: the eight steps are the yearly LAKIP's.
 */
import type { WorkbookGrid } from "../../core/grid";
import { planHimpun, type FileReport, type HimpunFile } from "../../core/plan/himpunPlan";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import { UserError, userMessage } from "../../core/errors";
import type { ExcelHost } from "../../hosts/excel/port";
import type { ConfirmRequest } from "../common/ConfirmDialog";
import { EXCEL } from "../common/texts";
import { checkCancelled, type PaneTask } from "../common/usePaneTask";
import { himpunOutcome } from "./himpunOutcome";

export interface HimpunDeps {
  host: Pick<ExcelHost, "readWorkbook" | "importUnits">;
  task: Pick<PaneTask, "step" | "setBusy" | "setNotice">;
  readGrid: (data: ArrayBuffer) => Promise<WorkbookGrid>;
  ask: (request: ConfirmRequest) => Promise<boolean>;
  /** Records step 4 under the user's name; returns what the user should know, or null. */
  record: () => Promise<string | null>;
  setReports: (reports: FileReport[] | null) => void;
}

/** What one chosen file is, for planHimpun: its grid, or why it could not be read. */
export async function readChosen(
  file: Pick<File, "name" | "arrayBuffer">,
  readGrid: HimpunDeps["readGrid"],
): Promise<HimpunFile> {
  if (!/\.xlsx$/i.test(file.name)) return { name: file.name, error: EXCEL.himpun.notXlsx };
  try {
    return { name: file.name, grid: await readGrid(await file.arrayBuffer()) };
  } catch (error) {
    // The reader's message is already written for the user (Bahasa Indonesia).
    return { name: file.name, error: error instanceof UserError ? userMessage(error) : EXCEL.himpun.unreadable };
  }
}

export async function runHimpun(
  d: HimpunDeps,
  chosen: readonly Pick<File, "name" | "arrayBuffer">[],
  triwulan?: Quarter,
): Promise<void> {
  d.setReports(null);
  const files: HimpunFile[] = [];
  let current: WorkbookGrid | null = null;
  await d.task.step(
    EXCEL.himpun.busyRead,
    async (signal) => {
      for (let i = 0; i < chosen.length; i++) {
        checkCancelled(signal);
        d.task.setBusy({ label: EXCEL.himpun.reading(chosen[i].name, i + 1, chosen.length), value: i / chosen.length });
        files.push(await readChosen(chosen[i], d.readGrid));
      }
      checkCancelled(signal);
      d.task.setBusy({ label: EXCEL.himpun.readingThis, value: 1 });
      current = await d.host.readWorkbook();
    },
    { cancellable: true },
  );
  if (files.length === 0 || current === null) return;
  let plan = planHimpun(files, current, false, { triwulan });
  if (plan.conflicts.length > 0) {
    const yes = await d.ask({
      title: EXCEL.himpun.replaceTitle,
      body: EXCEL.himpun.replaceBody(plan.conflicts),
      action: EXCEL.himpun.replaceAction,
      destructive: true,
    });
    if (yes) plan = planHimpun(files, current, true, { triwulan });
  }
  await d.task.step(EXCEL.himpun.busyWrite, async () => {
    const sheets = plan.write.sheets.length;
    const rows = plan.write.anggaran?.rows.length ?? 0;
    // cells: the unit files' own cells (files made by "Buat file per unit"), taken back in place
    const cells = plan.write.cells?.length ?? 0;
    const taken = sheets + rows + cells;
    if (taken > 0) await d.host.importUnits(plan.write);
    const sop = taken > 0 && plan.quarter === undefined ? await d.record() : null;
    d.setReports(plan.reports);
    const outcome = himpunOutcome({ sheets, rows, cells, files: files.length }, plan.reports, sop);
    const q = plan.quarter;
    if (q === undefined || taken === 0) {
      d.task.setNotice(outcome);
      return;
    }
    // A quarter's Himpun: the same honest outcome, said of the quarter (no SOP step is recorded).
    const n = plan.write.cells?.filter((c) => c.cell !== null).length ?? 0;
    d.task.setNotice({
      ...outcome,
      title:
        outcome.intent === "success"
          ? `Triwulan ${romanQuarter(q)} dihimpun`
          : `Triwulan ${romanQuarter(q)} dihimpun dengan peringatan: periksa berkas di bawah`,
      body: `${n} sel isian Triwulan ${romanQuarter(q)} dihimpun dari ${files.length} berkas; triwulan lain, kolom tahunan dan teks buku kerja ini tidak diubah. Himpun triwulan bukan langkah SOP LAKIP tahunan, jadi tidak ada tahapan yang dicatat. Lanjutkan dengan Rekap triwulan (bagian Rekap).`,
    });
  });
}
