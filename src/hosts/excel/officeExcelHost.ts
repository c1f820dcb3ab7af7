/**
 * The ExcelHost port over Office.js. `run` is Excel.run in Excel; the in-memory host passes a
 * fake Office.js workbook's run (src/hosts/memory/excelFakeOffice.ts), so the harness and the
 * tests exercise this very code.
 */
import type { Finding } from "../../core/model";
import type { ExcelCommand } from "../../core/sop";
import { recordExcelCommandInWorkbook, type ExcelRun } from "./sopProperties";
import { ExcelHostError, type ExcelHost } from "./port";
import { readWorkbookOffice } from "./officeRead";
import { clearHighlightsOffice, highlightOffice } from "./officeHighlight";
import { createFormatOffice, importUnitsOffice, writeRekapOffice } from "./officeWrite";
import { ALL_SUPPORTED, checkRequirements, isSupported, type IsSetSupported } from "./requirements";

export interface OfficeExcelHostOptions {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  now?: () => Date;
  /** `Excel.createWorkbook` in Excel; the in-memory host passes its own. */
  createWorkbook?: (base64: string) => Promise<void>;
}

function wrap(label: string, error: unknown): Error {
  if (error instanceof ExcelHostError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelHostError(`${label} gagal di Excel: ${detail}`);
}

export function createOfficeExcelHost(options: OfficeExcelHostOptions = {}): ExcelHost {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const statuses = checkRequirements(options.isSetSupported ?? ALL_SUPPORTED);
  const has = (f: Parameters<typeof isSupported>[1]) => isSupported(statuses, f);
  const now = options.now ?? (() => new Date());
  const guarded = async <T>(label: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run(batch);
    } catch (e) {
      throw wrap(label, e);
    }
  };
  return {
    readWorkbook: () =>
      guarded("Membaca buku kerja", (context) =>
        readWorkbookOffice(context, { merges: has("selMerge"), customProperties: has("tahapanSop") }),
      ),
    listSheets: () =>
      guarded("Membaca daftar sheet", async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        return sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
      }),
    highlight: (findings: readonly Finding[]) =>
      guarded("Menyorot temuan", (context) => highlightOffice(context, findings, { getRanges: has("sorotBanyak") })),
    clearHighlights: () =>
      guarded("Menghapus sorotan", (context) => clearHighlightsOffice(context, { getRanges: has("sorotBanyak") })),
    selectCell: (sheet, address) =>
      guarded("Memilih sel", async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),
    createFormat: (layout, { replace }) =>
      guarded("Buat Format", (context) =>
        createFormatOffice(context, layout, replace, { validations: has("validasiData") }),
      ),
    importUnits: (write) => guarded("Himpun", (context) => importUnitsOffice(context, write)),
    writeRekap: (analysis) => guarded("Rekap", (context) => writeRekapOffice(context, analysis, now())),
    createWorkbook: async (base64: string) => {
      if (!has("bukuKerjaBaru"))
        throw new ExcelHostError(
          "Excel ini tidak dapat membuka buku kerja baru dari add-in (perlu ExcelApi 1.8: Excel 2019, Microsoft 365 atau Excel di web). Buat berkasnya dengan perintah lakip format di komputer (lihat Panduan).",
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
      if (!has("tahapanSop")) return;
      await recordExcelCommandInWorkbook(command, who, "", now(), run);
    },
  };
}
