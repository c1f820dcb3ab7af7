/**
 * BAB III B in words, under Tabel 3.5 (spec section 5): the total serapan, then every program
 * whose serapan is below 100% (as printed) with its unspent amount and, when `Anggaran` lists
 * them, its kegiatan and where the remainder lies. The workbook holds no reasons for an
 * underspend, so none are invented: the amounts are named, the explanation is the agency's.
 */
import type { AnggaranResult } from "../model";
import { formatNumber, formatPercent, roundHalfAway } from "../format/number";
import { programGroups, programRows } from "../compute/anggaranGroups";
import { bilangan, kutip, rupiah } from "./context";
import { paragraph } from "./xml";

function body(text: string): string {
  return paragraph(text, { style: "IsiLaporan" });
}

function below100(a: AnggaranResult): boolean {
  return a.serapan !== null && roundHalfAway(a.serapan, 2) < 100;
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  if (parts.length === 2) return `${parts[0]} dan ${parts[1]}`;
  return `${parts.slice(0, -1).join(", ")}, dan ${parts[parts.length - 1]}`;
}

/** The paragraphs under the budget table; "" when there is no budget data. */
export function renderAnggaranNarasi(rows: readonly AnggaranResult[]): string {
  if (rows.length === 0) return "";
  const programs = programRows(rows);
  const pagu = programs.reduce((s, a) => s + a.pagu, 0);
  const real = programs.reduce((s, a) => s + a.realisasi, 0);
  const n = programs.length;
  let out = body(
    pagu === 0
      ? `Pagu ${bilangan(n)} program bernilai Rp 0, sehingga serapan anggaran tidak dapat dihitung.`
      : `Dari pagu ${rupiah(pagu)} untuk ${bilangan(n)} program, terealisasi ${rupiah(real)} atau serapan ${formatPercent((real / pagu) * 100)}.`,
  );
  const groups = programGroups(rows);
  const under = groups.filter((g) => below100(g.program));
  if (under.length === 0) {
    if (groups.some((g) => g.program.serapan !== null))
      out += body(`Seluruh program menyerap anggarannya sepenuhnya (serapan 100% atau lebih).`);
    return out;
  }
  for (const g of under) {
    const p = g.program;
    const sisa = p.pagu - p.realisasi;
    let s = `Serapan ${kutip(p.program)} sebesar ${formatPercent(p.serapan)}: dari pagu ${rupiah(p.pagu)} terealisasi ${rupiah(p.realisasi)}, sehingga tersisa ${rupiah(sisa)}.`;
    if (g.kegiatan.length > 0) {
      const list = g.kegiatan.map((k) => `${kutip(k.program)} (serapan ${formatPercent(k.serapan)})`);
      s += ` Program ini dilaksanakan melalui ${bilangan(g.kegiatan.length)} kegiatan: ${joinList(list)}.`;
      const short = g.kegiatan
        .filter(below100)
        .map((k) => ({ k, sisa: k.pagu - k.realisasi }))
        .sort((a, b) => b.sisa - a.sisa);
      if (short.length > 0)
        s +=
          short.length === 1
            ? ` Sisa anggaran program ini berasal dari kegiatan ${kutip(short[0].k.program)} (sisa ${rupiah(short[0].sisa)}).`
            : ` Sisa anggaran terbesar berasal dari kegiatan ${kutip(short[0].k.program)} (sisa ${rupiah(short[0].sisa)}), dari ${formatNumber(short.length)} kegiatan yang serapannya di bawah 100%.`;
    }
    out += body(s);
  }
  return out;
}
