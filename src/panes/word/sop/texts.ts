/** The texts of the "Tahapan SOP" tab, in one place (Bahasa Indonesia). */

import { userMessage } from "../../../core/errors";

/** The text of a failure for the user: the SOP ports throw UserErrors; anything else is unexpected. */
export function sopErrorText(e: unknown): string {
  return userMessage(e);
}
export const SOP_TEXT = {
  intro: (storage: string) =>
    `Delapan langkah SOP penyusunan LAKIP. Status tersimpan di properti dokumen "LAKIP Langkah 1–8"; riwayat lengkapnya di ${storage}.`,
  nameLabel: "Nama Anda",
  roleLabel: "Jabatan Anda",
  namePlaceholder: "mis. Rina Wulandari",
  rolePlaceholder: "mis. Kasubag Program",
  whoMissing: "Isi nama dan jabatan Anda dulu: setiap tahapan dicatat atas nama orang yang mencatatnya.",
  whoRequired: "Isi nama dan jabatan Anda di atas sebelum mencatat tahapan.",
  busy: "Tunggu sampai pencatatan yang sedang berjalan selesai.",
  currentLabel: "Langkah sekarang",
  allDone: "Semua delapan langkah Selesai.",
  stepOf: (n: number) => `Langkah ${n} dari 8`,
  late: "Terlambat",
  pelaksana: (who: string) => `Pelaksana: ${who}`,
  yourTurn: (next: string) => `Giliran Anda: ${next}`,
  waitingFor: (who: string, next: string) => `Giliran ${who}: ${next}`,
  nextStart: (kegiatan: string) => `mulai "${kegiatan.charAt(0).toLowerCase()}${kegiatan.slice(1)}".`,
  nextFinish: (output: string) => `tandai Selesai setelah ${output.charAt(0).toLowerCase()}${output.slice(1)} ada.`,
  nextReview: "lanjutkan di bagian Koreksi di bawah.",
  nextApproval: "periksa daftar periksa di bagian Persetujuan di bawah.",
  start: (n: number) => `Mulai langkah ${n}`,
  finish: (n: number) => `Tandai langkah ${n} Selesai`,
  overrideHint: 'Bila tetap perlu, pakai "Lewati prasyarat dengan alasan" di langkah itu.',
  details: "Rincian",
  hideDetails: "Sembunyikan rincian",
  // Button names carry their step (visible text stays short; the name starts with it)
  detailsOf: (n: number) => `Rincian langkah ${n}`,
  hideDetailsOf: (n: number) => `Sembunyikan rincian langkah ${n}`,
  reopen: (n: number) => `Buka lagi langkah ${n}`,
  editWho: (n: number) => `Ubah pelaksana langkah ${n}`,
  overrideOf: (n: number) => `Lewati prasyarat dengan alasan, langkah ${n}`,
  finishOf: (n: number) => `Selesai langkah ${n}`,
  stepperKeys: "Daftar langkah: Tab masuk sekali, panah atas/bawah berpindah antartombol.",
  finishedLine: (when: string, who: string) => `Selesai ${when} · ${who}`,
  reviewStartBlocked: "Koreksi dimulai setelah langkah 6 Selesai: tandai langkah 6 Selesai dulu.",
} as const;
