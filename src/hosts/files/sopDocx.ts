/**
 * The SOP tracker in a .docx or .xlsx package (JSZip), for `lakip report` and tests: the
 * `LAKIP Langkah N` properties in docProps/custom.xml (through customProperties.ts, which keeps
 * every other property) and the history in a custom XML part, customXml/itemN.xml with its
 * itemPropsN.xml (schema reference urn:lakip:sop:riwayat:1), related from the main part
 * (word/document.xml or xl/workbook.xml) as Word itself stores custom XML parts, so Word's
 * `customXmlParts.getByNamespace` finds it when the document is opened.
 */
import type JSZip from "jszip";
import {
  HISTORY_NAMESPACE,
  contentHash,
  isHistoryXml,
  loadFromXmls,
  prepareSave,
  reportTracker,
  type HistoryEvent,
  type TrackerSnapshot,
  type TrackerStore,
  type Who,
} from "../../core/sop";
import { parseCustomPropertiesXml, setCustomProperties } from "./customProperties";
import { UserError } from "../../core/errors";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const ITEM_PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const STORAGE = "bagian XML kustom berkas (customXml)";

export async function readPackageProperties(zip: JSZip): Promise<Record<string, string>> {
  const entry = zip.file("docProps/custom.xml");
  return entry ? parseCustomPropertiesXml(await entry.async("string")) : {};
}

/** The main part of the package and its relationships part. */
function mainPart(zip: JSZip): { part: string; rels: string } {
  if (zip.file("word/document.xml")) return { part: "word/document.xml", rels: "word/_rels/document.xml.rels" };
  if (zip.file("xl/workbook.xml")) return { part: "xl/workbook.xml", rels: "xl/_rels/workbook.xml.rels" };
  throw new UserError("Berkas ini bukan dokumen Word (.docx) atau buku kerja Excel (.xlsx).");
}

async function historyItems(zip: JSZip): Promise<{ path: string; xml: string }[]> {
  const out: { path: string; xml: string }[] = [];
  const paths = Object.keys(zip.files)
    .filter((p) => /^customXml\/item\d+\.xml$/.test(p))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  for (const path of paths) {
    const xml = await zip.file(path)!.async("string");
    if (isHistoryXml(xml)) out.push({ path, xml });
  }
  return out;
}

export async function readTrackerFromPackage(zip: JSZip): Promise<TrackerSnapshot> {
  const items = await historyItems(zip);
  return loadFromXmls(
    items.map((i) => i.xml),
    STORAGE,
    await readPackageProperties(zip),
  );
}

function guidFrom(text: string): string {
  const h = (contentHash(text) + contentHash(text + "#")).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<void> {
  const entry = zip.file(relsPath);
  let rels = entry
    ? await entry.async("string")
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  if (rels.includes(`Target="${target}"`)) return;
  const ids = Array.from(rels.matchAll(/Id="rId(\d+)"/g), (m) => Number(m[1]));
  const id = `rId${(ids.length ? Math.max(...ids) : 0) + 1}`;
  rels = rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/></Relationships>`,
  );
  zip.file(relsPath, rels);
}

async function removeRelationship(zip: JSZip, relsPath: string, target: string): Promise<void> {
  const entry = zip.file(relsPath);
  if (!entry) return;
  const rels = await entry.async("string");
  zip.file(
    relsPath,
    rels.replace(
      new RegExp(`<Relationship\\b[^>]*Target="${target.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"[^>]*/>`, "g"),
      "",
    ),
  );
}

async function ensureContentTypes(zip: JSZip, itemPropsPath: string): Promise<void> {
  const entry = zip.file("[Content_Types].xml");
  if (!entry) throw new UserError("Berkas rusak: [Content_Types].xml tidak ada.");
  let ct = await entry.async("string");
  if (!/<Default\b[^>]*Extension="xml"/i.test(ct))
    ct = ct.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="xml" ContentType="application/xml"/>`);
  if (!ct.includes(`PartName="/${itemPropsPath}"`))
    ct = ct.replace(/<\/Types>\s*$/, `<Override PartName="/${itemPropsPath}" ContentType="${ITEM_PROPS_CT}"/></Types>`);
  zip.file("[Content_Types].xml", ct);
}

async function removeContentType(zip: JSZip, partPath: string): Promise<void> {
  const entry = zip.file("[Content_Types].xml");
  if (!entry) return;
  const ct = await entry.async("string");
  zip.file(
    "[Content_Types].xml",
    ct.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${partPath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"[^>]*/>`, "g"),
      "",
    ),
  );
}

/**
 * Writes a history into the package: merged with the history parts already there (kept as one
 * part), and the eight properties rewritten from the merged history. Returns what was written.
 */
export async function writeTrackerToPackage(zip: JSZip, history: readonly HistoryEvent[]): Promise<TrackerSnapshot> {
  const { rels: mainRels } = mainPart(zip);
  const items = await historyItems(zip);
  const { snapshot, xml } = prepareSave(
    items.map((i) => i.xml),
    history,
    STORAGE,
  );
  let itemPath: string;
  if (items.length > 0) {
    itemPath = items[0].path;
    for (const extra of items.slice(1)) {
      const n = /\d+/.exec(extra.path)![0];
      zip.remove(extra.path);
      zip.remove(`customXml/itemProps${n}.xml`);
      zip.remove(`customXml/_rels/item${n}.xml.rels`);
      await removeContentType(zip, `customXml/itemProps${n}.xml`);
      await removeRelationship(zip, mainRels, `../customXml/item${n}.xml`);
    }
  } else {
    const used = Object.keys(zip.files)
      .map((p) => /^customXml\/item(\d+)\.xml$/.exec(p))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]));
    itemPath = `customXml/item${(used.length ? Math.max(...used) : 0) + 1}.xml`;
  }
  const n = /\d+/.exec(itemPath)![0];
  const itemProps = `customXml/itemProps${n}.xml`;
  zip.file(itemPath, xml);
  if (!zip.file(itemProps))
    zip.file(
      itemProps,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guidFrom(itemPath + xml)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${HISTORY_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  await ensureContentTypes(zip, itemProps);
  await addRelationship(zip, mainRels, CUSTOM_XML_REL, `../customXml/item${n}.xml`);
  await setCustomProperties(zip, snapshot.properties);
  return snapshot;
}

/**
 * For `lakip report`: carries the workbook's records of steps 2-5 into the document being
 * written (and whatever tracker its template had), marks step 6 Selesai, and writes properties
 * and history. `workbookProps` are the workbook's custom properties (`readPackageProperties`
 * of the .xlsx zip).
 */
export async function writeReportTracker(
  docx: JSZip,
  workbookProps: Readonly<Record<string, string>>,
  now: Date,
  /** Who made the document (default: `lakip report`). */
  actor?: Who,
): Promise<TrackerSnapshot> {
  const existing = await readTrackerFromPackage(docx);
  const { history } = reportTracker(existing.history, workbookProps, now, actor);
  return writeTrackerToPackage(docx, history);
}

/** A TrackerStore over a package held in memory. */
export function createPackageTrackerStore(zip: JSZip): TrackerStore {
  return {
    load: () => readTrackerFromPackage(zip),
    save: (history) => writeTrackerToPackage(zip, history),
  };
}
