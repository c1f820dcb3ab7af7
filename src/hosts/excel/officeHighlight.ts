/**
 * Validasi highlights with Office.js. The fills the cells had before are stored in a workbook
 * setting (Excel.SettingCollection, ExcelApi 1.4): it is saved with the workbook (so Hapus
 * sorotan works after the pane or Excel reopens), is written in the same batch as the fills,
 * is invisible to the user and to the engine (a hidden sheet could be unhidden, edited or
 * deleted by the user and would need more round trips).
 *
 * Round trips: highlight 2 (read old fills and the store; write fills and the store), clear 2.
 * Values are never written. Cells with no fill go back to no fill (fill.clear()).
 */
import type { Finding } from "../../core/model";
import {
  HIGHLIGHT_SETTING,
  chunkAddresses,
  ERROR_FILL,
  WARNING_FILL,
  fillOf,
  goneNote,
  groupFills,
  highlightTargets,
  normalizeFill,
  parseStore,
  resolveStore,
  serializeStore,
  type StoredFill,
} from "../../core/plan/highlightPlan";
import type { ClearResult, HighlightResult } from "./port";
import { ExcelHostError } from "./port";

export interface HighlightOptions {
  /** ExcelApi 1.9: Worksheet.getRanges and RangeFill.pattern. */
  getRanges: boolean;
}

/** Cells whose fills are read per sync (keeps one request well under Excel on the web's 5 MB). */
const READ_CHUNK = 5000;
/** Settings hold at most 2 MB per add-in. */
const MAX_STORE_CHARS = 1_800_000;

const key = (sheet: string, cell: string) => `${sheet.toLowerCase()}\u0000${cell}`;

/** @requires sorot */
function applyFills(context: Excel.RequestContext, cells: readonly StoredFill[], options: HighlightOptions): void {
  for (const [sheet, byFill] of groupFills(cells)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const [fill, addresses] of byFill) {
      // @requires sorotBanyak
      if (options.getRanges) {
        for (const chunk of chunkAddresses(addresses)) {
          const areas = ws.getRanges(chunk);
          if (fill === "") areas.format.fill.clear();
          else areas.format.fill.color = fill;
        }
      } else {
        for (const a of addresses) {
          const range = ws.getRange(a);
          if (fill === "") range.format.fill.clear();
          else range.format.fill.color = fill;
        }
      }
    }
  }
}

/** The sheets (id and name) of a loaded worksheet collection. @requires sorot */
function sheetRefs(worksheets: Excel.WorksheetCollection): { id: string; name: string }[] {
  return worksheets.items.map((w) => ({ id: w.id, name: w.name }));
}

/** @requires sorot */
export async function highlightOffice(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: HighlightOptions,
): Promise<HighlightResult> {
  const targets = highlightTargets(findings);
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const current = new Map<string, Excel.RangeFill>();
  for (let start = 0; start < Math.max(targets.length, 1); start += READ_CHUNK) {
    for (const t of targets.slice(start, start + READ_CHUNK)) {
      const fill = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill;
      // @requires sorotBanyak
      if (options.getRanges) {
        fill.load("color,pattern");
      } else fill.load("color");
      current.set(key(t.sheet, t.cell), fill);
    }
    // One sync per READ_CHUNK cells keeps each request under Excel on the web's 5 MB limit; a
    // workbook with fewer flagged cells than that (the case the bench measures) reads in one sync.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  const sheets = sheetRefs(worksheets);
  const idOf = new Map(sheets.map((s) => [s.name.toLowerCase(), s.id]));
  // Fills stored by an earlier Validasi, found again by sheet id (a sheet renamed since keeps
  // its id); those of sheets deleted since are forgotten and told.
  const resolved = setting.isNullObject
    ? { fills: [], gone: [], byName: [] }
    : resolveStore(parseStore(setting.value), sheets);
  // After a reopen the ids changed: entries found by name stand, the highlight is re-made anyway.
  const before = [...resolved.fills, ...resolved.byName];
  const gone = resolved.gone;
  const stored = new Map<string, StoredFill>();
  for (const s of before) stored.set(key(s.sheet, s.cell), s);

  // The original fill of every target: the stored one when it is still highlighted from before.
  const originals: StoredFill[] = targets.map((t) => {
    const k = key(t.sheet, t.cell);
    const was = stored.get(k);
    if (was) return was;
    const f = current.get(k)!;
    let pattern: string | undefined;
    // @requires sorotBanyak
    if (options.getRanges) pattern = f.pattern;
    const fill = normalizeFill(f.color, pattern);
    return { sheetId: idOf.get(t.sheet.toLowerCase()), sheet: t.sheet, cell: t.cell, fill };
  });
  const targetKeys = new Set(targets.map((t) => key(t.sheet, t.cell)));
  const restore = [...stored.values()].filter((s) => !targetKeys.has(key(s.sheet, s.cell)));
  const json = serializeStore(originals);
  if (json.length > MAX_STORE_CHARS)
    throw new ExcelHostError(
      `Terlalu banyak sel bertemuan untuk disorot (${targets.length} sel). Perbaiki sebagian temuan lalu jalankan Validasi lagi.`,
    );

  applyFills(context, restore, options);
  applyFills(
    context,
    targets.map((t) => ({ sheet: t.sheet, cell: t.cell, fill: fillOf(t.severity) })),
    options,
  );
  if (targets.length > 0) context.workbook.settings.add(HIGHLIGHT_SETTING, json);
  else if (!setting.isNullObject) setting.delete();
  await context.sync();
  const errorCells = targets.filter((t) => t.severity === "error").length;
  return { errorCells, warningCells: targets.length - errorCells, notes: goneNote(gone) };
}

/**
 * Of the entries found by sheet name only (the workbook was reopened: worksheet ids are not stable
 * across sessions, office-js issue 1390), those whose cell still carries the highlight colour: a
 * cell the user coloured since, or a new sheet that took the old name, is left alone. One sync,
 * only when there are such entries. @requires sorot
 */
async function stillHighlighted(context: Excel.RequestContext, entries: readonly StoredFill[]): Promise<StoredFill[]> {
  if (entries.length === 0) return [];
  const fills = entries.map((e) => {
    const fill = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell).format.fill;
    fill.load("color");
    return fill;
  });
  await context.sync();
  const ours = new Set([ERROR_FILL, WARNING_FILL].map((c) => c.toUpperCase()));
  return entries.filter((_, i) => ours.has(String(fills[i].color ?? "").toUpperCase()));
}

/** @requires sorot */
export async function clearHighlightsOffice(
  context: Excel.RequestContext,
  options: HighlightOptions,
): Promise<ClearResult> {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  if (setting.isNullObject) return { restored: 0, notes: [] };
  // Restore on the sheets that still exist, renamed or not; a sheet deleted since has nothing to restore.
  const resolved = resolveStore(parseStore(setting.value), sheetRefs(worksheets));
  const { gone } = resolved;
  const fills = [...resolved.fills, ...(await stillHighlighted(context, resolved.byName))];
  applyFills(context, fills, options);
  setting.delete();
  await context.sync();
  return { restored: fills.length, notes: goneNote(gone) };
}
