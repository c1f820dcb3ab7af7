/**
 * The agency's units and the sheet names they get in the format: the default units, the
 * reserved sheet names, the shortening to 31 characters, the checks (spec 2.2).
 */
import { normalizeLabel } from "../text";
import { UserError } from "../errors";

/** The units of Kesbangpol Kotawaringin Barat (spec section 1), as typed in `--units`. */
export const DEFAULT_UNITS_TEXT =
  "Sekretariat;Bidang Ideologi dan Wawasan Kebangsaan;Bidang Politik Dalam Negeri;Bidang Ketahanan Ekonomi, Sosial dan Budaya;Bidang Kewaspadaan Nasional dan Penanganan Konflik";

export const DEFAULT_UNITS: string[] = parseUnits(DEFAULT_UNITS_TEXT);

/**
 * The sheets a unit may not be named after: the add-in's own sheets (spec 2.2), matched like
 * every sheet name (case-insensitive, white space folded).
 */
export const RESERVED_SHEETS = [
  "Petunjuk",
  "Identitas",
  "Anggaran",
  "Pengaturan",
  "Rekap Capaian",
  "Rekap TW I",
  "Rekap TW II",
  "Rekap TW III",
  "Rekap TW IV",
  "Pejabat",
];

export const MAX_SHEET_NAME = 31;

const FORBIDDEN_CHARS_ALL = /[[\]:*?/\\]/g;

/** Splits "A;B; C" into trimmed, non-empty names. */
export function parseUnits(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

/** Well-known abbreviations in Kesbangpol and Pemda nomenclature, longest phrase first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bKewaspadaan Nasional dan Penanganan Konflik\b/i, "Kewaspadaan Nasional"],
  [/\bEkonomi, Sosial,? dan Budaya\b/i, "Ekososbud"],
  [/\bIdeologi dan Wawasan Kebangsaan\b/i, "Ideologi dan Wasbang"],
  [/\bWawasan Kebangsaan\b/i, "Wasbang"],
  [/\bPolitik Dalam Negeri\b/i, "Poldagri"],
  [/\bSumber Daya Manusia\b/i, "SDM"],
  [/\bPerencanaan\b/i, "Perenc."],
  [/\bBidang\b/i, "Bid."],
  [/\bSubbagian\b/i, "Subbag"],
  [/\bSeksi\b/i, "Si."],
];

/**
 * The sheet name of a unit: the name itself when it fits in 31 characters, otherwise
 * shortened by common abbreviations (applied one at a time until it fits), then cut at a
 * word boundary. Characters Excel forbids are not removed here (checkUnitNames reports them).
 */
export function unitSheetName(unit: string): string {
  let name = unit.replace(/\s+/g, " ").trim();
  for (const [pattern, short] of ABBREVIATIONS) {
    if (name.length <= MAX_SHEET_NAME) break;
    name = name.replace(pattern, short);
  }
  if (name.length <= MAX_SHEET_NAME) return name;
  const words = name.split(" ");
  let cut = "";
  for (const w of words) {
    const next = cut === "" ? w : `${cut} ${w}`;
    if (next.length > MAX_SHEET_NAME) break;
    cut = next;
  }
  if (cut === "") cut = name.slice(0, MAX_SHEET_NAME);
  return cut.replace(/[,\s]+$/, "");
}

/** Each unit with the sheet name it gets. */
export function planUnitSheets(units: readonly string[]): { unit: string; sheetName: string }[] {
  return units.map((u) => ({ unit: u.replace(/\s+/g, " ").trim(), sheetName: unitSheetName(u) }));
}

/**
 * Checks unit names for use as Excel sheet names (after shortening, see unitSheetName).
 * Returns Indonesian messages, one per problem; empty when all is well.
 */
export function checkUnitNames(units: readonly string[]): string[] {
  const errors: string[] = [];
  if (units.length === 0) errors.push("Daftar unit kosong; isi minimal satu unit, misalnya Sekretariat.");
  const seen = new Map<string, string>();
  const reserved = new Set(RESERVED_SHEETS.map(normalizeLabel));
  units.forEach((raw, i) => {
    const unit = raw.replace(/\s+/g, " ").trim();
    const n = i + 1;
    if (unit === "") {
      errors.push(`Nama unit ke-${n} kosong; isi nama unit atau hapus pemisah ";" yang berlebih.`);
      return;
    }
    const bad = unit.match(FORBIDDEN_CHARS_ALL);
    if (bad) {
      const chars = Array.from(new Set(bad)).join(" ");
      errors.push(
        `Nama unit "${unit}" memuat karakter yang tidak boleh ada di nama sheet Excel (${chars}); hapus atau ganti karakter itu.`,
      );
      return;
    }
    if (unit.startsWith("'") || unit.endsWith("'")) {
      errors.push(`Nama unit "${unit}" tidak boleh diawali atau diakhiri tanda petik (').`);
      return;
    }
    const sheet = unitSheetName(unit);
    if (reserved.has(normalizeLabel(sheet)) || normalizeLabel(sheet) === "history") {
      errors.push(
        `Nama unit "${unit}" sudah dipakai untuk sheet bawaan (${RESERVED_SHEETS.join(", ")}); pilih nama lain.`,
      );
      return;
    }
    const key = normalizeLabel(sheet);
    const before = seen.get(key);
    if (before !== undefined) {
      errors.push(
        sheet === unit && unitSheetName(before) === before
          ? `Nama unit "${unit}" tercantum lebih dari sekali (huruf besar/kecil tidak dibedakan); setiap unit harus unik.`
          : `Nama unit "${unit}" dan "${before}" menjadi nama sheet yang sama ("${sheet}") setelah dipendekkan menjadi paling banyak ${MAX_SHEET_NAME} karakter; bedakan namanya.`,
      );
      return;
    }
    seen.set(key, unit);
  });
  return errors;
}

/** Thrown by buildFormatLayout when unit names cannot become sheet names. */
export class InvalidUnitNamesError extends UserError {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
    this.name = "InvalidUnitNamesError";
  }
}
