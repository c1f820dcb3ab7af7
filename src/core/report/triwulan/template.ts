/**
 * The built-in template of the quarterly report (spec 5.1), as reviewable text: a cover (the
 * identity control), BAB I Pendahuluan (fixed text the agency may edit), BAB II Capaian Kinerja
 * s.d. Triwulan (table, chart, analysis per sasaran with Rencana Aksi and Kendala), BAB III
 * Realisasi Anggaran, BAB IV Penutup (the agency's conclusions and follow-up) and the signature.
 * The package around it (styles, headers, footers, settings) is the LAKIP template's.
 */
import { escapeXml, paragraph } from "../xml";
import { PAPER_SIZES, MARGINS, type Paper } from "../template/document";
import { templateParts } from "../template/package";
import { R_NS, W_NS } from "../template/styles";
import { TW_TAGS, TW_TEKS_TAG, type TwTag } from "./tags";

function control(tag: TwTag): string {
  const title = TW_TAGS.find((t) => t.tag === tag)!.title;
  const id = 1300 + TW_TAGS.findIndex((t) => t.tag === tag);
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${id}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(title)} diisi otomatis dari data kinerja (tombol Isi Laporan Triwulan di panel Word, LAKIP.html, atau perintah lakip triwulan).</w:t></w:r></w:p></w:sdtContent></w:sdt>`
  );
}

function teks(): string {
  const t = TW_TEKS_TAG;
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(t.title)}"/><w:tag w:val="${t.tag}"/>` +
    `<w:id w:val="1350"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="IsiLaporan"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(t.placeholder)}</w:t></w:r></w:p></w:sdtContent></w:sdt>`
  );
}

const h1 = (text: string) => paragraph(text, { style: "Heading1" });
const isi = (text: string) => paragraph(text, { style: "IsiLaporan" });
const butir = (text: string) => paragraph(text, { style: "Butir" });

function sectPr(paper: Paper): string {
  const { w, h } = PAPER_SIZES[paper];
  const m = MARGINS;
  return (
    "<w:sectPr>" +
    '<w:headerReference w:type="default" r:id="rIdHeaderPage"/><w:headerReference w:type="first" r:id="rIdHeaderCover"/>' +
    '<w:footerReference w:type="default" r:id="rIdFooterPage"/><w:footerReference w:type="first" r:id="rIdFooterCover"/>' +
    `<w:pgSz w:w="${w}" w:h="${h}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    '<w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/>' +
    "</w:sectPr>"
  );
}

const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** word/document.xml of the quarterly template. */
export function triwulanDocumentXml(paper: Paper = "A4"): string {
  const body =
    paragraph("", { style: "Sampul", before: 2268 }) +
    control("lakip:tw-identitas") +
    pageBreak +
    h1("BAB I Pendahuluan") +
    isi(
      "Sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014, capaian kinerja diukur secara berkala. Pengukuran triwulanan membandingkan realisasi setiap indikator kinerja s.d. triwulan berjalan dengan target triwulan dalam Rencana Aksi Perjanjian Kinerja, sehingga hambatan dapat dikenali dan ditindaklanjuti sebelum akhir tahun.",
    ) +
    isi("Laporan ini memuat:") +
    butir("1.\tcapaian kinerja setiap indikator s.d. triwulan berjalan beserta predikatnya;") +
    butir(
      "2.\trencana aksi dan kendala setiap indikator pada triwulan berjalan serta rencana aksi triwulan berikutnya;",
    ) +
    butir("3.\trealisasi dan serapan anggaran setiap program s.d. triwulan berjalan;") +
    butir("4.\tkesimpulan dan tindak lanjut.") +
    h1("BAB II Capaian Kinerja") +
    isi(
      "Capaian s.d. triwulan dihitung dari target dan realisasi yang diakumulasikan sesuai cara akumulasi setiap indikator (dijumlahkan, nilai triwulan terakhir, atau rata-rata), dengan rumus dan skala predikat yang sama dengan laporan kinerja tahunan.",
    ) +
    control("lakip:tw-tabel-capaian") +
    control("lakip:tw-grafik") +
    control("lakip:tw-narasi") +
    h1("BAB III Realisasi Anggaran") +
    control("lakip:tw-tabel-anggaran") +
    h1("BAB IV Penutup") +
    teks() +
    control("lakip:tanda-tangan");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectPr(paper)}</w:body></w:document>`
  );
}

/** Every part of the quarterly template package: the LAKIP package with this document and its own title. */
export function triwulanTemplateParts(paper: Paper = "A4"): Array<[string, string]> {
  return templateParts(paper).map(([path, text]): [string, string] => {
    if (path === "word/document.xml") return [path, triwulanDocumentXml(paper)];
    if (path === "docProps/core.xml")
      return [
        path,
        text
          .replace(/<dc:title>[^<]*<\/dc:title>/, "<dc:title>Laporan Capaian Kinerja Triwulan</dc:title>")
          .replace(/<dc:subject>[^<]*<\/dc:subject>/, "<dc:subject>Laporan Triwulan</dc:subject>"),
      ];
    if (path === "docProps/app.xml") return [path, text.replace("lakip-template.docx", "lakip-triwulan.docx")];
    return [path, text];
  });
}
