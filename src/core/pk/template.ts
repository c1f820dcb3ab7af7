/**
 * The built-in Perjanjian Kinerja template (spec 5.2) as package parts (pure text; the JSZip step
 * is src/hosts/files/pkDocx.ts). One section, A4 or F4, the report's margins and styles; every
 * generated part is a block-level content control (w:sdt with tag, Indonesian title, placeholder),
 * filled by the same machinery as the report (src/hosts/files/docxFill.ts). Text the agency adds
 * outside the controls is never touched by a refill.
 */
import { MARGINS, PAPER_SIZES, type Paper } from "../report/template/document";
import { R_NS, stylesXml, W_NS } from "../report/template/styles";
import { escapeXml } from "../report/xml";
import { PK_TAGS } from "./tags";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

function control(tag: string, title: string, id: number): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${id}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` +
    `<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${escapeXml(title)} diisi otomatis dari format data kinerja dengan perintah lakip pk atau tombol Buat Perjanjian Kinerja.</w:t></w:r></w:p>` +
    `</w:sdtContent></w:sdt>`
  );
}

export function pkDocumentXml(paper: Paper = "A4"): string {
  const { w, h } = PAPER_SIZES[paper];
  const m = MARGINS;
  const body = PK_TAGS.map((t, k) => control(t.tag, t.title, 2000 + k)).join("");
  const sect =
    `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return (
    XML_HEAD + `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:p/>${sect}</w:body></w:document>`
  );
}

/** Path -> text of every part of the PK template, [Content_Types].xml first. */
export function pkTemplateParts(paper: Paper = "A4"): Array<[string, string]> {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return [
    [
      "[Content_Types].xml",
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        o("/word/document.xml", `${WML}.document.main+xml`) +
        o("/word/styles.xml", `${WML}.styles+xml`) +
        o("/word/settings.xml", `${WML}.settings+xml`) +
        o("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
        o("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
        "</Types>",
    ],
    [
      "_rels/.rels",
      XML_HEAD +
        `<Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>` +
        "</Relationships>",
    ],
    [
      "docProps/core.xml",
      XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        "<dc:title>Perjanjian Kinerja</dc:title><dc:subject>Perjanjian Kinerja</dc:subject><dc:language>id-ID</dc:language>" +
        "</cp:coreProperties>",
    ],
    [
      "docProps/app.xml",
      XML_HEAD +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        "<Application>LAKIP</Application><Template>lakip-pk-template.docx</Template></Properties>",
    ],
    ["word/document.xml", pkDocumentXml(paper)],
    [
      "word/_rels/document.xml.rels",
      XML_HEAD +
        `<Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rIdStyles" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rIdSettings" Type="${OFFICE_REL}/settings" Target="settings.xml"/>` +
        "</Relationships>",
    ],
    ["word/styles.xml", stylesXml()],
    [
      "word/settings.xml",
      XML_HEAD +
        `<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
        '<w:themeFontLang w:val="id-ID"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>',
    ],
  ];
}
