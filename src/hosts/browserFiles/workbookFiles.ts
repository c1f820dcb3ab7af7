/**
 * The files host for workbooks: what the Excel pane does to the open workbook, done to a copy of
 * a workbook file (bytes in, new bytes out). Used by LAKIP.html (src/page); runs in Node too, so
 * it is tested without a browser. The bytes given are never changed: every function returns a new
 * workbook. ExcelJS rewrites the package, so parts it does not model (charts, pictures, pivot
 * tables) are not carried into the copy; docs/decisions.md says why that is acceptable here.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import { normalizeLabel } from "../../core/text";
import {
  encodeStepProperty,
  propertyName,
  readStepRecords,
  recordExcelCommand,
  type ExcelCommand,
  type Who,
} from "../../core/sop";
import { planHimpun, type HimpunFile, type HimpunPlan } from "../../core/plan/himpunPlan";
import { fillOf, highlightTargets } from "../../core/plan/highlightPlan";
import { buildRekapTable, RUPIAH_FORMAT, type RekapTable } from "../../core/plan/rekapTable";
import { buildRekapTwTable } from "../../core/plan/rekapTwTable";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import { UserError } from "../../core/errors";
import { formatRupiah } from "../../core/format/number";
import { UnreadableWorkbookError } from "../files/errors";
import { readWorkbookGrid } from "../files/readXlsx";
import { withCustomProperties } from "../files/writeGrid";
import { setValue } from "../files/gatherXlsx";
import { setCustomProperties } from "../files/customProperties";
import { addRekapChart } from "./xlsxChart";
import { otherRekapCharts } from "./rekapCharts";
import JSZip from "jszip";

export type Bytes = Uint8Array;

/** The sheets a unit file brings besides its own (taken from the first unit file when there is no master). */
const BASE_SHEETS = new Set(["petunjuk", "identitas", "pengaturan"]);

/** A workbook file as the page holds it: its name, its bytes and what the engine read from it. */
export interface WorkbookFile {
  name: string;
  bytes: Bytes;
  grid: WorkbookGrid;
}

async function loadExcel(bytes: Bytes): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableWorkbookError(
      "Isi berkas .xlsx ini rusak dan tidak dapat dibaca; buka di Excel, simpan ulang, lalu coba lagi.",
      e,
    );
  }
  return wb;
}

/**
 * Writes the workbook with `props` as its custom document properties (ExcelJS itself drops them);
 * `finish` may add parts to the package before it is zipped again (the Rekap chart).
 */
async function save(
  wb: ExcelJS.Workbook,
  props: Readonly<Record<string, string>>,
  finish?: (zip: JSZip) => Promise<void>,
): Promise<Bytes> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (!finish) return Object.keys(props).length > 0 ? withCustomProperties(bytes, props) : bytes;
  const zip = await JSZip.loadAsync(bytes);
  await finish(zip);
  if (Object.keys(props).length > 0) await setCustomProperties(zip, props);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function sheetByName(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = normalizeLabel(name);
  return wb.worksheets.find((ws) => normalizeLabel(ws.name) === key);
}

/** The custom properties with an SOP step recorded (spec section 7), as the Excel pane records it. */
export function withStep(
  props: Readonly<Record<string, string>>,
  command: ExcelCommand,
  who: Who,
  now: Date,
  note: string,
): Record<string, string> {
  return { ...props, ...recordExcelCommand(props, command, who, now, note) };
}

/** Replaces (or adds, at the end) sheet `name` of `target` with a copy of `source`: values, styles, merges, widths, validations. */
function copySheetInto(target: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string): void {
  const old = sheetByName(target, name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) target.removeWorksheet(old.id);
  const ws = target.addWorksheet(name);
  const model = source.model as unknown as Record<string, unknown>;
  (ws as unknown as { model: unknown }).model = { ...model, id: ws.id, name: ws.name };
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
}

export interface GatherResult {
  bytes: Bytes;
  plan: HimpunPlan;
  /** Where the sheets other than the units' came from (the master's name, or the first unit file's). */
  base: string;
}

/**
 * Himpun over files (SOP step 4): the units' sheets and Anggaran rows gathered into a copy of the
 * master workbook (planned by the Excel pane's planHimpun). Without a master, the first unit file
 * with an Identitas sheet gives the other sheets (Petunjuk, Identitas, Pengaturan). A unit sheet
 * already in the master (an empty format) is replaced, and the report says so. A unit file made
 * from this master ("File per unit", `lakip format --per-unit`) gives only the cells the unit
 * fills, written into the master's own sheets (`lakip himpun`'s recognition, src/core/layout/gather.ts).
 */
export async function gatherWorkbook(
  master: WorkbookFile | null,
  units: readonly (HimpunFile & { bytes?: Bytes })[],
  who: Who,
  now: Date,
): Promise<GatherResult> {
  let baseFile: { name: string; bytes: Bytes; grid: WorkbookGrid } | undefined = master ?? undefined;
  if (!baseFile) {
    const first = units.find(
      (u) => u.grid && u.bytes && u.grid.sheets.some((s) => normalizeLabel(s.name) === "identitas"),
    );
    if (!first?.grid || !first.bytes)
      throw new UnreadableWorkbookError(
        "Tidak ada berkas unit dengan sheet Identitas; pilih juga buku kerja induk (format yang Identitasnya sudah diisi).",
      );
    baseFile = { name: first.name, bytes: first.bytes, grid: first.grid };
  }
  const base = await loadExcel(baseFile.bytes);
  let current: WorkbookGrid = baseFile.grid;
  if (!master) {
    // Only the workbook's own sheets of the first unit file are the base; its units come in through the plan.
    const keep = BASE_SHEETS;
    for (const ws of base.worksheets.slice()) if (!keep.has(normalizeLabel(ws.name))) base.removeWorksheet(ws.id);
    current = { sheets: baseFile.grid.sheets.filter((s) => keep.has(normalizeLabel(s.name))) };
  }
  const plan = planHimpun(units, current, true);

  // The units' own workbooks, loaded once each, to copy their sheets with formatting.
  const loaded = new Map<string, ExcelJS.Workbook>();
  for (const sheet of plan.write.sheets) {
    const from = units.find((u) => u.grid?.sheets.some((s) => s.rows === sheet.rows));
    if (!from?.bytes) continue;
    let wb = loaded.get(from.name);
    if (!wb) loaded.set(from.name, (wb = await loadExcel(from.bytes)));
    const src = sheetByName(wb, sheet.name);
    if (src) copySheetInto(base, src, sheet.name);
  }
  // Unit files made from this master: the open cells, at the same cell of the master's sheets.
  for (const w of plan.write.cells ?? []) {
    const ws = sheetByName(base, w.sheet);
    if (ws) setValue(ws.getCell(w.row + 1, w.col + 1), w.cell);
  }
  const anggaran = plan.write.anggaran;
  if (anggaran) {
    let ws = sheetByName(base, "Anggaran");
    if (!anggaran.exists || !ws) {
      ws = base.addWorksheet("Anggaran");
      ws.getRow(1).values = [...anggaran.header];
      ws.getRow(1).font = { bold: true };
      [48, 40, 18, 18].forEach((w, i) => (ws!.getColumn(i + 1).width = w));
    }
    for (const r of anggaran.rows) {
      const row = ws.getRow(r.row + 1);
      r.cells.forEach((c, i) => {
        if (!c) return;
        const cell = row.getCell(i + 1);
        // Text stays text: a value starting with "=" is never turned into a formula.
        cell.value = c.t === "d" ? new Date(c.v) : c.t === "e" ? ({ error: c.v } as ExcelJS.CellErrorValue) : c.v;
        if (c.t === "n" && c.f) cell.numFmt = c.f;
      });
    }
  }
  const taken = plan.reports.some((r) => r.taken.length > 0);
  let baseProps = current.customProperties ?? baseFile.grid.customProperties ?? {};
  // Step 3 as the unit files recorded it, when the master lacks it (as `lakip himpun` does).
  if (taken && readStepRecords(baseProps).get(3)?.status !== "Selesai") {
    const fromUnit = units
      .map((u) => (u.grid ? readStepRecords(u.grid.customProperties ?? {}).get(3) : undefined))
      .find((r) => r?.status === "Selesai");
    if (fromUnit) baseProps = { ...baseProps, [propertyName(3)]: encodeStepProperty(fromUnit) };
  }
  const props = taken ? withStep(baseProps, "himpun", who, now, "Dihimpun di LAKIP.html") : baseProps;
  return { bytes: await save(base, props), plan, base: baseFile.name };
}

export interface HighlightCopy {
  bytes: Bytes;
  errorCells: number;
  warningCells: number;
}

/**
 * A copy of the workbook with the cells of the findings filled (errors red, warnings amber: the
 * Excel pane's colours). Only the fill changes; no value is touched. With no error findings the
 * copy records step 4 Selesai, as Validasi does in Excel.
 */
export async function highlightedCopy(
  file: WorkbookFile,
  findings: readonly Finding[],
  who: Who,
  now: Date,
): Promise<HighlightCopy> {
  const wb = await loadExcel(file.bytes);
  let errorCells = 0;
  let warningCells = 0;
  for (const t of highlightTargets(findings)) {
    const ws = wb.getWorksheet(t.sheet) ?? sheetByName(wb, t.sheet);
    if (!ws) continue;
    const cell = ws.getCell(t.cell);
    const argb = `FF${fillOf(t.severity).slice(1)}`;
    // An ExcelJS cell, not an Office.js proxy: its style is plain data (no context.sync()).
    // eslint-disable-next-line office-addins/call-sync-before-read
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } } };
    if (t.severity === "error") errorCells++;
    else warningCells++;
  }
  const props = file.grid.customProperties ?? {};
  const clean = !findings.some((f) => f.severity === "error");
  return {
    bytes: await save(wb, clean ? withStep(props, "validasiBersih", who, now, "Divalidasi di LAKIP.html") : props),
    errorCells,
    warningCells,
  };
}

function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Writes a Rekap table (the year's or a quarter's) as its own sheet: an older sheet of that name
 * is removed first, no other sheet is touched. Text cells carry "@" (never a formula).
 */
function writeRekapSheet(wb: ExcelJS.Workbook, table: RekapTable): void {
  const width = table.widths.length;
  const old = sheetByName(wb, table.sheet);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(table.sheet, { properties: { tabColor: { argb: "FFC00000" } } });
  // The pane's widths, widened where a rupiah amount would not fit (Excel would show ####).
  const widths = table.widths.map((w, c) =>
    Math.max(
      w,
      ...table.values.map((row, r) =>
        typeof row[c] === "number" && table.formats[r][c] === RUPIAH_FORMAT
          ? formatRupiah(row[c] as number).length + 2
          : 0,
      ),
    ),
  );
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const bold = new Set(table.boldRows);
  table.values.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    let lines = 1;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      const cell = xrow.getCell(c + 1);
      cell.numFmt = table.formats[r][c];
      if (v !== "") cell.value = v; // a string is written as text, never as a formula
      if (bold.has(r)) cell.font = { bold: true };
      // Long text inside a table wraps; the row gets the height of its longest cell (readers do
      // not always fit rows to wrapped text themselves).
      if (typeof v === "string" && v.length > widths[c] && c + 1 < width && row[c + 1] !== "") {
        cell.alignment = { wrapText: true, vertical: "top" };
        lines = Math.max(lines, Math.ceil((v.length * 1.1) / widths[c]));
      }
    }
    if (lines > 1) xrow.height = 15 * lines;
  });
  for (const f of table.fills) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(f.color) } };
  }
  ws.views = [{ state: "normal", showGridLines: true }];
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * A copy of the workbook with the sheet "Rekap Capaian" (re)written from the engine's analysis:
 * the same table the Excel pane writes (buildRekapTable), with its number formats and fills, and
 * its chart of capaian per sasaran (./xlsxChart.ts).
 * Step 5 is recorded Selesai (and step 4, when still open: the data is clean).
 */
export async function rekapCopy(file: WorkbookFile, analysis: Analysis, who: Who, now: Date): Promise<Bytes> {
  const wb = await loadExcel(file.bytes);
  const table = buildRekapTable(analysis, now);
  writeRekapSheet(wb, table);
  const others = otherRekapCharts(wb, table.sheet);
  // Rekap is made only from a workbook without error findings: when step 4 was not closed (no
  // highlighted copy was made), the clean validation that Rekap needs closes it now.
  let props = file.grid.customProperties ?? {};
  if (readStepRecords(props).get(4)?.status !== "Selesai" && !analysis.findings.some((f) => f.severity === "error"))
    props = withStep(props, "validasiBersih", who, now, "Divalidasi di LAKIP.html");
  props = withStep(props, "rekap", who, now, "Rekap di LAKIP.html");
  return save(wb, props, async (zip) => {
    await addRekapChart(zip, table.sheet, table.chartSource, table.values, table.chartAt, table.chartTitle);
    for (const o of others) await addRekapChart(zip, o.sheet, o.source, o.values, o.at, o.title);
  });
}

/**
 * A copy of the workbook with the sheet "Rekap TW N" (re)written beside the year's Rekap, from an
 * analysis read for quarter N (`analyzeWorkbook(grid, { triwulan: N })`, without error findings:
 * a quarter not reported is MISSING_QUARTER and must be refused before). The same table the
 * Excel pane writes (buildRekapTwTable), with its chart. A quarter's rekap is no SOP step: the
 * custom properties are kept as they are.
 */
export async function rekapTwCopy(file: WorkbookFile, analysis: Analysis, n: Quarter, now: Date): Promise<Bytes> {
  const errors = analysis.findings.filter((f) => f.severity === "error").length;
  if (errors > 0)
    throw new UserError(
      `Rekap Triwulan ${romanQuarter(n)} belum dapat dibuat: masih ada ${errors} galat (misalnya Realisasi TW yang belum diisi). Perbaiki atau himpun berkas unitnya dulu.`,
    );
  const wb = await loadExcel(file.bytes);
  const table = buildRekapTwTable(analysis, n, now);
  writeRekapSheet(wb, table);
  const others = otherRekapCharts(wb, table.sheet);
  return save(wb, file.grid.customProperties ?? {}, async (zip) => {
    await addRekapChart(zip, table.sheet, table.chartSource, table.values, table.chartAt, table.chartTitle);
    for (const o of others) await addRekapChart(zip, o.sheet, o.source, o.values, o.at, o.title);
  });
}

/** Reads a workbook file's bytes into a WorkbookFile (the CLI's reader and its Indonesian errors). */
export async function readWorkbookFileBytes(name: string, bytes: Bytes): Promise<WorkbookFile> {
  return { name, bytes, grid: await readWorkbookGrid(bytes) };
}
