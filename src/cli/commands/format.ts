/** `lakip format --out FILE.xlsx [--units "A;B"] [--force]`: writes the empty data-collection workbook. */
import { promises as fs } from "fs";
import * as path from "path";
import { parseArgs, UsageError } from "../args";
import { EXIT_OK, type CliIO } from "../io";
import { userInfo } from "os";
import { checkUnitNames, DEFAULT_UNITS, parseUnits, planUnitSheets } from "../../core/layout/formatLayout";
import { recordExcelCommand } from "../../core/sop";
import { writeFileAtomically } from "../outputs";

/** The name recorded for the step: the operating-system user, or "-" when it cannot be read. */
function whoAmI(): string {
  try {
    return userInfo().username || "-";
  } catch {
    return "-";
  }
}

export async function runFormat(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("format", argv, { out: { value: true }, units: { value: true }, force: { value: false } });
  if (parsed.positionals.length > 0)
    throw new UsageError(
      `"lakip format" tidak menerima argumen ${parsed.positionals.map((p) => `"${p}"`).join(", ")}; tulis nama berkas sesudah --out.`,
    );
  const out = parsed.options.out;
  if (typeof out !== "string")
    throw new UsageError('"lakip format" memerlukan --out, misalnya: lakip format --out format-2025.xlsx');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`Nama berkas keluaran "${out}" harus berakhiran .xlsx.`);
  const units = typeof parsed.options.units === "string" ? parseUnits(parsed.options.units) : DEFAULT_UNITS;
  const problems = checkUnitNames(units);
  if (problems.length > 0)
    throw new UsageError(`Daftar unit pada --units tidak dapat dipakai:\n- ${problems.join("\n- ")}`);

  const target = path.resolve(out);
  const dir = path.dirname(target);
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat || !dirStat.isDirectory())
    throw new UsageError(`Folder "${path.dirname(out)}" untuk --out tidak ada; buat foldernya dulu.`);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`"${out}" adalah folder; beri nama berkas .xlsx pada --out.`);
  if (existing && parsed.options.force !== true)
    throw new UsageError(
      `Berkas "${out}" sudah ada dan tidak ditimpa (mungkin sudah berisi data); pilih nama lain atau tambahkan --force untuk menimpanya.`,
    );

  const { writeFormatXlsx } = await import("../../hosts/files/writeFormat");
  // SOP step 2 ("Membuat format pengumpulan data") is done: record it in the workbook's properties,
  // where the Excel pane and `lakip report` read the steps done in Excel.
  const step2 = recordExcelCommand(
    {},
    "buatFormat",
    { name: whoAmI(), role: "Kasubag Program" },
    new Date(),
    "Format dibuat dengan lakip format",
  );
  const bytes = await writeFormatXlsx(units, step2);
  // Written beside the target, then renamed: an interrupted run never leaves a half-written workbook.
  await writeFileAtomically(out, bytes);
  const plan = planUnitSheets(units);
  io.out(`Format pengumpulan data kinerja ditulis ke ${out}\n`);
  io.out(`Sheet: Petunjuk, Identitas, ${plan.map((p) => p.sheetName).join(", ")}, Anggaran, Pengaturan.\n`);
  const renamed = plan.filter((p) => p.sheetName !== p.unit);
  if (renamed.length > 0) {
    io.out(`Nama sheet dipendekkan (batas Excel 31 karakter):\n`);
    for (const p of renamed) io.out(`  ${p.unit} -> ${p.sheetName}\n`);
  }
  return EXIT_OK;
}
