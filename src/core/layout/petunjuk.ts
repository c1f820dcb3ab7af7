/**
 * The Petunjuk sheet: its numbered instructions in Bahasa Indonesia and the sheet that holds
 * them (the format's, next year's, a unit's file).
 */
import type { LayoutCell, SheetLayout, StyleName } from "./layoutTypes";
import { quarterPetunjukLines } from "./quarterLayout";
import { EARLIER_YEARS, defaultFormatYear, earlierYearHeaders } from "./formatColumns";

/** Petunjuk: numbered instructions in Bahasa Indonesia, one paragraph per row. */
export function petunjukLines(
  unitSheets: readonly { unit: string; sheetName: string }[],
  tahun: number = defaultFormatYear(),
  earlierYears: number = EARLIER_YEARS,
): { text: string; style: StyleName }[] {
  const years = earlierYearHeaders(tahun, earlierYears);
  const unitList = unitSheets
    .map((u) => (u.unit === u.sheetName ? u.sheetName : `${u.sheetName} (${u.unit})`))
    .join("; ");
  const L = (text: string, style: StyleName = "text") => ({ text, style });
  return [
    L("PETUNJUK PENGISIAN FORMAT PENGUMPULAN DATA KINERJA", "title"),
    L(
      "Format ini dipakai untuk menghimpun data kinerja dari Sekretariat dan setiap Bidang sebagai bahan penyusunan LAKIP (LKjIP). Isilah lembar demi lembar sesuai petunjuk di bawah ini, lalu jalankan Validasi sebelum format dikirim kembali ke Subbagian Program.",
      "text",
    ),
    L("A. Lembar Identitas", "heading"),
    L(
      "1. Isi kolom B di samping setiap label di kolom A. Instansi, Pemerintah Daerah dan Tahun wajib diisi; yang lain opsional tetapi dipakai pada halaman pengesahan laporan: Nama, NIP, Jabatan dan Pangkat/Golongan Kepala, Tempat dan Tanggal Laporan (misalnya Pangkalan Bun, 15 Januari 2026) di blok tanda tangan, dan Judul Laporan (LAKIP, LKjIP atau Laporan Kinerja) di sampul.",
    ),
    L(
      "2. Tahun adalah tahun pelaporan, ditulis sebagai angka 4 digit, misalnya 2025. NIP Kepala terdiri atas 18 digit dan boleh ditulis berspasi, misalnya 19700101 199503 1 001.",
    ),
    L("3. Jangan mengubah teks label di kolom A; label itulah yang dibaca oleh Validasi."),
    L("B. Lembar indikator (satu lembar per unit)", "heading"),
    L(
      `4. Setiap unit mengisi lembarnya sendiri: ${unitList}. Nama lembar adalah nama unit; jangan mengganti nama lembar dan jangan mengubah baris judul kolom.`,
    ),
    L("5. Satu baris untuk satu indikator kinerja. Kolom No boleh diisi nomor urut atau dibiarkan kosong."),
    L(
      "6. Sasaran Strategis: tulis nama sasaran sesuai Renstra/Perjanjian Kinerja. Jika beberapa indikator berada di bawah sasaran yang sama, cukup tulis sasaran pada baris pertama; baris kosong di bawahnya dianggap melanjutkan sasaran di atasnya. Tulislah nama sasaran yang sama persis di semua lembar agar capaiannya digabung.",
    ),
    L(
      '7. Indikator Kinerja: tulis nama indikator lengkap, misalnya "Persentase ormas yang aktif melaporkan keberadaannya". Indikator yang sama jangan ditulis dua kali di bawah satu sasaran.',
    ),
    L("8. Satuan: satuan ukur indikator, misalnya %, kegiatan, dokumen, kasus, orang, laporan."),
    L(
      "9. Polaritas: pilih dari daftar. Naik berarti makin tinggi makin baik (contoh: persentase pemilih yang menggunakan hak pilih, target 80, realisasi 84 → capaian 105%). Turun berarti makin rendah makin baik (contoh: jumlah konflik sosial, target 4 kasus, realisasi 3 kasus → capaian 125%). Untuk polaritas Turun dengan target 0 dan realisasi 0, capaian dihitung 100%.",
    ),
    L(
      '10. Target: angka target tahun ini. Target boleh berupa rentang, ditulis "80 - 90" (atau "80 s.d. 90"); realisasi di dalam rentang dihitung 100%. Target tidak boleh 0 untuk polaritas Naik.',
    ),
    L(
      `11. Realisasi: angka yang benar-benar dicapai tahun ini. Realisasi Tahun Lalu, Target Akhir Renstra, Standar Nasional (standar nasional indikator itu, bila ada) dan kolom tahun-tahun sebelumnya (${years.join(", ")}) diisi bila ada; semuanya dipakai untuk perbandingan di laporan. Kolom tahun dibuat untuk tahun pelaporan ${tahun}: bila Tahun di lembar Identitas lain, ganti angka tahun pada judul kolomnya. Realisasi tahun lalu cukup ditulis sekali, di kolom Realisasi Tahun Lalu.`,
    ),
    L(
      '12. Penulisan angka: ketik angka sebagai angka, bukan teks. Koma adalah tanda desimal dan titik pemisah ribuan (85,5 atau 1.250). Untuk satuan %, ketik nilai persennya (85,5), atau ketik 85,5% pada sel berformat persen; keduanya dibaca 85,5. Jangan menambahkan satuan di dalam sel angka (tulis 2 dan satuan "laporan", bukan "2 laporan").',
    ),
    L(
      "13. Keterangan: penjelasan singkat atas capaian. Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan: analisis penyebab keberhasilan atau kegagalan serta langkah perbaikannya. Teks ini dikutip ke narasi BAB III laporan, jadi tulislah dalam kalimat lengkap.",
    ),
    L("C. Lembar Anggaran", "heading"),
    L(
      '14. Satu baris untuk satu program atau kegiatan: nama Program/Kegiatan, Sasaran Strategis yang didukungnya (tulis persis seperti di lembar indikator), Pagu dan Realisasi anggaran dalam rupiah tanpa "Rp" dan tanpa desimal, misalnya 125.000.000.',
    ),
    L(
      "15. Realisasi anggaran tidak boleh negatif dan biasanya tidak melebihi pagu. Serapan (realisasi dibanding pagu) dan efisiensi per sasaran dihitung otomatis.",
    ),
    L("D. Validasi", "heading"),
    L(
      "16. Validasi memeriksa: lembar Identitas dan lembar indikator ada; label Identitas wajib terisi dan Tahun berupa tahun; judul kolom wajib lengkap; sel wajib (Sasaran pada baris pertama, Indikator, Satuan, Polaritas, Target, Realisasi) tidak kosong; kolom angka berisi angka; tidak ada nilai galat Excel (#DIV/0!, #REF!, #N/A); Polaritas bernilai Naik atau Turun; target tidak 0.",
    ),
    L(
      "17. Validasi juga memberi peringatan bila: angka diketik sebagai teks, nilai persen di atas 100, nilai negatif, capaian di atas 150% atau di bawah 0% (sering karena salah satuan), indikator ganda, realisasi anggaran melebihi pagu, atau sasaran di lembar Anggaran tidak ditemukan di lembar indikator.",
    ),
    L(
      "18. GALAT (error) harus diperbaiki sebelum laporan dapat dibuat; PERINGATAN boleh dibiarkan bila datanya memang benar. Validasi tidak pernah mengubah isi sel; sorotan warna hanya penanda dan dapat dihapus.",
    ),
    L("E. Lembar Pengaturan", "heading"),
    L(
      "19. Lembar Pengaturan memuat aturan perhitungan instansi. Isinya sudah berupa aturan bawaan (Permendagri 86/2017); ubah hanya bila instansi memakai aturan lain, dan jangan mengubah teks label di kolom A. Lembar ini boleh dihapus: tanpa lembar ini aturan bawaan yang berlaku.",
    ),
    L(
      "20. Rumus Polaritas Turun: (2T - R) / T (bawaan; target 4 kasus, realisasi 3 kasus → 125%) atau T / R (target 4, realisasi 3 → 133,33%). Batas Capaian: kosong berarti capaian tidak dibatasi; isi misalnya 120 agar capaian di atas 120% dihitung 120% dalam rata-rata dan predikat.",
    ),
    L(
      "21. Skala predikat: di bawah baris Predikat | Batas Bawah, satu baris per predikat dari yang tertinggi, nama di kolom A dan batas bawah dalam persen di kolom B (makin ke bawah makin kecil); batas baris terakhir boleh kosong. Capaian mendapat predikat baris pertama yang batas bawahnya tidak melebihi capaian itu.",
    ),
  ];
}

export function petunjukSheet(
  unitSheets: readonly { unit: string; sheetName: string }[],
  tahun: number,
  earlierYears: number,
): SheetLayout {
  const lines = petunjukLines(unitSheets, tahun, earlierYears);
  return petunjukSheetOf([...lines, ...quarterPetunjukLines(lines.filter((l) => /^\d+\. /.test(l.text)).length + 1)]);
}

/**
 * The Petunjuk sheet of any workbook this add-in writes (format, next year's, a unit's file):
 * one paragraph per row in column A, the row tall enough for its wrapped text.
 */
export function petunjukSheetOf(lines: readonly { text: string; style: StyleName }[]): SheetLayout {
  const rowHeights: Record<number, number> = {};
  const cells: LayoutCell[] = lines.map((l, i) => {
    // About 110 characters per line at width 120; 15 points per line.
    const lineCount = Math.max(1, Math.ceil(l.text.length / 110));
    if (lineCount > 1) rowHeights[i] = lineCount * 15;
    return { row: i, col: 0, value: l.text, style: l.style };
  });
  return {
    name: "Petunjuk",
    kind: "petunjuk",
    widths: [120],
    cells,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    validations: [],
    numberFormats: [],
    rowHeights,
  };
}
