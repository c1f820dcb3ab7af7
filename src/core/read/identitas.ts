/** Sheet `Identitas`: label in column A, value in column B, any row order (spec 2.1). */
import { a1 } from "../grid";
import type { Identitas, JudulLaporan } from "../model";
import { normalizeLabel, tidyText } from "../text";
import { quote, type FindingCollector } from "../validate/findings";
import { SheetView, cellText } from "./sheetView";
import { readTanggalCell } from "./tanggal";

const LABELS: { key: keyof Identitas; label: string; required: boolean; aliases?: string[] }[] = [
  { key: "instansi", label: "Instansi", required: true },
  { key: "pemerintahDaerah", label: "Pemerintah Daerah", required: true },
  { key: "tahun", label: "Tahun", required: true },
  { key: "namaKepala", label: "Nama Kepala", required: false },
  { key: "nipKepala", label: "NIP Kepala", required: false },
  { key: "jabatanKepala", label: "Jabatan Kepala", required: false },
  { key: "periodeRenstra", label: "Periode Renstra", required: false },
  {
    key: "pangkatKepala",
    label: "Pangkat/Golongan Kepala",
    required: false,
    aliases: ["Pangkat / Golongan Kepala", "Pangkat Golongan Kepala", "Pangkat Kepala", "Golongan Kepala"],
  },
  { key: "tempat", label: "Tempat", required: false },
  { key: "tanggalLaporan", label: "Tanggal Laporan", required: false },
  { key: "judulLaporan", label: "Judul Laporan", required: false },
  { key: "alamat", label: "Alamat", required: false },
  { key: "jabatanKepalaDaerah", label: "Jabatan Kepala Daerah", required: false },
  { key: "namaKepalaDaerah", label: "Nama Kepala Daerah", required: false },
];

/** The titles `Judul Laporan` accepts, by folded text (spec 2.1); the long names too. */
const JUDUL: Record<string, JudulLaporan> = {
  lakip: "LAKIP",
  "laporan akuntabilitas kinerja instansi pemerintah": "LAKIP",
  lkjip: "LKjIP",
  "laporan kinerja instansi pemerintah": "LKjIP",
  "laporan kinerja": "Laporan Kinerja",
};

/** The canonical title of a `Judul Laporan` text; undefined when it is not one of the accepted titles. */
export function parseJudulLaporan(text: string): JudulLaporan | undefined {
  return JUDUL[normalizeLabel(text).replace(/\s*\(.*\)$/, "")];
}

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
  alamat: null,
  jabatanKepalaDaerah: null,
  namaKepalaDaerah: null,
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
  for (const { key, label, required, aliases } of LABELS) {
    let row = rowOf.get(normalizeLabel(label));
    for (const alias of aliases ?? []) if (row === undefined) row = rowOf.get(normalizeLabel(alias));
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
    if (key === "tanggalLaporan") {
      const date = readTanggalCell(cell);
      if (date) result.tanggalLaporan = date;
      else
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `Tanggal Laporan ${quote(cellText(cell))} di sel ${address} tidak dapat dibaca sebagai tanggal; tulis misalnya 15 Januari 2026 atau isi sel dengan tanggal (sampai diperbaiki, laporan memakai tanggal saat laporan dibuat).`,
          "warning",
        );
      continue;
    }
    const text = tidyText(cellText(cell));
    if (key === "judulLaporan") {
      const judul = parseJudulLaporan(text);
      if (judul) result.judulLaporan = judul;
      else
        findings.add(
          "MISSING_IDENTITY",
          sheet,
          address,
          `Judul Laporan ${quote(text)} di sel ${address} tidak dikenal; tulis LAKIP, LKjIP atau Laporan Kinerja (sampai diperbaiki, judul bawaan LAKIP yang dipakai).`,
          "warning",
        );
      continue;
    }
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
