/**
 * The LAKIP template's source (spec section 5; Permenpan RB 29/2010 and 53/2014 outline), as
 * reviewable text: cover, Kata Pengantar, Daftar Isi (a TOC field), Ikhtisar Eksekutif, BAB I to
 * BAB IV with their sub-headings, Lampiran. Every generated part is a block-level content control
 * (w:sdt) with the tag, a readable Indonesian title (w:alias) and a placeholder. Text outside the
 * controls is ordinary editable text: the agency writes its own Latar Belakang, Tugas Pokok dan
 * Fungsi, etc. there, and refilling never touches it.
 *
 * Page: A4 (or F4 215 x 330 mm), margins left 3 cm, right 2 cm, top 2 cm, bottom 2,5 cm. Front
 * matter (Kata Pengantar to Ikhtisar) is numbered i, ii, ...; BAB I onward 1, 2, ...; the cover
 * has no number.
 */
import { REPORT_TAGS, type ReportTag } from "../tags";
import { escapeXml, paragraph, run, type Inline } from "../xml";
import { R_NS, W_NS } from "./styles";

export type Paper = "A4" | "F4";

/** Page sizes in twips (1 cm = 567). */
export const PAPER_SIZES: Record<Paper, { w: number; h: number }> = {
  A4: { w: 11906, h: 16838 }, // 210 x 297 mm
  F4: { w: 12189, h: 18709 }, // 215 x 330 mm
};

export const MARGINS = { top: 1134, right: 1134, bottom: 1417, left: 1701, header: 709, footer: 709 };

/** The numeric id of each control (w:id), fixed so that the built template is reproducible. */
function controlId(tag: ReportTag): number {
  return 1000 + REPORT_TAGS.findIndex((t) => t.tag === tag);
}

/** A block-level content control holding a placeholder until it is filled. */
export function blockControl(tag: ReportTag, idOffset = 0): string {
  const title = REPORT_TAGS.find((t) => t.tag === tag)?.title ?? tag;
  const placeholder =
    `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
    `<w:t xml:space="preserve">[${escapeXml(title)}: diisi otomatis dari workbook data kinerja dengan perintah lakip report atau tombol Isi Laporan di panel LAKIP.]</w:t></w:r></w:p>`;
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${controlId(tag) + idOffset}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent>${placeholder}</w:sdtContent></w:sdt>`
  );
}

const h1 = (text: string) => paragraph(text, { style: "Heading1" });
const h2 = (text: string) => paragraph(text, { style: "Heading2" });
const isi = (text: string | Inline[]) => paragraph(text, { style: "IsiLaporan" });
/** Guidance the agency replaces with its own text (shown in italics). */
const panduan = (text: string) => paragraph({ text, props: { italic: true } }, { style: "IsiLaporan" });
const butir = (text: string) => paragraph(text, { style: "Butir" });

function sectPr(paper: Paper, opts: { front: boolean }): string {
  const { w, h } = PAPER_SIZES[paper];
  const m = MARGINS;
  let s = "<w:sectPr>";
  s += `<w:footerReference w:type="default" r:id="rIdFooterPage"/>`;
  if (opts.front) s += `<w:footerReference w:type="first" r:id="rIdFooterCover"/>`;
  s += `<w:type w:val="nextPage"/>`;
  s += `<w:pgSz w:w="${w}" w:h="${h}"/>`;
  s += `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>`;
  s += opts.front ? '<w:pgNumType w:fmt="lowerRoman" w:start="1"/>' : '<w:pgNumType w:fmt="decimal" w:start="1"/>';
  s += '<w:cols w:space="708"/>';
  if (opts.front) s += "<w:titlePg/>";
  s += '<w:docGrid w:linePitch="360"/>';
  return s + "</w:sectPr>";
}

function cover(): string {
  const logoBox =
    '<w:tbl><w:tblPr><w:tblW w:w="2835" w:type="dxa"/><w:jc w:val="center"/>' +
    '<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tblBorders>' +
    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="2835"/></w:tblGrid>' +
    '<w:tr><w:trPr><w:trHeight w:val="2835" w:hRule="exact"/><w:jc w:val="center"/></w:trPr>' +
    '<w:tc><w:tcPr><w:tcW w:w="2835" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>' +
    paragraph({ text: "LOGO\nPEMERINTAH DAERAH", props: { size: 20 } }, { style: "Sampul" }) +
    "</w:tc></w:tr></w:tbl>";
  return (
    paragraph("", { style: "Sampul", before: 1134 }) +
    paragraph("LAPORAN AKUNTABILITAS KINERJA\nINSTANSI PEMERINTAH", { style: "Title" }) +
    paragraph("(LAKIP)", { style: "Sampul", after: 1134 }) +
    logoBox +
    paragraph("", { style: "Sampul", before: 1701 }) +
    blockControl("lakip:identitas")
  );
}

function kataPengantar(): string {
  return (
    h1("Kata Pengantar") +
    isi(
      "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) ini dapat diselesaikan. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis yang telah ditetapkan dalam Perjanjian Kinerja, sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.",
    ) +
    isi(
      "Laporan ini menyajikan capaian kinerja, analisis keberhasilan dan hambatan, serta upaya perbaikan yang akan dilakukan. Kami menyadari laporan ini masih memiliki kekurangan, sehingga saran dan masukan sangat kami harapkan demi perbaikan di masa mendatang. Semoga laporan ini bermanfaat bagi peningkatan akuntabilitas dan kinerja instansi.",
    ) +
    blockControl("lakip:tanda-tangan")
  );
}

function daftarIsi(): string {
  const fld =
    '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>' +
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    run(
      "Daftar isi diperbarui otomatis ketika dokumen dibuka di Microsoft Word (jawab Ya bila ditanya). Bila belum, klik kanan di sini lalu pilih Perbarui Field (Update Field).",
      { italic: true },
    ) +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
  return paragraph("Daftar Isi", { style: "JudulBagian" }) + fld;
}

function ikhtisar(paper: Paper): string {
  // the section break (end of the front matter) sits in the last paragraph of this part
  return (
    h1("Ikhtisar Eksekutif") +
    blockControl("lakip:ikhtisar") +
    `<w:p><w:pPr>${sectPr(paper, { front: true })}</w:pPr></w:p>`
  );
}

function bab1(): string {
  return (
    h1("BAB I Pendahuluan") +
    h2("A. Latar Belakang") +
    isi(
      "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap instansi pemerintah menyusun laporan kinerja sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsinya. Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) ini menyajikan capaian kinerja selama satu tahun anggaran, dibandingkan dengan target yang telah diperjanjikan dalam Perjanjian Kinerja.",
    ) +
    panduan(
      "[Tambahkan latar belakang khusus instansi, misalnya dasar hukum pembentukan dan peran instansi di daerah.]",
    ) +
    h2("B. Tugas Pokok dan Fungsi") +
    panduan(
      "[Uraikan kedudukan, tugas pokok dan fungsi instansi sesuai Peraturan Kepala Daerah tentang kedudukan, susunan organisasi, tugas dan fungsi serta tata kerja.]",
    ) +
    h2("C. Struktur Organisasi") +
    panduan(
      "[Sajikan susunan organisasi (sekretariat dan bidang), bagan struktur organisasi, serta jumlah dan komposisi pegawai.]",
    ) +
    h2("D. Permasalahan Utama (Strategic Issues)") +
    panduan("[Uraikan isu strategis dan permasalahan utama yang dihadapi instansi dalam tahun pelaporan.]") +
    h2("E. Sistematika Penyajian") +
    isi("Laporan ini disusun dengan sistematika sebagai berikut:") +
    butir("Ikhtisar Eksekutif, ringkasan capaian kinerja organisasi.") +
    butir(
      "BAB I Pendahuluan, memuat latar belakang, tugas pokok dan fungsi, struktur organisasi, permasalahan utama, dan sistematika penyajian.",
    ) +
    butir("BAB II Perencanaan Kinerja, memuat ringkasan Rencana Strategis dan Perjanjian Kinerja tahun pelaporan.") +
    butir(
      "BAB III Akuntabilitas Kinerja, memuat capaian kinerja organisasi per sasaran strategis, analisis penyebab keberhasilan dan kegagalan, efisiensi penggunaan sumber daya, serta realisasi anggaran.",
    ) +
    butir("BAB IV Penutup, memuat kesimpulan dan langkah perbaikan ke depan.") +
    butir("Lampiran.")
  );
}

function bab2(): string {
  return (
    h1("BAB II Perencanaan Kinerja") +
    h2("A. Rencana Strategis") +
    panduan(
      "[Uraikan visi, misi, tujuan, sasaran strategis, strategi dan kebijakan dalam Rencana Strategis instansi.]",
    ) +
    h2("B. Perjanjian Kinerja") +
    isi(
      "Perjanjian Kinerja merupakan lembar/dokumen yang berisikan penugasan dari pimpinan instansi yang lebih tinggi kepada pimpinan instansi yang lebih rendah untuk melaksanakan program/kegiatan yang disertai dengan indikator kinerja. Sasaran strategis, indikator kinerja dan target yang diperjanjikan adalah sebagai berikut.",
    ) +
    blockControl("lakip:tabel-pk")
  );
}

function bab3(): string {
  return (
    h1("BAB III Akuntabilitas Kinerja") +
    h2("A. Capaian Kinerja Organisasi") +
    isi(
      "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja. Untuk indikator dengan polaritas naik (semakin besar semakin baik) capaian dihitung sebagai realisasi dibagi target dikali 100%, sedangkan untuk polaritas turun (semakin kecil semakin baik) sebagai (2 × target − realisasi) dibagi target dikali 100%. Capaian sasaran adalah rata-rata capaian indikatornya, dan capaian organisasi adalah rata-rata capaian sasaran.",
    ) +
    blockControl("lakip:tabel-pengukuran") +
    isi("Perbandingan realisasi kinerja tahun ini dengan tahun lalu disajikan pada tabel berikut.") +
    blockControl("lakip:tabel-perbandingan") +
    isi(
      "Perbandingan realisasi kinerja tahun ini dengan target akhir Rencana Strategis disajikan pada tabel berikut.",
    ) +
    blockControl("lakip:tabel-renstra") +
    isi("Analisis capaian kinerja untuk setiap sasaran strategis diuraikan sebagai berikut.") +
    blockControl("lakip:narasi-sasaran") +
    isi(
      "Efisiensi penggunaan sumber daya dinilai dengan membandingkan capaian kinerja setiap sasaran dengan serapan anggaran program yang mendukungnya.",
    ) +
    blockControl("lakip:tabel-efisiensi") +
    h2("B. Realisasi Anggaran") +
    isi("Realisasi anggaran yang digunakan untuk mewujudkan kinerja organisasi disajikan pada tabel berikut.") +
    blockControl("lakip:tabel-anggaran")
  );
}

function bab4(): string {
  return (
    h1("BAB IV Penutup") +
    h2("A. Kesimpulan") +
    blockControl("lakip:penutup") +
    h2("B. Langkah ke Depan") +
    panduan("[Uraikan langkah dan strategi yang akan ditempuh untuk meningkatkan kinerja pada tahun berikutnya.]")
  );
}

function lampiran(): string {
  return (
    h1("Lampiran") +
    isi("Dokumen yang dilampirkan pada laporan ini:") +
    butir("Perjanjian Kinerja tahun pelaporan.") +
    butir("Rencana Kinerja Tahunan dan Indikator Kinerja Utama.") +
    butir("Data pengukuran kinerja sekretariat dan bidang.") +
    panduan("[Sesuaikan daftar lampiran dengan dokumen yang disertakan.]")
  );
}

/** word/document.xml of the template. */
export function templateDocumentXml(paper: Paper = "A4"): string {
  const body =
    cover() + kataPengantar() + daftarIsi() + ikhtisar(paper) + bab1() + bab2() + bab3() + bab4() + lampiran();
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectPr(paper, { front: false })}</w:body></w:document>`
  );
}

/** word/footer*.xml: the page number, centered; and the empty cover footer. */
export function footerXml(withPageNumber: boolean): string {
  const content = withPageNumber
    ? '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    : '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:ftr>`;
}
