/**
 * The analysis of causes of every indicator below target (Permenpan RB 53/2014, point 5; spec
 * section 5): its Faktor Penghambat and Upaya Perbaikan as the unit wrote them, or, where the
 * workbook holds neither, an agency-written section `lakip:teks-analisis-N` (N: the indicator's
 * order in Tabel 3.1) showing a grey placeholder. Nothing is promised that does not follow.
 */
import type { IndikatorDetail } from "../model";
import { analisisPlaceholder, analisisTag, analisisTitle } from "./tags";
import { kalimat, kutip } from "./context";
import { escapeXml, oneLine, paragraph } from "./xml";

/** w:id of analysis control N: fixed per N, apart from the template's controls (1000-1200). */
const ID_BASE = 1300;

/** The unit wrote its Faktor Penghambat or Upaya Perbaikan for the indicator. */
export function hasAnalysis(i: IndikatorDetail): boolean {
  return Boolean(
    (i.faktorPenghambat && oneLine(i.faktorPenghambat)) || (i.upayaPerbaikan && oneLine(i.upayaPerbaikan)),
  );
}

/** The agency-written section in the place of a missing analysis: a rich-text control with its placeholder. */
export function analysisControl(n: number, indikator: string): string {
  const tag = analisisTag(n);
  const title = analisisTitle(tag);
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${ID_BASE + n}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="IsiLaporan"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(analisisPlaceholder(oneLine(indikator)))}</w:t></w:r></w:p></w:sdtContent></w:sdt>`
  );
}

/**
 * The analysis block under a missed indicator's paragraph: the unit's own words, labelled, or the
 * agency-written section N.
 */
export function analysisBlock(i: IndikatorDetail, n: number): string {
  const head = paragraph(
    [{ text: `Analisis penyebab belum tercapainya target indikator ${kutip(i.indikator)}:`, props: { italic: true } }],
    { style: "IsiLaporan", keepNext: true },
  );
  if (!hasAnalysis(i)) return head + analysisControl(n, i.indikator);
  let out = head;
  if (i.faktorPenghambat && oneLine(i.faktorPenghambat))
    out += paragraph(`–\tFaktor penghambat: ${kalimat(i.faktorPenghambat)}`, { style: "Butir", align: "left" });
  if (i.upayaPerbaikan && oneLine(i.upayaPerbaikan))
    out += paragraph(`–\tUpaya perbaikan: ${kalimat(i.upayaPerbaikan)}`, { style: "Butir", align: "left" });
  return out;
}
