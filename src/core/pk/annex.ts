/**
 * The annex table of a Perjanjian Kinerja (Permenpan RB 53/2014, format annex): No, Sasaran
 * Strategis, Indikator Kinerja, Satuan, Target; one sasaran cell spans its indicators. The same
 * function renders the LAKIP's `lakip:tabel-pk` (spec 5, 5.2): the report's table is the Kepala's
 * PK annex. Column widths hold the longest word of each column (no word broken in a cell).
 */
import type { IndikatorDetail } from "../model";
import { oneLine, tableParts, type CellSpec, type Pieces, type RowSpec } from "../report/xml";
import { widthForWords } from "../report/textWidth";

/** A sasaran with more indicators than this is not merged (a merged cell shows blank on the next page). */
const MERGE_MAX_ROWS = 8;
/** Table text size of the report's tables (TabelLAKIP: 10 pt), in half-points. */
const TABLE_SIZE = 20;
/** Text width of A4 with the report's margins (3 cm + 2 cm), in twips. */
export const PK_TEXT_WIDTH = 9071;

export const TURUN_MARK = " (↓)";

export interface AnnexGroup {
  sasaran: string;
  indikator: readonly IndikatorDetail[];
}

const HEAD = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"];

export function indikatorLabel(i: IndikatorDetail): string {
  return oneLine(i.indikator) + (i.polaritas === "Turun" ? TURUN_MARK : "");
}

/** Widths: No and the two short columns sized to their longest word, the rest shared 2:3 by Sasaran and Indikator. */
export function annexWidths(groups: readonly AnnexGroup[], total = PK_TEXT_WIDTH): number[] {
  const all = groups.flatMap((g) => g.indikator);
  const no = Math.max(454, widthForWords([String(groups.length)], TABLE_SIZE, true));
  const satuan = Math.max(
    widthForWords(["Satuan"], TABLE_SIZE, true),
    widthForWords(
      all.map((i) => oneLine(i.satuan)),
      TABLE_SIZE,
    ),
  );
  const target = Math.max(
    widthForWords(["Target"], TABLE_SIZE, true),
    widthForWords(
      all.map((i) => i.targetText),
      TABLE_SIZE,
    ),
    964,
  );
  const rest = total - no - satuan - target;
  const sasaranMin = widthForWords(["Strategis", ...groups.map((g) => oneLine(g.sasaran))], TABLE_SIZE, true);
  const indikatorMin = widthForWords(["Indikator", "Kinerja", ...all.map(indikatorLabel)], TABLE_SIZE, true);
  let sasaran = Math.max(sasaranMin, Math.round((rest * 2) / 5));
  if (rest - sasaran < indikatorMin) sasaran = Math.max(sasaranMin, rest - indikatorMin);
  return [no, sasaran, rest - sasaran, satuan, target];
}

/** The annex rows: header, then the indicators grouped under their sasaran. */
export function annexRows(groups: readonly AnnexGroup[]): RowSpec[] {
  const rows: RowSpec[] = [{ header: true, cells: HEAD.map((t) => ({ content: t })) }];
  let no = 0;
  for (const g of groups) {
    if (g.indikator.length === 0) continue;
    no++;
    const name = oneLine(g.sasaran);
    const n = g.indikator.length;
    const merge = n > 1 && n <= MERGE_MAX_ROWS;
    g.indikator.forEach((i, k) => {
      const first = k === 0;
      let lead: CellSpec[];
      if (merge) {
        const vMerge = first ? "restart" : "continue";
        lead = [
          { content: first ? String(no) : "", align: "center", vMerge },
          { content: first ? name : "", vMerge },
        ];
      } else if (first) lead = [{ content: String(no), align: "center" }, { content: name }];
      else
        lead = [
          { content: String(no), style: "TabelUlang" },
          { content: name, style: "TabelUlang" },
        ];
      rows.push({
        keepWithNext: merge && k < n - 1,
        cells: [
          ...lead,
          { content: indikatorLabel(i) },
          { content: oneLine(i.satuan), align: "center" },
          { content: i.targetText, align: "right" },
        ],
      });
    });
  }
  return rows;
}

/** The annex table (w:tbl), or "" when there is no indicator. */
export function renderPkAnnexTable(groups: readonly AnnexGroup[], total = PK_TEXT_WIDTH): string {
  return pkAnnexTableParts(groups, total).join("");
}

/** `renderPkAnnexTable` as its pieces in order (`tableParts`); none when there is no indicator. */
export function pkAnnexTableParts(groups: readonly AnnexGroup[], total = PK_TEXT_WIDTH): Pieces {
  const rows = annexRows(groups);
  if (rows.length === 1) return [];
  // a short table moves whole to the next page; a longer one keeps its header with the first row
  const body = rows.length - 1;
  const kept = rows.map((r, k) => (r.header || body <= 10 || k === 1 ? { ...r, keepWithNext: true } : r));
  return tableParts({ widths: annexWidths(groups, total), rows: kept });
}
