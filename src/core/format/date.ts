/** Dates in Indonesian, as official documents print them. */

export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** "24 November 2026" (local date). */
export function formatTanggal(d: Date): string {
  return `${d.getDate()} ${BULAN[d.getMonth()]} ${d.getFullYear()}`;
}

/** "24 November 2026 10.15" (Indonesian uses a dot between hours and minutes). */
export function formatTanggalJam(d: Date): string {
  const hh = String(d.getHours()).padStart(2, "0");
  const mm = String(d.getMinutes()).padStart(2, "0");
  return `${formatTanggal(d)} ${hh}.${mm}`;
}
