/**
 * The four tasks of a quarter's round in LAKIP.html (TriwulanView): unit files for quarter N,
 * Himpun of those files into the current workbook, the check of quarter N, and the Laporan
 * Triwulan .docx. Each runs in the page's one task runner and ends with a notice (the result the
 * focus moves to). The work itself is hosts/browserFiles/quarterFiles.ts: the CLI's core.
 */
import { analyzeWorkbook } from "../core/index";
import type { Analysis } from "../core/model";
import type { WorkbookGrid } from "../core/grid";
import { romanQuarter, type Quarter } from "../core/read/quarterColumns";
import { gatherQuarterWorkbook, quarterUnitFilesZip, triwulanReport } from "../hosts/browserFiles/quarterFiles";
import { rekapTwCopy } from "../hosts/browserFiles/workbookFiles";
import type { FileReport } from "../core/plan/himpunPlan";
import type { Notice } from "../panes/common/usePaneTask";
import { errorCountOf, ZIP_TYPE, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { CancelledError, DOCX_TYPE, XLSX_TYPE, nextFrame, withSuffix } from "./fileIO";
import { pageMessage } from "./pageMessage";

export const tw = (n: Quarter): string => `Triwulan ${romanQuarter(n)}`;
const BUSY = "Tunggu sampai pekerjaan yang sedang berjalan selesai.";

/** Why a quarter's task cannot run now, or null. */
export function quarterBlocked(env: PageEnv): string | null {
  if (env.disabled) return BUSY;
  if (!env.current) return "Buka dulu buku kerja induk tahun ini (format yang memuat kolom triwulan).";
  return null;
}

/** Step 1: quarter N's unit files from the current workbook, in one .zip. */
export async function makeQuarterUnitFiles(env: PageEnv, n: Quarter, keep: (m: Made) => void): Promise<void> {
  const current = env.current;
  if (!current) return;
  await env.task.step(`Membuat berkas unit ${tw(n)}…`, async (signal) => {
    await nextFrame();
    const r = await quarterUnitFilesZip(current.file, n, new Date());
    if (signal.aborted) throw new CancelledError();
    if (r.refused) {
      env.task.setNotice({
        intent: "error",
        title: "Berkas unit tidak dibuat",
        body: `Susunan ${current.file.name} belum lengkap: perbaiki galat ini dulu.`,
        lines: r.refused.map((f) => `${f.sheet ? `${f.sheet}!${f.cell} ` : ""}${f.message}`),
      });
      return;
    }
    env.deliver({ name: r.zipName, bytes: r.zip, type: ZIP_TYPE }, keep);
    env.task.setNotice({
      intent: "success",
      title: `${r.units.length} berkas unit ${tw(n)} diunduh`,
      body: `${r.zipName}: kirim setiap berkas ke unitnya. Hanya Realisasi TW ${romanQuarter(n)}, Kendala TW ${romanQuarter(n)} dan realisasi anggaran triwulan itu yang dapat diisi; sel lain terkunci.`,
      lines: [...r.units.map((u) => u.fileName), ...r.notes],
    });
  });
}

export interface QuarterGathered {
  made: Made;
  reports: FileReport[];
}

/** Step 2: the units' files of quarter N gathered into a copy of the current workbook. */
export async function gatherQuarterFiles(
  env: PageEnv,
  n: Quarter,
  files: readonly File[],
  keep: (g: QuarterGathered) => void,
): Promise<void> {
  const current = env.current;
  if (!current) return;
  const { task } = env;
  await task.step(`Menghimpun ${tw(n)}…`, async (signal) => {
    const units: { name: string; grid: WorkbookGrid }[] = [];
    const unreadable: FileReport[] = [];
    for (let i = 0; i < files.length; i++) {
      try {
        const w = await env.files.readWorkbook(files[i], signal, task.setBusy, { i, n: files.length });
        units.push({ name: w.name, grid: w.grid });
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        unreadable.push({ file: files[i].name, taken: [], refused: [pageMessage(error)] });
      }
    }
    task.setBusy({ label: "Menyusun buku kerja terhimpun…" });
    await nextFrame();
    const r = await gatherQuarterWorkbook(current.file, units, n);
    if (signal.aborted) throw new CancelledError();
    const reports: FileReport[] = [
      ...r.plan.reports.map((p) => ({
        file: p.file,
        taken:
          p.sheets.length > 0 || p.anggaranRows > 0
            ? [
                `${p.sheets.join(", ")}${p.sheets.length > 0 ? `: ${p.values} sel ${tw(n)}` : ""}${p.anggaranRows > 0 ? `, ${p.anggaranRows} baris Anggaran` : ""}`,
              ]
            : [],
        refused: r.plan.refused.filter((x) => x.file === p.file).map((x) => x.message),
        warnings: r.plan.warnings.filter((x) => x.file === p.file).map((x) => x.message),
      })),
      ...unreadable,
    ];
    const tahun = r.analysis.identitas.tahun;
    const made: Made = {
      name: withSuffix(current.file.name, `terhimpun-tw${n}${tahun ? `-${tahun}` : ""}`, ".xlsx"),
      bytes: r.bytes,
      type: XLSX_TYPE,
    };
    env.deliver(made, () => keep({ made, reports }));
    env.setCurrent(await env.files.workbookOf(made), "himpun");
    const errors = errorCountOf(r.analysis.findings);
    const taken = r.plan.reports.filter((p) => p.sheets.length > 0).length;
    const refused = reports.reduce((k, x) => k + x.refused.length, 0);
    task.setNotice({
      intent: errors > 0 || refused > 0 ? "warning" : "success",
      title: `${tw(n)} dihimpun dari ${taken} berkas`,
      body: `${made.name} diunduh; triwulan lain dan kolom tahunan tidak diubah. ${
        errors > 0
          ? `Pemeriksaan ${tw(n)}: ${errors} galat (lihat langkah 3).`
          : `Pemeriksaan ${tw(n)}: tanpa galat, siap dilaporkan.`
      }`,
      lines: r.plan.missing.length > 0 ? [`Belum ada berkasnya: ${r.plan.missing.join(", ")}.`] : undefined,
    });
  });
}

/** Step 3: the current workbook read for quarter N's report; its analysis, or null when stopped. */
export async function checkQuarter(env: PageEnv, n: Quarter): Promise<Analysis | null> {
  const current = env.current;
  if (!current) return null;
  let analysis: Analysis | null = null;
  await env.task.step(`Memeriksa ${tw(n)}…`, async (signal) => {
    await nextFrame();
    const a = analyzeWorkbook(current.file.grid, { triwulan: n });
    if (signal.aborted) throw new CancelledError();
    analysis = a;
    env.task.setNotice(checkNotice(a, n));
  });
  return analysis;
}

function checkNotice(analysis: Analysis, n: Quarter): Notice {
  const errors = errorCountOf(analysis.findings);
  const warnings = analysis.findings.length - errors;
  const missing = analysis.findings.filter((f) => f.code === "MISSING_QUARTER").length;
  return errors > 0
    ? {
        intent: "error",
        title: `${tw(n)}: ${errors} galat, ${warnings} peringatan`,
        body:
          missing > 0
            ? `${missing} sel realisasi triwulan belum diisi unitnya (MISSING_QUARTER). Pilih temuan untuk melihat selnya; himpun berkas unit yang belum masuk, atau perbaiki di Excel lalu buka berkasnya lagi.`
            : "Pilih temuan untuk melihat selnya, perbaiki di Excel, lalu buka berkasnya lagi.",
      }
    : {
        intent: "success",
        title: warnings > 0 ? `${tw(n)}: tidak ada galat, ${warnings} peringatan` : `${tw(n)}: data bersih`,
        body: `${analysis.indikator.length} indikator siap dilaporkan dalam Laporan ${tw(n)}.`,
      };
}

/**
 * Step 4: a copy of the current workbook with the sheet "Rekap TW N" (capaian s.d. quarter N per
 * indikator, sasaran and unit, with its chart) beside the year's Rekap; the copy becomes the
 * current workbook. Refused, with the analysis to show, while quarter N has galat. No SOP step.
 */
export async function makeQuarterRekap(env: PageEnv, n: Quarter, keep: (m: Made) => void): Promise<Analysis | null> {
  const current = env.current;
  if (!current) return null;
  let refusedWith: Analysis | null = null;
  await env.task.step(`Menyusun Rekap ${tw(n)}…`, async (signal) => {
    await nextFrame();
    const analysis = analyzeWorkbook(current.file.grid, { triwulan: n });
    const errors = errorCountOf(analysis.findings);
    if (errors > 0) {
      refusedWith = analysis;
      env.task.setNotice({
        intent: "error",
        title: `Rekap ${tw(n)} tidak dibuat`,
        body: `${errors} galat ${tw(n)} harus diperbaiki dulu; daftar dan selnya ada di bawah.`,
      });
      return;
    }
    const bytes = await rekapTwCopy(current.file, analysis, n, new Date());
    if (signal.aborted) throw new CancelledError();
    const tahun = analysis.identitas.tahun;
    const base = current.file.name.replace(/-rekap-tw\d(-\d{4})?\.xlsx$/i, ".xlsx");
    const made: Made = {
      name: withSuffix(base, `rekap-tw${n}${tahun ? `-${tahun}` : ""}`, ".xlsx"),
      bytes,
      type: XLSX_TYPE,
    };
    env.deliver(made, keep);
    env.setCurrent(await env.files.workbookOf(made), "rekapTw");
    env.task.setNotice({
      intent: "success",
      title: `Rekap ${tw(n)} dibuat`,
      body: `${made.name} diunduh: sheet "Rekap TW ${romanQuarter(n)}" (capaian s.d. ${tw(n)} per indikator, sasaran dan unit, dengan grafik) di samping Rekap Capaian. Buku kerja ini sekarang dipakai berikutnya; langkah SOP tidak berubah.`,
    });
  });
  return refusedWith;
}

/** Step 5: the Laporan Capaian Kinerja Triwulan N, downloaded. */
export async function makeTriwulanReport(env: PageEnv, n: Quarter, keep: (m: Made) => void): Promise<Analysis | null> {
  const current = env.current;
  if (!current) return null;
  let refusedWith: Analysis | null = null;
  await env.task.step(`Menyusun Laporan ${tw(n)}…`, async (signal) => {
    await nextFrame();
    const r = await triwulanReport(current.file.grid, n, new Date());
    if (signal.aborted) throw new CancelledError();
    if (r.refused) {
      refusedWith = analyzeWorkbook(current.file.grid, { triwulan: n });
      env.task.setNotice({
        intent: "error",
        title: `Laporan ${tw(n)} tidak dibuat`,
        body: `${r.refused.length} galat ${tw(n)} harus diperbaiki dulu; daftar dan selnya ada di bawah.`,
      });
      return;
    }
    const made: Made = { name: r.fileName, bytes: r.bytes, type: DOCX_TYPE };
    env.deliver(made, keep);
    env.task.setNotice({
      intent: "success",
      title: `Laporan ${tw(n)} diunduh`,
      body: `${made.name}: ${r.analysis.indikator.length} indikator, ${r.analysis.anggaran.length} program/kegiatan. Kesimpulan dan Tindak Lanjut (BAB IV) masih harus ditulis instansi di Word.`,
    });
  });
  return refusedWith;
}
