/**
 * The words that follow the numbers (spec section 5, "Words follow the numbers in every case"):
 * ONE table of cases, each with the condition that selects it and the phrases the report may
 * print for it. docs/report.md writes the same table out for people, and
 * test/core/report/directionWords.test.ts pins every row. Every sentence of the report that says
 * how a number stands against its target, the Renstra end target, a national standard or last
 * year takes its words from here, never from a phrase of its own.
 *
 * Decisions are made on the capaian as printed (two decimals, rounded half away from zero), so
 * that the words never disagree with the number beside them.
 */
import type { Polaritas, Target } from "../model";
import { roundHalfAway } from "../format/number";

/** How an indicator's capaian stands against its target: one row of the table each. */
export type DirectionCase =
  | "naik-lampau"
  | "naik-tepat"
  | "naik-kurang"
  | "turun-lampau"
  | "turun-tepat"
  | "turun-kurang"
  | "rentang-dalam"
  | "rentang-naik-atas"
  | "rentang-naik-bawah"
  | "rentang-turun-bawah"
  | "rentang-turun-atas"
  | "jauh"
  | "batas-atas"
  | "batas-bawah"
  | "target-nol-tercapai"
  | "target-nol-tidak"
  | "tidak-dihitung";

/** Whether a case is a miss (below target), at target, or above it: the Ikhtisar and Penutup lists follow this. */
export type Standing = "lampau" | "tepat" | "kurang" | "none";

export interface DirectionRow {
  case: DirectionCase;
  /** The condition, in words, as docs/report.md prints it. */
  when: string;
  standing: Standing;
  /** The phrases the report may print for this case (a deterministic choice among them). */
  words: readonly string[];
}

/** Words two cases share (the same standing reached two ways). */
const EXCEEDED = ["melampaui target", "target terlampaui"];
const MET = ["tepat mencapai target", "target tercapai sepenuhnya"];
const FAR = ["masih jauh dari target", "jauh dari target yang diperjanjikan"];

/**
 * The table. Order matters only for reading; `directionCase` decides the case. A capaian held at
 * a bound also gets the note of `heldNote` after the sentence.
 */
export const DIRECTION_TABLE: readonly DirectionRow[] = [
  {
    case: "naik-lampau",
    when: "Naik, target tunggal, capaian > 100",
    standing: "lampau",
    words: EXCEEDED,
  },
  {
    case: "naik-tepat",
    when: "Naik, target tunggal, capaian = 100",
    standing: "tepat",
    words: MET,
  },
  {
    case: "naik-kurang",
    when: "Naik, target tunggal, 0 < capaian < 100",
    standing: "kurang",
    words: ["belum mencapai target", "masih di bawah target"],
  },
  {
    case: "turun-lampau",
    when: "Turun, target tunggal, capaian > 100 (realisasi lebih rendah dari target)",
    standing: "lampau",
    words: [
      "melampaui target, karena realisasinya lebih rendah dari target",
      "target terlampaui dengan realisasi lebih rendah dari target",
    ],
  },
  {
    case: "turun-tepat",
    when: "Turun, target tunggal, capaian = 100",
    standing: "tepat",
    words: MET,
  },
  {
    case: "turun-kurang",
    when: "Turun, target tunggal, 0 < capaian < 100 (realisasi di atas target)",
    standing: "kurang",
    words: [
      "belum mencapai target, karena realisasinya masih di atas target",
      "realisasi masih di atas target sehingga target belum tercapai",
    ],
  },
  {
    case: "rentang-dalam",
    when: "target rentang a - b, realisasi di dalam rentang (capaian 100)",
    standing: "tepat",
    words: ["dalam rentang target", "berada dalam rentang target"],
  },
  {
    case: "rentang-naik-atas",
    when: "target rentang, Naik, realisasi di atas rentang (capaian > 100)",
    standing: "lampau",
    words: ["di atas rentang target, sehingga target terlampaui"],
  },
  {
    case: "rentang-naik-bawah",
    when: "target rentang, Naik, realisasi di bawah rentang (0 < capaian < 100)",
    standing: "kurang",
    words: ["di bawah rentang target, sehingga target belum tercapai"],
  },
  {
    case: "rentang-turun-bawah",
    when: "target rentang, Turun, realisasi di bawah rentang (capaian > 100)",
    standing: "lampau",
    words: ["lebih rendah dari rentang target, sehingga target terlampaui"],
  },
  {
    case: "rentang-turun-atas",
    when: "target rentang, Turun, realisasi di atas rentang (0 < capaian < 100); tidak pernah \u201cdi bawah target\u201d",
    standing: "kurang",
    words: ["di atas rentang target, sehingga target belum tercapai"],
  },
  {
    case: "jauh",
    when: "capaian 0 atau negatif (target bukan 0); tidak pernah \u201cbaru -100%\u201d",
    standing: "kurang",
    words: FAR,
  },
  {
    case: "batas-atas",
    when: "capaian dibatasi pada Batas Capaian di atas 100 (rumus memberi lebih); Batas Capaian 100: kata \u201ctepat\u201d",
    standing: "lampau",
    words: EXCEEDED,
  },
  {
    case: "batas-bawah",
    when: "capaian dinaikkan ke Batas Bawah Capaian (rumus memberi kurang)",
    standing: "kurang",
    words: FAR,
  },
  {
    case: "target-nol-tercapai",
    when: "target 0 (Turun), realisasi 0: capaian 100",
    standing: "tepat",
    words: ["target 0 tercapai"],
  },
  {
    case: "target-nol-tidak",
    when: "target 0 (Turun), realisasi di atas 0: capaian 0",
    standing: "kurang",
    words: ["target 0 belum tercapai"],
  },
  {
    case: "tidak-dihitung",
    when: "capaian tidak dapat dihitung (Naik dengan target 0)",
    standing: "none",
    words: ["capaian tidak dapat dihitung"],
  },
];

const BY_CASE = new Map(DIRECTION_TABLE.map((r) => [r.case, r] as const));

export function directionRow(c: DirectionCase): DirectionRow {
  return BY_CASE.get(c) as DirectionRow;
}

/** What decides the words: the indicator's numbers and what the bounds did to its capaian. */
export interface DirectionInput {
  polaritas: Polaritas;
  target: Target;
  realisasi: number;
  capaian: number | null;
  /** The formula's value when Batas Capaian lowered it. */
  uncappedCapaian?: number;
  /** The formula's value when Batas Bawah Capaian raised it. */
  unflooredCapaian?: number;
}

/** The capaian as printed: two decimals, half away from zero. */
export function shown(c: number): number {
  return roundHalfAway(c, 2);
}

export function directionCase(x: DirectionInput): DirectionCase {
  if (x.capaian === null) return "tidak-dihitung";
  const c = shown(x.capaian);
  if (x.unflooredCapaian !== undefined) return "batas-bawah";
  // held at a Batas Capaian of exactly 100: the number printed is 100, and so are the words
  if (x.uncappedCapaian !== undefined && c > 100) return "batas-atas";
  if (typeof x.target === "number" && x.target === 0) return c >= 100 ? "target-nol-tercapai" : "target-nol-tidak";
  if (Array.isArray(x.target)) {
    const [a, b] = x.target;
    if (x.realisasi >= a && x.realisasi <= b) return "rentang-dalam";
    if (c <= 0) return "jauh";
    // outside the range the printed capaian decides (a bound may hold it at 100: T / R, R = 0)
    if (c === 100) return x.polaritas === "Naik" ? "naik-tepat" : "turun-tepat";
    if (x.polaritas === "Naik") return c > 100 ? "rentang-naik-atas" : "rentang-naik-bawah";
    return c > 100 ? "rentang-turun-bawah" : "rentang-turun-atas";
  }
  if (c <= 0) return "jauh";
  const up = x.polaritas === "Naik" ? "naik" : "turun";
  return `${up}-${c > 100 ? "lampau" : c === 100 ? "tepat" : "kurang"}` as DirectionCase;
}

/** Lampau, tepat or kurang of a capaian as printed (null: none). For lists of misses and counts. */
export function standingOf(x: DirectionInput): Standing {
  return directionRow(directionCase(x)).standing;
}

/** The phrase for the case, chosen deterministically by `key` among the row's words. */
export function directionWords(x: DirectionInput, key = 0): string {
  const words = directionRow(directionCase(x)).words;
  return words[((key % words.length) + words.length) % words.length];
}

// ---------------------------------------------------------------------------------------------
// Against the Target Akhir Renstra

export type RenstraCase = "renstra-lampau" | "renstra-tepat" | "renstra-kurang" | "renstra-jauh" | "renstra-nol";

export const RENSTRA_TABLE: readonly { case: RenstraCase; when: string; words: string }[] = [
  { case: "renstra-lampau", when: "capaian terhadap target akhir > 100", words: "telah terlampaui" },
  { case: "renstra-tepat", when: "capaian terhadap target akhir = 100", words: "telah tercapai" },
  {
    case: "renstra-kurang",
    when: "0 < capaian terhadap target akhir < 100",
    words: "masih diperlukan upaya untuk memenuhinya pada akhir periode Renstra",
  },
  {
    case: "renstra-jauh",
    when: "capaian terhadap target akhir 0 atau negatif, atau dinaikkan ke Batas Bawah Capaian",
    words: "masih jauh dari target akhir itu",
  },
  {
    case: "renstra-nol",
    when: "capaian terhadap target akhir tidak dapat dihitung",
    words: "capaian terhadapnya tidak dapat dihitung",
  },
];

export function renstraCase(capaian: number | null, floor: number | null): RenstraCase {
  if (capaian === null) return "renstra-nol";
  const c = shown(capaian);
  if (c <= 0 || (floor !== null && c <= shown(floor))) return "renstra-jauh";
  return c > 100 ? "renstra-lampau" : c === 100 ? "renstra-tepat" : "renstra-kurang";
}

export function renstraWords(c: RenstraCase): string {
  return (RENSTRA_TABLE.find((r) => r.case === c) as (typeof RENSTRA_TABLE)[number]).words;
}

// ---------------------------------------------------------------------------------------------
// Against a national standard, and the sentences for what is absent

export type StandarCase = "standar-lebih-baik" | "standar-sama" | "standar-belum";

export const STANDAR_TABLE: readonly { case: StandarCase; when: string; words: string }[] = [
  {
    case: "standar-lebih-baik",
    when: "Naik: realisasi > standar; Turun: realisasi < standar",
    words: "lebih baik dari standar tersebut",
  },
  { case: "standar-sama", when: "realisasi = standar", words: "sama dengan standar tersebut" },
  {
    case: "standar-belum",
    when: "Naik: realisasi < standar; Turun: realisasi > standar",
    words: "belum memenuhi standar tersebut",
  },
];

export function standarCase(polaritas: Polaritas, realisasi: number, standar: number): StandarCase {
  if (realisasi === standar) return "standar-sama";
  const better = polaritas === "Naik" ? realisasi > standar : realisasi < standar;
  return better ? "standar-lebih-baik" : "standar-belum";
}

export function standarWords(c: StandarCase): string {
  return (STANDAR_TABLE.find((r) => r.case === c) as (typeof STANDAR_TABLE)[number]).words;
}

/** The sentence when no indicator of a sasaran has a national standard (once per sasaran). */
export function tanpaStandar(jumlahIndikator: number): string {
  return jumlahIndikator > 1
    ? "Belum terdapat standar nasional untuk indikator-indikator sasaran ini, sehingga perbandingan dengan standar nasional tidak disajikan."
    : "Belum terdapat standar nasional untuk indikator sasaran ini, sehingga perbandingan dengan standar nasional tidak disajikan.";
}

/** Tabel 3.2's place when no indicator has an earlier year; the narrative then says nothing of last year. */
export const TANPA_RIWAYAT =
  "Data realisasi tahun-tahun sebelumnya belum tersedia, sehingga perbandingan dengan tahun sebelumnya belum dapat disajikan.";

/** "membaik" / "menurun" of the change against last year, by polaritas; "tetap" when equal. */
export function perubahanWords(membaik: boolean | null): string {
  return membaik === null ? "tetap" : membaik ? "kinerja indikator ini membaik" : "kinerja indikator ini menurun";
}
