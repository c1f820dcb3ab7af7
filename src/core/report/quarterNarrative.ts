/**
 * The year's report from its quarters (spec 5.1): for an indicator that missed its target and
 * whose quarters are in the workbook, the capaian s.d. each quarter reported, in which quarter it
 * fell behind (the first quarter whose capaian s.d. that quarter stands below its target s.d.
 * that quarter, as printed) with that quarter's numbers in the words of the direction table
 * (src/core/report/directionWords.ts: honest for Turun and for ranges), and that quarter's
 * Kendala, quoted. Capaian through the one capaian function (src/core/compute/quarters.ts).
 * Empty when there is nothing to say, so a workbook without quarters reads exactly as before.
 */
import type { IndikatorDetail, Pengaturan, Target } from "../model";
import { indikatorToDate } from "../compute/quarters";
import { formatNumber, formatPercent, formatTarget } from "../format/number";
import { directionWords, standingOf, type DirectionInput } from "./directionWords";
import { kalimat, nilaiSatuan, withSatuan } from "./context";

const ROMAN = ["I", "II", "III", "IV"];

/** One quarter's standing s.d. that quarter, in the direction table's terms. */
export interface QuarterStanding {
  tw: number;
  capaian: number;
  input: DirectionInput;
}

/** The quarters reported (with a computable capaian s.d. that quarter), in order. */
export function quarterStandings(i: IndikatorDetail, rules: Pengaturan): QuarterStanding[] {
  const out: QuarterStanding[] = [];
  if (!i.kuartal) return out;
  for (let n = 1; n <= 4; n++) {
    if (i.kuartal.realisasi[n - 1] === null || i.kuartal.realisasi[n - 1] === undefined) continue;
    const sd = indikatorToDate(i, n, rules);
    if (sd.capaianSd === null || sd.targetSd === null || sd.realisasiSd === null) continue;
    out.push({
      tw: n,
      capaian: sd.capaianSd,
      input: { polaritas: i.polaritas, target: sd.targetSd, realisasi: sd.realisasiSd, capaian: sd.capaianSd },
    });
  }
  return out;
}

/** The first quarter whose capaian s.d. that quarter stands below its target (the words' table decides). */
export function quarterBehind(standings: readonly QuarterStanding[]): QuarterStanding | undefined {
  return standings.find((q) => standingOf(q.input) === "kurang");
}

function targetText(t: Target, satuan: string): string {
  const text = withSatuan(formatTarget(t), satuan);
  return Array.isArray(t) ? `rentang ${text}` : text;
}

export function quarterSentence(i: IndikatorDetail, rules: Pengaturan): string {
  if (!i.kuartal || i.capaian === null || standingOf(i) !== "kurang") return "";
  const standings = quarterStandings(i, rules);
  if (standings.length === 0) return "";
  let s = ` Capaian s.d. triwulan: ${standings.map((q) => `TW ${ROMAN[q.tw - 1]} ${formatPercent(q.capaian)}`).join(", ")}.`;
  const behind = quarterBehind(standings);
  if (!behind) return s;
  const tw = `Triwulan ${ROMAN[behind.tw - 1]}`;
  const real = nilaiSatuan(formatNumber(behind.input.realisasi), i.satuan);
  s += ` Indikator ini mulai tertinggal pada ${tw}: s.d. triwulan itu realisasinya ${real} dari target ${targetText(behind.input.target, i.satuan)}, ${directionWords(behind.input)} (capaian ${formatPercent(behind.capaian)})`;
  const kendala = i.kuartal.kendala[behind.tw - 1];
  s += kendala ? `; kendala yang dicatat unit pada triwulan itu: ${kalimat(kendala)}` : ".";
  return s;
}
