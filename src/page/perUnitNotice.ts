/**
 * The one outcome of "berkas per unit" (SOP step 3): success when every unit receives its
 * targets; a warning when the master has indicators without Target (the units' Target cells are
 * locked, so they could not fill them); an error when the master has no unit sheet.
 */
import { analyzeWorkbook } from "../core/index";
import type { UnitFilesResult } from "../hosts/browserFiles/formatFiles";
import type { WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import type { Notice } from "../panes/common/usePaneTask";
import type { Made } from "./pageFiles";
import { ZIP_TYPE } from "./pageEnv";
import { PageError } from "./fileIO";

/** Target cells of the master left blank, as "Sheet!A1". */
export function blankTargets(file: WorkbookFile): string[] {
  return analyzeWorkbook(file.grid)
    .findings.filter((f) => f.code === "MISSING_VALUE" && /^Target di sel /.test(f.message))
    .map((f) => `${f.sheet}!${f.cell}`);
}

export function perUnitNotice(
  file: WorkbookFile,
  result: Extract<UnitFilesResult, { refused: null }>,
): { made: Made | null; notice: Notice } {
  if (result.files.length === 0)
    throw new PageError(`${file.name} tidak memuat lembar kerja unit; buat format dulu (langkah 2).`);
  const made = { name: result.zipName, bytes: result.zip, type: ZIP_TYPE };
  const lines: string[] = [];
  for (const f of result.files) {
    lines.push(
      `${f.fileName}: ${f.indicators} indikator${f.anggaranRows > 0 ? `, ${f.anggaranRows} baris Anggaran` : ""}`,
    );
    if (f.fileNameChanged) lines.push(`Nama berkas diubah dari nama unit "${f.unit}": ${f.fileNameChanged}.`);
  }
  const recorded = `Langkah 3 SOP (format dikirim) tercatat Selesai di setiap berkas unit; ${file.name} tidak diubah. Catatan itu ikut ke hasil Himpun.`;
  const blank = blankTargets(file);
  if (blank.length > 0) {
    const shown = blank.slice(0, 5).join(", ") + (blank.length > 5 ? `, dan ${blank.length - 5} lagi` : "");
    return {
      made,
      notice: {
        intent: "warning",
        title: `${result.files.length} berkas unit dibuat, tetapi ${blank.length} Target kosong`,
        body: `Berkas ${made.name} diunduh, tetapi sel Target di berkas unit terkunci: unit tidak dapat mengisi Target yang kosong (${shown}). Isi Target di ${file.name}, lalu buat berkas per unit lagi sebelum mengirimnya. ${recorded}`,
        lines: [...lines, ...result.notes],
      },
    };
  }
  return {
    made,
    notice: {
      intent: "success",
      title: `${result.files.length} berkas unit dibuat`,
      body: `Berkas ${made.name} diunduh; ekstrak, lalu kirim setiap berkas ke unitnya. Hanya sel yang diisi unit yang terbuka (lembar kerja dilindungi tanpa kata sandi). ${recorded}`,
      lines: [...lines, ...result.notes],
    },
  };
}
