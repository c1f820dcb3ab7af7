/**
 * Office.js errors in Bahasa Indonesia. Microsoft: "Error messages are not intended for end users;
 * use the error code and appropriate business logic to determine the error message your add-in
 * shows to end users" ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * So the pane shows a sentence chosen by `error.code`, never the host's (English) text.
 */
import { ExcelHostError } from "./port";

const BY_CODE: Readonly<Record<string, string>> = {
  ItemNotFound:
    "sheet atau sel yang dituju tidak ada lagi (mungkin baru diganti nama atau dihapus). Jalankan Validasi lagi, lalu ulangi",
  ItemAlreadyExists: "sudah ada sheet dengan nama yang sama",
  InvalidArgument: "Excel menolak data yang dikirim add-in",
  InvalidOperation: "Excel menolak langkah ini pada keadaan buku kerja sekarang",
  InvalidOperationInCellEditMode:
    "Excel sedang dalam mode mengedit sel. Tekan Enter atau Esc di sel itu, lalu coba lagi",
  ApiNotFound: "Excel ini tidak mendukung fungsi yang diperlukan. Perbarui Excel, atau gunakan Excel di web",
  RequestPayloadSizeLimitExceeded:
    "data yang dikirim melebihi batas 5 MB per permintaan Excel di web. Bagi buku kerja menjadi beberapa berkas, atau gunakan Excel desktop",
  ResponsePayloadSizeLimitExceeded:
    "data yang dibaca melebihi batas 5 MB per permintaan Excel di web. Bagi buku kerja menjadi beberapa berkas, atau gunakan Excel desktop",
  AccessDenied: "Excel menolak akses: buku kerja mungkin dilindungi, hanya-baca, atau sedang dipakai bersama",
  InsertDeleteConflict: "Excel menolak menyisipkan atau menghapus sel di tempat itu",
  Conflict: "buku kerja sedang diubah oleh orang lain. Coba lagi sebentar lagi",
  ActivityLimitReached: "Excel sedang sibuk. Tunggu sebentar, lalu coba lagi",
  RequestAborted: "permintaan ke Excel terputus. Coba lagi",
  Unauthenticated: "sesi Excel di web berakhir. Muat ulang halaman, lalu coba lagi",
};

const UNKNOWN =
  "Excel melaporkan galat yang tidak dikenal. Coba lagi; bila tetap gagal, simpan buku kerja, tutup dan buka kembali Excel";

/** The Office.js error code of an error (OfficeExtension.Error.code), or null. */
export function officeErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** One Indonesian clause for an Office.js error (without the host's own text). */
export function describeOfficeError(error: unknown): string {
  const code = officeErrorCode(error);
  return (code && BY_CODE[code]) || UNKNOWN;
}

/** An error for the user: "<label> gagal: <reason>." (an ExcelHostError passes through). */
export function userError(label: string, error: unknown): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  return new ExcelHostError(`${label} gagal: ${describeOfficeError(error)}.`);
}
