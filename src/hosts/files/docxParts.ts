/**
 * Package work beside the filled controls (JSZip): the native chart parts with their embedded
 * workbooks, relationships and content types; the cover logo picture; and the list of agency
 * sections (`lakip:teks-...`) still showing their placeholder. Idempotent: adding the same charts
 * or logo again gives the same parts.
 */
import JSZip from "jszip";
import {
  CHART_CT,
  CHART_REL,
  LOGO_TAG,
  escapeXml,
  isTeksPlaceholderText,
  isTeksTag,
  seriesColumn,
  tagTitle,
  type ChartPart,
} from "../../core/report";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PACKAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
const IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const DOC_RELS = "word/_rels/document.xml.rels";

export type WritePart = (zip: JSZip, name: string, data: string | Uint8Array, date: Date) => void;

const FIXED = new Date(Date.UTC(2025, 0, 1));

function colRef(k: number): string {
  return k === 0 ? "A" : seriesColumn(k - 1);
}

/** A small .xlsx holding a chart's data (Sheet1: categories in A, one series per column), for Word's "Edit Data". */
export async function chartWorkbook(chart: ChartPart): Promise<Uint8Array> {
  const { categories, series } = chart.spec;
  const cell = (ref: string, v: string | number | null) =>
    v === null
      ? ""
      : typeof v === "number"
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
  let rows = `<row r="1">${cell("A1", "Kategori")}${series.map((s, k) => cell(`${colRef(k + 1)}1`, s.name)).join("")}</row>`;
  categories.forEach((c, i) => {
    const r = i + 2;
    rows += `<row r="${r}">${cell(`A${r}`, c)}${series.map((s, k) => cell(`${colRef(k + 1)}${r}`, s.values[i] ?? null)).join("")}</row>`;
  });
  const zip = new JSZip();
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  zip.file(
    "[Content_Types].xml",
    head +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    { date: FIXED, createFolders: false },
  );
  zip.file(
    "_rels/.rels",
    head +
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    { date: FIXED, createFolders: false },
  );
  zip.file(
    "xl/workbook.xml",
    head +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    { date: FIXED, createFolders: false },
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    head +
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    { date: FIXED, createFolders: false },
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    head +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    { date: FIXED, createFolders: false },
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function text(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  return f ? f.async("string") : null;
}

function upsertRel(rels: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const existing = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`);
  if (existing.test(rels)) return rels.replace(existing, rel);
  return rels.replace(/<\/Relationships>\s*$/, rel + "</Relationships>");
}

function removeRel(rels: string, id: string): string {
  return rels.replace(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`), "");
}

function upsertOverride(ct: string, part: string, type: string): string {
  if (ct.includes(`PartName="${part}"`)) return ct;
  return ct.replace(/<\/Types>\s*$/, `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

function upsertDefault(ct: string, ext: string, type: string): string {
  if (new RegExp(`<Default [^>]*Extension="${ext}"`, "i").test(ct)) return ct;
  return ct.replace(/<Types([^>]*)>/, `<Types$1><Default Extension="${ext}" ContentType="${type}"/>`);
}

/**
 * Writes the chart parts (with an embedded workbook each), their relationships from the document
 * and their content types; removes the report's charts of an earlier fill that are gone now.
 */
export async function writeCharts(zip: JSZip, charts: readonly ChartPart[], write: WritePart): Promise<void> {
  let rels =
    (await text(zip, DOC_RELS)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  let ct = (await text(zip, "[Content_Types].xml")) ?? "";
  const relsBefore = rels;
  const ctBefore = ct;
  const keep = new Set(charts.map((c) => c.name));
  for (const name of Object.keys(zip.files)) {
    const m = /^word\/charts\/lakip-grafik(\d+)\.xml$/.exec(name);
    if (!m || keep.has(name)) continue;
    zip.remove(name);
    zip.remove(`word/charts/_rels/lakip-grafik${m[1]}.xml.rels`);
    zip.remove(`word/embeddings/lakip-grafik${m[1]}.xlsx`);
    rels = removeRel(rels, `rIdLakipGrafik${m[1]}`);
    ct = ct.replace(new RegExp(`<Override PartName="/${name.replace(/\//g, "\\/")}"[^>]*/>`), "");
  }
  for (const c of charts) {
    const n = c.spec.n;
    write(zip, c.name, c.xml, FIXED);
    const wb = `word/embeddings/lakip-grafik${n}.xlsx`;
    write(zip, wb, await chartWorkbook(c), FIXED);
    write(
      zip,
      `word/charts/_rels/lakip-grafik${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${PACKAGE_REL}" Target="../embeddings/lakip-grafik${n}.xlsx"/></Relationships>`,
      FIXED,
    );
    rels = upsertRel(rels, c.relId, CHART_REL, c.name.replace(/^word\//, ""));
    ct = upsertOverride(ct, `/${c.name}`, CHART_CT);
  }
  if (charts.length > 0) ct = upsertDefault(ct, "xlsx", XLSX_CT);
  if (rels !== relsBefore) write(zip, DOC_RELS, rels, FIXED);
  if (ct !== ctBefore) write(zip, "[Content_Types].xml", ct, FIXED);
}

/** Image kind and pixel size of a PNG or JPEG (null for anything else). */
export function imageInfo(bytes: Uint8Array): { ext: "png" | "jpeg"; width: number; height: number } | null {
  const b = bytes;
  if (b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const w = (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19];
    const h = (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23];
    return w > 0 && h > 0 ? { ext: "png", width: w, height: h } : null;
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1];
      const len = (b[i + 2] << 8) | b[i + 3];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const h = (b[i + 5] << 8) | b[i + 6];
        const w = (b[i + 7] << 8) | b[i + 8];
        return w > 0 && h > 0 ? { ext: "jpeg", width: w, height: h } : null;
      }
      i += 2 + len;
    }
  }
  return null;
}

export const LOGO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Puts the agency's logo into the `lakip:logo` picture control(s): the image part, its
 * relationship and an inline picture 3,5 cm high (width by the image's proportions, at most
 * 12 cm). Returns false when the document has no such control.
 */
export async function writeLogo(zip: JSZip, bytes: Uint8Array, write: WritePart): Promise<boolean> {
  const info = imageInfo(bytes);
  if (!info) throw new Error("not an image");
  const doc = await text(zip, "word/document.xml");
  if (doc === null) return false;
  const cy = 1260000; // 3,5 cm
  const cx = Math.min(4320000, Math.round((cy * info.width) / info.height));
  const relId = "rIdLakipLogo";
  const media = `word/media/lakip-logo.${info.ext === "png" ? "png" : "jpg"}`;
  const drawing =
    '<w:p><w:pPr><w:pStyle w:val="Sampul"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    '<wp:docPr id="4999" name="Logo"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="Logo"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip xmlns:r="${OFFICE_REL}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  let found = false;
  const next = doc.replace(
    /<w:sdt>(<w:sdtPr>[\s\S]*?<\/w:sdtPr>)<w:sdtContent>[\s\S]*?<\/w:sdtContent><\/w:sdt>/g,
    (m, pr: string) => {
      if (!pr.includes(`w:val="${LOGO_TAG}"`) || pr.includes("<w:sdtContent>")) return m;
      found = true;
      return `<w:sdt>${pr.replace(/<w:showingPlcHdr\/>/, "")}<w:sdtContent>${drawing}</w:sdtContent></w:sdt>`;
    },
  );
  if (!found) return false;
  for (const name of Object.keys(zip.files))
    if (/^word\/media\/lakip-logo\./.test(name) && name !== media) zip.remove(name);
  write(zip, media, bytes, FIXED);
  write(zip, "word/document.xml", next, FIXED);
  let rels = (await text(zip, DOC_RELS)) as string;
  rels = upsertRel(rels, relId, IMAGE_REL, media.replace(/^word\//, ""));
  write(zip, DOC_RELS, rels, FIXED);
  let ct = (await text(zip, "[Content_Types].xml")) as string;
  ct = upsertDefault(ct, info.ext === "png" ? "png" : "jpg", info.ext === "png" ? "image/png" : "image/jpeg");
  write(zip, "[Content_Types].xml", ct, FIXED);
  return true;
}

export interface OpenSections {
  /** Agency sections still showing their placeholder, in document order. */
  teks: { tag: string; title: string }[];
  /** The document has a lakip:logo control with no picture in it. */
  logoMissing: boolean;
}

/** The agency's sections still to write: `lakip:teks-` controls showing their placeholder, and an empty logo. */
export function openSections(documentXml: string | readonly string[]): OpenSections {
  const teks: { tag: string; title: string }[] = [];
  let logoMissing = false;
  // Given as the fill's segments, each is read on its own: a cut lies only around a large block
  // control's content that no other control encloses, so every text section and the logo (never
  // filled) lies inside one segment; the control at a cut is a filled one, which is not looked at.
  for (const xml of typeof documentXml === "string" ? [documentXml] : documentXml) {
    const found = openSectionsOf(xml);
    teks.push(...found.teks);
    logoMissing ||= found.logoMissing;
  }
  return { teks, logoMissing };
}

function openSectionsOf(documentXml: string): OpenSections {
  const teks: { tag: string; title: string }[] = [];
  let logoMissing = false;
  const re = /<w:sdt>(<w:sdtPr>[\s\S]*?<\/w:sdtPr>)(<w:sdtContent>[\s\S]*?<\/w:sdtContent>)/g;
  for (let m = re.exec(documentXml); m; m = re.exec(documentXml)) {
    // go on right after this control's properties, so that controls inside its content (the
    // analysis sections inside the narrative) are seen too
    re.lastIndex = m.index + "<w:sdt>".length + m[1].length;
    const pr = m[1];
    const tag = /<w:tag w:val="([^"]*)"/.exec(pr)?.[1];
    if (!tag) continue;
    if (isTeksTag(tag)) {
      const shown = unescapeXml(m[2].replace(/<[^>]+>/g, ""));
      if (pr.includes("<w:showingPlcHdr/>") || isTeksPlaceholderText(tag, shown))
        teks.push({ tag, title: tagTitle(tag) });
    } else if (tag === LOGO_TAG && !m[2].includes("<w:drawing>")) logoMissing = true;
  }
  return { teks, logoMissing };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
