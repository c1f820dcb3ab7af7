/**
 * The cover's identity block and the document's title (spec section 5: "The cover names the
 * Pemerintah Daerah ("PEMERINTAH KABUPATEN ...") above the instansi, the logo, and the Alamat when
 * given; the document's title property follows Judul Laporan").
 */
import { judulOf, type ReportContext } from "./context";
import { oneLine, paragraph } from "./xml";

/** "PEMERINTAH KABUPATEN KOTAWARINGIN BARAT" from `Pemerintah Daerah` ("Kabupaten Kotawaringin Barat"). */
export function pemerintahLine(pemerintahDaerah: string): string {
  const p = oneLine(pemerintahDaerah);
  return (/^pemerintah\b/i.test(p) ? p : `Pemerintah ${p}`).toUpperCase();
}

/**
 * The cover's lower block (lakip:identitas): the Pemerintah Daerah line, the instansi (capitals),
 * the Alamat (regular, smaller) when given, and the year.
 */
export function renderIdentitas(ctx: ReportContext): string {
  const id = ctx.analysis.identitas;
  let out = "";
  if (id.pemerintahDaerah && oneLine(id.pemerintahDaerah))
    out += paragraph(pemerintahLine(id.pemerintahDaerah), { style: "SampulIdentitas" });
  if (id.instansi && oneLine(id.instansi)) out += paragraph(oneLine(id.instansi), { style: "SampulIdentitas" });
  if (id.alamat && oneLine(id.alamat)) out += paragraph(oneLine(id.alamat), { style: "SampulAlamat" });
  if (ctx.tahun !== null) out += paragraph(`TAHUN ${ctx.tahun}`, { style: "SampulIdentitas", before: 480 });
  return out || paragraph("", { style: "SampulIdentitas" });
}

/** The document's title property (docProps/core.xml dc:title): "Laporan Kinerja Instansi Pemerintah (LKjIP) Badan ... Tahun 2025". */
export function documentTitle(ctx: ReportContext): string {
  const j = judulOf(ctx.analysis.identitas.judulLaporan);
  const id = ctx.analysis.identitas;
  return [
    j.short ? `${j.full} (${j.short})` : j.full,
    id.instansi ? oneLine(id.instansi) : "",
    ctx.tahun === null ? "" : `Tahun ${ctx.tahun}`,
  ]
    .filter(Boolean)
    .join(" ");
}
