/**
 * Custom document properties (docProps/custom.xml) of an OOXML package: parsing and writing.
 * ExcelJS neither reads nor writes them; the SOP tracker (spec section 7) lives there.
 * No DOM needed: the part's shape is fixed by ECMA-376 (Part 1, 22.3).
 */
import type JSZip from "jszip";

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, ent: string) => {
    if (ent[0] === "#") {
      const code = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : "";
    }
    return XML_ENTITIES[ent];
  });
}

export function encodeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped (they cannot be stored at all).
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
  return clean
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return decodeXml(m[2] ?? m[3] ?? "");
}

/** name -> value text of every property in a docProps/custom.xml part (any value type, as text). */
export function parseCustomPropertiesXml(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /<(?:[A-Za-z_][\w.-]*:)?property\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?property\s*>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const name = attr(m[1], "name");
    if (name === undefined) continue;
    const body = m[3] ?? "";
    const value = /<(?:[A-Za-z_][\w.-]*:)?[A-Za-z0-9]+\b[^>]*>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?[A-Za-z0-9]+\s*>/.exec(
      body,
    );
    out[name] = value ? decodeXml(value[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")) : "";
  }
  return out;
}

const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

/** A docProps/custom.xml part holding the given text properties (pid from 2, as Office does). */
export function buildCustomPropertiesXml(props: Readonly<Record<string, string>>): string {
  const items = Object.keys(props).map(
    (name, i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="${encodeXml(name)}"><vt:lpwstr>${encodeXml(props[name])}</vt:lpwstr></property>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${items.join("")}</Properties>`;
}

/**
 * Sets custom text properties in an OOXML package (xlsx or docx) held by JSZip: merges with
 * the properties already there, and adds the part, its relationship and content type if missing.
 */
export async function setCustomProperties(zip: JSZip, props: Readonly<Record<string, string>>): Promise<void> {
  const existingEntry = zip.file("docProps/custom.xml");
  const existing = existingEntry ? parseCustomPropertiesXml(await existingEntry.async("string")) : {};
  zip.file("docProps/custom.xml", buildCustomPropertiesXml({ ...existing, ...props }));

  const relsEntry = zip.file("_rels/.rels");
  if (relsEntry) {
    const rels = await relsEntry.async("string");
    if (!rels.includes(CUSTOM_REL)) {
      const ids = Array.from(rels.matchAll(/Id="rId(\d+)"/g), (m) => Number(m[1]));
      const id = `rId${(ids.length ? Math.max(...ids) : 0) + 1}`;
      zip.file(
        "_rels/.rels",
        rels.replace(
          /<\/Relationships>\s*$/,
          `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`,
        ),
      );
    }
  }
  const ctEntry = zip.file("[Content_Types].xml");
  if (ctEntry) {
    const ct = await ctEntry.async("string");
    if (!ct.includes('PartName="/docProps/custom.xml"')) {
      zip.file(
        "[Content_Types].xml",
        ct.replace(/<\/Types>\s*$/, `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_CT}"/></Types>`),
      );
    }
  }
}
