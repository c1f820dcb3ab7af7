/**
 * Shared plumbing of the SOP adapters for Word: how a Word.run is obtained (injectable, so the
 * adapters run against a fake host in tests) and which requirement sets the SOP features need,
 * with the Word version each needs, in Bahasa Indonesia.
 *
 * Versions from Microsoft's "Word JavaScript API requirement sets" table: WordApi 1.3 Word 2016
 * version 1612 (build 7668) / Office 2019; WordApi 1.4 Microsoft 365 version 2208 (build
 * 15601); WordApi 1.6 Microsoft 365 version 2308 (build 16731.20234), Mac 16.76. Word on the
 * web supports them all. PDF export uses the common API requirement set PdfFile 1.1.
 */

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
export type SetCheck = (set: string, version: string) => boolean;

import { plainMinimum } from "../officeVersions";
import { OfficeHostError } from "../../core/errors";

export const officeWordRun: WordRun = (batch) => Word.run(batch);

export function officeSetCheck(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

export interface SopRequirement {
  set: string;
  version: string;
  what: string;
  word: string;
}

export const SOP_REQUIREMENTS = {
  properties: {
    set: "WordApi",
    version: "1.3",
    what: "menulis properti LAKIP Langkah 1-8 (File > Info > Properti)",
    word: plainMinimum("WordApi", "1.3"),
  },
  history: {
    set: "WordApi",
    version: "1.4",
    what: "menyimpan riwayat tahapan di dalam dokumen",
    word: plainMinimum("WordApi", "1.4"),
  },
  tracking: {
    set: "WordApi",
    version: "1.4",
    what: "menyalakan Lacak Perubahan untuk semua orang dari panel",
    word: plainMinimum("WordApi", "1.4"),
  },
  comments: {
    set: "WordApi",
    version: "1.4",
    what: "menghitung dan menampilkan komentar",
    word: plainMinimum("WordApi", "1.4"),
  },
  trackedChanges: {
    set: "WordApi",
    version: "1.6",
    what: "menghitung dan menampilkan revisi (perubahan terlacak)",
    word: plainMinimum("WordApi", "1.6"),
  },
  pdf: {
    set: "PdfFile",
    version: "1.1",
    what: "menyimpan dokumen sebagai PDF",
    word: "Word 2016 atau lebih baru di Windows dan Mac, Word di web",
  },
} as const satisfies Record<string, SopRequirement>;

/** Plain Indonesian, no set names: what the pane cannot do here and which Office can (from the facts table). */
export function missingMessage(r: SopRequirement): string {
  return `Versi Word ini belum memungkinkan panel ${r.what}. Diperlukan ${r.word}.`;
}

/** Wraps an Office error with a message for the user. */
export function officeError(what: string, e: unknown): Error {
  // The user reads "<what> gagal di Word" and what to do (core/errors); Office's words stay for logs.
  const detail = e instanceof Error ? e.message : String(e);
  return new OfficeHostError(`${what} gagal di Word: ${detail}`, { cause: e });
}
