/**
 * Every part of the template package as text (pure; the JSZip step is in
 * src/hosts/files/docxTemplate.ts and scripts/build-template.ts). settings.xml does not ask Word
 * to update fields on open (that prompts the user): the index fields carry their entries as
 * cached results written when the report is filled, and the Word pane updates them.
 */
import { footerXml, headerXml, templateDocumentXml, type Paper } from "./document";
import { stylesXml, W_NS } from "./styles";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function contentTypes(): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    o("/word/document.xml", `${wml}.document.main+xml`) +
    o("/word/styles.xml", `${wml}.styles+xml`) +
    o("/word/settings.xml", `${wml}.settings+xml`) +
    o("/word/header1.xml", `${wml}.header+xml`) +
    o("/word/header2.xml", `${wml}.header+xml`) +
    o("/word/footer1.xml", `${wml}.footer+xml`) +
    o("/word/footer2.xml", `${wml}.footer+xml`) +
    o("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    o("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    "</Types>"
  );
}

function rootRels(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

function documentRels(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rIdStyles" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${OFFICE_REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rIdHeaderPage" Type="${OFFICE_REL}/header" Target="header1.xml"/>` +
    `<Relationship Id="rIdHeaderCover" Type="${OFFICE_REL}/header" Target="header2.xml"/>` +
    `<Relationship Id="rIdFooterPage" Type="${OFFICE_REL}/footer" Target="footer1.xml"/>` +
    `<Relationship Id="rIdFooterCover" Type="${OFFICE_REL}/footer" Target="footer2.xml"/>` +
    "</Relationships>"
  );
}

function settings(): string {
  return (
    XML_HEAD +
    `<w:settings xmlns:w="${W_NS}">` +
    '<w:defaultTabStop w:val="720"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="id-ID"/>' +
    '<w:decimalSymbol w:val=","/>' +
    '<w:listSeparator w:val=";"/>' +
    "</w:settings>"
  );
}

function core(): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:title>Laporan Akuntabilitas Kinerja Instansi Pemerintah</dc:title>" +
    "<dc:subject>LAKIP</dc:subject>" +
    "<dc:language>id-ID</dc:language>" +
    "</cp:coreProperties>"
  );
}

function app(): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>LAKIP</Application><Template>lakip-template.docx</Template>" +
    "</Properties>"
  );
}

/** Path -> text of every part of the template package, in a fixed order ([Content_Types].xml first). */
export function templateParts(paper: Paper = "A4"): Array<[string, string]> {
  return [
    ["[Content_Types].xml", contentTypes()],
    ["_rels/.rels", rootRels()],
    ["docProps/core.xml", core()],
    ["docProps/app.xml", app()],
    ["word/document.xml", templateDocumentXml(paper)],
    ["word/_rels/document.xml.rels", documentRels()],
    ["word/styles.xml", stylesXml()],
    ["word/settings.xml", settings()],
    ["word/header1.xml", headerXml(true)],
    ["word/header2.xml", headerXml(false)],
    ["word/footer1.xml", footerXml(true)],
    ["word/footer2.xml", footerXml(false)],
  ];
}

export type { Paper };
