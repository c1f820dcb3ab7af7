/**
 * The built-in LAKIP template as a .docx (JSZip), from the template source in
 * src/core/report/template. Reproducible: fixed entry dates and order, so the same source always
 * gives the same bytes (assets/lakip-template.docx is this function's output for A4).
 */
import JSZip from "jszip";
import { templateParts, type Paper } from "../../core/report";

/** Entry date of every part: fixed, so builds are byte-for-byte reproducible. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** The built-in template as a JSZip package (Node and browser: LAKIP.html fills it in the page). */
export function templateZip(paper: Paper = "A4"): JSZip {
  const zip = new JSZip();
  for (const [path, text] of templateParts(paper)) zip.file(path, text, { date: FIXED_DATE, createFolders: false });
  return zip;
}

export async function buildTemplateDocx(paper: Paper = "A4"): Promise<Buffer> {
  const zip = templateZip(paper);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
