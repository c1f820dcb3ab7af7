/** The `LAKIP Nomor Halaman` custom property of a report package (src/core/report/indexPages.ts). */
import type JSZip from "jszip";
import { INDEX_PAGES_PROPERTY, INDEX_PAGES_VALUES, indexPagesOf, type IndexPages } from "../../core/report/indexPages";
import { parseCustomPropertiesXml, setCustomProperties } from "./customProperties";

/** Records how the index page numbers were made (a real layout, or estimated). */
export async function writeIndexPagesProperty(zip: JSZip, state: IndexPages): Promise<void> {
  await setCustomProperties(zip, { [INDEX_PAGES_PROPERTY]: INDEX_PAGES_VALUES[state] });
}

/** How the package's index page numbers were made; null when the package does not say. */
export async function readIndexPagesProperty(zip: JSZip): Promise<IndexPages | null> {
  const part = zip.file("docProps/custom.xml");
  if (!part) return null;
  return indexPagesOf(parseCustomPropertiesXml(await part.async("string"))[INDEX_PAGES_PROPERTY]);
}
