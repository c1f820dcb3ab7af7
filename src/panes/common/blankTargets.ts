/**
 * Target cells left blank in a master, as "Sheet!A1": units cannot fill them (the Target cells of
 * their files are locked), so making unit files from such a master is a warning, not a success.
 */
import type { Finding } from "../../core/model";

export function blankTargets(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.code === "MISSING_VALUE" && /^Target di sel /.test(f.message))
    .map((f) => `${f.sheet.trim()}!${f.cell}`);
}

/** The warning sentence for `blank` (at most five cells named). */
export function blankTargetsSentence(blank: readonly string[], master: string): string {
  const shown = blank.slice(0, 5).join(", ") + (blank.length > 5 ? `, dan ${blank.length - 5} lagi` : "");
  return `Sel Target di berkas unit terkunci, jadi unit tidak dapat mengisi Target yang kosong (${shown}). Isi Target di ${master}, lalu buat berkas per unit lagi sebelum mengirimnya.`;
}
