/**
 * The content-control tags of the report (spec section 5) with their readable titles, in the
 * order they appear in the built-in template. This project's additions to the spec's list:
 * `lakip:judul` (the cover title from Judul Laporan), `lakip:tanda-tangan` (the signature block
 * under the Kata Pengantar), `lakip:kepala-halaman` (the running header: title and year) and
 * `lakip:lampiran-pk` (the Perjanjian Kinerja listed in the Lampiran, spec 5.2).
 */
export const REPORT_TAGS = [
  { tag: "lakip:judul", title: "Judul Laporan" },
  { tag: "lakip:identitas", title: "Identitas Instansi" },
  { tag: "lakip:tanda-tangan", title: "Tanda Tangan Kepala" },
  { tag: "lakip:ikhtisar", title: "Ikhtisar Eksekutif" },
  { tag: "lakip:tabel-pk", title: "Tabel Perjanjian Kinerja" },
  { tag: "lakip:tabel-pengukuran", title: "Tabel Pengukuran Kinerja" },
  { tag: "lakip:grafik-capaian", title: "Grafik Capaian per Sasaran" },
  { tag: "lakip:tabel-perbandingan", title: "Tabel Perbandingan dengan Tahun-Tahun Sebelumnya" },
  { tag: "lakip:tabel-renstra", title: "Tabel Capaian terhadap Target Akhir Renstra" },
  { tag: "lakip:narasi-sasaran", title: "Analisis Capaian per Sasaran" },
  { tag: "lakip:tabel-efisiensi", title: "Tabel Efisiensi Sumber Daya" },
  { tag: "lakip:tabel-anggaran", title: "Tabel Realisasi Anggaran" },
  { tag: "lakip:penutup", title: "Kesimpulan" },
  { tag: "lakip:kepala-halaman", title: "Kepala Halaman" },
  { tag: "lakip:lampiran-pk", title: "Daftar Perjanjian Kinerja di Lampiran" },
] as const;

export type ReportTag = (typeof REPORT_TAGS)[number]["tag"];

export const REPORT_TAG_NAMES: readonly ReportTag[] = REPORT_TAGS.map((t) => t.tag);

/**
 * Sections only the agency can write (spec section 5): placeholder controls that filling never
 * writes into. `placeholder` is the grey text shown until the user writes there; a control whose
 * text is still this placeholder is listed as open by `lakip report`, the Word pane and the
 * approval step.
 */
export const TEKS_TAGS = [
  {
    tag: "lakip:teks-latar-belakang",
    title: "Latar Belakang (ditulis instansi)",
    placeholder:
      "Tuliskan di sini latar belakang khusus instansi: dasar hukum pembentukan, kedudukan, dan peran instansi di daerah.",
  },
  {
    tag: "lakip:teks-tupoksi",
    title: "Tugas Pokok dan Fungsi (ditulis instansi)",
    placeholder:
      "Tuliskan di sini kedudukan, tugas pokok, dan fungsi instansi sesuai Peraturan Kepala Daerah tentang susunan organisasi dan tata kerja.",
  },
  {
    tag: "lakip:teks-struktur",
    title: "Struktur Organisasi (ditulis instansi)",
    placeholder:
      "Tuliskan di sini susunan organisasi (sekretariat dan bidang), sisipkan bagan struktur organisasi, serta jumlah dan komposisi pegawai.",
  },
  {
    tag: "lakip:teks-permasalahan",
    title: "Permasalahan Utama (ditulis instansi)",
    placeholder: "Tuliskan di sini isu strategis dan permasalahan utama yang dihadapi instansi pada tahun pelaporan.",
  },
  {
    tag: "lakip:teks-renstra",
    title: "Rencana Strategis (ditulis instansi)",
    placeholder:
      "Tuliskan di sini visi, misi, tujuan, sasaran strategis, strategi, dan kebijakan dalam Rencana Strategis instansi.",
  },
  {
    tag: "lakip:teks-langkah",
    title: "Langkah ke Depan (ditulis instansi)",
    placeholder:
      "Tuliskan di sini langkah dan strategi yang akan ditempuh untuk meningkatkan kinerja pada tahun berikutnya.",
  },
] as const;

export type TeksTag = (typeof TEKS_TAGS)[number]["tag"];

/** The cover logo: a picture content control holding the agency's own picture. */
export const LOGO_TAG = "lakip:logo";
export const LOGO_TITLE = "Logo Pemerintah Daerah";

/**
 * The analysis of causes of an indicator below target whose workbook row holds no Faktor
 * Penghambat nor Upaya Perbaikan (spec section 5): an agency-written section in BAB III,
 * `lakip:teks-analisis-N` with N the indicator's order in Tabel 3.1. Like the other `lakip:teks-`
 * sections, filling never writes into it, and it is listed as open while it shows its placeholder.
 */
export const ANALISIS_TAG_PREFIX = "lakip:teks-analisis-";

/** The opening words of every analysis placeholder (how an unwritten one is recognised by its text). */
export const ANALISIS_PLACEHOLDER_START = "Tuliskan di sini penyebab belum tercapainya target indikator";

export function analisisTag(n: number): string {
  return `${ANALISIS_TAG_PREFIX}${n}`;
}

export function isAnalisisTag(tag: string): boolean {
  return /^lakip:teks-analisis-[1-9][0-9]*$/.test(tag);
}

export function analisisTitle(tag: string): string {
  return `Analisis Penyebab Indikator ${tag.slice(ANALISIS_TAG_PREFIX.length)} (ditulis instansi)`;
}

/** The grey text of an analysis section, naming its indicator (already one line, not escaped). */
export function analisisPlaceholder(indikator: string): string {
  return `${ANALISIS_PLACEHOLDER_START} “${indikator}” (faktor penghambat) serta upaya perbaikan yang telah dan akan dilakukan.`;
}

/** A section only the agency writes: one of TEKS_TAGS or an analysis section. */
export function isTeksTag(tag: string): boolean {
  return TEKS_TAGS.some((t) => t.tag === tag) || isAnalisisTag(tag);
}

/** Whether an agency section's text (trimmed, as shown) is empty or still its placeholder. */
export function isTeksPlaceholderText(tag: string, text: string): boolean {
  const t = text.trim();
  if (t === "") return true;
  if (isAnalisisTag(tag)) return t.startsWith(ANALISIS_PLACEHOLDER_START);
  return t === TEKS_TAGS.find((d) => d.tag === tag)?.placeholder;
}

/** The readable title of a tag (the tag itself when it is not one of ours). */
export function tagTitle(tag: string): string {
  return (
    REPORT_TAGS.find((t) => t.tag === tag)?.title ??
    TEKS_TAGS.find((t) => t.tag === tag)?.title ??
    (isAnalisisTag(tag) ? analisisTitle(tag) : tag === LOGO_TAG ? LOGO_TITLE : tag)
  );
}

export function isReportTag(tag: string): tag is ReportTag {
  return (REPORT_TAG_NAMES as readonly string[]).includes(tag);
}
