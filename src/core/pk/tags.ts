/** The content controls of the Perjanjian Kinerja template (spec 5.2), in document order. */
export const PK_TAGS = [
  { tag: "lakip:pk-kop", title: "Kop Perjanjian Kinerja" },
  { tag: "lakip:pk-judul", title: "Judul Perjanjian Kinerja" },
  { tag: "lakip:pk-pernyataan", title: "Para Pihak dan Pernyataan" },
  { tag: "lakip:pk-tanda-tangan", title: "Tanda Tangan Para Pihak" },
  { tag: "lakip:pk-lampiran", title: "Lampiran: Sasaran, Indikator, Target dan Program" },
  { tag: "lakip:pk-rencana-aksi", title: "Rencana Aksi per Triwulan" },
] as const;

export type PkTag = (typeof PK_TAGS)[number]["tag"];

export const PK_TAG_NAMES: readonly string[] = PK_TAGS.map((t) => t.tag);

/** The custom property every PK document carries (spec 5.2): `Tahun | unit | date`. */
export const PK_PROPERTY = "LAKIP PK";
