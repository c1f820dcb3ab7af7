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
