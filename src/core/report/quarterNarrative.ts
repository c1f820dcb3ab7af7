/**
 * The year's report from its quarters (spec 5.1): for an indicator that missed its target and
 * whose quarters are in the workbook, in which quarter it fell behind (the first quarter whose
 * capaian s.d. that quarter is below 100, as shown) and that quarter's Kendala, quoted. Capaian
 * through the one capaian function (src/core/compute/quarters.ts). Empty when there is nothing
 * to say, so a workbook without quarters reads exactly as before.
 */
import type { IndikatorDetail, Pengaturan } from "../model";
import { indikatorToDate } from "../compute/quarters";
import { formatPercent, roundHalfAway } from "../format/number";
import { kalimat } from "./context";

const ROMAN = ["I", "II", "III", "IV"];

export function quarterSentence(i: IndikatorDetail, rules: Pengaturan): string {
  if (!i.kuartal || i.capaian === null || roundHalfAway(i.capaian, 2) >= 100) return "";
  const shown: string[] = [];
  let behind: number | null = null;
  for (let n = 1; n <= 4; n++) {
    if (i.kuartal.realisasi[n - 1] === null) continue;
    const c = indikatorToDate(i, n, rules).capaianSd;
    if (c === null) continue;
    shown.push(`TW ${ROMAN[n - 1]} ${formatPercent(c)}`);
    if (behind === null && roundHalfAway(c, 2) < 100) behind = n;
  }
  if (shown.length === 0) return "";
  let s = ` Capaian s.d. triwulan: ${shown.join(", ")}.`;
  if (behind === null) return s;
  s += ` Indikator ini mulai tertinggal dari target pada Triwulan ${ROMAN[behind - 1]}`;
  const kendala = i.kuartal.kendala[behind - 1];
  s += kendala ? `; kendala yang dicatat unit pada triwulan itu: ${kalimat(kendala)}` : ".";
  return s;
}
