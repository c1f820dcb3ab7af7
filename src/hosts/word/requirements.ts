/**
 * Which Word JavaScript API requirement set each feature of the Word pane needs, and what an
 * older Word lacks, in Bahasa Indonesia. One registry serves the run-time check in the pane
 * and the table in docs/panduan-word.md.
 *
 * Versions from Microsoft's "Word JavaScript API requirement sets" table: WordApi 1.1 came with
 * Word 2016; WordApi 1.3 with Word 2016 version 1612 (build 7668) and Office 2019; WordApi 1.4
 * with Microsoft 365 version 2208 (build 15601) and Office 2024, not Office 2019/2021 volume
 * licence. Word on the web supports them all.
 *
 * Which Office has which set comes from one facts table (src/hosts/officeVersions.ts, from
 * Microsoft's tables): `minimumWord` and the pane's sentences are derived from it, in plain
 * Indonesian without set names; docs/requirement-sets.md is generated (`npm run docs:versions`).
 */
import { plainMinimum } from "../officeVersions";

export type WordFeature =
  "kerangka" | "kerangkaLengkap" | "isiSemua" | "sisipkanDiKursor" | "cekKursor" | "lacakPerubahan";

export interface FeatureRequirement {
  feature: WordFeature;
  /** The pane's name for the feature. */
  label: string;
  set: "WordApi";
  version: string;
  /** What needs it, for the docs (API names). */
  uses: string;
  /** What the user loses without it, in plain words (the pane's sentence). */
  without: string;
  /** The Office the user needs, in plain Indonesian (derived from the facts table). */
  minimumWord: string;
  /** True when the pane cannot do the feature without it; false when it only degrades. */
  essential: boolean;
}

const ENTRIES: readonly Omit<FeatureRequirement, "minimumWord">[] = [
  {
    feature: "kerangka",
    label: "Sisipkan kerangka LAKIP",
    set: "WordApi",
    version: "1.1",
    uses: "Body.insertFileFromBase64 dan Body.text",
    without: "tombolnya tidak dapat dipakai",
    essential: true,
  },
  {
    feature: "kerangkaLengkap",
    label: "Ukuran kertas, margin dan halaman sampul kerangka",
    set: "WordApi",
    version: "1.5",
    uses: "Document.insertFileFromBase64: menyisipkan kerangka beserta pengaturan halaman; di bawahnya Body.insertFileFromBase64 dan Section.getHeader/getFooter().insertOoxml (WordApi 1.1) untuk kepala dan kaki halaman",
    without:
      "kepala dan kaki halaman (nomor halaman) tetap disisipkan, tetapi ukuran kertas, margin dan halaman sampul tanpa nomor harus diatur sendiri di Tata Letak; panel menyebutkan nilainya",
    essential: false,
  },
  {
    feature: "isiSemua",
    label: "Isi semua",
    set: "WordApi",
    version: "1.1",
    uses: "ContentControlCollection.getByTag dan ContentControl.insertOoxml",
    without: "tombolnya tidak dapat dipakai",
    essential: true,
  },
  {
    feature: "sisipkanDiKursor",
    label: "Sisipkan di kursor",
    set: "WordApi",
    version: "1.1",
    uses: "Document.getSelection, Range.insertContentControl (tag dan judul kontrol)",
    without: "tombolnya tidak dapat dipakai",
    essential: true,
  },
  {
    feature: "cekKursor",
    label: "Pemeriksaan posisi kursor",
    set: "WordApi",
    version: "1.3",
    uses: "Range.parentContentControlOrNullObject: menolak menyisipkan di dalam kontrol LAKIP lain",
    without: "panel tidak dapat mencegah penyisipan di dalam bagian LAKIP lain; periksa sendiri posisi kursor",
    essential: false,
  },
  {
    feature: "lacakPerubahan",
    label: "Lacak perubahan (Tahapan SOP)",
    set: "WordApi",
    version: "1.4",
    uses: "Document.changeTrackingMode: pengisian tidak tercatat sebagai revisi",
    without: "Lacak Perubahan tidak dapat dimatikan sementara saat mengisi, jadi isian dapat tercatat sebagai revisi",
    essential: false,
  },
];

export const WORD_FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = ENTRIES.map((r) => ({
  ...r,
  minimumWord: plainMinimum(r.set, r.version),
}));

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

/** One plain Indonesian sentence per unsupported feature: what is lost and which Office has it. */
export function explainMissing(statuses: readonly RequirementStatus[]): string[] {
  return statuses
    .filter((s) => !s.supported)
    .map(({ requirement: r }) =>
      r.essential
        ? `"${r.label}" tidak tersedia di versi Word ini. Diperlukan ${r.minimumWord}.`
        : `"${r.label}" terbatas di versi Word ini: ${r.without}. Lengkapnya perlu ${r.minimumWord}.`,
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
