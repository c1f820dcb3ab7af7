/**
 * Sheet `Pengaturan` (spec 2.4): the agency's own rules. Label in column A, value in column B:
 * `Rumus Polaritas Turun`, `Batas Capaian`, `Batas Bawah Capaian`; below, an optional predikat scale under a row
 * `Predikat | Batas Bawah`. Every setting that cannot be used is INVALID_SETTING at its cell, and
 * the default of that setting applies (the findings are errors, so the numbers are not final).
 */
import { a1 } from "../grid";
import type { Pengaturan, PredikatBand, PredikatScale } from "../model";
import { normalizeLabel, tidyText } from "../text";
import { DEFAULT_SCALE } from "../compute/predikat";
import { formatNumber } from "../format/number";
import { FindingCollector, quote } from "../validate/findings";
import { readNumericCell } from "./numbers";
import { SheetView, cellText } from "./sheetView";

export const RUMUS_TURUN_DEFAULT = "(2T - R) / T" as const;
export const RUMUS_TURUN_TR = "T / R" as const;

/** The labels of the sheet as `lakip format` writes them. */
export const PENGATURAN_LABELS = {
  rumusTurun: "Rumus Polaritas Turun",
  batasCapaian: "Batas Capaian",
  batasBawahCapaian: "Batas Bawah Capaian",
  predikat: "Predikat",
  batasBawah: "Batas Bawah",
} as const;

export interface PengaturanRead {
  pengaturan: Pengaturan;
  scale: PredikatScale;
}

export const DEFAULT_PENGATURAN: Pengaturan = {
  rumusTurun: RUMUS_TURUN_DEFAULT,
  batasCapaian: null,
  batasBawahCapaian: null,
  skala: DEFAULT_SCALE.bands.map((b) => ({ predikat: b.predikat, batasBawah: b.min })),
};

/** The settings in force without a `Pengaturan` sheet (spec section 3). */
export function defaultPengaturan(): PengaturanRead {
  return {
    pengaturan: { ...DEFAULT_PENGATURAN, skala: DEFAULT_PENGATURAN.skala.map((s) => ({ ...s })) },
    scale: DEFAULT_SCALE,
  };
}

/**
 * The Turun formula a text names: `(2T - R) / T` or `T / R`, white space anywhere, `x 100`
 * (also `× 100`, `* 100`) after it; undefined for anything else.
 */
export function parseRumusTurun(text: string): Pengaturan["rumusTurun"] | undefined {
  const s = text
    .toLowerCase()
    .replace(/[\u2212\u2013\u2014]/g, "-")
    .replace(/[\u00d7*]/g, "x")
    .replace(/\s+/g, "")
    .replace(/x100%?$/, "");
  if (s === "(2t-r)/t") return RUMUS_TURUN_DEFAULT;
  if (s === "t/r") return RUMUS_TURUN_TR;
  return undefined;
}

/** A label as matched: folded, without a trailing colon or a trailing "(%)"-like note. */
function labelKey(text: string): string {
  return normalizeLabel(text)
    .replace(/\s*:$/, "")
    .replace(/\s*\([^)]*\)$/, "");
}

const RUMUS_KEY = normalizeLabel(PENGATURAN_LABELS.rumusTurun);
const BATAS_KEY = normalizeLabel(PENGATURAN_LABELS.batasCapaian);
const BATAS_BAWAH_CAPAIAN_KEY = normalizeLabel(PENGATURAN_LABELS.batasBawahCapaian);
const PREDIKAT_KEY = normalizeLabel(PENGATURAN_LABELS.predikat);
const BATAS_BAWAH_KEY = normalizeLabel(PENGATURAN_LABELS.batasBawah);

export function readPengaturan(view: SheetView, findings: FindingCollector): PengaturanRead {
  const sheet = view.name;
  const result = defaultPengaturan();
  const invalid = (address: string, message: string) => findings.add("INVALID_SETTING", sheet, address, message);

  let rumusRow: number | undefined;
  let batasRow: number | undefined;
  let floorRow: number | undefined;
  let scaleHeader: number | undefined;
  // Labels that look like a setting but are none are reported, not ignored: an agency that
  // writes "Rumus Turun" must not get the default formula without being told.
  const misspelt: number[] = [];
  for (let r = 0; r <= view.lastRow; r++) {
    const label = view.raw(r, 0);
    if (!label || label.t !== "s") continue;
    const key = labelKey(label.v);
    if (key === RUMUS_KEY && rumusRow === undefined) rumusRow = r;
    else if (key === BATAS_KEY && batasRow === undefined) batasRow = r;
    else if (key === BATAS_BAWAH_CAPAIAN_KEY && floorRow === undefined) floorRow = r;
    else if (key === PREDIKAT_KEY && scaleHeader === undefined) {
      const b = view.raw(r, 1);
      if (b && b.t === "s" && labelKey(b.v) === BATAS_BAWAH_KEY) scaleHeader = r;
      else {
        const address = a1(r, 1);
        invalid(
          address,
          `Judul skala predikat di baris ${r + 1} harus "Predikat" di kolom A dan "Batas Bawah" di kolom B; tulis "Batas Bawah" di sel ${address}.`,
        );
      }
    } else if (
      /^rumus\b|^batas capaian|^batas\s*$|^batas bawah capai/.test(key) &&
      key !== RUMUS_KEY &&
      key !== BATAS_KEY &&
      key !== BATAS_BAWAH_CAPAIAN_KEY
    )
      misspelt.push(r);
  }
  for (const r of misspelt) {
    if (scaleHeader !== undefined && r > scaleHeader) continue; // a predikat may be named anything
    const address = a1(r, 0);
    invalid(
      address,
      `Label ${quote(cellText(view.raw(r, 0)))} di sel ${address} tidak dikenal; tulis "${PENGATURAN_LABELS.rumusTurun}", "${PENGATURAN_LABELS.batasCapaian}" atau "${PENGATURAN_LABELS.batasBawahCapaian}" persis seperti itu.`,
    );
  }

  // Rumus Polaritas Turun: blank keeps the default
  if (rumusRow !== undefined) {
    const cell = view.get(rumusRow, 1);
    const address = a1(rumusRow, 1);
    if (cell) {
      const text = tidyText(cellText(cell));
      const rumus = cell.t === "s" ? parseRumusTurun(text) : undefined;
      if (rumus) result.pengaturan.rumusTurun = rumus;
      else
        invalid(
          address,
          `Rumus Polaritas Turun ${quote(text)} di sel ${address} tidak dikenal; tulis (2T - R) / T (bawaan) atau T / R.`,
        );
    }
  }

  // Batas Capaian: blank is no bound; otherwise a number >= 100
  if (batasRow !== undefined) {
    const cell = view.get(batasRow, 1);
    const address = a1(batasRow, 1);
    const read = readNumericCell(cell, undefined, false);
    if (read.kind === "number" && read.value >= 100) result.pengaturan.batasCapaian = read.value;
    else if (read.kind !== "blank") {
      const shown = read.kind === "number" ? formatNumber(read.value) : tidyText(cellText(cell));
      invalid(
        address,
        `Batas Capaian ${quote(shown)} di sel ${address} harus angka 100 atau lebih, misalnya 120; kosongkan sel itu bila capaian tidak dibatasi.`,
      );
    }
  }

  // Batas Bawah Capaian: blank is no floor; otherwise a number <= 0
  if (floorRow !== undefined) {
    const cell = view.get(floorRow, 1);
    const address = a1(floorRow, 1);
    const read = readNumericCell(cell, undefined, false);
    if (read.kind === "number" && read.value <= 0) result.pengaturan.batasBawahCapaian = read.value;
    else if (read.kind !== "blank") {
      const shown = read.kind === "number" ? formatNumber(read.value) : tidyText(cellText(cell));
      invalid(
        address,
        `Batas Bawah Capaian ${quote(shown)} di sel ${address} harus angka 0 atau lebih kecil, biasanya 0; kosongkan sel itu bila capaian negatif dibiarkan apa adanya.`,
      );
    }
  }

  // Predikat scale
  if (scaleHeader !== undefined) {
    const scale = readScale(view, scaleHeader, invalid);
    if (scale) {
      // the default scale written out (as the format writes it) is the default scale, by name too
      const isDefault =
        scale.length === DEFAULT_SCALE.bands.length &&
        scale.every((b, i) => b.predikat === DEFAULT_SCALE.bands[i].predikat && b.min === DEFAULT_SCALE.bands[i].min);
      result.scale = isDefault ? DEFAULT_SCALE : { name: `sheet ${sheet}`, bands: scale };
      result.pengaturan.skala = scale.map((b) => ({ predikat: b.predikat, batasBawah: b.min }));
    }
  }
  return result;
}

/** The scale rows under the header; undefined (findings raised) when the scale cannot be used. */
function readScale(
  view: SheetView,
  header: number,
  invalid: (address: string, message: string) => void,
): PredikatBand[] | undefined {
  const rows: { row: number; name: string; bound: number | null; blank: boolean; boundText: string }[] = [];
  let ok = true;
  for (let r = header + 1; r <= view.lastRow; r++) {
    const nameCell = view.get(r, 0);
    const boundCell = view.get(r, 1);
    if (!nameCell && !boundCell) break; // the scale ends at the first blank row
    if (nameCell && nameCell.t === "s") {
      const key = labelKey(nameCell.v);
      if (key === RUMUS_KEY || key === BATAS_KEY || key === BATAS_BAWAH_CAPAIAN_KEY) break; // a setting below the scale
    }
    const name = nameCell && nameCell.t !== "e" ? tidyText(cellText(nameCell)) : "";
    const nameAddress = a1(r, 0);
    if (!name) {
      invalid(
        nameAddress,
        `Nama predikat di sel ${nameAddress} kosong; tulis nama predikatnya di kolom A, misalnya Sangat Tinggi, atau hapus baris itu.`,
      );
      ok = false;
    }
    const read = readNumericCell(boundCell, undefined, false);
    const boundAddress = a1(r, 1);
    let bound: number | null = null;
    if (read.kind === "number") bound = read.value;
    else if (read.kind !== "blank") {
      invalid(
        boundAddress,
        `Batas bawah ${quote(tidyText(cellText(boundCell)))} di sel ${boundAddress} bukan angka; tulis batas bawah dalam persen, misalnya 91, 91% atau 90,5.`,
      );
      ok = false;
    }
    rows.push({
      row: r,
      name,
      bound,
      blank: read.kind === "blank",
      boundText: bound === null ? "" : formatNumber(bound),
    });
  }

  if (rows.length < 2) {
    const address = a1(header, 0);
    invalid(
      address,
      `Skala predikat di bawah sel ${address} harus berisi paling sedikit dua baris: nama predikat di kolom A dan batas bawahnya (persen) di kolom B, dari yang tertinggi, misalnya Sangat Tinggi 91 dan Tinggi 76.`,
    );
    return undefined;
  }

  let previous: (typeof rows)[number] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const address = a1(row.row, 1);
    if (row.bound === null) {
      if (row.blank && i < rows.length - 1) {
        invalid(
          address,
          `Batas bawah predikat ${quote(row.name || "tanpa nama")} di sel ${address} kosong; hanya baris terakhir skala yang boleh kosong, jadi tulis batas bawahnya, misalnya 66.`,
        );
        ok = false;
      }
      continue;
    }
    if (previous && previous.bound !== null && !(row.bound < previous.bound)) {
      invalid(
        address,
        `Batas bawah ${row.boundText} di sel ${address} harus lebih kecil dari batas baris di atasnya (${previous.boundText}); urutkan predikat dari yang tertinggi ke yang terendah dengan batas yang makin kecil.`,
      );
      ok = false;
    }
    previous = row;
  }
  if (!ok) return undefined;
  // The last row takes everything below the previous bound (spec 2.4: the scale in force ends
  // with a null bound); a bound written in the last row is checked (a number, below the one
  // above) but every capaian under the previous bound gets the last row's word.
  return rows.map((row, i) => ({ predikat: row.name, min: i === rows.length - 1 ? null : row.bound }));
}
