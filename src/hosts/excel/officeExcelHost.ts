/**
 * The ExcelHost port over Office.js. `run` is Excel.run in Excel; the in-memory host passes a
 * fake Office.js workbook's run (src/hosts/memory/excelFakeOffice.ts), so the harness and the
 * tests exercise this very code.
 */
import type { Finding } from "../../core/model";
import type { ExcelCommand } from "../../core/sop";
import { recordExcelCommandInWorkbook, type ExcelRun } from "./sopProperties";
import { ExcelHostError, type ExcelHost, type HighlightResult } from "./port";
import { readWorkbookOffice } from "./officeRead";
import { plainMinimum } from "../officeVersions";
import { clearHighlightsOffice, highlightOffice } from "./officeHighlight";
import { setGeneralFormatOffice } from "./officeCellFormat";
import { createFormatOffice, importUnitsOffice, writeRekapOffice, writeRekapTableOffice } from "./officeWrite";
import { buildRekapTwTable } from "../../core/plan/rekapTwTable";
import { userError } from "./officeErrors";
import {
  ALL_SUPPORTED,
  checkRequirements,
  isSupported,
  missingReason,
  type ExcelFeature,
  type IsSetSupported,
} from "./requirements";

export interface OfficeExcelHostOptions {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  now?: () => Date;
  /** `Excel.createWorkbook` in Excel; the in-memory host passes its own. */
  createWorkbook?: (base64: string) => Promise<void>;
}

/** @requires validasi */
async function selectCellOffice(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const ws = worksheets.items.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws)
    throw new ExcelHostError(
      `Sheet "${sheet}" tidak ada lagi di buku kerja ini (mungkin diganti nama atau dihapus). Jalankan Validasi lagi.`,
    );
  // Worksheet.activate on a hidden sheet fails; unhiding it would change the user's workbook, so
  // the pane explains instead (docs/decisions.md, "Wave 2: Excel adapter").
  if (ws.visibility !== "Visible")
    throw new ExcelHostError(
      `Sheet "${ws.name}" disembunyikan, jadi sel ${address} tidak dapat ditampilkan. Tampilkan sheet itu dulu (klik kanan tab sheet mana saja, pilih "Tampilkan..."/"Unhide..."), lalu klik temuan ini lagi.`,
    );
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

export function createOfficeExcelHost(options: OfficeExcelHostOptions = {}): ExcelHost {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const statuses = checkRequirements(options.isSetSupported ?? ALL_SUPPORTED);
  const has = (f: ExcelFeature) => isSupported(statuses, f);
  const now = options.now ?? (() => new Date());
  /** Runs a batch behind the gate of `feature`: refused in Indonesian when this Excel lacks its set. */
  const gated = async <T>(
    feature: ExcelFeature,
    label: string,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const missing = missingReason(statuses, feature);
    if (missing) throw new ExcelHostError(missing);
    try {
      return await run(batch);
    } catch (e) {
      throw userError(label, e);
    }
  };
  return {
    readWorkbook: () =>
      gated("validasi", "Membaca buku kerja", (context) =>
        readWorkbookOffice(context, {
          nullObject: has("bacaNilaiSaja"),
          merges: has("selMerge"),
          customProperties: has("tahapanSop"),
        }),
      ),
    listSheets: () =>
      gated("validasi", "Membaca daftar sheet", async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        return sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
      }),
    highlight: async (findings: readonly Finding[]): Promise<HighlightResult> => {
      // Without workbook settings (ExcelApi 1.4) highlights could not be undone: Validasi lists the
      // findings without colouring cells, and says why.
      const missing = missingReason(statuses, "sorot");
      if (missing) return { errorCells: 0, warningCells: 0, notes: [missing] };
      return gated("sorot", "Menyorot temuan", (context) =>
        highlightOffice(context, findings, { getRanges: has("sorotBanyak") }),
      );
    },
    clearHighlights: () =>
      gated("sorot", "Menghapus sorotan", (context) =>
        clearHighlightsOffice(context, { getRanges: has("sorotBanyak") }),
      ),
    selectCell: (sheet, address) =>
      gated("validasi", "Memilih sel", (context) => selectCellOffice(context, sheet, address)),
    setGeneralFormat: (sheet, address) =>
      gated("validasi", "Mengubah format sel", (context) => setGeneralFormatOffice(context, sheet, address)),
    createFormat: (layout, { replace }) =>
      gated("buatFormat", "Buat Format", (context) =>
        createFormatOffice(context, layout, replace, { validations: has("validasiData") }),
      ),
    importUnits: (write) =>
      gated("himpun", "Himpun", (context) => importUnitsOffice(context, write, { tabColor: has("warnaTab") })),
    writeRekap: (analysis) => gated("rekap", "Rekap", (context) => writeRekapOffice(context, analysis, now())),
    writeRekapTw: (analysis, n) =>
      gated("rekap", "Rekap triwulan", (context) =>
        writeRekapTableOffice(context, buildRekapTwTable(analysis, n, now())),
      ),
    createWorkbook: async (base64: string) => {
      if (!has("bukuKerjaBaru"))
        throw new ExcelHostError(
          // ExcelApi 1.8 came with Office 2021 volume licence (Office 2019 volume stops at 1.7): the
          // Office named comes from the facts table (officeVersions.ts), never written here.
          `Excel ini tidak dapat membuka buku kerja baru dari add-in (perlu ${plainMinimum("ExcelApi", "1.8")}). Buat berkasnya dengan perintah lakip format di komputer (lihat Panduan).`,
        );
      try {
        // Excel.createWorkbook (ExcelApi 1.8; "Work with workbooks using the Excel JavaScript API",
        // office-js-docs-pr excel-add-ins-workbooks.md): the new workbook opens at once in a new
        // instance of Excel while the add-in stays with this one; the base64 must be a valid .xlsx,
        // and the extensionHardening policy may refuse it.
        await (options.createWorkbook ?? ((b) => Excel.createWorkbook(b)))(base64);
      } catch {
        // Office's own error text is English (e.g. the extensionHardening message); say in
        // Indonesian what happened and what to do instead.
        throw new ExcelHostError(
          "Excel menolak membuka buku kerja baru (mungkin dicegah kebijakan keamanan Office di komputer ini). Buat berkasnya dengan perintah lakip format --from atau --per-unit (lihat Panduan Excel).",
        );
      }
    },
    recordStep: async (command: ExcelCommand, who) => {
      if (has("tahapanSop")) await recordExcelCommandInWorkbook(command, who, "", now(), run);
    },
  };
}
