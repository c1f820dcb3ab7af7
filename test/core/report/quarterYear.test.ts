/**
 * The year's report from its quarters (spec 5.1): Tabel 3.1 with the realisasi per quarter, and
 * the narrative of a missed indicator naming the quarter it fell behind in the direction table's
 * words (honest for Turun and for ranges), with that quarter's Kendala.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/core";
import { renderReport } from "../../../src/core/report";
import { indikatorToDate } from "../../../src/core/compute/quarters";
import { DIRECTION_TABLE, directionCase, shown } from "../../../src/core/report/directionWords";
import { quarterBehind, quarterSentence, quarterStandings } from "../../../src/core/report/quarterNarrative";
import { IDENTITAS, sheet, workbook, type Plain } from "../gridBuilder";

const HEAD = [
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
  "Cara Akumulasi",
  "Target TW I",
  "Realisasi TW I",
  "Kendala TW I",
  "Target TW II",
  "Realisasi TW II",
  "Kendala TW II",
  "Target TW III",
  "Realisasi TW III",
  "Kendala TW III",
  "Target TW IV",
  "Realisasi TW IV",
  "Kendala TW IV",
];

/** One indicator with its four quarters: [target, realisasi, kendala] per quarter. */
function one(
  satuan: string,
  polaritas: string,
  target: Plain,
  akumulasi: string,
  q: [Plain, Plain, Plain][],
  realisasi: Plain = null,
) {
  return analyzeWorkbook(
    workbook(
      IDENTITAS,
      sheet("Bidang Politik", [
        HEAD,
        ["Sasaran A", "Indikator X", satuan, polaritas, target, realisasi, akumulasi, ...q.flat()],
      ]),
    ),
  );
}

const TANGGAL = { tanggal: new Date(Date.UTC(2026, 0, 15)) };

describe("the quarter a missed indicator fell behind, in the direction table's words", () => {
  test("Turun: the realisasi above the target is said so, never 'di bawah target'", () => {
    const a = one("kasus", "Turun", 8, "Jumlah", [
      [2, 1, null],
      [2, 2, null],
      [2, 4, "Konflik lahan di dua desa"],
      [2, 3, null],
    ]);
    const i = a.indikator[0];
    expect(i.realisasi).toBe(10);
    const s = quarterSentence(i, a.pengaturan).replace(/\u00a0/g, " ");
    expect(s).toContain(
      "Indikator ini mulai tertinggal pada Triwulan III: s.d. triwulan itu realisasinya 7 kasus dari target 6 kasus, belum mencapai target, karena realisasinya masih di atas target (capaian 83,33%); kendala yang dicatat unit pada triwulan itu: Konflik lahan di dua desa.",
    );
    expect(s).not.toMatch(/di bawah target/);
  });

  test("a range target: 'di atas rentang target' for Turun, the range named", () => {
    const a = one("bulan", "Turun", "7 - 8", "Akhir", [
      ["7 - 8", 7.5, null],
      ["7 - 8", 9, "Verifikasi berkas lambat"],
      ["7 - 8", 8.5, null],
      ["7 - 8", 9, null],
    ]);
    const s = quarterSentence(a.indikator[0], a.pengaturan).replace(/\u00a0/g, " ");
    expect(s).toContain("mulai tertinggal pada Triwulan II");
    expect(s).toContain("dari target rentang 7 - 8 bulan, di atas rentang target, sehingga target belum tercapai");
    expect(s).toContain("Verifikasi berkas lambat.");
  });

  test("no Kendala written: the sentence ends without inventing a cause; on target: nothing", () => {
    const a = one("kegiatan", "Naik", 12, "Jumlah", [
      [3, 3, null],
      [3, 2, null],
      [3, 3, null],
      [3, 2, null],
    ]);
    const s = quarterSentence(a.indikator[0], a.pengaturan).replace(/\u00a0/g, " ");
    expect(s).toMatch(/mulai tertinggal pada Triwulan II: .*belum mencapai target \(capaian 83,33%\)\.$/);
    const ok = one("kegiatan", "Naik", 12, "Jumlah", [
      [3, 3, null],
      [3, 3, null],
      [3, 3, null],
      [3, 3, null],
    ]);
    expect(quarterSentence(ok.indikator[0], ok.pengaturan)).toBe("");
  });

  test("property: the quarter named is the first whose capaian s.d. that quarter, as printed, is below 100 (single targets)", () => {
    const quarter = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 60 }));
    fc.assert(
      fc.property(
        fc.constantFrom("Naik", "Turun"),
        fc.constantFrom("Jumlah", "Akhir", "Rata-rata"),
        fc.array(quarter, { minLength: 4, maxLength: 4 }),
        (polaritas, akumulasi, qs) => {
          const a = one(
            "dokumen",
            polaritas,
            qs.reduce((t, [x]) => t + x, 0),
            akumulasi,
            qs.map(([t, r]) => [t, r, null] as [Plain, Plain, Plain]),
          );
          const i = a.indikator[0];
          const standings = quarterStandings(i, a.pengaturan);
          const behind = quarterBehind(standings);
          const expected = [1, 2, 3, 4].find((n) => {
            const c = indikatorToDate(i, n, a.pengaturan).capaianSd;
            return c !== null && shown(c) < 100;
          });
          expect(behind?.tw).toBe(expected);
          const s = quarterSentence(i, a.pengaturan);
          if (i.capaian === null || shown(i.capaian) >= 100) expect(s).toBe("");
          else if (behind) {
            // the words are the table's for that quarter's case
            const row = DIRECTION_TABLE.find((r) => r.case === directionCase(behind.input))!;
            expect(row.standing).toBe("kurang");
            expect(s).toContain(row.words[0]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("Tabel 3.1 with the realisasi per quarter", () => {
  test("a workbook with quarters: four quarter columns, '-' for a quarter not reported, and their note", () => {
    const a = one(
      "kegiatan",
      "Naik",
      12,
      "Jumlah",
      [
        [3, 3, null],
        [3, 4, null],
        [3, null, null],
        [3, null, null],
      ],
      10,
    );
    const t = renderReport(a, TANGGAL).controls["lakip:tabel-pengukuran"];
    for (const h of ["Realisasi per Triwulan", "TW I", "TW II", "TW III", "TW IV", "Realisasi Tahun"])
      expect(t).toContain(`<w:t>${h}</w:t>`);
    expect(t).toContain("Realisasi per Triwulan (TW I s.d. TW IV): realisasi masing-masing triwulan");
    expect(t.match(/<w:gridCol /g)).toHaveLength(12);
    const cells = [...t.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const at = cells.indexOf("Indikator X");
    expect(cells.slice(at, at + 9)).toEqual(["Indikator X", "kegiatan", "12", "3", "4", "-", "-", "10", "83,33"]);
  });

  test("a workbook without quarters: the table of the year, without the quarter columns or their note", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        sheet("Bidang Politik", [HEAD.slice(0, 6), ["Sasaran A", "Indikator X", "kegiatan", "Naik", 12, 10]]),
      ),
    );
    const t = renderReport(a, TANGGAL).controls["lakip:tabel-pengukuran"];
    expect(t).not.toContain("Triwulan");
    expect(t).toContain("<w:t>Realisasi</w:t>");
    expect(t.match(/<w:gridCol /g)).toHaveLength(8);
  });
});
