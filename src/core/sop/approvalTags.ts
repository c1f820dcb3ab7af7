/** The content-control tags of spec section 5 that the approval step (langkah 8) requires filled. */
export const LAKIP_TAGS: readonly string[] = [
  "lakip:identitas",
  "lakip:ikhtisar",
  "lakip:tabel-pk",
  "lakip:tabel-pengukuran",
  "lakip:tabel-perbandingan",
  "lakip:tabel-renstra",
  "lakip:narasi-sasaran",
  "lakip:tabel-anggaran",
  "lakip:tabel-efisiensi",
  "lakip:penutup",
];
