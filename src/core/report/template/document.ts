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
import { LOGO_TAG, LOGO_TITLE, REPORT_TAGS, TEKS_TAGS, type ReportTag, type TeksTag } from "../tags";
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
    `<w:t xml:space="preserve">${escapeXml(title)} diisi otomatis dari data kinerja dengan perintah lakip report atau tombol Isi semua di panel LAKIP.</w:t></w:r></w:p>`;
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${controlId(tag) + idOffset}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent>${placeholder}</w:sdtContent></w:sdt>`
  );
}

/**
 * A section the agency writes (spec section 5, `lakip:teks-...`): a rich-text control showing its
 * grey placeholder (w:showingPlcHdr) until the user types there. Filling never writes into it.
 */
export function teksControl(tag: TeksTag): string {
  const def = TEKS_TAGS.find((t) => t.tag === tag) as (typeof TEKS_TAGS)[number];
  const id = 1100 + TEKS_TAGS.findIndex((t) => t.tag === tag);
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(def.title)}"/><w:tag w:val="${escapeXml(tag)}"/>` +
    `<w:id w:val="${id}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="IsiLaporan"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(def.placeholder)}</w:t></w:r></w:p></w:sdtContent></w:sdt>`
  );
}

/** The cover logo: a picture content control, empty until the agency puts its own picture there. */
export function logoControl(): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${LOGO_TITLE}"/><w:tag w:val="${LOGO_TAG}"/><w:id w:val="1200"/>` +
    `<w:lock w:val="sdtLocked"/><w:showingPlcHdr/><w:picture/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Sampul"/></w:pPr></w:p></w:sdtContent></w:sdt>`
  );
}

const h1 = (text: string) => paragraph(text, { style: "Heading1" });
const h2 = (text: string) => paragraph(text, { style: "Heading2" });
const isi = (text: string | Inline[]) => paragraph(text, { style: "IsiLaporan" });
const butir = (text: string) => paragraph(text, { style: "Butir" });
/** A lead-in sentence ("... disajikan pada tabel berikut.") kept on the page of the table it introduces. */
const pengantar = (text: string) => paragraph(text, { style: "IsiLaporan", keepNext: true });

function sectPr(paper: Paper, opts: { front: boolean }): string {
  const { w, h } = PAPER_SIZES[paper];
  const m = MARGINS;
  let s = "<w:sectPr>";
  s += `<w:headerReference w:type="default" r:id="rIdHeaderPage"/>`;
  if (opts.front) s += `<w:headerReference w:type="first" r:id="rIdHeaderCover"/>`;
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

/**
 * The cover spread over the page (spec section 5): the title from the top, the logo in the
 * middle, the Pemerintah Daerah, instansi, Alamat and year in the lower part. The gaps grow with
 * the paper (F4 is 33 cm high) and leave room for a three-line instansi and a two-line Alamat
 * beside a 3,5 cm logo (the content is about 6000 twips; A4's text height is 14287).
 */
export function coverGap(paper: Paper): number {
  return 3400 + Math.floor((PAPER_SIZES[paper].h - PAPER_SIZES.A4.h) / 2);
}

function cover(paper: Paper): string {
  const gap = coverGap(paper);
  return (
    paragraph("", { style: "Sampul", before: 851 }) +
    blockControl("lakip:judul") +
    paragraph("", { style: "Sampul", before: gap - 1134 }) +
    logoControl() +
    paragraph("", { style: "Sampul", before: gap - 1134 }) +
    blockControl("lakip:identitas")
  );
}

function kataPengantar(): string {
  return (
    h1("Kata Pengantar") +
    isi(
      "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya laporan kinerja ini dapat diselesaikan. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis yang telah ditetapkan dalam Perjanjian Kinerja, sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.",
    ) +
    isi(
      "Laporan ini menyajikan capaian kinerja, analisis keberhasilan dan hambatan, serta upaya perbaikan yang akan dilakukan. Kami menyadari laporan ini masih memiliki kekurangan, sehingga saran dan masukan sangat kami harapkan demi perbaikan di masa mendatang. Semoga laporan ini bermanfaat bagi peningkatan akuntabilitas dan kinerja instansi.",
    ) +
    blockControl("lakip:tanda-tangan")
  );
}

/** The three index fields; their entries and page numbers are written when the report is filled. */
export const INDEX_FIELDS = [
  { title: "Daftar Isi", instr: ' TOC \\o "1-3" \\h \\z \\u ' },
  { title: "Daftar Tabel", instr: ' TOC \\h \\z \\c "Tabel" ' },
  { title: "Daftar Grafik", instr: ' TOC \\h \\z \\c "Grafik" ' },
] as const;

function indexField(title: string, instr: string): string {
  return (
    paragraph(title, { style: "JudulBagian" }) +
    `<w:p><w:pPr><w:pStyle w:val="${title === "Daftar Isi" ? "TOC1" : "TableofFigures"}"/></w:pPr>` +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve">${escapeXml(instr)}</w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    run(`${title} tersusun ketika laporan diisi.`) +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
  );
}

function daftarIsi(): string {
  return INDEX_FIELDS.map((f) => indexField(f.title, f.instr)).join("");
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
      "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap instansi pemerintah menyusun laporan kinerja sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsinya. Laporan kinerja ini menyajikan capaian kinerja selama satu tahun anggaran, dibandingkan dengan target yang telah diperjanjikan dalam Perjanjian Kinerja.",
    ) +
    teksControl("lakip:teks-latar-belakang") +
    h2("B. Tugas Pokok dan Fungsi") +
    teksControl("lakip:teks-tupoksi") +
    h2("C. Struktur Organisasi") +
    teksControl("lakip:teks-struktur") +
    h2("D. Permasalahan Utama (Strategic Issues)") +
    teksControl("lakip:teks-permasalahan") +
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
    teksControl("lakip:teks-renstra") +
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
      "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja. Capaian sasaran adalah rata-rata capaian indikatornya, dan capaian organisasi adalah rata-rata capaian sasaran. Rumus dan skala predikat yang berlaku dijelaskan di bawah tabel pengukuran.",
    ) +
    blockControl("lakip:tabel-pengukuran") +
    blockControl("lakip:grafik-capaian") +
    pengantar("Perbandingan realisasi kinerja tahun ini dengan tahun-tahun sebelumnya disajikan pada tabel berikut.") +
    blockControl("lakip:tabel-perbandingan") +
    pengantar(
      "Perbandingan realisasi kinerja tahun ini dengan target akhir Rencana Strategis disajikan pada tabel berikut.",
    ) +
    blockControl("lakip:tabel-renstra") +
    isi("Analisis capaian kinerja untuk setiap sasaran strategis diuraikan sebagai berikut.") +
    blockControl("lakip:narasi-sasaran") +
    pengantar(
      "Efisiensi penggunaan sumber daya dinilai dengan membandingkan capaian kinerja setiap sasaran dengan serapan anggaran program yang mendukungnya.",
    ) +
    blockControl("lakip:tabel-efisiensi") +
    h2("B. Realisasi Anggaran") +
    pengantar("Realisasi anggaran yang digunakan untuk mewujudkan kinerja organisasi disajikan pada tabel berikut.") +
    blockControl("lakip:tabel-anggaran")
  );
}

function bab4(): string {
  return (
    h1("BAB IV Penutup") +
    h2("A. Kesimpulan") +
    blockControl("lakip:penutup") +
    h2("B. Langkah ke Depan") +
    teksControl("lakip:teks-langkah")
  );
}

function lampiran(): string {
  return (
    h1("Lampiran") +
    isi("Dokumen yang dilampirkan pada laporan ini:") +
    blockControl("lakip:lampiran-pk") +
    butir("2.\tRencana Kinerja Tahunan dan Indikator Kinerja Utama.") +
    butir("3.\tData pengukuran kinerja sekretariat dan bidang.")
  );
}

/** word/document.xml of the template. */
export function templateDocumentXml(paper: Paper = "A4"): string {
  const body =
    cover(paper) + kataPengantar() + daftarIsi() + ikhtisar(paper) + bab1() + bab2() + bab3() + bab4() + lampiran();
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectPr(paper, { front: false })}</w:body></w:document>`
  );
}

/** word/header*.xml: the running header (title and year, filled from the workbook) or the empty cover header. */
export function headerXml(running: boolean): string {
  const content = running ? blockControl("lakip:kepala-halaman") : "<w:p/>"; // the cover: no header text, no rule
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:hdr>`;
}

/** word/footer*.xml: the page number, centered; and the empty cover footer. */
export function footerXml(withPageNumber: boolean): string {
  const content = withPageNumber
    ? '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    : '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:ftr>`;
}
