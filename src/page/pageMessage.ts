/**
 * LAKIP.html's one mapping from a failure to the text the user reads. Our own errors carry an
 * Indonesian sentence naming the file, sheet or cell; anything else is unexpected and is never
 * shown raw (an English or host message would not tell the user what to do).
 */
import { UnreadableWorkbookError } from "../hosts/files/errors";
import { DocumentFileError } from "../hosts/browserFiles/reportFiles";
import { NextYearError } from "../core/layout/nextYear";
import { PageError } from "./fileIO";

export const UNEXPECTED =
  "Terjadi kendala yang tidak terduga. Coba lagi; bila tetap gagal, muat ulang halaman ini (berkas yang sudah diunduh tetap aman).";

export function pageMessage(error: unknown): string {
  if (
    error instanceof PageError ||
    error instanceof UnreadableWorkbookError ||
    error instanceof DocumentFileError ||
    error instanceof NextYearError ||
    (error instanceof Error && error.name === "InvalidUnitNamesError")
  )
    return error.message;
  return UNEXPECTED;
}
