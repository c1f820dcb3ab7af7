/**
 * Which Word JavaScript API requirement set each feature of the Word pane needs, and what an
 * older Word lacks, in Bahasa Indonesia. One registry serves the run-time check in the pane
 * and the table in docs/panduan-word.md.
 *
 * Versions from Microsoft's "Word JavaScript API requirement sets" table: WordApi 1.1 came with
 * Word 2016; WordApi 1.3 with Word 2016 version 1612 (build 7668) and Office 2019; WordApi 1.4
 * with Microsoft 365 version 2208 (build 15601) and Office 2024, not Office 2019/2021 volume
 * licence. Word on the web supports them all.
 */

export type WordFeature =
  "kerangka" | "kerangkaLengkap" | "isiSemua" | "sisipkanDiKursor" | "cekKursor" | "lacakPerubahan";

export interface FeatureRequirement {
  feature: WordFeature;
  /** The pane's name for the feature. */
  label: string;
  set: "WordApi";
  version: string;
  /** What needs it, for the user and the docs. */
  uses: string;
  /** The Word the user needs, in Indonesian. */
  minimumWord: string;
  /** True when the pane cannot do the feature without it; false when it only degrades. */
  essential: boolean;
}

export const WORD_FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  {
    feature: "kerangka",
    label: "Sisipkan kerangka LAKIP",
    set: "WordApi",
    version: "1.1",
    uses: "Body.insertFileFromBase64 dan Body.text",
    minimumWord: "Word 2016 atau lebih baru, Word di web, Word untuk Mac/iPad",
    essential: true,
  },
  {
    feature: "kerangkaLengkap",
    label: "Nomor halaman, kepala dan kaki halaman kerangka",
    set: "WordApi",
    version: "1.5",
    uses: "Document.insertFileFromBase64: menyisipkan kerangka beserta kepala dan kaki halaman",
    minimumWord:
      "Microsoft 365 versi 2302 (build 16130) atau lebih baru, Office 2024, Word di web, Word untuk Mac 16.70",
    essential: false,
  },
  {
    feature: "isiSemua",
    label: "Isi semua",
    set: "WordApi",
    version: "1.1",
    uses: "ContentControlCollection.getByTag dan ContentControl.insertOoxml",
    minimumWord: "Word 2016 atau lebih baru, Word di web, Word untuk Mac/iPad",
    essential: true,
  },
  {
    feature: "sisipkanDiKursor",
    label: "Sisipkan di kursor",
    set: "WordApi",
    version: "1.1",
    uses: "Document.getSelection, Range.insertContentControl (tag dan judul kontrol)",
    minimumWord: "Word 2016 atau lebih baru, Word di web, Word untuk Mac/iPad",
    essential: true,
  },
  {
    feature: "cekKursor",
    label: "Pemeriksaan posisi kursor",
    set: "WordApi",
    version: "1.3",
    uses: "Range.parentContentControlOrNullObject: menolak menyisipkan di dalam kontrol LAKIP lain",
    minimumWord: "Word 2016 versi 1612 (build 7668) atau lebih baru, Office 2019, Word di web",
    essential: false,
  },
  {
    feature: "lacakPerubahan",
    label: "Lacak perubahan (Tahapan SOP)",
    set: "WordApi",
    version: "1.4",
    uses: "Document.changeTrackingMode: pengisian tidak tercatat sebagai revisi",
    minimumWord: "Microsoft 365 versi 2208 (build 15601) atau lebih baru, Office 2024, Word di web",
    essential: false,
  },
];

/** A requirement check: true when the running Word supports the set and version. */
export type IsSetSupported = (set: string, version: string) => boolean;

export interface RequirementStatus {
  requirement: FeatureRequirement;
  supported: boolean;
}

export function checkRequirements(isSetSupported: IsSetSupported): RequirementStatus[] {
  return WORD_FEATURE_REQUIREMENTS.map((requirement) => ({
    requirement,
    supported: safeSupported(isSetSupported, requirement.set, requirement.version),
  }));
}

function safeSupported(isSetSupported: IsSetSupported, set: string, version: string): boolean {
  try {
    return isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** One Indonesian sentence per unsupported feature: what is missing and which Word is needed. */
export function explainMissing(statuses: readonly RequirementStatus[]): string[] {
  return statuses
    .filter((s) => !s.supported)
    .map(({ requirement: r }) =>
      r.essential
        ? `"${r.label}" tidak tersedia: Word ini tidak mendukung ${r.set} ${r.version} (${r.uses}). Diperlukan ${r.minimumWord}.`
        : `"${r.label}" dilewati: Word ini tidak mendukung ${r.set} ${r.version} (${r.uses}). Diperlukan ${r.minimumWord}.`,
    );
}

/** The requirement of a feature (the registry's entry). */
export function requirementOf(feature: WordFeature): FeatureRequirement {
  const r = WORD_FEATURE_REQUIREMENTS.find((x) => x.feature === feature);
  if (!r) throw new Error(`No requirement for ${feature}`);
  return r;
}

export function isSupported(statuses: readonly RequirementStatus[], feature: WordFeature): boolean {
  return statuses.some((s) => s.requirement.feature === feature && s.supported);
}

/** The run-time check in Office: `Office.context.requirements.isSetSupported`. */
export function officeIsSetSupported(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}
