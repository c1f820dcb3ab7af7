/** Sheet `Identitas`: label in column A, value in column B, any row order (spec 2.1). */
import { a1 } from "../grid";
import type { Identitas } from "../model";
import { normalizeLabel, tidyText } from "../text";
import type { FindingCollector } from "../validate/findings";
import { SheetView, cellText } from "./sheetView";

const LABELS: { key: keyof Identitas; label: string; required: boolean }[] = [
  { key: "instansi", label: "Instansi", required: true },
  { key: "pemerintahDaerah", label: "Pemerintah Daerah", required: true },
  { key: "tahun", label: "Tahun", required: true },
  { key: "namaKepala", label: "Nama Kepala", required: false },
  { key: "nipKepala", label: "NIP Kepala", required: false },
  { key: "jabatanKepala", label: "Jabatan Kepala", required: false },
  { key: "periodeRenstra", label: "Periode Renstra", required: false },
];

export const EMPTY_IDENTITAS: Identitas = {
  instansi: null,
  pemerintahDaerah: null,
  tahun: null,
  namaKepala: null,
  nipKepala: null,
  jabatanKepala: null,
  periodeRenstra: null,
  pangkatKepala: null,
  tempat: null,
  tanggalLaporan: null,
  judulLaporan: null,
};

function labelKey(text: string): string {
  return normalizeLabel(text).replace(/\s*:$/, "");
}

export function readIdentitas(view: SheetView, findings: FindingCollector): Identitas {
  const result: Identitas = { ...EMPTY_IDENTITAS };
  const rowOf = new Map<string, number>();
  for (let r = 0; r <= view.lastRow; r++) {
    const label = view.raw(r, 0);
    if (!label || label.t !== "s") continue;
    const key = labelKey(label.v);
    if (!rowOf.has(key)) rowOf.set(key, r);
  }
  const sheet = view.name;
  for (const { key, label, required } of LABELS) {
    const row = rowOf.get(normalizeLabel(label));
    if (row === undefined) {
      if (required)
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          "",
          `Label "${label}" tidak ada di sheet ${sheet}; tambahkan baris "${label}" di kolom A dan isinya di kolom B.`,
        );
      continue;
    }
    const cell = view.get(row, 1);
    const address = a1(row, 1);
    if (!cell) {
      if (required)
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `${label} di sel ${address} masih kosong; isi ${label.toLowerCase()} di kolom B.`,
        );
      continue;
    }
    if (key === "tahun") {
      const text = cell.t === "n" ? String(cell.v) : tidyText(cellText(cell));
      const year = /^\d{4}$/.test(text) ? Number(text) : cell.t === "n" ? cell.v : NaN;
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `Tahun di sel ${address} harus tahun pelaporan berupa angka bulat 2000 sampai 2100, misalnya 2025.`,
        );
        continue;
      }
      result.tahun = year;
      continue;
    }
    if (cell.t === "e") {
      if (required)
        findings.add(
          "FORMULA_ERROR",
          sheet,
          address,
          `${label} di sel ${address} berisi galat rumus ${cell.v}; perbaiki rumusnya atau ketik isinya langsung.`,
        );
      continue;
    }
    const text = tidyText(cellText(cell));
    if (key === "nipKepala") {
      const digits = text.replace(/\s+/g, "");
      if (!/^\d{18}$/.test(digits))
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `NIP Kepala di sel ${address} harus 18 digit angka (spasi boleh); periksa kembali NIP-nya.`,
          "warning",
        );
      result.nipKepala = text;
      continue;
    }
    result[key] = text as never;
  }
  return result;
}
