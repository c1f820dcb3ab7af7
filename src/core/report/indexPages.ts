/**
 * Whether the page numbers of the Daftar Isi, Daftar Tabel and Daftar Grafik come from a real
 * layout (spec section 5): recorded in the document's custom property `LAKIP Nomor Halaman` when
 * the report is made, so that the approval checklist (step 8) can say that Word's "Perbarui
 * Tabel" must be run before printing when they are only estimated.
 */
export const INDEX_PAGES_PROPERTY = "LAKIP Nomor Halaman";

export type IndexPages = "tata-letak" | "perkiraan";

/** Property values as a person reads them in File > Info > Properties. */
export const INDEX_PAGES_VALUES: Record<IndexPages, string> = {
  "tata-letak": "Sesuai tata letak LibreOffice saat laporan dibuat",
  perkiraan: "Perkiraan; perbarui Daftar Isi, Daftar Tabel dan Daftar Grafik di Word sebelum mencetak",
};

/** The state recorded in a property value; null when absent or not one of ours. */
export function indexPagesOf(value: string | undefined | null): IndexPages | null {
  if (!value) return null;
  if (value.startsWith("Sesuai")) return "tata-letak";
  if (value.startsWith("Perkiraan")) return "perkiraan";
  return null;
}

/** What the user must do when the numbers are estimated (command output, approval checklist, page notice). */
export const UPDATE_INDEXES_IN_WORD =
  "Sebelum mencetak, buka dokumen di Word lalu perbarui Daftar Isi, Daftar Tabel dan Daftar Grafik: " +
  "Referensi > Perbarui Tabel > Perbarui seluruh tabel, pada setiap daftar (atau klik kanan daftar > Perbarui Bidang).";
