/**
 * The content controls of the quarterly report, "Laporan Capaian Kinerja Triwulan" (spec 5.1),
 * with their readable titles, in template order. `lakip:judul`'s counterpart is the identity
 * block; the running header (`lakip:kepala-halaman`) and the signature (`lakip:tanda-tangan`) are
 * the LAKIP's own tags, filled here with the quarterly report's text.
 */
export const TW_TAGS = [
  { tag: "lakip:tw-identitas", title: "Identitas Laporan Triwulan" },
  { tag: "lakip:tw-tabel-capaian", title: "Tabel Capaian Kinerja s.d. Triwulan" },
  { tag: "lakip:tw-grafik", title: "Grafik Capaian per Sasaran s.d. Triwulan" },
  { tag: "lakip:tw-narasi", title: "Analisis Capaian Triwulan" },
  { tag: "lakip:tw-tabel-anggaran", title: "Tabel Realisasi Anggaran s.d. Triwulan" },
  { tag: "lakip:tanda-tangan", title: "Tanda Tangan Kepala" },
  { tag: "lakip:kepala-halaman", title: "Kepala Halaman" },
] as const;

export type TwTag = (typeof TW_TAGS)[number]["tag"];
export const TW_TAG_NAMES: readonly TwTag[] = TW_TAGS.map((t) => t.tag);

/** The section only the agency writes: conclusions and follow-up (never filled). */
export const TW_TEKS_TAG = {
  tag: "lakip:teks-tw-tindak-lanjut",
  title: "Kesimpulan dan Tindak Lanjut (ditulis instansi)",
  placeholder:
    "Tuliskan di sini kesimpulan atas capaian triwulan ini dan langkah tindak lanjut yang akan dilakukan pada triwulan berikutnya, terutama untuk indikator yang belum mencapai target.",
} as const;

export function twTagTitle(tag: string): string {
  return TW_TAGS.find((t) => t.tag === tag)?.title ?? (tag === TW_TEKS_TAG.tag ? TW_TEKS_TAG.title : tag);
}
