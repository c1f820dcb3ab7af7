/**
 * File names from unit names that every Windows, Mac and Linux folder accepts (Microsoft's
 * "Naming Files, Paths, and Namespaces": no < > : " / \ | ? * or control characters, no
 * reserved device name CON, PRN, AUX, NUL, COM1-9, LPT1-9 even with an extension, no trailing
 * dot or space; names kept well under the 255-character component limit).
 */

// Control characters are forbidden in Windows file names too.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** The longest base name given (without ".xlsx"): leaves room for a folder path under 260 characters. */
export const MAX_BASE_NAME = 100;

export interface SafeName {
  /** The file name, with extension. */
  fileName: string;
  /** Why the name differs from the wished one (Indonesian), or null when it is the same. */
  changed: string | null;
}

/** A safe base name (without extension) and what had to change. */
function cleanBase(wish: string): { base: string; reasons: string[] } {
  const reasons: string[] = [];
  let base = wish.replace(/\s+/g, " ").trim();
  const bad = base.match(FORBIDDEN);
  if (bad) {
    const chars = Array.from(new Set(bad))
      .map((c) => (c.charCodeAt(0) < 32 ? "karakter kontrol" : c))
      .join(" ");
    reasons.push(`karakter ${chars} tidak boleh ada di nama berkas Windows`);
    base = base.replace(FORBIDDEN, "-").replace(/-{2,}/g, "-").replace(/\s+/g, " ").trim();
  }
  if (base.length > MAX_BASE_NAME) {
    reasons.push(`nama dipendekkan menjadi ${MAX_BASE_NAME} karakter`);
    base = base.slice(0, MAX_BASE_NAME).trim();
  }
  if (/[. ]+$/.test(base)) {
    reasons.push("nama berkas Windows tidak boleh diakhiri titik atau spasi");
    base = base.replace(/[. ]+$/, "");
  }
  // A reserved device name, alone or before the first dot ("CON.xlsx", "nul.tar.xlsx").
  const stem = base.split(".")[0].trim();
  if (RESERVED.test(stem)) {
    reasons.push(`"${stem}" adalah nama perangkat yang dicadangkan Windows`);
    base = `${base}_`;
  }
  return { base, reasons };
}

/**
 * File names for a list of wished base names (e.g. "Format 2026 - Sekretariat"), each ending in
 * `extension`; unique without regard to case (Windows and Mac folders ignore case), a number
 * added where two would clash. Every change is explained.
 */
export function safeFileNames(wishes: readonly string[], extension = ".xlsx"): SafeName[] {
  const used = new Set<string>();
  return wishes.map((wish, i) => {
    const { base: cleaned, reasons } = cleanBase(wish);
    let base = cleaned === "" ? `unit-${i + 1}` : cleaned;
    if (cleaned === "") reasons.push("nama kosong setelah karakter terlarang dibuang");
    let candidate = base;
    for (let n = 2; used.has(`${candidate}${extension}`.toLowerCase()); n++) candidate = `${base} (${n})`;
    if (candidate !== base) reasons.push("nama sama dengan berkas lain (huruf besar/kecil tidak dibedakan)");
    base = candidate;
    const fileName = `${base}${extension}`;
    used.add(fileName.toLowerCase());
    return { fileName, changed: reasons.length > 0 ? reasons.join("; ") : null };
  });
}
