/**
 * Which Excel JavaScript API requirement set each button of the Excel pane needs, and what an
 * older Excel lacks, in Bahasa Indonesia. One registry serves the run-time check
 * (`Office.context.requirements.isSetSupported`) and docs/requirement-sets.md.
 *
 * Set numbers from the `[Api set: ExcelApi x.y]` notes of @types/office-js and Microsoft's
 * "Excel JavaScript API requirement sets": 1.4 (settings, *OrNullObject), 1.7 (freeze panes,
 * tab colour, custom properties), 1.8 (data validation), 1.9 (getRanges, fill pattern),
 * 1.13 (merged areas). Excel on the web supports them all.
 *
 * Which Office has which set comes from one facts table (src/hosts/officeVersions.ts, from
 * Microsoft's requirement-set tables): `minimumExcel` and the pane's sentences are derived from
 * it, in plain Indonesian without set names; docs/requirement-sets.md is generated from both
 * (`npm run docs:versions`).
 */
import { plainMinimum } from "../officeVersions";

export type ExcelFeature =
  "validasi" | "sorot" | "sorotBanyak" | "selMerge" | "buatFormat" | "validasiData" | "himpun" | "rekap" | "tahapanSop";

export interface FeatureRequirement {
  feature: ExcelFeature;
  label: string;
  set: "ExcelApi";
  version: string;
  uses: string;
  /** The Office needed, in plain Indonesian (derived from the facts table, never written by hand). */
  minimumExcel: string;
  /** True: the button cannot work without it; false: the pane degrades. */
  essential: boolean;
}

type RegistryEntry = Omit<FeatureRequirement, "minimumExcel">;

const ENTRIES: readonly RegistryEntry[] = [
  {
    feature: "validasi",
    label: "Validasi",
    set: "ExcelApi",
    version: "1.4",
    uses: "Worksheet.getUsedRangeOrNullObject (membaca semua sheet)",
    essential: true,
  },
  {
    feature: "sorot",
    label: "Sorotan temuan dan Hapus sorotan",
    set: "ExcelApi",
    version: "1.4",
    uses: "Workbook.settings (menyimpan warna isian semula agar dapat dipulihkan)",
    essential: true,
  },
  {
    feature: "sorotBanyak",
    label: "Sorotan sekaligus per kelompok sel",
    set: "ExcelApi",
    version: "1.9",
    uses: "Worksheet.getRanges dan RangeFill.pattern; tanpa ini sel disorot satu per satu dan sel berwarna putih dianggap tanpa isian",
    essential: false,
  },
  {
    feature: "selMerge",
    label: "Membaca sel gabungan (merge)",
    set: "ExcelApi",
    version: "1.13",
    uses: "Range.getMergedAreasOrNullObject; tanpa ini sel gabungan dibaca hanya di sel kiri atasnya",
    essential: false,
  },
  {
    feature: "buatFormat",
    label: "Buat Format",
    set: "ExcelApi",
    version: "1.7",
    uses: "Worksheet.freezePanes dan Worksheet.tabColor",
    essential: true,
  },
  {
    feature: "validasiData",
    label: "Daftar pilihan Polaritas dan pemeriksaan angka di Buat Format",
    set: "ExcelApi",
    version: "1.8",
    uses: "Range.dataValidation; tanpa ini format dibuat tanpa daftar pilihan dan pemeriksaan angka",
    essential: false,
  },
  {
    feature: "himpun",
    label: "Himpun",
    set: "ExcelApi",
    version: "1.4",
    uses: "WorksheetCollection.getItemOrNullObject dan Worksheet.getRange",
    essential: true,
  },
  {
    feature: "rekap",
    label: "Rekap",
    set: "ExcelApi",
    version: "1.7",
    uses: "Range.numberFormat, ChartCollection.add, Worksheet.tabColor",
    essential: true,
  },
  {
    feature: "tahapanSop",
    label: "Pencatatan tahapan SOP",
    set: "ExcelApi",
    version: "1.7",
    uses: "Workbook.properties.custom; tanpa ini tahapan SOP tidak dicatat di buku kerja",
    essential: false,
  },
];

export const EXCEL_FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = ENTRIES.map((r) => ({
  ...r,
  minimumExcel: plainMinimum(r.set, r.version),
}));

/** What the user loses without the set, in plain words: the part of `uses` after "tanpa ini". */
export function plainEffect(r: Pick<FeatureRequirement, "uses" | "essential">): string {
  const m = /tanpa ini (.*)$/.exec(r.uses);
  return m ? m[1] : r.essential ? "tombolnya tidak dapat dipakai" : "fitur ini dilewati";
}

export type IsSetSupported = (set: string, version: string) => boolean;

export interface RequirementStatus {
  requirement: FeatureRequirement;
  supported: boolean;
}

export function checkRequirements(isSetSupported: IsSetSupported): RequirementStatus[] {
  return EXCEL_FEATURE_REQUIREMENTS.map((requirement) => {
    let supported = false;
    try {
      supported = isSetSupported(requirement.set, requirement.version) === true;
    } catch {
      supported = false;
    }
    return { requirement, supported };
  });
}

/** Every feature supported (the harness and tests). */
export const ALL_SUPPORTED: IsSetSupported = () => true;

export function isSupported(statuses: readonly RequirementStatus[], feature: ExcelFeature): boolean {
  return statuses.some((s) => s.requirement.feature === feature && s.supported);
}

/** Why a button is not available: one plain Indonesian sentence, or null when it is. */
export function missingReason(statuses: readonly RequirementStatus[], feature: ExcelFeature): string | null {
  const s = statuses.find((x) => x.requirement.feature === feature);
  if (!s || s.supported) return null;
  return sentence(s.requirement);
}

function sentence(r: FeatureRequirement): string {
  return r.essential
    ? `"${r.label}" tidak tersedia di versi Excel ini. Diperlukan ${r.minimumExcel}.`
    : `"${r.label}" terbatas di versi Excel ini: ${plainEffect(r)}. Lengkapnya perlu ${r.minimumExcel}.`;
}

/** One plain sentence per unsupported feature (no API names: what is lost and which Office has it). */
export function explainMissing(statuses: readonly RequirementStatus[]): string[] {
  return statuses.filter((s) => !s.supported).map(({ requirement }) => sentence(requirement));
}

/** The run-time check in Office. */
export function officeIsSetSupported(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}
