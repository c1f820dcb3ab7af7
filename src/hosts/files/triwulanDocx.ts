/**
 * The quarterly report (spec 5.1) as a .docx package: the built-in template and its fill, shared
 * by `lakip triwulan`, LAKIP.html and the Word pane (which inserts the template's bytes). Runs in
 * Node and in a browser: the same `fillDocxZip` as the LAKIP, so the same fill rules.
 */
import JSZip from "jszip";
import type { Analysis } from "../../core/model";
import type { Quarter } from "../../core/read/quarterColumns";
import { renderTriwulan } from "../../core/report/triwulan/render";
import { triwulanTemplateParts } from "../../core/report/triwulan/template";
import { fillDocxZip, type FillOptions, type FillReport } from "./docxFill";
import { FIXED_DATE } from "./docxTemplate";

/** The built-in quarterly template as a package (fixed entry dates: reproducible bytes). */
export function triwulanTemplateZip(): JSZip {
  const zip = new JSZip();
  for (const [name, text] of triwulanTemplateParts("A4"))
    zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  return zip;
}

/**
 * Fills the quarterly report of quarter `n` into `zip` (the built-in template when null). The
 * caller refuses an analysis with error findings first (MISSING_QUARTER included), as
 * `lakip triwulan` does.
 */
export async function fillTriwulanZip(
  analysis: Analysis,
  n: Quarter,
  now: Date,
  zip: JSZip | null = null,
  writePart?: FillOptions["writePart"],
): Promise<{ zip: JSZip; fill: FillReport }> {
  const target = zip ?? triwulanTemplateZip();
  const rendered = renderTriwulan(analysis, n, { tanggal: now });
  const fill = await fillDocxZip(target, rendered.controls, {
    charts: rendered.charts,
    ...(writePart ? { writePart } : {}),
  });
  return { zip: target, fill };
}
