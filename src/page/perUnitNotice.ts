/**
 * The one outcome of "berkas per unit" (SOP step 3): success when every unit receives its
 * targets; a warning when the master has indicators without Target (the units' Target cells are
 * locked, so they could not fill them); an error when the master has no unit sheet.
 */
import { analyzeWorkbook } from "../core/index";
import { blankTargets, blankTargetsSentence } from "../panes/common/blankTargets";
import type { UnitFilesResult } from "../hosts/browserFiles/formatFiles";
import type { WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import type { Notice } from "../panes/common/usePaneTask";
import type { Made } from "./pageFiles";
import { ZIP_TYPE } from "./pageEnv";
import { PageError } from "./fileIO";

export function perUnitNotice(
  file: WorkbookFile,
  result: Extract<UnitFilesResult, { refused: null }>,
): { made: Made | null; notice: Notice } {
  if (result.files.length === 0)
    throw new PageError(`${file.name} tidak memuat sheet unit; buat format dulu (langkah 2).`);
  const made = { name: result.zipName, bytes: result.zip, type: ZIP_TYPE };
  const lines: string[] = [];
  for (const f of result.files) {
    lines.push(
      `${f.fileName}: ${f.indicators} indikator${f.anggaranRows > 0 ? `, ${f.anggaranRows} baris Anggaran` : ""}`,
    );
    if (f.fileNameChanged) lines.push(`Nama berkas diubah dari nama unit "${f.unit}": ${f.fileNameChanged}.`);
  }
  const recorded = `Langkah 3 SOP (format dikirim) tercatat Selesai di setiap berkas unit; ${file.name} tidak diubah. Catatan itu ikut ke hasil Himpun.`;
  const blank = blankTargets(analyzeWorkbook(file.grid).findings);
  if (blank.length > 0) {
    return {
      made,
      notice: {
        intent: "warning",
        title: `${result.files.length} berkas unit dibuat, tetapi ${blank.length} Target kosong`,
        body: `Berkas ${made.name} diunduh. ${blankTargetsSentence(blank, file.name)} ${recorded}`,
        lines: [...lines, ...result.notes],
      },
    };
  }
  return {
    made,
    notice: {
      intent: "success",
      title: `${result.files.length} berkas unit dibuat`,
      body: `Berkas ${made.name} diunduh; ekstrak, lalu kirim setiap berkas ke unitnya. Hanya sel yang diisi unit yang terbuka (sheet dilindungi tanpa kata sandi). ${recorded}`,
      lines: [...lines, ...result.notes],
    },
  };
}
