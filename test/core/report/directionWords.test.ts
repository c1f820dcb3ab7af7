/**
 * Every row of the words' table (src/core/report/directionWords.ts, written out in
 * docs/report.md) pinned twice: the case the numbers select, and the words the report prints for
 * an indicator of that case, from a workbook through the real engine to the rendered narrative.
 */
import { analyzeWorkbook } from "../../../src/core";
import type { Plain } from "../gridBuilder";
import { IDENTITAS, sheet, workbook } from "../gridBuilder";
import {
  DIRECTION_TABLE,
  RENSTRA_TABLE,
  STANDAR_TABLE,
  TANPA_RIWAYAT,
  directionCase,
  directionRow,
  renstraCase,
  standarCase,
  type DirectionCase,
} from "../../../src/core/report/directionWords";
import { renderControls } from "../../../src/core/report";

const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi"];
const TANGGAL = new Date(2026, 0, 15);

/** The document's text of a control: the w:t runs, paragraphs on their own lines, no-break spaces as spaces. */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\u00a0/g, " ");
}

/** Renders one indicator (and the settings given) through the engine; returns the analysis and the narrative. */
function one(row: Plain[], settings: Plain[][] = [], extraHeader: string[] = []) {
  const unit = sheet("Bidang", [
    [...HEADER, ...extraHeader],
    [1, "Sasaran uji", ...row],
  ]);
  const wb = settings.length ? workbook(IDENTITAS, unit, sheet("Pengaturan", settings)) : workbook(IDENTITAS, unit);
  const a = analyzeWorkbook(wb);
  const controls = renderControls(a, { tanggal: TANGGAL });
  return { a, i: a.indikator[0], narasi: textOf(controls["lakip:narasi-sasaran"]), controls };
}

/** One workbook row per case of the table: [case, row after Sasaran, Pengaturan rows]. */
const CASES: [DirectionCase, Plain[], Plain[][]][] = [
  ["naik-lampau", ["Nilai SAKIP", "nilai", "Naik", 70, 77], []],
  ["naik-tepat", ["Dokumen", "dokumen", "Naik", 10, 10], []],
  ["naik-kurang", ["Dokumen", "dokumen", "Naik", 10, 9], []],
  ["turun-lampau", ["Konflik", "kasus", "Turun", 10, 8], []],
  ["turun-tepat", ["Konflik", "kasus", "Turun", 10, 10], []],
  ["turun-kurang", ["Konflik", "kasus", "Turun", 10, 12], []],
  ["rentang-dalam", ["Partisipasi", "%", "Naik", "80 - 90", 85], []],
  ["rentang-naik-atas", ["Partisipasi", "%", "Naik", "80 - 90", 95], []],
  ["rentang-naik-bawah", ["Partisipasi", "%", "Naik", "80 - 90", 70], []],
  ["rentang-turun-bawah", ["Waktu penanganan", "hari", "Turun", "2 - 3", 1.5], []],
  ["rentang-turun-atas", ["Waktu penanganan", "hari", "Turun", "2 - 3", 3.5], []],
  ["jauh", ["Konflik", "kasus", "Turun", 1, 3], []],
  ["batas-atas", ["Nilai SAKIP", "nilai", "Naik", 50, 100], [["Batas Capaian", 120]]],
  ["batas-bawah", ["Pertumbuhan", "%", "Naik", 2, -1.41], [["Batas Bawah Capaian", 0]]],
  ["target-nol-tercapai", ["Konflik", "kasus", "Turun", 0, 0], []],
  ["target-nol-tidak", ["Konflik", "kasus", "Turun", 0, 2], []],
  ["tidak-dihitung", ["Dokumen", "dokumen", "Naik", 0, 2], []],
];

/** Words no case may print beside a number that says otherwise. */
function contradictions(c: DirectionCase): RegExp[] {
  const out: RegExp[] = [/baru -/, /tepat mencapai target.*rentang|rentang.*tepat mencapai target/];
  const row = directionRow(c);
  if (row.standing !== "lampau") out.push(/melampaui target|terlampaui/);
  if (row.standing !== "kurang") out.push(/belum mencapai target|di bawah target|belum tercapai/);
  if (c.startsWith("turun") || c === "rentang-turun-atas") out.push(/masih di bawah target/);
  return out;
}

describe("the words' table: one test per row (docs/report.md)", () => {
  test("every row of the table has a case here, and no case twice", () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(DIRECTION_TABLE.map((r) => r.case).sort());
  });

  test.each(CASES)("%s", (c, row, settings) => {
    const { i, narasi } = one(row, settings);
    expect(directionCase(i)).toBe(c);
    // the indicator's paragraph (the sasaran's opening names misses too, without numbers)
    const sentence =
      narasi.split("\n").find((l) => l.includes(`“${row[0]}”`) && /ditargetkan|dari target/.test(l)) ?? "";
    expect(sentence).not.toBe("");
    // one of the row's words is printed beside the number
    expect(directionRow(c).words.some((w) => sentence.includes(w))).toBe(true);
    // the indicator's own sentence (before the Renstra/last year parts) says nothing against it
    const own = sentence.split(". ")[0];
    for (const re of contradictions(c)) expect(own).not.toMatch(re);
    if (c === "batas-atas") expect(sentence).toMatch(/dibatasi pada 120% .*\(hasil rumus 200,00%\)/);
    if (c === "batas-bawah") expect(sentence).toMatch(/ditetapkan 0% .*\(hasil rumus -70,50%\)/);
    if (c === "rentang-dalam") expect(sentence).toContain("dalam rentang target");
    if (c === "rentang-turun-atas") expect(sentence).not.toMatch(/di bawah (rentang )?target/);
  });

  test("Waktu rata-rata penanganan (Turun, 2 - 3 hari, 3,5) is above the range, never 'di bawah target'", () => {
    const { narasi } = one(["Waktu rata-rata penanganan", "hari", "Turun", "2 - 3", 3.5]);
    expect(narasi).toContain("di atas rentang target");
    expect(narasi).not.toMatch(/di bawah target/);
  });
});

describe("against the Renstra end target: one test per row", () => {
  const R: [string, Plain[], Plain[][], string][] = [
    ["renstra-lampau", ["Nilai", "nilai", "Naik", 70, 80, 75], [], "telah terlampaui"],
    ["renstra-tepat", ["Nilai", "nilai", "Naik", 70, 75, 75], [], "telah tercapai"],
    ["renstra-kurang", ["Nilai", "nilai", "Naik", 70, 71, 75], [], "masih diperlukan upaya"],
    ["renstra-jauh", ["Konflik", "kasus", "Turun", 3, 3, 1], [], "masih jauh dari target akhir itu"],
    ["renstra-nol", ["Nilai", "nilai", "Naik", 70, 71, 0], [], "tidak dapat dihitung"],
  ];
  test("every row has a case here", () => {
    expect(R.map((r) => r[0]).sort()).toEqual(RENSTRA_TABLE.map((r) => r.case).sort());
  });
  test.each(R)("%s", (c, row, settings, words) => {
    const { i, narasi } = one(row, settings, ["Target Akhir Renstra"]);
    expect(renstraCase(i.capaianRenstra, null)).toBe(c);
    expect(narasi).toContain(words);
    expect(narasi).not.toMatch(/baru -|capaiannya -/);
  });
  test("held at Batas Bawah Capaian 0: far from it, 0,00%, never -100,00%", () => {
    const { i, narasi, controls } = one(
      ["Konflik", "kasus", "Turun", 3, 3, 1],
      [["Batas Bawah Capaian", 0]],
      ["Target Akhir Renstra"],
    );
    expect(i.capaianRenstra).toBe(0);
    expect(narasi).toContain("masih jauh dari target akhir itu (capaian 0,00%)");
    expect(textOf(controls["lakip:tabel-renstra"])).not.toContain("-100,00");
  });
});

describe("against a national standard, and what is absent: one test per row", () => {
  const S: [string, Plain[]][] = [
    ["standar-lebih-baik", ["Konflik", "kasus", "Turun", 5, 3, 4]],
    ["standar-sama", ["Konflik", "kasus", "Turun", 5, 4, 4]],
    ["standar-belum", ["Nilai", "nilai", "Naik", 70, 71, 75]],
  ];
  test("every row has a case here", () => {
    expect(S.map((r) => r[0]).sort()).toEqual(STANDAR_TABLE.map((r) => r.case).sort());
  });
  test.each(S)("%s", (c, row) => {
    const { i, narasi } = one(row, [], ["Standar Nasional"]);
    expect(standarCase(i.polaritas, i.realisasi, i.standarNasional as number)).toBe(c);
    expect(narasi).toContain(STANDAR_TABLE.find((r) => r.case === c)?.words);
    expect(narasi).toMatch(/Standar nasional indikator “/);
    expect(narasi).not.toMatch(/standar nasional, standar nasional/i);
  });
  test("no standard: one sentence per sasaran saying so", () => {
    const { narasi } = one(["Nilai", "nilai", "Naik", 70, 71]);
    expect(narasi.match(/Belum terdapat standar nasional/g)?.length).toBe(1);
  });
  test("no earlier year: Tabel 3.2 says so, the narrative compares with nothing", () => {
    const { narasi, controls } = one(["Nilai", "nilai", "Naik", 70, 71]);
    expect(textOf(controls["lakip:tabel-perbandingan"])).toContain(TANPA_RIWAYAT);
    expect(narasi).not.toMatch(/Dibandingkan tahun|tahun lalu|tahun-tahun sebelumnya/);
  });
  test("earlier years: a number never runs into a year", () => {
    const { narasi } = one(
      ["Kegiatan", "kegiatan", "Naik", 10, 12, 8, 9, 10, 10],
      [],
      ["Target 2023", "Realisasi 2023", "Target 2024", "Realisasi 2024"],
    );
    expect(narasi).toContain("tahun 2023 sebesar 9 kegiatan");
    expect(narasi).not.toMatch(/\b20\d\d \d/);
  });
});
