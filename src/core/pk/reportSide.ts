/**
 * The LAKIP's side of the Perjanjian Kinerja (spec 5, 5.2): BAB II says who signed the year's PK
 * and when, and the Lampiran lists the PKs (the Kepala's and each unit head's). The date is the
 * one the PK recorded in the workbook's custom property `LAKIP PK` (`Tahun | Kepala | YYYY-MM-DD`,
 * written when the Excel pane makes the PKs) for the report's year; without it no day is claimed.
 */
import { formatTanggal } from "../format/date";
import type { Analysis } from "../model";
import { oneLine, paragraph } from "../report/xml";
import { normalizeLabel } from "../text";
import { jabatanOfUnit } from "./jabatan";
import { PK_PROPERTY } from "./tags";

export interface PkParties {
  kepala: string;
  kepalaDaerah: string;
  /** Each unit's head, in sheet order. */
  units: { unit: string; jabatan: string }[];
}

export function pkParties(a: Analysis): PkParties {
  const id = a.identitas;
  const instansi = id.instansi ? oneLine(id.instansi) : "instansi";
  const pemda = id.pemerintahDaerah ? oneLine(id.pemerintahDaerah) : "";
  const pejabat = new Map((a.pejabat ?? []).map((p) => [normalizeLabel(p.unit), p]));
  return {
    kepala: id.jabatanKepala ? oneLine(id.jabatanKepala) : `Kepala ${instansi}${pemda ? ` ${pemda}` : ""}`,
    kepalaDaerah: id.jabatanKepalaDaerah
      ? oneLine(id.jabatanKepalaDaerah)
      : pemda
        ? `Kepala Daerah ${pemda}`
        : "Kepala Daerah",
    units: a.units.map((unit) => {
      const j = pejabat.get(normalizeLabel(unit))?.jabatan;
      return { unit, jabatan: j ? oneLine(j) : jabatanOfUnit(unit) };
    }),
  };
}

/** The signing date the workbook records for the report's year (`LAKIP PK`), or null. */
export function pkSignedDate(a: Analysis): Date | null {
  const value = a.customProperties?.[PK_PROPERTY];
  if (!value) return null;
  const [tahun, , date] = value.split("|").map((s) => s.trim());
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? "");
  if (!m || Number(tahun) !== a.identitas.tahun) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** BAB II's sentence: the year's PK was signed, by whom and when. */
export function renderPkSigned(a: Analysis): string {
  const p = pkParties(a);
  const tahun = a.identitas.tahun;
  const date = pkSignedDate(a);
  const when = date ? `pada tanggal ${formatTanggal(date)}` : `pada awal tahun ${tahun ?? "pelaporan"}`;
  let text = `Perjanjian Kinerja Tahun ${tahun ?? "pelaporan"} ditandatangani ${when} oleh ${p.kepala} selaku pihak pertama dan ${p.kepalaDaerah} selaku pihak kedua.`;
  if (p.units.length > 0)
    text += ` Target kinerja tersebut dijabarkan dalam Perjanjian Kinerja setiap kepala unit kerja (${p.units.map((u) => u.jabatan).join(", ")}) dengan ${p.kepala}.`;
  return paragraph(text, { style: "IsiLaporan" });
}

/** The Lampiran's first item: the PKs attached, the Kepala's and one per unit. */
export function renderLampiranPk(a: Analysis): string {
  const p = pkParties(a);
  const tahun = a.identitas.tahun ?? "pelaporan";
  const items = [`${p.kepala} dengan ${p.kepalaDaerah}`, ...p.units.map((u) => `${u.jabatan} dengan ${p.kepala}`)];
  const letter = (k: number) => String.fromCharCode(97 + (k % 26));
  return (
    paragraph(`1.\tPerjanjian Kinerja Tahun ${tahun}:`, { style: "Butir" }) +
    items
      .map((t, k) =>
        paragraph(`${letter(k)}.\t${t}${k === items.length - 1 ? "." : ";"}`, {
          style: "Butir",
          indentLeft: 1701,
          hanging: 567,
        }),
      )
      .join("")
  );
}
