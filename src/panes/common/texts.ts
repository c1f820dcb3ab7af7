/**
 * The texts the task panes show, in one place so the wording stays consistent (Bahasa
 * Indonesia; "buku kerja", not "workbook"). Sentences that carry numbers are small functions.
 * Texts about Office versions come from the requirement registries (src/hosts/{excel,word}/
 * requirements.ts), not from here.
 */

/** Shared by both panes. */
export const COMMON = {
  tabsLabel: "Bagian panel LAKIP",
  cancel: "Batal",
  close: "Tutup",
  dismiss: "Tutup pesan",
  cancelWork: "Hentikan",
  cancelled: (task: string) => `${task} dihentikan`,
  cancelledBody: "Tidak ada yang diubah oleh langkah yang dihentikan.",
  busyDefault: "Sedang bekerja…",
  failedTitle: (task: string) => `${task} gagal`,
  busyReason: "Tunggu sampai pekerjaan yang sedang berjalan selesai.",
  missingTitle: (app: "Excel" | "Word") => `Beberapa tombol tidak tersedia di ${app} ini`,
  missingShow: "Lihat rinciannya",
  missingHide: "Sembunyikan rincian",
  // Findings
  findingsLabel: "Temuan validasi",
  findingsNone: "Tidak ada temuan: data siap dihitung.",
  filterLabel: "Tampilkan temuan",
  filterAll: (n: number) => `Semua (${n})`,
  filterErrors: (n: number) => `Galat saja (${n})`,
  filterWarnings: (n: number) => `Peringatan (${n})`,
  filterEmpty: "Tidak ada temuan dengan saringan ini.",
  workbookGroup: "Buku kerja",
  sheetGroup: (sheet: string) => `Sheet ${sheet}`,
  errorsCount: (n: number) => `${n} galat`,
  warningsCount: (n: number) => `${n} peringatan`,
  selectCell: (cell: string, sheet: string) => `Pilih sel ${cell} di sheet ${sheet}`,
  noCell: "Temuan ini tidak menunjuk satu sel; perbaiki di sheet yang disebut.",
  errorIcon: "Galat",
  warningIcon: "Peringatan",
  showMore: (n: number) => `Tampilkan ${n} lagi`,
} as const;

/** A sheet name as it reads in a sentence: trimmed, in quotes. */
export function sheetName(name: string): string {
  return `"${name.trim()}"`;
}

/** The Excel pane. */
export const EXCEL = {
  tabs: { format: "Format", himpun: "Himpun", validasi: "Validasi", rekap: "Rekap" },
  nameLabel: "Nama Anda (dicatat di tahapan SOP)",
  namePlaceholder: "mis. Sari Dewi",
  rolesSummary: "Peran yang dicatat per langkah SOP",
  roleLabel: (step: number, kegiatan: string) => `Langkah ${step}: ${kegiatan}`,
  noName: "Tahapan SOP tidak dicatat: isi dulu nama Anda di bagian bawah panel, lalu ulangi.",
  nameHint: "Wajib agar tahapan SOP tercatat atas nama Anda.",
  sopNotRecorded: (why: string) => `Tahapan SOP tidak tercatat: ${why}`,
  format: {
    intro: "Langkah 2 SOP: membuat sheet Petunjuk, Identitas, satu sheet per unit dan Anggaran di buku kerja ini.",
    unitsLabel: "Daftar unit (pisahkan dengan titik koma ;)",
    button: "Buat Format",
    unitsReason: "Perbaiki daftar unit di atas dulu.",
    busyCheck: "Memeriksa sheet yang ada…",
    busyMake: "Membuat format…",
    badUnits: "Daftar unit belum benar",
    replaceTitle: "Sheet sudah ada",
    replaceBody: (names: string[]) =>
      `Sheet ${names.map(sheetName).join(", ")} sudah ada di buku kerja ini. Ganti dengan format kosong? Isinya akan hilang.`,
    replaceAction: "Ganti sheet",
    cancelledTitle: "Buat Format dibatalkan",
    cancelledBody: "Tidak ada sheet yang diubah.",
    doneTitle: "Format pengumpulan data dibuat",
    doneSheets: (names: string[]) => `${names.length} sheet dibuat: ${names.join(", ")}.`,
    noValidations: "Daftar pilihan dan pemeriksaan angka tidak dibuat.",
    shortened: (pairs: { unit: string; sheet: string }[]) =>
      `Nama sheet dibatasi 31 karakter, jadi ${pairs.length === 1 ? "satu unit" : `${pairs.length} unit`} memakai nama sheet yang lebih pendek: ${pairs
        .map((p) => `"${p.unit}" menjadi sheet "${p.sheet}"`)
        .join("; ")}. Nama lengkapnya tetap tertulis di judul sheet.`,
  },
  himpun: {
    intro:
      "Langkah 4 SOP: pilih buku kerja (.xlsx) yang diisi bidang. Sheet indikator dan baris Anggaran dibawa ke buku kerja ini, satu sheet per unit.",
    button: "Pilih berkas unit…",
    inputLabel: "Berkas unit (.xlsx)",
    busyRead: "Membaca berkas unit…",
    reading: (file: string, i: number, n: number) => `Membaca ${file} (${i} dari ${n})…`,
    readingThis: "Membaca buku kerja ini…",
    busyWrite: "Menghimpun data unit…",
    notXlsx: "Bukan buku kerja Excel (.xlsx); berkas dilewati.",
    unreadable: "Bukan buku kerja Excel yang dapat dibaca; berkas dilewati.",
    replaceTitle: "Unit sudah ada",
    replaceBody: (names: string[]) =>
      `Sheet ${names.map(sheetName).join(", ")} sudah ada di buku kerja ini. Bila diganti, seluruh isinya sekarang (termasuk perbaikan yang Anda ketik di sana) hilang dan diganti isi dari berkas unit; Urungkan di Excel tidak dapat mengembalikannya. Batal: sheet itu tetap, unit lain tetap dihimpun.`,
    replaceAction: "Ganti isi sheet lama",
    noneTitle: "Tidak ada data yang dihimpun",
    noneBody: "Tidak ada sheet, sel isian atau baris Anggaran yang diambil. Lihat alasannya per berkas di bawah.",
    doneTitle: "Data unit dihimpun",
    partTitle: (n: number) => `Data unit dihimpun sebagian: periksa ${n} berkas di bawah`,
    unrecordedTitle: "Data unit dihimpun; tahapan SOP tidak tercatat",
    // only what was taken is named (no "0 sheet unit" beside 96 cells taken)
    doneBody: (sheets: number, rows: number, cells: number, files: number, taken: boolean) => {
      const parts = [
        sheets > 0 ? `${sheets} sheet unit` : "",
        cells > 0 ? `${cells} sel isian dari berkas unit` : "",
        rows > 0 ? `${rows} baris Anggaran` : "",
      ].filter(Boolean);
      const what = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} dan ${parts[parts.length - 1]}` : parts[0];
      return `${what ?? "Tidak ada data"} dihimpun dari ${files} berkas.${taken ? " Jalankan Validasi untuk memeriksa isinya." : ""}`;
    },
    reportsLabel: "Hasil per berkas",
    taken: "Diambil",
    refused: "Ditolak",
    warningsLabel: "Perhatian",
  },
  validasi: {
    intro: "Memeriksa semua sheet. Sel bertemuan disorot; sorotan hanya warna dan dapat dihapus tanpa mengubah isi.",
    button: "Validasi",
    fixFormat: (cell: string) => `Ubah format sel ${cell} ke Umum`,
    fixing: (cell: string) => `Mengubah format sel ${cell}…`,
    fixedTitle: (cell: string, sheet: string) => `Format sel ${cell} di sheet ${sheet} diubah ke Umum`,
    fixedTextBody:
      "Isinya tetap teks sampai diketik ulang: pilih selnya, tekan F2 lalu Enter, kemudian jalankan Validasi lagi.",
    clear: "Hapus sorotan",
    clearReason: "Belum ada sorotan LAKIP untuk dihapus.",
    busy: "Memeriksa buku kerja…",
    reading: "Membaca semua sheet…",
    checking: "Memeriksa isian…",
    highlighting: "Menyorot sel bertemuan…",
    errorsTitle: (e: number, w: number) => `${e} galat, ${w} peringatan`,
    errorsBody:
      "Sel bertemuan disorot (merah: galat, kuning: peringatan). Pilih temuan di daftar untuk membuka selnya, perbaiki, lalu jalankan Validasi lagi.",
    errorsBodyUnmarked: "Pilih temuan di daftar untuk membuka selnya, perbaiki, lalu jalankan Validasi lagi.",
    cleanTitle: (w: number) => (w > 0 ? `Tidak ada galat, ${w} peringatan` : "Data bersih"),
    cleanBody: (n: number) => `${n} indikator siap direkap.`,
    emptyTitle: "Belum ada indikator untuk diperiksa",
    emptyBody:
      "Buku kerja ini belum berisi sheet unit dengan indikator. Buat format di bagian Format, atau himpun berkas unit di bagian Himpun, lalu jalankan Validasi.",
    clearBusy: "Menghapus sorotan…",
    clearedTitle: "Sorotan dihapus",
    clearedBody: (n: number) =>
      n > 0 ? `Warna isian semula dipulihkan di ${n} sel.` : "Tidak ada sorotan LAKIP di buku kerja ini.",
    legend: "Sorotan aktif: merah = galat, kuning = peringatan.",
    selectFailed: "Sel tidak dapat dipilih",
    emptyList: "Tidak ada temuan: data siap direkap.",
    notYet: "Klik Validasi untuk memeriksa semua sheet buku kerja ini.",
  },
  rekap: {
    intro:
      'Langkah 5 SOP: menulis sheet "Rekap Capaian" (capaian per indikator, sasaran, unit dan organisasi, serapan anggaran, efisiensi, grafik). Data harus bebas galat.',
    button: "Rekap",
    busy: "Menyusun rekap…",
    reading: "Membaca semua sheet…",
    checking: "Memeriksa isian…",
    writing: "Menulis sheet Rekap Capaian…",
    refusedTitle: "Rekap belum dapat dibuat",
    errorsReason: (e: number) =>
      `Rekap ditahan: Validasi terakhir menemukan ${e} galat. Perbaiki selnya di bagian Validasi, lalu jalankan Validasi lagi.`,
    refusedBody: (e: number) =>
      `Masih ada ${e} galat. Buka bagian Validasi, perbaiki sel yang disorot, lalu jalankan Rekap lagi. Angka capaian belum ditampilkan karena masih dapat berubah.`,
    emptyTitle: "Belum ada indikator untuk direkap",
    doneTitle: "Rekap Capaian diperbarui",
    doneBody: (sheet: string, ind: number, sas: number, chart: boolean) =>
      `Sheet "${sheet}" berisi ${ind} indikator, ${sas} sasaran${chart ? " dan grafik capaian per sasaran" : ""}.`,
    headline: "Capaian kinerja organisasi",
    predikat: (p: string) => `Predikat: ${p}`,
  },
} as const;

/** The Word pane. */
export const WORD = {
  tabs: { laporan: "Laporan", sop: "Tahapan SOP" },
  sopUnavailable: "Tahapan SOP tidak tersedia di sini.",
  sopLoading: "Memuat tahapan SOP…",
  sopLoadFailed: "Bagian Tahapan SOP tidak dapat dimuat. Tutup lalu buka kembali panel LAKIP.",
  load: {
    heading: "1. Muat data",
    button: "Pilih berkas .xlsx…",
    inputLabel: "Berkas data kinerja (.xlsx)",
    busy: "Membaca data kinerja…",
    fillHeld: (e: number) => `Ditahan sampai data bebas galat (masih ${e} galat, lihat Temuan di bawah).`,
    notXlsx: (file: string) =>
      `Berkas "${file}" bukan buku kerja .xlsx. Pilih berkas format pengumpulan data kinerja (.xlsx).`,
    carryFailed: (why: string) => `Tahapan SOP dari buku kerja tidak dapat dicatat: ${why}`,
    errorsTitle: "Data belum dapat dipakai",
    emptyTitle: "Buku kerja ini belum berisi indikator",
    emptyBody:
      "Tidak ada sheet unit dengan indikator. Isi format pengumpulan data di Excel (panel LAKIP Excel > Format), simpan, lalu pilih berkasnya lagi.",
    doneTitle: "Data dimuat",
    doneBody: (n: number, w: number) => `${n} indikator dibaca${w ? `, ${w} peringatan` : ""}.`,
  },
  template: {
    heading: "2. Kerangka",
    button: "Sisipkan kerangka LAKIP",
    busyCheck: "Memeriksa dokumen…",
    busy: "Menyisipkan kerangka LAKIP…",
    doneTitle: "Kerangka LAKIP disisipkan",
    doneBody: (n: number) => `${n} kontrol konten siap diisi.`,
    confirmTitle: "Dokumen tidak kosong",
    confirmBody:
      "Seluruh isi dokumen ini akan diganti dengan kerangka LAKIP. Teks yang sudah ada akan hilang (dapat dibatalkan dengan Urungkan/Ctrl+Z). Lanjutkan?",
    confirmAction: "Ganti dengan kerangka",
  },
  fill: {
    stepNotRecorded: (why: string) => `Langkah 6 SOP tidak tercatat: ${why}`,
    heading: "3. Isi laporan",
    button: "Isi semua",
    busy: "Mengisi laporan…",
    preparing: "Menyusun isi laporan…",
    writing: "Menulis ke dokumen…",
    cursorLabel: "Sisipkan satu bagian di kursor",
    cursorAria: "Bagian laporan",
    cursorButton: "Sisipkan di kursor",
    cursorBusy: "Menyisipkan di kursor…",
    unknownPart: (title: string) => `Bagian "${title}" tidak dikenal.`,
    cursorDoneTitle: "Disisipkan di kursor",
    cursorDoneBody: (title: string) => `${title} disisipkan dalam kontrol baru.`,
    noneTitle: "Tidak ada yang diisi",
    partTitle: "Laporan diisi sebagian",
    doneTitle: "Laporan diisi",
    doneSummary: (controls: number, parts: number) => `${controls} kontrol di ${parts} bagian diisi.`,
    showParts: "Lihat bagian yang diisi",
  },
  summary: {
    label: "Ringkasan data kinerja",
    year: (instansi: string, tahun: string) => `${instansi} · Tahun ${tahun}`,
    noIdentitas: "Identitas instansi belum terbaca",
    headline: "Capaian kinerja organisasi",
    provisionalTitle: "Angka capaian belum ditampilkan",
    provisionalBody: (e: number) =>
      `Data masih memiliki ${e} galat, jadi capaian dan predikat masih dapat berubah. Perbaiki galat di Excel, simpan, lalu muat ulang berkasnya.`,
    perPredikat: (n: number) => `${n} indikator per predikat`,
    noCapaian: "Capaian tidak dapat dihitung",
    counts: (e: number, w: number) =>
      [e > 0 ? `${e} galat` : "", w > 0 ? `${w} peringatan` : ""].filter(Boolean).join(", "),
  },
  findingsHeading: (n: number) => `Temuan pemeriksaan (${n})`,
} as const;
