/** The pure parts of SOP steps 2-4 on files: safe file names, year headers, unit files and Himpun plans on grids. */
import fc from "fast-check";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { safeFileNames, MAX_BASE_NAME } from "../../../src/core/layout/fileNames";
import { yearHeader } from "../../../src/core/layout/unitSheet";
import { buildUnitFiles } from "../../../src/core/layout/unitFiles";
import { planGather } from "../../../src/core/layout/gather";

describe("safeFileNames", () => {
  test("plain names stay as they are", () => {
    expect(safeFileNames(["Format 2026 - Sekretariat"])).toEqual([
      { fileName: "Format 2026 - Sekretariat.xlsx", changed: null },
    ]);
  });

  test("forbidden characters, reserved names, trailing dots and clashes are changed and explained", () => {
    const out = safeFileNames(["Bidang A/B: Politik?", "CON", "nul.tar", "Sekretariat.", "sekretariat", "***"]);
    expect(out.map((o) => o.fileName)).toEqual([
      "Bidang A-B- Politik-.xlsx",
      "CON_.xlsx",
      "nul.tar_.xlsx",
      "Sekretariat.xlsx",
      "sekretariat (2).xlsx",
      "-.xlsx",
    ]);
    expect(out[0].changed).toMatch(/karakter \/ : \? tidak boleh ada di nama berkas Windows/);
    expect(out[1].changed).toMatch(/"CON" adalah nama perangkat yang dicadangkan Windows/);
    expect(out[3].changed).toMatch(/tidak boleh diakhiri titik atau spasi/);
    expect(out[4].changed).toMatch(/nama sama dengan berkas lain/);
  });

  test("any name becomes a safe, unique, bounded file name", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 8 }), (names) => {
        const out = safeFileNames(names);
        const lower = out.map((o) => o.fileName.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
        for (const { fileName } of out) {
          // eslint-disable-next-line no-control-regex
          expect(fileName).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
          const base = fileName.slice(0, -".xlsx".length);
          expect(base).not.toMatch(/[. ]$/);
          expect(base.split(".")[0].trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
          expect(base.length).toBeLessThanOrEqual(MAX_BASE_NAME + 6);
          expect(base.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("yearHeader", () => {
  test("reads Target YYYY, Realisasi YYYY and Realisasi Tahun Lalu as spec 2.2 names them", () => {
    expect(yearHeader("Target 2024", 2025)).toEqual({ tahun: 2024, kind: "target" });
    expect(yearHeader(" realisasi\n2023 ", 2025)).toEqual({ tahun: 2023, kind: "realisasi" });
    expect(yearHeader("Realisasi Tahun Lalu", 2025)).toEqual({ tahun: 2024, kind: "realisasi" });
    expect(yearHeader("Target", 2025)).toBeUndefined();
    expect(yearHeader("Target Akhir Renstra", 2025)).toBeUndefined();
    expect(yearHeader("Target 24", 2025)).toBeUndefined();
  });
});

const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number): Cell => ({ t: "n", v });
const HEADER = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
  "Keterangan",
].map(s);

function master(): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Identitas",
        rows: [
          [s("Instansi"), s("Badan X")],
          [s("Pemerintah Daerah"), s("Kab Y")],
          [s("Tahun"), n(2026)],
        ],
      },
      {
        name: "Bidang A",
        rows: [
          HEADER,
          [n(1), s("Sasaran 1"), s("Indikator a"), s("%"), s("Naik"), n(80), null, null],
          [n(2), null, s("Indikator b"), s("kasus"), s("Turun"), n(4), null, null],
        ],
      },
      {
        name: "Bidang B",
        rows: [HEADER, [n(1), s("Sasaran 2"), s("Indikator c"), s("orang"), s("Naik"), n(10), null]],
      },
      {
        name: "Anggaran",
        rows: [
          [s("Program/Kegiatan"), s("Sasaran Strategis"), s("Pagu"), s("Realisasi")],
          [s("Program 1"), s("Sasaran 1"), n(1000), null],
          [s("Program 2"), s("Sasaran 2"), n(2000), null],
          [s("Program 3"), s("Sasaran lain"), n(3000), null],
        ],
      },
    ],
  };
}

describe("buildUnitFiles", () => {
  test("one file per unit sheet, its Anggaran rows by sasaran, rows not shared said", () => {
    const plan = buildUnitFiles(master(), { tahun: 2026, instansi: "Badan X" });
    expect(plan.files.map((f) => [f.fileName, f.indicators, f.anggaranRows])).toEqual([
      ["Format 2026 - Bidang A.xlsx", 2, 1],
      ["Format 2026 - Bidang B.xlsx", 1, 1],
    ]);
    expect(plan.notes.join("\n")).toMatch(/Anggaran baris 4 \("Program 3"\) tidak dikirim ke unit mana pun/);
    const a = plan.files[0].layout.sheets.find((x) => x.name === "Bidang A")!;
    // Realisasi (G) and Keterangan (H) of rows 2-3 are the only unlocked cells.
    expect(a.protection?.unlocked).toEqual([
      { top: 1, left: 6, bottom: 2, right: 6 },
      { top: 1, left: 7, bottom: 2, right: 7 },
    ]);
    expect(plan.files[0].layout.sheets.map((x) => [x.name, !!x.protection])).toEqual([
      ["Petunjuk", true],
      ["Identitas", true],
      ["Bidang A", true],
      ["Anggaran", true],
    ]);
  });
});

describe("planGather", () => {
  const unitA = (rows: (Cell | null)[][]): WorkbookGrid => ({
    sheets: [{ name: "Bidang A", rows: [HEADER, ...rows] }],
  });

  test("takes the open cells only; a changed target is a warning naming the cell", () => {
    const plan = planGather(
      master(),
      [
        {
          name: "a.xlsx",
          grid: unitA([
            [n(1), s("Sasaran 1"), s("Indikator a"), s("%"), s("Naik"), n(75), n(82), s("baik")],
            [n(2), null, s("Indikator b"), s("kasus"), s("Turun"), n(4), n(3)],
          ]),
        },
      ],
      2026,
    );
    expect(plan.refused).toEqual([]);
    expect(plan.warnings.map((w) => [w.sheet, w.cell])).toEqual([["Bidang A", "F2"]]);
    expect(plan.warnings[0].message).toMatch(
      /Berkas "a\.xlsx", sheet "Bidang A", sel F2: Target diubah dari "80" menjadi "75"/,
    );
    expect(plan.writes.filter((w) => w.cell !== null)).toEqual([
      { sheet: "Bidang A", row: 1, col: 6, cell: n(82) },
      { sheet: "Bidang A", row: 1, col: 7, cell: s("baik") },
      { sheet: "Bidang A", row: 2, col: 6, cell: n(3) },
    ]);
    expect(plan.missing).toEqual(["Bidang B"]);
  });

  test("indicators out of place: every row reported, nothing written", () => {
    const plan = planGather(
      master(),
      [
        {
          name: "a.xlsx",
          grid: unitA([
            [n(1), s("Sasaran 1"), s("Indikator b"), s("kasus"), s("Turun"), n(4), n(3)],
            [n(2), null, s("Indikator a"), s("%"), s("Naik"), n(80), n(82)],
          ]),
        },
      ],
      2026,
    );
    expect(plan.writes).toEqual([]);
    expect(plan.refused.map((r) => r.cell)).toEqual(["C2", "C3", ""]);
  });

  test("a sheet the master does not have, a second file for the same unit: refused", () => {
    const ok = unitA([
      [n(1), s("Sasaran 1"), s("Indikator a"), s("%"), s("Naik"), n(80), n(82)],
      [n(2), null, s("Indikator b"), s("kasus"), s("Turun"), n(4), n(3)],
    ]);
    const plan = planGather(
      master(),
      [
        { name: "a.xlsx", grid: ok },
        { name: "a2.xlsx", grid: ok },
        { name: "c.xlsx", grid: { sheets: [{ name: "Bidang C", rows: [HEADER] }] } },
      ],
      2026,
    );
    expect(plan.refused.map((r) => r.message)).toEqual([
      expect.stringMatching(/a2\.xlsx", sheet "Bidang A": sheet ini sudah dihimpun dari berkas "a\.xlsx"/),
      expect.stringMatching(/c\.xlsx", sheet "Bidang C": tidak ada sheet unit bernama itu/),
    ]);
    expect(plan.reports.map((r) => [r.file, r.sheets, r.values])).toEqual([
      ["a.xlsx", ["Bidang A"], 2],
      ["a2.xlsx", [], 0],
      ["c.xlsx", [], 0],
    ]);
  });
});

describe("buildNextYearLayout", () => {
  test("earlier years, Standar Nasional, percent cells, Pengaturan and dates carried the way spec 2.2 reads them", async () => {
    const { analyzeWorkbook } = await import("../../../src/core");
    const { buildNextYearLayout } = await import("../../../src/core/layout/nextYear");
    const header = [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Polaritas",
      "Target",
      "Realisasi",
      "Target 2023",
      "Realisasi 2023",
      "Realisasi Tahun Lalu",
      "Standar Nasional",
      "Keterangan",
    ].map(s);
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: "Identitas",
          rows: [
            [s("Instansi"), s("Badan X")],
            [s("Pemerintah Daerah"), s("Kab Y")],
            [s("Tahun"), n(2025)],
            [s("Tanggal Laporan"), { t: "d", v: "2026-01-15" }],
            [s("Kode Satker"), s("1.02.03")],
          ],
        },
        {
          name: "Pengaturan",
          rows: [
            [s("Batas Capaian"), n(120)],
            [s("Rumus Polaritas Turun"), s("T / R")],
          ],
        },
        {
          name: "Bidang A",
          rows: [
            header,
            [
              n(1),
              s("Sasaran 1"),
              s("Indikator a"),
              s("%"),
              s("Naik"),
              { t: "n", v: 0.9, f: "0%" },
              n(92.5),
              n(85),
              { t: "n", v: 0.8, f: "0.0%" },
              n(88),
              n(95),
              s("teks 2025"),
            ],
            [
              n(2),
              null,
              s("Indikator b"),
              s("hari"),
              s("Turun"),
              s("2 - 3"),
              n(3),
              s("3 - 4"),
              n(4),
              n(3.5),
              null,
              null,
            ],
          ],
        },
      ],
    };
    const analysis = analyzeWorkbook(grid);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    const plan = buildNextYearLayout(grid, analysis);
    expect(plan.tahun).toBe(2026);
    expect(plan.years).toEqual([2023, 2024, 2025]);
    expect(plan.layout.sheets.map((x) => x.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Pengaturan",
      "Bidang A",
      "Anggaran",
      "Pejabat",
    ]);
    const sheet = plan.layout.sheets.find((x) => x.name === "Bidang A")!;
    const head = new Map(sheet.cells.filter((c) => c.row === 2).map((c) => [String(c.value), c.col]));
    const v = (row: number, h: string) => sheet.cells.find((c) => c.row === row && c.col === head.get(h))?.value;
    expect([...head.keys()].slice(5, 13)).toEqual([
      "Target",
      "Realisasi",
      "Target 2023",
      "Realisasi 2023",
      "Target 2024",
      "Realisasi 2024",
      "Target 2025",
      "Realisasi 2025",
    ]);
    expect([v(3, "Target 2023"), v(3, "Realisasi 2023"), v(3, "Target 2024"), v(3, "Realisasi 2024")]).toEqual([
      85,
      80,
      "",
      88,
    ]);
    expect([v(3, "Target 2025"), v(3, "Realisasi 2025"), v(3, "Standar Nasional"), v(3, "Keterangan")]).toEqual([
      90,
      92.5,
      95,
      "",
    ]);
    expect([v(4, "Target 2023"), v(4, "Target 2025"), v(4, "Realisasi 2025")]).toEqual(["3 - 4", "2 - 3", 3]);
    const identitas = plan.layout.sheets.find((x) => x.name === "Identitas")!;
    const valueOf = (label: string) => {
      const row = identitas.cells.find((c) => c.col === 0 && c.value === label)!.row;
      return identitas.cells.find((c) => c.row === row && c.col === 1)!.value;
    };
    expect([valueOf("Tahun"), valueOf("Tanggal Laporan"), valueOf("Kode Satker")]).toEqual([2026, "", "1.02.03"]);
    expect(plan.notes.join("\n")).toMatch(/Tanggal Laporan.*dikosongkan/);
    const pengaturan = plan.layout.sheets.find((x) => x.name === "Pengaturan")!;
    expect(pengaturan.cells.map((c) => c.value)).toEqual(["Batas Capaian", 120, "Rumus Polaritas Turun", "T / R"]);
  });
});

/** A layout sheet as a reader would see it after writing: the grid of its cell values. */
function layoutGrid(layout: import("../../../src/core/layout/formatLayout").WorkbookLayout): WorkbookGrid {
  return {
    sheets: layout.sheets.map((sheet) => {
      const rows: (Cell | null)[][] = [];
      for (const c of sheet.cells) {
        if (c.value === "") continue;
        while (rows.length <= c.row) rows.push([]);
        const row = rows[c.row];
        while (row.length <= c.col) row.push(null);
        row[c.col] =
          typeof c.value === "number" ? (c.numFmt ? { t: "n", v: c.value, f: c.numFmt } : n(c.value)) : s(c.value);
      }
      return { name: sheet.name, rows, merges: sheet.merges };
    }),
  };
}

describe("unit files and Himpun together (property)", () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}[A-Za-z]$/);
  const numberCell = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => n(v)),
    fc.integer({ min: 1, max: 99 }).map((v) => ({ t: "n" as const, v: v / 100, f: "0.00%" })),
  );
  const indicator = fc.record({
    indikator: word,
    satuan: fc.constantFrom("%", "kasus", "orang"),
    polaritas: fc.constantFrom("Naik", "Turun"),
    target: numberCell,
    realisasi: fc.option(numberCell, { nil: null }),
    keterangan: fc.option(word, { nil: null }),
  });

  test("a unit file given back unchanged puts exactly the master's open cells back, without a warning", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(indicator, { minLength: 1, maxLength: 6, selector: (i) => i.indikator.toLowerCase() }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (units) => {
          const grid: WorkbookGrid = {
            sheets: [
              {
                name: "Identitas",
                rows: [
                  [s("Instansi"), s("X")],
                  [s("Pemerintah Daerah"), s("Y")],
                  [s("Tahun"), n(2026)],
                ],
              },
              ...units.map((rows, u) => ({
                name: `Bidang ${u + 1}`,
                rows: [
                  HEADER,
                  ...rows.map((r, i) => [
                    n(i + 1),
                    i === 0 ? s(`Sasaran ${u}`) : null,
                    s(r.indikator),
                    s(r.satuan),
                    s(r.polaritas),
                    r.target,
                    r.realisasi,
                    r.keterangan === null ? null : s(r.keterangan),
                  ]),
                ],
              })),
            ],
          };
          const plan = buildUnitFiles(grid, { tahun: 2026, instansi: "X" });
          expect(plan.files).toHaveLength(units.length);
          const gathered = planGather(
            grid,
            plan.files.map((f) => ({ name: f.fileName, grid: layoutGrid(f.layout) })),
            2026,
          );
          expect(gathered.refused).toEqual([]);
          expect(gathered.warnings).toEqual([]);
          expect(gathered.missing).toEqual([]);
          const expected = units.flatMap((rows, u) =>
            rows.flatMap((r, i) => [
              { sheet: `Bidang ${u + 1}`, row: i + 1, col: 6, cell: r.realisasi },
              { sheet: `Bidang ${u + 1}`, row: i + 1, col: 7, cell: r.keterangan === null ? null : s(r.keterangan) },
            ]),
          );
          expect(gathered.writes).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
