/**
 * The chart of the Rekap copy: capaian per sasaran as a native Excel bar chart (DrawingML chart
 * part with its numbers cached, so Excel and LibreOffice show it before recalculating), added to
 * an .xlsx package that ExcelJS wrote (ExcelJS cannot write charts). The chart's source is the
 * sasaran table of the Rekap sheet (RekapTable.chartSource), as in the Excel pane.
 */
import JSZip from "jszip";
import type { RekapRange, RekapValue } from "../../core/plan/rekapTable";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWING_REL = `${R_NS}/drawing`;
const CHART_REL = `${R_NS}/chart`;
const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function colLetter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Where the sheet named `sheet` lives in the package (xl/worksheets/sheetN.xml). */
async function sheetPart(zip: JSZip, sheet: string): Promise<string | null> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wb || !rels) return null;
  for (const m of wb.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    if (name !== esc(sheet) || !rid) continue;
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*/>`).exec(rels)?.[0];
    const target = rel && /Target="([^"]*)"/.exec(rel)?.[1];
    if (!target) return null;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return null;
}

function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

function chartXml(sheet: string, source: RekapRange, values: RekapValue[][], title: string): string {
  const first = source.top + 1; // the row under the table header
  const last = source.bottom;
  const ref = (col: number) =>
    `'${sheet.replace(/'/g, "''")}'!$${colLetter(col)}$${first + 1}:$${colLetter(col)}$${last + 1}`;
  const n = last - first + 1;
  let cats = "";
  let vals = "";
  for (let i = 0; i < n; i++) {
    const row = values[first + i];
    cats += `<c:pt idx="${i}"><c:v>${esc(String(row[source.left] ?? ""))}</c:v></c:pt>`;
    const v = row[source.left + 1];
    if (typeof v === "number" && Number.isFinite(v)) vals += `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;
  }
  // Bars start at 0 (an axis from 92 would make 96 look like a fraction of 105); negative capaian keeps the automatic minimum.
  const numbers = values.slice(first, last + 1).map((r) => r[source.left + 1]);
  const min = numbers.every((v) => typeof v !== "number" || v >= 0) ? '<c:min val="0"/>' : "";
  const text = (t: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}" b="1"/><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart><c:title>${text(title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Capaian (%)</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="#,##0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>${esc(ref(source.left))}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(ref(source.left + 1))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart><c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${min}</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(at: { row: number; col: number }, rows: number, cols: number): string {
  const anchor = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor editAs="oneCell">${anchor("from", at.col, at.row)}${anchor("to", at.col + cols, at.row + rows)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Capaian per Sasaran"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = await zip.file(relsPath)?.async("string");
  let rels =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const ids = Array.from(rels.matchAll(/Id="rId(\d+)"/g), (m) => Number(m[1]));
  const id = `rId${(ids.length ? Math.max(...ids) : 0) + 1}`;
  rels = rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );
  zip.file(relsPath, rels);
  return id;
}

/**
 * Adds the capaian chart to sheet `sheet` of the package. Returns false (and changes nothing) when
 * there is nothing to chart or the package is not laid out as expected.
 */
export async function addRekapChart(
  zip: JSZip,
  sheet: string,
  source: RekapRange | null,
  values: RekapValue[][],
  at: { row: number; col: number },
  title: string,
): Promise<boolean> {
  if (!source || source.bottom <= source.top) return false;
  const part = await sheetPart(zip, sheet);
  const sheetXml = part ? await zip.file(part)?.async("string") : undefined;
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (!part || !sheetXml || !types || /<drawing\b/.test(sheetXml)) return false;

  const d = freeNumber(zip, "xl/drawings/drawing");
  const c = freeNumber(zip, "xl/charts/chart");
  const count = source.bottom - source.top;
  zip.file(`xl/charts/chart${c}.xml`, chartXml(sheet, source, values, title));
  zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(at, Math.max(18, count * 3 + 8), 12));
  zip.file(
    `xl/drawings/_rels/drawing${d}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${CHART_REL}" Target="../charts/chart${c}.xml"/></Relationships>`,
  );
  const dir = part.slice(0, part.lastIndexOf("/"));
  const file = part.slice(part.lastIndexOf("/") + 1);
  const rid = await addRelationship(zip, `${dir}/_rels/${file}.rels`, DRAWING_REL, `../drawings/drawing${d}.xml`);
  // CT_Worksheet: <drawing> comes after the page setup elements and before legacyDrawing,
  // picture, oleObjects, controls, webPublishItems, tableParts and extLst.
  const later =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  const at2 = later ? later.index : sheetXml.lastIndexOf("</worksheet>");
  zip.file(part, `${sheetXml.slice(0, at2)}<drawing r:id="${rid}"/>${sheetXml.slice(at2)}`);
  zip.file(
    "[Content_Types].xml",
    types.replace(
      /<\/Types>\s*$/,
      `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${DRAWING_CT}"/><Override PartName="/xl/charts/chart${c}.xml" ContentType="${CHART_CT}"/></Types>`,
    ),
  );
  return true;
}
