import { WordHostError } from "../../hosts/word/port";
import { toBase64 } from "./summary";

/** Where the build puts the official template, relative to the pane's page. */
export const TEMPLATE_URL = "assets/lakip-template.docx";

/** Fetches the template shipped with the add-in (same origin) as base64. */
export async function fetchTemplateBase64(url: string = TEMPLATE_URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new WordHostError(
      `Kerangka LAKIP tidak dapat diambil dari add-in (${String(error)}). Muat ulang panel lalu coba lagi.`,
    );
  }
  if (!response.ok) {
    throw new WordHostError(
      `Kerangka LAKIP tidak ditemukan di add-in (HTTP ${response.status}). Pasang ulang add-in atau hubungi pengelola.`,
    );
  }
  return toBase64(await response.arrayBuffer());
}

/**
 * What to do on a Word that inserts only the template's body (no WordApi 1.5): open the template
 * file itself, which has the headers, footers and page numbers, and fill it from the pane.
 */
export function templateWithoutHeadersAdvice(pageUrl: string = window.location.href): string {
  const url = new URL(TEMPLATE_URL, pageUrl).href;
  return (
    "Word versi ini hanya dapat menyisipkan isi kerangka, tanpa kepala dan kaki halaman (nomor halaman). " +
    `Untuk laporan bernomor halaman, buka berkas kerangka langsung di Word (File > Buka, tempel alamat ${url}), ` +
    "simpan dengan nama laporan Anda, lalu klik Isi semua di panel ini. Perintah lakip report juga menulis laporan lengkap."
  );
}
