/**
 * The content-control tags of the report (spec section 5) with their readable titles, in the
 * order they appear in the built-in template. `lakip:tanda-tangan` is this project's addition:
 * the signature block (date, jabatan, nama and NIP of the Kepala) under the Kata Pengantar.
 */
export const REPORT_TAGS = [
  { tag: "lakip:identitas", title: "Identitas Instansi" },
  { tag: "lakip:tanda-tangan", title: "Tanda Tangan Kepala" },
  { tag: "lakip:ikhtisar", title: "Ikhtisar Eksekutif" },
  { tag: "lakip:tabel-pk", title: "Tabel Perjanjian Kinerja" },
  { tag: "lakip:tabel-pengukuran", title: "Tabel Pengukuran Kinerja" },
  { tag: "lakip:tabel-perbandingan", title: "Tabel Perbandingan dengan Tahun Lalu" },
  { tag: "lakip:tabel-renstra", title: "Tabel Capaian terhadap Target Akhir Renstra" },
  { tag: "lakip:narasi-sasaran", title: "Analisis Capaian per Sasaran" },
  { tag: "lakip:tabel-efisiensi", title: "Tabel Efisiensi Sumber Daya" },
  { tag: "lakip:tabel-anggaran", title: "Tabel Realisasi Anggaran" },
  { tag: "lakip:penutup", title: "Kesimpulan" },
] as const;

export type ReportTag = (typeof REPORT_TAGS)[number]["tag"];

export const REPORT_TAG_NAMES: readonly ReportTag[] = REPORT_TAGS.map((t) => t.tag);

/** The readable title of a tag (the tag itself when it is not one of ours). */
export function tagTitle(tag: string): string {
  return REPORT_TAGS.find((t) => t.tag === tag)?.title ?? tag;
}

export function isReportTag(tag: string): tag is ReportTag {
  return (REPORT_TAG_NAMES as readonly string[]).includes(tag);
}
