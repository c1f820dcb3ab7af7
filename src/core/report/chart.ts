/**
 * Native Word charts (DrawingML chart parts, ECMA-376 Part 1 section 21.2) with their numbers and
 * categories cached in the part, so Word shows them and can edit them ("Edit Data" opens the
 * embedded workbook the file host adds beside the part) and LibreOffice renders them.
 *
 * Pure: the chart part XML and the inline drawing that points at it by relationship id; the
 * package work (part, relationship, content type, embedded workbook) is the file host's.
 */
import { escapeXml } from "./xml";

export const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
export const R_NS_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

export interface ChartSeries {
  name: string;
  /** One value per category; null leaves a gap. */
  values: (number | null)[];
  color: string;
  /**
   * Where each point's data label goes ("t" above, "b" below the point), so that a label is not
   * hidden under another series' line; absent: all above (line) or outside end (bar).
   */
  labelPos?: ("t" | "b")[];
}

export interface ChartSpec {
  /** 1-based, unique in the report: the part is word/charts/lakip-grafik{n}.xml. */
  n: number;
  kind: "bar" | "line";
  categories: string[];
  series: ChartSeries[];
  /** Data label / axis number format ("0.00", "#,##0.##"). */
  numFmt: string;
  /** Size in EMU (1 cm = 360000). */
  cx: number;
  cy: number;
  /** Value axis starts at 0 (bar charts of capaian). */
  fromZero: boolean;
  /**
   * Distance between value axis ticks (c:majorUnit), a whole number for counted things
   * (kegiatan, kasus, orang...) so the axis never shows "0,5"; absent: the renderer chooses.
   */
  majorUnit?: number;
}

export interface ChartPart {
  spec: ChartSpec;
  /** word/charts/lakip-grafik{n}.xml */
  name: string;
  relId: string;
  xml: string;
}

export function chartPartName(n: number): string {
  return `word/charts/lakip-grafik${n}.xml`;
}

export function chartRelId(n: number): string {
  return `rIdLakipGrafik${n}`;
}

/** Excel column letters of series k (B, C, ...) in the embedded workbook. */
export function seriesColumn(k: number): string {
  return String.fromCharCode(66 + k);
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(10)));
}

function strCache(values: string[]): string {
  return (
    `<c:strCache><c:ptCount val="${values.length}"/>` +
    values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("") +
    "</c:strCache>"
  );
}

function numCache(values: (number | null)[], fmt: string): string {
  return (
    `<c:numCache><c:formatCode>${escapeXml(fmt)}</c:formatCode><c:ptCount val="${values.length}"/>` +
    values
      .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`))
      .join("") +
    "</c:numCache>"
  );
}

const TX_PR =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>';

/**
 * A number format code for labels and axis: the code itself is locale-neutral ("." decimal,
 * "," grouping), and the [$-421] prefix (LCID 0x0421, Indonesian) makes it an id-ID format, so
 * LibreOffice shows "100,74" whatever its own locale; Word shows the viewer's separators.
 */
export function idFormat(fmt: string): string {
  return fmt === "General" ? fmt : `[$-421]${fmt}`;
}

/** One point's own label position (c:dLbl), the rest as the series' labels. */
function dLbl(idx: number, fmt: string, pos: string): string {
  return (
    `<c:dLbl><c:idx val="${idx}"/><c:numFmt formatCode="${escapeXml(idFormat(fmt))}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${TX_PR}` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
  );
}

function dLbls(fmt: string, pos: string, points: readonly ("t" | "b")[] = []): string {
  const own = points.map((p, i) => (p !== pos ? dLbl(i, fmt, p) : "")).join("");
  return (
    `<c:dLbls>${own}<c:numFmt formatCode="${escapeXml(idFormat(fmt))}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${TX_PR}` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function seriesXml(spec: ChartSpec, s: ChartSeries, k: number): string {
  const rows = spec.categories.length;
  const col = seriesColumn(k);
  const line = spec.kind === "line";
  const spPr = line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>`;
  return (
    `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
    `<c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
    spPr +
    (line
      ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr></c:marker>`
      : '<c:invertIfNegative val="0"/>') +
    // numbers on the first series only: two labelled lines overlap where they run close
    (k === 0 ? dLbls(spec.numFmt, line ? "t" : "outEnd", line ? (s.labelPos ?? []) : []) : "") +
    `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${rows + 1}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Sheet1!$${col}$2:$${col}$${rows + 1}</c:f>${numCache(s.values, "General")}</c:numRef></c:val>` +
    (line ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

/** The chart part (word/charts/lakip-grafikN.xml). `withWorkbook`: refers to the embedded workbook (relationship rId1). */
export function chartXml(spec: ChartSpec, withWorkbook: boolean): string {
  const bar = spec.kind === "bar";
  const series = spec.series.map((s, k) => seriesXml(spec, s, k)).join("");
  const group = bar
    ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="50010"/><c:axId val="50020"/></c:lineChart>`;
  const catAx =
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>${TX_PR}` +
    '<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${spec.fromZero ? '<c:min val="0"/>' : ""}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(idFormat(spec.numFmt === "0.00" ? "0" : spec.numFmt))}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>${TX_PR}` +
    `<c:crossAx val="50010"/><c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/>` +
    (spec.majorUnit ? `<c:majorUnit val="${num(spec.majorUnit)}"/>` : "") +
    "</c:valAx>";
  const legend =
    spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${TX_PR}</c:legend>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS_CHART}">` +
    '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>${group}${catAx}${valAx}</c:plotArea>${legend}` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>` +
    (withWorkbook ? '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>' : "") +
    "</c:chartSpace>"
  );
}

/** Satuan that count whole things: their charts' axis ticks are whole numbers. */
const COUNT_SATUAN =
  /^(kegiatan|kasus|dokumen|orang|kali|laporan|unit|buah|paket|ormas|organisasi|lembaga|forum|kelompok|desa|kelurahan|kecamatan|sekolah|peserta|jiwa|keluarga|rumah|perkara|konflik|rekomendasi|kejadian|aduan|pengaduan|izin|berkas|surat|naskah|produk|program|sasaran|indikator|perda|regulasi|titik|lokasi|event|acara|rapat)\b/i;

/**
 * The value axis of a trend chart of `values` in `satuan`. Counted things (kegiatan, kasus,
 * orang...) start at 0 with a whole "nice" tick step (1, 2, 5, 10, 20, ...; about five ticks), so
 * the axis never shows "0,5"; other values that are all whole numbers get a whole step over
 * their own range; anything else is left to the renderer.
 */
export function valueAxisFor(
  values: readonly (number | null)[],
  satuan: string,
): { fromZero: boolean; majorUnit?: number } {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length === 0) return { fromZero: false };
  const count = COUNT_SATUAN.test(satuan.trim()) && v.every((x) => x >= 0);
  if (!count && !v.every((x) => Number.isInteger(x))) return { fromZero: false };
  const lo = count ? 0 : Math.min(...v);
  const raw = (Math.max(...v) - lo) / 5;
  let step = 1;
  if (raw > 1) {
    const mag = 10 ** Math.floor(Math.log10(raw));
    step = Math.max(1, Math.round([1, 2, 5, 10].map((m) => m * mag).find((x) => x >= raw) as number));
  }
  return { fromZero: count, majorUnit: step };
}

/** Per point, the label of `values` above its point, or below where `other` (e.g. the target) is higher. */
export function labelsClearOf(values: readonly (number | null)[], other: readonly (number | null)[]): ("t" | "b")[] {
  return values.map((v, i) => {
    const o = other[i];
    return v !== null && o !== null && o !== undefined && v < o ? "b" : "t";
  });
}

/** The centered paragraph holding the chart inline (namespaces declared locally, so any template accepts it). */
export function chartParagraph(spec: ChartSpec, name: string): string {
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline xmlns:wp="${WP_NS}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${spec.cx}" cy="${spec.cy}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>' +
    `<wp:docPr id="${5000 + spec.n}" name="${escapeXml(name)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${A_NS}"><a:graphicData uri="${C_NS}">` +
    `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS_CHART}" r:id="${chartRelId(spec.n)}"/>` +
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
  );
}

export function chartPart(spec: ChartSpec, withWorkbook: boolean): ChartPart {
  return { spec, name: chartPartName(spec.n), relId: chartRelId(spec.n), xml: chartXml(spec, withWorkbook) };
}
