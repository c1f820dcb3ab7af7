/** The Perjanjian Kinerja (spec 5.2): plan, controls, template, properties (pure). */
import { formatTanggal } from "../format/date";
import type { PkDocument, PkPlan } from "./plan";
import type { PkRenderOptions } from "./render";

export { planPk, programRows, type PkDocument, type PkPihak, type PkPlan, type PkSasaran } from "./plan";
export { renderPk, balancedLines, type PkRenderOptions } from "./render";
export { renderPkAnnexTable, annexWidths, type AnnexGroup } from "./annex";
export { pkTemplateParts, pkDocumentXml } from "./template";
export { PK_TAGS, PK_TAG_NAMES, PK_PROPERTY, type PkTag } from "./tags";
export { jabatanOfUnit } from "./jabatan";

/**
 * The signing date: the given one; else today when today is in the PK's year (a PK is signed in
 * January of its year); else null (the day is written by hand: "...... Januari YYYY").
 */
export function pkTanggal(tahun: number | null, now: Date, given?: Date | null): Date | null {
  if (given) return given;
  return tahun !== null && now.getFullYear() === tahun ? now : null;
}

export function pkRenderOptions(plan: PkPlan, tanggal: Date | null): PkRenderOptions {
  const id = plan.analysis.identitas;
  return {
    tahun: id.tahun,
    pemerintahDaerah: id.pemerintahDaerah,
    instansi: id.instansi,
    alamat: id.alamat,
    tempat: id.tempat,
    tanggal,
  };
}

/** `LAKIP PK` = `Tahun | unit | date` (spec 5.2); the Kepala's PK names the instansi's Kepala; no date: `-`. */
export function pkPropertyValue(doc: PkDocument, tahun: number | null, tanggal: Date | null): string {
  const iso = tanggal
    ? `${tanggal.getFullYear()}-${String(tanggal.getMonth() + 1).padStart(2, "0")}-${String(tanggal.getDate()).padStart(2, "0")}`
    : "-";
  return `${tahun ?? "-"} | ${doc.unit ?? "Kepala"} | ${iso}`.slice(0, 255);
}

/** Words for a date or its blank, for messages. */
export function pkTanggalText(tanggal: Date | null, tahun: number | null): string {
  return tanggal ? formatTanggal(tanggal) : `……… Januari ${tahun ?? ""}`.trim();
}
