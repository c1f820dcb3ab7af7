/**
 * Which Excel JavaScript API requirement set each button of the Excel pane needs, and what an
 * older Excel lacks, in Bahasa Indonesia. One registry serves the run-time check
 * (`Office.context.requirements.isSetSupported`), the adapter's gates (createOfficeExcelHost
 * refuses a command whose set is missing; `@requires <feature>` comments in src/hosts/excel mark
 * the code each feature covers, checked by test/hosts/apiSets.test.ts against the `[Api set: ...]`
 * notes of @types/office-js) and docs/requirement-sets.md.
 *
 * Which Excel has which set: Microsoft's "Excel JavaScript API requirement sets" table
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * ExcelApi 1.1 came with Excel 2016 (version 1509) and is all that volume-licensed (MSI) Office
 * 2016 has; 1.2 with version 1601, 1.4 with 1701, 1.6 with 1704, 1.7 with 1801 (volume-licensed
 * Office 2019 stops here), 1.8 with 1808, 1.9 with 1903, 1.13 with 2102 (Office 2021).
 * Excel on the web supports them all.
 */

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
  minimumExcel: string;
  /** True: the button cannot work without it; false: the pane degrades. */
  essential: boolean;
}

/** The Excel a user needs for a version of ExcelApi, from Microsoft's requirement-set table. */
export const EXCEL_FOR_VERSION: Readonly<Record<string, string>> = {
  "1.1": "Excel 2016 atau lebih baru (juga Office 2016 lisensi volume), Excel di web",
  "1.2": "Excel versi 1601 atau lebih baru (Microsoft 365 atau ritel), Office 2019 atau lebih baru, Excel di web",
  "1.4": "Excel versi 1701 atau lebih baru (Microsoft 365 atau ritel), Office 2019 atau lebih baru, Excel di web",
  "1.7": "Excel versi 1801 atau lebih baru (Microsoft 365 atau ritel), Office 2019 atau lebih baru, Excel di web",
  "1.8": "Excel versi 1808 atau lebih baru (Microsoft 365 atau ritel), Office 2021 atau lebih baru, Excel di web",
  "1.9": "Excel versi 1903 atau lebih baru (Microsoft 365 atau ritel), Office 2021 atau lebih baru, Excel di web",
  "1.13": "Excel versi 2102 atau lebih baru (Microsoft 365 atau ritel), Office 2021 atau lebih baru, Excel di web",
};

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
  minimumExcel: EXCEL_FOR_VERSION[e.version],
}));

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
