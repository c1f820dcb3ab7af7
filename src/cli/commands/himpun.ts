/**
 * `lakip himpun MASTER.xlsx UNIT.xlsx ... --out GATHERED.xlsx [--force]`: gathers the units'
 * files into a copy of the master (SOP step 4, spec section 6). The master is never written.
 * Exit 0: gathered, every file matched and the result has no error findings; 1: something was
 * refused or the result has error findings (the file is still written, with what could be taken);
 * 2: unusable input or arguments (nothing written).
 */
import { quarterOption } from "../quarterArg";
import * as path from "path";
import { parseArgs, UsageError } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { countFindings, findingCountsLine, findingLine } from "../summary";
import { analyzeWorkbook, hasErrors } from "../../core";
import { readStepRecords, recordExcelCommand, propertyName, encodeStepProperty } from "../../core/sop";
import { checkOutFile, sameFile, whoAmI, writeWhole } from "./formatNext";

const SHOWN_FINDINGS = 30;

export async function runHimpun(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("himpun", argv, {
    out: { value: true },
    force: { value: false },
    triwulan: { value: true },
  });
  const askedQuarter = quarterOption(parsed.options.triwulan, "triwulan");
  const [master, ...units] = parsed.positionals;
  if (master === undefined || units.length === 0)
    throw new UsageError(
      '"lakip himpun" memerlukan format induk dan minimal satu berkas unit, misalnya: lakip himpun format-2026.xlsx "Format 2026 - Sekretariat.xlsx" --out terhimpun-2026.xlsx',
    );
  const out = parsed.options.out;
  if (typeof out !== "string")
    throw new UsageError(
      '"lakip himpun" memerlukan --out, misalnya --out terhimpun-2026.xlsx; format induk tidak pernah ditimpa.',
    );
  if (await sameFile(master, out))
    throw new UsageError(
      `--out "${out}" adalah format induk itu sendiri; format induk tidak pernah ditimpa. Pilih nama lain.`,
    );
  for (const u of units) {
    if (await sameFile(u, out)) throw new UsageError(`--out "${out}" sama dengan berkas unit "${u}"; pilih nama lain.`);
    if (await sameFile(u, master))
      throw new UsageError(
        `Berkas unit "${u}" adalah format induk itu sendiri; sebutkan berkas-berkas unit sesudah format induk.`,
      );
  }
  for (let i = 0; i < units.length; i++)
    for (let j = 0; j < i; j++)
      if (await sameFile(units[i], units[j]))
        throw new UsageError(`Berkas unit "${units[i]}" disebut lebih dari sekali.`);
  const target = await checkOutFile(out, parsed.options.force === true);

  const { readFileBytes } = await import("../../hosts/files/readWorkbookFile");
  const { WorkbookFileError } = await import("../../hosts/files/errors");
  let masterBytes: Uint8Array;
  try {
    masterBytes = await readFileBytes(master);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new UsageError(e.message);
    throw e;
  }
  const masterGrid = await loadWorkbook(master);
  const masterAnalysis = analyzeWorkbook(masterGrid);
  const files = [];
  for (const u of units) files.push({ name: path.basename(u), grid: await loadWorkbook(u) });

  const { planGather } = await import("../../core/layout/gather");
  const plan = planGather(masterGrid, files, masterAnalysis.identitas.tahun, { triwulan: askedQuarter });
  // The quarter gathered: asked for, or the one the unit files carry (a quarter's round is no SOP step).
  const { unitFileQuarter } = await import("../../core/layout/quarterUnitFiles");
  const quarter = askedQuarter ?? files.map((f) => unitFileQuarter(f.grid)).find((q) => q !== undefined);

  // SOP: step 3 as the unit files recorded it (when the master lacks it), step 4 started.
  const masterProps = masterGrid.customProperties ?? {};
  const props: Record<string, string> = {};
  if (readStepRecords(masterProps).get(3)?.status !== "Selesai") {
    const fromUnit = files
      .map((f) => readStepRecords(f.grid.customProperties ?? {}).get(3))
      .find((r) => r?.status === "Selesai");
    if (fromUnit) props[propertyName(3)] = encodeStepProperty(fromUnit);
  }
  if (quarter === undefined)
    Object.assign(
      props,
      recordExcelCommand(
        { ...masterProps, ...props },
        "himpun",
        { name: whoAmI(), role: "Staf" },
        new Date(),
        `${plan.reports.filter((r) => r.sheets.length > 0).length} berkas unit dihimpun dengan lakip himpun`,
      ),
    );

  const { writeGatheredXlsx } = await import("../../hosts/files/gatherXlsx");
  const bytes = await writeGatheredXlsx(masterBytes, plan.writes, props);
  await writeWhole(target, bytes, out);

  io.out(`Himpun ke ${out} (salinan ${master}; format induk tidak diubah)\n\n`);
  for (const r of plan.reports) {
    const parts: string[] = [];
    if (r.sheets.length > 0) parts.push(`sheet ${r.sheets.join(", ")} (${r.values} sel terisi)`);
    if (r.anggaranRows > 0) parts.push(`${r.anggaranRows} baris Anggaran`);
    io.out(`  ${r.file}: ${parts.length > 0 ? `diambil ${parts.join(", ")}` : "tidak ada yang diambil"}\n`);
  }
  if (plan.missing.length > 0) io.out(`\nBelum ada berkasnya: ${plan.missing.join(", ")}.\n`);
  if (plan.warnings.length > 0) {
    io.out(
      `\nPeringatan (${plan.warnings.length}): nilai yang dikunci diubah di berkas unit; nilai format induk dipertahankan.\n`,
    );
    for (const w of plan.warnings) io.out(`[PERINGATAN] ${w.message}\n`);
  }
  if (plan.refused.length > 0) {
    io.out(`\nTidak dihimpun (${plan.refused.length}):\n`);
    for (const x of plan.refused) io.out(`[DITOLAK] ${x.message}\n`);
  }

  const { readWorkbookGrid } = await import("../../hosts/files/readXlsx");
  // A quarter's result is checked for that quarter's report (the year's Realisasi may still be blank).
  const gathered = analyzeWorkbook(await readWorkbookGrid(bytes), { triwulan: quarter });
  if (quarter !== undefined)
    io.out(
      `\nTriwulan ${["I", "II", "III", "IV"][quarter - 1]} dihimpun; triwulan lain di format induk tidak diubah.\n`,
    );
  const { errors } = countFindings(gathered.findings);
  io.out(`\nValidasi hasil himpun: ${findingCountsLine(gathered.findings)}\n`);
  const errorFindings = gathered.findings.filter((f) => f.severity === "error");
  for (const f of errorFindings.slice(0, SHOWN_FINDINGS)) io.out(`${findingLine(f)}\n`);
  if (errorFindings.length > SHOWN_FINDINGS)
    io.out(`... dan ${errorFindings.length - SHOWN_FINDINGS} galat lain; lihat "lakip validate ${out}".\n`);
  if (errors === 0 && plan.refused.length === 0)
    io.out(
      quarter !== undefined
        ? `Data terhimpun siap dilaporkan: lakip triwulan ${out} --tw ${quarter} --out LAPORAN.docx\n`
        : `Data terhimpun siap diolah: lakip compute ${out}\n`,
    );
  return plan.refused.length > 0 || hasErrors(gathered.findings) ? EXIT_FINDINGS : EXIT_OK;
}
