/**
 * Grid pieces the quarter and fuzz suites share, written out by hand (not taken from the product,
 * so a test still says what the spec says): the quarter columns of an indicator sheet and the
 * three Identitas rows every workbook needs.
 */
import type { SheetGrid } from "../../src/core/grid";

/** The six columns every indicator sheet has (spec 2.2), "No" left out. */
export const INDICATOR_BASE_HEADERS = [
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
];

/** The quarter columns (spec 2.2) after an indicator sheet's Realisasi, in their usual order. */
export const QUARTER_HEADERS = [
  "Cara Akumulasi",
  "Target TW I",
  "Target TW II",
  "Target TW III",
  "Target TW IV",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
];

/** Instansi, Pemerintah Daerah and Tahun 2025, as grid cells. */
export const IDENTITAS_GRID: SheetGrid = {
  name: "Identitas",
  rows: [
    [
      { t: "s", v: "Instansi" },
      { t: "s", v: "Badan Kesatuan Bangsa dan Politik" },
    ],
    [
      { t: "s", v: "Pemerintah Daerah" },
      { t: "s", v: "Kabupaten Kotawaringin Barat" },
    ],
    [
      { t: "s", v: "Tahun" },
      { t: "n", v: 2025 },
    ],
  ],
};
