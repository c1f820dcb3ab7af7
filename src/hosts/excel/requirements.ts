/**
 * Which Excel JavaScript API requirement set each button of the Excel pane needs, and what an
 * older Excel lacks, in Bahasa Indonesia. One registry serves the run-time check
 * (`Office.context.requirements.isSetSupported`) and docs/requirement-sets.md.
 *
 * Set numbers from the `[Api set: ExcelApi x.y]` notes of @types/office-js and Microsoft's
 * "Excel JavaScript API requirement sets": 1.4 (settings, *OrNullObject), 1.7 (freeze panes,
 * tab colour, custom properties), 1.8 (data validation), 1.9 (getRanges, fill pattern),
 * 1.13 (merged areas). Excel on the web supports them all.
 */

export type ExcelFeature =
  | "validasi"
  | "sorot"
  | "sorotBanyak"
  | "selMerge"
  | "buatFormat"
  | "validasiData"
  | "himpun"
  | "rekap"
  | "tahapanSop"
  | "bukuKerjaBaru";

export interface FeatureRequirement {
  feature: ExcelFeature;
  label: string;
  set: "ExcelApi";
  version: string;
  uses: string;
  minimumExcel: string;
  /** True: the button cannot work without it; false: the pane degrades. */
  essential: boolean;
}

const E2016 = "Excel 2016 versi 1704 atau lebih baru, Excel 2019, Microsoft 365, Excel di web";
const E2019 = "Excel 2019 atau Microsoft 365, Excel di web";

export const EXCEL_FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  {
    feature: "validasi",
    label: "Validasi",
    set: "ExcelApi",
    version: "1.4",
    uses: "Worksheet.getUsedRangeOrNullObject (membaca semua sheet)",
    minimumExcel: E2016,
    essential: true,
  },
  {
    feature: "sorot",
    label: "Sorotan temuan dan Hapus sorotan",
    set: "ExcelApi",
    version: "1.4",
    uses: "Workbook.settings (menyimpan warna isian semula agar dapat dipulihkan)",
    minimumExcel: E2016,
    essential: true,
  },
  {
    feature: "sorotBanyak",
    label: "Sorotan sekaligus per kelompok sel",
    set: "ExcelApi",
    version: "1.9",
    uses: "Worksheet.getRanges dan RangeFill.pattern; tanpa ini sel disorot satu per satu dan sel berwarna putih dianggap tanpa isian",
    minimumExcel: E2019,
    essential: false,
  },
  {
    feature: "selMerge",
    label: "Membaca sel gabungan (merge)",
    set: "ExcelApi",
    version: "1.13",
    uses: "Range.getMergedAreasOrNullObject; tanpa ini sel gabungan dibaca hanya di sel kiri atasnya",
    minimumExcel: "Microsoft 365 versi 2102 atau lebih baru, Office 2024, Excel di web",
    essential: false,
  },
  {
    feature: "buatFormat",
    label: "Buat Format",
    set: "ExcelApi",
    version: "1.7",
    uses: "Worksheet.freezePanes dan Worksheet.tabColor",
    minimumExcel: E2019,
    essential: true,
  },
  {
    feature: "validasiData",
    label: "Daftar pilihan Polaritas dan pemeriksaan angka di Buat Format",
    set: "ExcelApi",
    version: "1.8",
    uses: "Range.dataValidation; tanpa ini format dibuat tanpa daftar pilihan dan pemeriksaan angka",
    minimumExcel: E2019,
    essential: false,
  },
  {
    feature: "himpun",
    label: "Himpun",
    set: "ExcelApi",
    version: "1.4",
    uses: "WorksheetCollection.getItemOrNullObject dan Worksheet.getRange",
    minimumExcel: E2016,
    essential: true,
  },
  {
    feature: "rekap",
    label: "Rekap",
    set: "ExcelApi",
    version: "1.7",
    uses: "Range.numberFormat, ChartCollection.add, Worksheet.tabColor",
    minimumExcel: E2019,
    essential: true,
  },
  {
    feature: "bukuKerjaBaru",
    label: "Format tahun berikutnya dan Buat file per unit",
    set: "ExcelApi",
    version: "1.8",
    uses: "Excel.createWorkbook (membuka buku kerja baru berisi format yang dibuat add-in)",
    minimumExcel: E2019,
    essential: true,
  },
  {
    feature: "tahapanSop",
    label: "Pencatatan tahapan SOP",
    set: "ExcelApi",
    version: "1.7",
    uses: "Workbook.properties.custom; tanpa ini tahapan SOP tidak dicatat di buku kerja",
    minimumExcel: E2019,
    essential: false,
  },
];

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

/** Why a button is not available: one Indonesian sentence, or null when it is. */
export function missingReason(statuses: readonly RequirementStatus[], feature: ExcelFeature): string | null {
  const s = statuses.find((x) => x.requirement.feature === feature);
  if (!s || s.supported) return null;
  const r = s.requirement;
  return `"${r.label}" memerlukan ${r.set} ${r.version} (${r.uses}), yang tidak didukung Excel ini. Diperlukan ${r.minimumExcel}.`;
}

/** One sentence per unsupported feature. */
export function explainMissing(statuses: readonly RequirementStatus[]): string[] {
  return statuses
    .filter((s) => !s.supported)
    .map(({ requirement: r }) =>
      r.essential
        ? `"${r.label}" tidak tersedia: Excel ini tidak mendukung ${r.set} ${r.version}. Diperlukan ${r.minimumExcel}.`
        : `"${r.label}" terbatas: Excel ini tidak mendukung ${r.set} ${r.version} (${r.uses}).`,
    );
}

/** The run-time check in Office. */
export function officeIsSetSupported(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}
