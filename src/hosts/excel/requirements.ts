/**
 * Which Excel JavaScript API requirement set each button of the Excel pane needs, and what an
 * older Excel lacks, in Bahasa Indonesia. One registry serves the run-time check
 * (`Office.context.requirements.isSetSupported`), the adapter's gates (createOfficeExcelHost
 * refuses a command whose set is missing; `@requires <feature>` comments in src/hosts/excel mark
 * the code each feature covers, checked by test/hosts/apiSets.test.ts against the `[Api set: ...]`
 * notes of @types/office-js) and docs/requirement-sets.md.
 *
 * Set numbers from the `[Api set: ExcelApi x.y]` notes of @types/office-js and Microsoft's
 * "Excel JavaScript API requirement sets": 1.1 (used range, values), 1.2 (unmerge), 1.4 (settings, *OrNullObject), 1.7 (freeze panes,
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
  | "validasi"
  | "bacaNilaiSaja"
  | "sorot"
  | "sorotBanyak"
  | "selMerge"
  | "buatFormat"
  | "validasiData"
  | "himpun"
  | "warnaTab"
  | "rekap"
  | "tahapanSop"
  | "bukuKerjaBaru";

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

type Entry = Omit<FeatureRequirement, "set" | "minimumExcel">;

const ENTRIES: readonly Entry[] = [
  {
    feature: "validasi",
    label: "Validasi",
    version: "1.1",
    uses: "Worksheet.getUsedRange dan Range.values (membaca semua sheet), Range.select (memilih sel temuan)",
    essential: true,
  },
  {
    feature: "bacaNilaiSaja",
    label: "Membaca hanya sel berisi",
    version: "1.4",
    uses: "Worksheet.getUsedRangeOrNullObject(valuesOnly); tanpa ini sel yang hanya berformat ikut dibaca, hasilnya sama",
    essential: false,
  },
  {
    feature: "sorot",
    label: "Sorotan temuan dan Hapus sorotan",
    version: "1.4",
    uses: "Workbook.settings (menyimpan warna isian semula agar dapat dipulihkan)",
    essential: true,
  },
  {
    feature: "sorotBanyak",
    label: "Sorotan sekaligus per kelompok sel",
    version: "1.9",
    uses: "Worksheet.getRanges dan RangeFill.pattern; tanpa ini sel disorot satu per satu dan sel berwarna putih dianggap tanpa isian",
    essential: false,
  },
  {
    feature: "selMerge",
    label: "Membaca sel gabungan (merge)",
    version: "1.13",
    uses: "Range.getMergedAreasOrNullObject; tanpa ini sel gabungan dibaca hanya di sel kiri atasnya",
    essential: false,
  },
  {
    feature: "buatFormat",
    label: "Buat Format",
    version: "1.7",
    uses: "Worksheet.freezePanes dan Worksheet.tabColor",
    essential: true,
  },
  {
    feature: "validasiData",
    label: "Daftar pilihan Polaritas dan pemeriksaan angka di Buat Format",
    version: "1.8",
    uses: "Range.dataValidation; tanpa ini format dibuat tanpa daftar pilihan dan pemeriksaan angka",
    essential: false,
  },
  {
    feature: "himpun",
    label: "Himpun",
    version: "1.2",
    uses: "WorksheetCollection.add, Range.clear dan Range.unmerge (mengganti isi sheet unit tanpa mengganti sheetnya)",
    essential: true,
  },
  {
    feature: "warnaTab",
    label: "Warna tab sheet unit di Himpun",
    version: "1.7",
    uses: "Worksheet.tabColor; tanpa ini sheet unit dibuat tanpa warna tab",
    essential: false,
  },
  {
    feature: "rekap",
    label: "Rekap",
    version: "1.7",
    uses: "Range.numberFormat, ChartCollection.add, Worksheet.tabColor",
    essential: true,
  },
  {
    feature: "bukuKerjaBaru",
    label: "Format tahun berikutnya dan Buat file per unit",
    version: "1.8",
    uses: "Excel.createWorkbook (membuka buku kerja baru berisi format yang dibuat add-in)",
    essential: true,
  },
  {
    feature: "tahapanSop",
    label: "Pencatatan tahapan SOP",
    version: "1.7",
    uses: "Workbook.properties.custom; tanpa ini tahapan SOP tidak dicatat di buku kerja",
    essential: false,
  },
];

export const EXCEL_FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = ENTRIES.map((e) => ({
  ...e,
  set: "ExcelApi",
  minimumExcel: plainMinimum("ExcelApi", e.version),
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
