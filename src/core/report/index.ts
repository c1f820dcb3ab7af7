/**
 * The LAKIP report renderer (pure: no fs, no DOM, no Office). `renderControls` gives, per tag of
 * spec section 5, the WordprocessingML body content (w:p / w:tbl elements, `w:` prefix, no
 * namespace declarations) that goes inside a block-level content control's w:sdtContent;
 * `toFlatOpc` wraps such content into a Flat OPC package for Office.js `insertOoxml`.
 */
import type { Analysis } from "../model";
import { buildContext } from "./context";
import {
  renderGrafikCapaian,
  renderIkhtisar,
  renderJudul,
  renderKepalaHalaman,
  renderNarasiSasaran,
  renderPenutup,
  renderTandaTangan,
} from "./narrative";
import { CHART_CT, CHART_REL, chartPart, chartXml, type ChartPart } from "./chart";
import {
  renderTabelAnggaran,
  renderTabelEfisiensi,
  renderTabelPengukuran,
  renderTabelPerbandingan,
  renderTabelPk,
  renderTabelRenstra,
} from "./tables";
import type { ReportTag } from "./tags";
import { keepTail } from "./keep";
import { joinBody, type Body } from "./xml";
import { documentTitle, renderIdentitas } from "./cover";

/**
 * Controls ending in a chart with notes under it. The tables' controls keep their notes with the
 * table as they are rendered (tables.ts, keepTailAfter), without searching the whole table.
 */
const KEEP_TAIL_TAGS: readonly ReportTag[] = ["lakip:grafik-capaian"];
import { renderLampiranPk } from "../pk/reportSide";
import { R_NS, W_NS, stylesXml } from "./template/styles";

export {
  REPORT_TAGS,
  REPORT_TAG_NAMES,
  TEKS_TAGS,
  LOGO_TAG,
  LOGO_TITLE,
  isReportTag,
  isTeksTag,
  isAnalisisTag,
  isTeksPlaceholderText,
  analisisTag,
  analisisTitle,
  analisisPlaceholder,
  ANALISIS_TAG_PREFIX,
  ANALISIS_PLACEHOLDER_START,
  tagTitle,
  type ReportTag,
  type TeksTag,
} from "./tags";
export {
  CHART_CT,
  CHART_REL,
  chartPart,
  chartXml,
  seriesColumn,
  type ChartPart,
  type ChartSpec,
  type ChartSeries,
} from "./chart";
export { perubahan, type Perubahan, type Arah } from "./measures";
export { escapeXml, cleanText, joinBody, type Body } from "./xml";
export { TABLE_NUMBERS } from "./tables";
export { templateParts } from "./template/package";
export {
  templateDocumentXml,
  blockControl,
  teksControl,
  INDEX_FIELDS,
  PAPER_SIZES,
  MARGINS,
  type Paper,
} from "./template/document";
export { stylesXml, STYLE_DEFS, CONTENT_STYLE_IDS, FONT, W_NS } from "./template/styles";

export interface RenderOptions {
  /** The date under the signature (default: today). */
  tanggal?: Date;
  /** The place before the date ("Pangkalan Bun"); default a dotted line to fill in. */
  tempat?: string;
}

export interface RenderedReport {
  /** The body XML of every report control, by tag. */
  controls: Record<ReportTag, string>;
  /** The native charts the controls point at (r:id), Grafik 3.1 first. */
  charts: ChartPart[];
  /** The document's title property (dc:title), from Judul Laporan, instansi and year. */
  title: string;
}

/**
 * The report: every control's body and the chart parts they refer to. Deterministic for the same
 * analysis and options. `withWorkbook`: the chart parts refer to an embedded workbook (the file
 * host adds it; Office.js insertion leaves it out).
 */
export function renderReport(analysis: Analysis, options: RenderOptions = {}, withWorkbook = false): RenderedReport {
  const r = renderReportBodies(analysis, options, withWorkbook);
  const controls = {} as Record<ReportTag, string>;
  for (const tag of Object.keys(r.controls) as ReportTag[]) controls[tag] = joinBody(r.controls[tag]);
  return { ...r, controls };
}

/** `renderReport` with each control's body as it was built: the large ones (tables, narrative) as pieces, never joined. */
export interface RenderedBodies extends Omit<RenderedReport, "controls"> {
  controls: Record<ReportTag, Body>;
}

/**
 * `renderReport` for a host that stores a control piece by piece (the files host's CLI route): the
 * same bodies, the large ones as their pieces in order (`joinBody` gives `renderReport`'s text).
 */
export function renderReportBodies(
  analysis: Analysis,
  options: RenderOptions = {},
  withWorkbook = false,
): RenderedBodies {
  const ctx = buildContext(analysis);
  const tanggal = options.tanggal ?? new Date();
  const grafik = renderGrafikCapaian(ctx);
  const narasi = renderNarasiSasaran(ctx);
  const controls: Record<ReportTag, Body> = {
    "lakip:judul": renderJudul(ctx),
    "lakip:identitas": renderIdentitas(ctx),
    "lakip:tanda-tangan": renderTandaTangan(ctx, tanggal, options.tempat),
    "lakip:ikhtisar": renderIkhtisar(ctx),
    "lakip:tabel-pk": renderTabelPk(ctx),
    "lakip:tabel-pengukuran": renderTabelPengukuran(ctx),
    "lakip:grafik-capaian": grafik,
    "lakip:tabel-perbandingan": renderTabelPerbandingan(ctx),
    "lakip:tabel-renstra": renderTabelRenstra(ctx),
    "lakip:narasi-sasaran": narasi,
    "lakip:tabel-efisiensi": renderTabelEfisiensi(ctx),
    "lakip:tabel-anggaran": renderTabelAnggaran(ctx),
    "lakip:penutup": renderPenutup(ctx),
    "lakip:kepala-halaman": renderKepalaHalaman(ctx),
    "lakip:lampiran-pk": renderLampiranPk(analysis),
  };
  // notes and Sumber lines stay with their table or chart (keep.ts)
  for (const tag of KEEP_TAIL_TAGS) controls[tag] = keepTail(joinBody(controls[tag]));
  const specs = [...(ctx.chartCapaian ? [ctx.chartCapaian] : []), ...ctx.charts];
  return { controls, charts: specs.map((spec) => chartPart(spec, withWorkbook)), title: documentTitle(ctx) };
}

/** The body XML of every report control, by tag. Deterministic for the same analysis and options. */
export function renderControls(analysis: Analysis, options: RenderOptions = {}): Record<ReportTag, string> {
  return renderReport(analysis, options).controls;
}

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS_CT = "application/vnd.openxmlformats-package.relationships+xml";

/** The styles part without its XML declaration (a Flat OPC part holds the element itself). */
const STYLES_ELEMENT = stylesXml().replace(/^<\?xml[^>]*\?>\s*/, "");

/**
 * Wraps body content (w:p / w:tbl elements) into a Flat OPC package (pkg:package) with the
 * document part and the styles it refers to, for Office.js `insertOoxml`. Styles the target
 * document already has keep the document's definition. `workbooks` (base64 .xlsx by chart part
 * name): each chart then carries its embedded workbook (word/embeddings, the chart's package
 * relationship and c:externalData), as "Understand when and how to use Office Open XML in your
 * Word add-in" requires for a chart.
 */
export function toFlatOpc(
  bodyXml: string,
  charts: readonly ChartPart[] = [],
  workbooks: ReadonlyMap<string, string> = new Map(),
): string {
  const used = charts.filter((c) => bodyXml.includes(`r:id="${c.relId}"`));
  const chartRels = used
    .map((c) => `<Relationship Id="${c.relId}" Type="${CHART_REL}" Target="${c.name.replace(/^word\//, "")}"/>`)
    .join("");
  const chartParts = used
    .map((c) => {
      const workbook = workbooks.get(c.name);
      const xml = workbook ? chartXml(c.spec, true) : c.xml;
      const part = `<pkg:part pkg:name="/${c.name}" pkg:contentType="${CHART_CT}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`;
      if (!workbook) return part;
      const file = c.name.replace(/^word\/charts\//, "");
      const xlsx = `word/embeddings/${file.replace(/\.xml$/, ".xlsx")}`;
      return (
        part +
        `<pkg:part pkg:name="/word/charts/_rels/${file}.rels" pkg:contentType="${RELS_CT}"><pkg:xmlData>` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/${xlsx.replace(/^word\/embeddings\//, "")}"/></Relationships>` +
        "</pkg:xmlData></pkg:part>" +
        `<pkg:part pkg:name="/${xlsx}" pkg:contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"><pkg:binaryData>${workbook}</pkg:binaryData></pkg:part>`
      );
    })
    .join("");
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELS_CT}" pkg:padding="512"><pkg:xmlData>` +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="${RELS_CT}" pkg:padding="256"><pkg:xmlData>` +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    chartRels +
    "</Relationships>" +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}</w:body></w:document>` +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>' +
    STYLES_ELEMENT +
    "</pkg:xmlData></pkg:part>" +
    chartParts +
    "</pkg:package>"
  );
}
