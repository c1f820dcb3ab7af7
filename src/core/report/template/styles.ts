/**
 * word/styles.xml of the LAKIP template, also sent with every inserted piece (Flat OPC) and
 * added to an agency's own template where a style is missing. Arial 12 pt, 1,5 line spacing for
 * the body; Arial 10 pt single-spaced inside tables; built-in style ids (Heading1..3, Title,
 * Caption, TOC1..3, Footer) so that the navigation pane, the table of contents and Word's own
 * style gallery work.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const FONT = "Arial";
/** Body size in half-points (12 pt). */
export const BODY_SIZE = 24;
const TEXT_RIGHT_TAB = 9071;

interface StyleDef {
  id: string;
  xml: string;
}

function pStyle(
  id: string,
  name: string,
  opts: { basedOn?: string; next?: string; uiPriority?: number; qFormat?: boolean; pPr?: string; rPr?: string },
): StyleDef {
  const kind = id === "Normal" ? ' w:default="1"' : isBuiltIn(id) ? "" : ' w:customStyle="1"';
  let s = `<w:style w:type="paragraph"${kind} w:styleId="${id}"><w:name w:val="${name}"/>`;
  if (opts.basedOn) s += `<w:basedOn w:val="${opts.basedOn}"/>`;
  if (opts.next) s += `<w:next w:val="${opts.next}"/>`;
  if (opts.uiPriority !== undefined) s += `<w:uiPriority w:val="${opts.uiPriority}"/>`;
  if (opts.qFormat) s += "<w:qFormat/>";
  if (opts.pPr) s += `<w:pPr>${opts.pPr}</w:pPr>`;
  if (opts.rPr) s += `<w:rPr>${opts.rPr}</w:rPr>`;
  return { id, xml: s + "</w:style>" };
}

const BUILT_IN = new Set([
  "Normal",
  "Heading1",
  "Heading2",
  "Heading3",
  "Title",
  "Caption",
  "TOC1",
  "TOC2",
  "TOC3",
  "TOCHeading",
  "Footer",
]);
function isBuiltIn(id: string): boolean {
  return BUILT_IN.has(id);
}

const size = (hp: number) => `<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`;

/** Every style of the template, in an order where a style's basedOn comes first. */
export const STYLE_DEFS: readonly StyleDef[] = [
  pStyle("Normal", "Normal", {
    qFormat: true,
    pPr: '<w:spacing w:after="120" w:line="360" w:lineRule="auto"/>',
  }),
  {
    id: "DefaultParagraphFont",
    xml: '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  },
  {
    id: "TableNormal",
    xml: '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  },
  {
    id: "NoList",
    xml: '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  },
  pStyle("Heading1", "heading 1", {
    basedOn: "Normal",
    next: "IsiLaporan",
    uiPriority: 9,
    qFormat: true,
    pPr: '<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
    rPr: `<w:b/><w:bCs/><w:caps/>${size(28)}`,
  }),
  pStyle("Heading2", "heading 2", {
    basedOn: "Normal",
    next: "IsiLaporan",
    uiPriority: 9,
    qFormat: true,
    pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>',
    rPr: `<w:b/><w:bCs/>${size(24)}`,
  }),
  pStyle("Heading3", "heading 3", {
    basedOn: "Normal",
    next: "IsiLaporan",
    uiPriority: 9,
    qFormat: true,
    pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:left="567" w:hanging="567"/><w:outlineLvl w:val="2"/>',
    rPr: `<w:b/><w:bCs/>${size(24)}`,
  }),
  pStyle("Title", "Title", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 10,
    qFormat: true,
    pPr: '<w:spacing w:before="0" w:after="240" w:line="276" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: `<w:b/><w:bCs/><w:caps/>${size(32)}`,
  }),
  pStyle("Caption", "caption", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 35,
    qFormat: true,
    pPr: '<w:keepNext/><w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: `<w:b/><w:bCs/>${size(22)}`,
  }),
  pStyle("Sumber", "LAKIP Sumber Tabel", {
    basedOn: "Normal",
    next: "IsiLaporan",
    uiPriority: 36,
    pPr: '<w:keepLines/><w:spacing w:before="60" w:after="120" w:line="240" w:lineRule="auto"/>',
    rPr: `<w:i/><w:iCs/>${size(20)}`,
  }),
  pStyle("IsiLaporan", "LAKIP Isi", {
    basedOn: "Normal",
    uiPriority: 1,
    qFormat: true,
    pPr: '<w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>',
  }),
  pStyle("Butir", "LAKIP Butir", {
    basedOn: "IsiLaporan",
    uiPriority: 1,
    pPr: '<w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="1134" w:hanging="567"/>',
  }),
  pStyle("TabelIsi", "LAKIP Isi Tabel", {
    basedOn: "Normal",
    uiPriority: 1,
    pPr: '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
    rPr: size(20),
  }),
  pStyle("TabelAngka", "LAKIP Angka Tabel", {
    basedOn: "TabelIsi",
    uiPriority: 1,
    pPr: '<w:jc w:val="right"/>',
  }),
  pStyle("TabelTengah", "LAKIP Tengah Tabel", {
    basedOn: "TabelIsi",
    uiPriority: 1,
    pPr: '<w:jc w:val="center"/>',
  }),
  pStyle("Sampul", "LAKIP Sampul", {
    basedOn: "Normal",
    uiPriority: 1,
    pPr: '<w:spacing w:before="0" w:after="60" w:line="276" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: `<w:b/><w:bCs/>${size(28)}`,
  }),
  pStyle("SampulIdentitas", "LAKIP Sampul Identitas", {
    basedOn: "Normal",
    uiPriority: 1,
    pPr: '<w:keepNext/><w:spacing w:before="0" w:after="60" w:line="276" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: `<w:b/><w:bCs/><w:caps/>${size(32)}`,
  }),
  pStyle("SampulAlamat", "LAKIP Sampul Alamat", {
    basedOn: "Normal",
    uiPriority: 1,
    pPr: '<w:keepNext/><w:spacing w:before="60" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: size(22),
  }),
  pStyle("JudulBagian", "LAKIP Judul Tanpa Daftar", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 1,
    pPr: '<w:keepNext/><w:pageBreakBefore/><w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: `<w:b/><w:bCs/><w:caps/>${size(28)}`,
  }),
  pStyle("TandaTangan", "LAKIP Tanda Tangan", {
    basedOn: "Normal",
    uiPriority: 1,
    pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="4536"/><w:jc w:val="center"/>',
  }),
  pStyle("TOCHeading", "TOC Heading", {
    basedOn: "Heading1",
    next: "Normal",
    uiPriority: 39,
    pPr: '<w:outlineLvl w:val="9"/>',
  }),
  pStyle("TOC1", "toc 1", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 39,
    pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_RIGHT_TAB}"/></w:tabs><w:spacing w:before="120" w:after="0" w:line="276" w:lineRule="auto"/>`,
    rPr: "<w:b/><w:bCs/>",
  }),
  pStyle("TOC2", "toc 2", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 39,
    pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_RIGHT_TAB}"/></w:tabs><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="284"/>`,
  }),
  pStyle("TOC3", "toc 3", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 39,
    pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_RIGHT_TAB}"/></w:tabs><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="567"/>`,
  }),
  pStyle("TableofFigures", "table of figures", {
    basedOn: "Normal",
    next: "Normal",
    uiPriority: 99,
    pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_RIGHT_TAB}"/></w:tabs><w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="1134" w:hanging="1134"/>`,
  }),
  pStyle("Header", "header", {
    basedOn: "Normal",
    uiPriority: 99,
    pPr: '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>',
    rPr: `<w:i/><w:iCs/>${size(18)}`,
  }),
  pStyle("TabelUlang", "LAKIP Sasaran Lanjutan", {
    basedOn: "TabelIsi",
    uiPriority: 1,
    rPr: `<w:color w:val="808080"/>${size(16)}`,
  }),
  pStyle("Footer", "footer", {
    basedOn: "Normal",
    uiPriority: 99,
    pPr: '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
    rPr: size(20),
  }),
  {
    id: "PlaceholderText",
    xml: '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>',
  },
  {
    id: "TabelLAKIP",
    xml:
      '<w:style w:type="table" w:customStyle="1" w:styleId="TabelLAKIP"><w:name w:val="LAKIP Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>' +
      '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
      '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>',
  },
];

/** The styles the rendered content refers to (added to an agency template where missing). */
export const CONTENT_STYLE_IDS = [
  "Heading3",
  "Caption",
  "Sumber",
  "IsiLaporan",
  "Butir",
  "TabelIsi",
  "TabelAngka",
  "TabelTengah",
  "Sampul",
  "SampulIdentitas",
  "SampulAlamat",
  "TandaTangan",
  "TabelLAKIP",
  "TabelUlang",
  "Header",
  "TableofFigures",
  "Title",
  "PlaceholderText",
];

const DOC_DEFAULTS =
  "<w:docDefaults>" +
  `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>${size(BODY_SIZE)}<w:lang w:val="id-ID" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
  "</w:docDefaults>";

export function stylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    DOC_DEFAULTS +
    STYLE_DEFS.map((s) => s.xml).join("") +
    "</w:styles>"
  );
}
