import { quarterAnggaranHeaders, quarterIndicatorHeaders } from "../../../src/core/layout/quarterLayout";
import {
  buildFormatLayout,
  checkUnitNames,
  DEFAULT_UNITS,
  INDICATOR_HEADERS,
  InvalidUnitNamesError,
  parseUnits,
  planUnitSheets,
  rangeA1,
  unitSheetName,
  DATA_ROWS,
  defaultFormatYear,
  earlierYearHeaders,
  indicatorHeaders,
} from "../../../src/core/layout/formatLayout";
import { sortYearColumns } from "../../../src/core/read/yearColumns";

describe("unit names", () => {
  test("the five default units become valid, distinct sheet names of at most 31 characters", () => {
    expect(DEFAULT_UNITS).toHaveLength(5);
    const plan = planUnitSheets(DEFAULT_UNITS);
    expect(plan.map((p) => p.sheetName)).toEqual([
      "Sekretariat",
      "Bidang Ideologi dan Wasbang",
      "Bidang Politik Dalam Negeri",
      "Bidang Ketahanan Ekososbud",
      "Bidang Kewaspadaan Nasional",
    ]);
    for (const p of plan) expect(p.sheetName.length).toBeLessThanOrEqual(31);
    expect(checkUnitNames(DEFAULT_UNITS)).toEqual([]);
  });

  test("parseUnits splits on semicolons, trims and drops empties", () => {
    expect(parseUnits(" Sekretariat ;; Bidang  A\n;")).toEqual(["Sekretariat", "Bidang A"]);
  });

  test("a long unknown name is cut at a word boundary", () => {
    const name = unitSheetName("Unit Pelaksana Teknis Pengelolaan Informasi dan Dokumentasi");
    expect(name.length).toBeLessThanOrEqual(31);
    expect("Unit Pelaksana Teknis Pengelolaan Informasi dan Dokumentasi".startsWith(name)).toBe(true);
    expect(name.endsWith(" ")).toBe(false);
  });

  test.each([
    [["Bidang A/B"], /karakter/],
    [["Bidang [1]"], /karakter/],
    [["Identitas"], /sheet bawaan/],
    [["anggaran"], /sheet bawaan/],
    [
      ["Rekap Capaian"],
      /sheet bawaan \(Petunjuk, Identitas, Anggaran, Pengaturan, Rekap Capaian, Rekap TW I, Rekap TW II, Rekap TW III, Rekap TW IV, Pejabat\)/,
    ],
    [["Rekap TW III"], /sheet bawaan/],
    [["  rekap\n\tCAPAIAN "], /sheet bawaan/],
    [["Pengaturan"], /sheet bawaan/],
    [["PETUNJUK"], /sheet bawaan/],
    [["Sekretariat", "SEKRETARIAT"], /lebih dari sekali/],
    [[], /kosong/],
    [["'Bidang'"], /petik/],
  ])("rejects %j with an Indonesian message", (units, message) => {
    const errors = checkUnitNames(units);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join(" ")).toMatch(message);
  });

  test("two names that shorten to the same sheet name are reported", () => {
    const a = "Bidang Pengelolaan Informasi Publik Wilayah Utara";
    const b = "Bidang Pengelolaan Informasi Publik Wilayah Selatan";
    expect(unitSheetName(a)).toBe(unitSheetName(b));
    expect(checkUnitNames([a, b]).join(" ")).toMatch(/nama sheet yang sama/);
  });

  test("buildFormatLayout throws InvalidUnitNamesError on bad names", () => {
    expect(() => buildFormatLayout(["Identitas"])).toThrow(InvalidUnitNamesError);
  });
});

describe("buildFormatLayout", () => {
  const layout = buildFormatLayout(["Sekretariat", "Bidang Politik Dalam Negeri"], { tahun: 2025 });

  test("sheets in order: Petunjuk, Identitas, units, Anggaran, Pengaturan, Pejabat", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Sekretariat",
      "Bidang Politik Dalam Negeri",
      "Anggaran",
      "Pengaturan",
      "Pejabat",
    ]);
  });

  test("without a year the format is made for last year", () => {
    expect(defaultFormatYear(new Date(2026, 0, 10))).toBe(2025);
    expect(earlierYearHeaders(2025)).toEqual(["Target 2023", "Realisasi 2023", "Target 2024"]);
  });

  test("the new columns after the old ones (their positions unchanged): Standar Nasional, the two earlier years", () => {
    const sheet = layout.sheets[2];
    const headers = sheet.cells.filter((c) => c.row === sheet.headerRow).sort((a, b) => a.col - b.col);
    expect(headers.map((c) => c.value).slice(INDICATOR_HEADERS.length - 1, indicatorHeaders(2025).length)).toEqual([
      "Standar Nasional",
      "Target 2023",
      "Realisasi 2023",
      "Target 2024",
    ]);
    // the engine reads them as years 2023 and 2024 of a 2025 workbook, with Realisasi Tahun Lalu as 2024's
    const grid = { name: "Sekretariat", rows: [headers.map((c) => ({ t: "s" as const, v: String(c.value) }))] };
    const { years, duplicates } = sortYearColumns(
      grid.rows[0].map((c, i) => [i, c.v] as [number, string]),
      2025,
    );
    expect(duplicates).toEqual([]);
    expect([...years.keys()].sort()).toEqual([2023, 2024]);
    expect(years.get(2024)?.realisasi?.header).toBe("Realisasi Tahun Lalu");
    const numberChecked = sheet.validations.filter((v) => v.type === "decimal").map((v) => headers[v.range.left].value);
    expect(numberChecked).toEqual(expect.arrayContaining(["Standar Nasional", "Realisasi 2023"]));
  });

  test("Pengaturan: the default rules written out, a dropdown for the formula, a check on Batas Capaian", () => {
    const sheet = layout.sheets[5];
    const at = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.col === c)?.value;
    const rumusRow = sheet.cells.find((c) => c.col === 0 && c.value === "Rumus Polaritas Turun")!.row;
    expect(at(rumusRow, 1)).toBe("(2T - R) / T");
    const list = sheet.validations.find((v) => v.type === "list")!;
    expect(list).toMatchObject({ values: ["(2T - R) / T", "T / R"], range: { top: rumusRow, left: 1 } });
    const batasRow = sheet.cells.find((c) => c.col === 0 && c.value === "Batas Capaian")!.row;
    expect(at(batasRow, 1)).toBe("");
    expect(sheet.validations.find((v) => v.range.top === batasRow && v.type === "decimal")).toMatchObject({
      operator: "greaterThanOrEqual",
      min: 100,
    });
    const header = sheet.cells.find((c) => c.col === 0 && c.value === "Predikat")!.row;
    expect(at(header, 1)).toBe("Batas Bawah");
    const scale = [1, 2, 3, 4, 5].map((i) => [at(header + i, 0), at(header + i, 1)]);
    expect(scale).toEqual([
      ["Sangat Tinggi", 91],
      ["Tinggi", 76],
      ["Sedang", 66],
      ["Rendah", 51],
      ["Sangat Rendah", ""],
    ]);
  });

  test("indicator sheets carry the exact headers in the first 10 rows, frozen below the header", () => {
    const sheet = layout.sheets[2];
    expect(sheet.headerRow).toBeDefined();
    expect(sheet.headerRow!).toBeLessThan(10);
    const headers = sheet.cells.filter((c) => c.row === sheet.headerRow).sort((a, b) => a.col - b.col);
    expect(headers.map((c) => c.value)).toEqual([...indicatorHeaders(2025), ...quarterIndicatorHeaders()]);
    expect(headers.map((c) => c.value).slice(0, INDICATOR_HEADERS.length)).toEqual([...INDICATOR_HEADERS]);
    expect(headers.every((c) => c.style === "header")).toBe(true);
    expect(sheet.freeze.rows).toBe(sheet.headerRow! + 1);
    expect(sheet.widths).toHaveLength(indicatorHeaders(2025).length + quarterIndicatorHeaders().length);
  });

  test("Polaritas has a Naik/Turun list, numbers a decimal check, Target none", () => {
    const sheet = layout.sheets[2];
    const col = (h: string) => INDICATOR_HEADERS.indexOf(h as (typeof INDICATOR_HEADERS)[number]);
    const on = (c: number) => sheet.validations.filter((v) => v.range.left === c);
    const pol = on(col("Polaritas"));
    expect(pol).toHaveLength(1);
    expect(pol[0]).toMatchObject({ type: "list", values: ["Naik", "Turun"] });
    expect(pol[0].range.bottom - pol[0].range.top + 1).toBe(DATA_ROWS);
    for (const h of ["Realisasi", "Realisasi Tahun Lalu", "Target Akhir Renstra"])
      expect(on(col(h))[0]).toMatchObject({ type: "decimal" });
    expect(on(col("Target"))).toHaveLength(0);
    for (const v of sheet.validations) {
      expect(v.prompt.message).toMatch(/[a-z]/);
      expect(v.error.message).toMatch(/[a-z]/);
      expect(v.range.top).toBe(sheet.headerRow! + 1);
    }
    // Excel's limits: titles 32 characters, messages 255.
    for (const s of layout.sheets)
      for (const v of s.validations)
        for (const m of [v.prompt, v.error]) {
          expect(m.title.length).toBeLessThanOrEqual(32);
          expect(m.message.length).toBeLessThanOrEqual(255);
        }
  });

  test("Identitas has the fourteen labels with wajib/opsional notes and blank inputs", () => {
    const sheet = layout.sheets[1];
    const labels = sheet.cells.filter((c) => c.col === 0 && c.row > 0).map((c) => c.value);
    expect(labels).toEqual([
      "Instansi",
      "Pemerintah Daerah",
      "Tahun",
      "Nama Kepala",
      "NIP Kepala",
      "Jabatan Kepala",
      "Periode Renstra",
      "Pangkat/Golongan Kepala",
      "Tempat",
      "Tanggal Laporan",
      "Judul Laporan",
      "Alamat",
      "Jabatan Kepala Daerah",
      "Nama Kepala Daerah",
    ]);
    const notes = sheet.cells.filter((c) => c.col === 2 && c.row > 0).map((c) => String(c.value));
    expect(notes.slice(0, 3).every((n) => n.startsWith("wajib"))).toBe(true);
    expect(notes.slice(3).every((n) => n.startsWith("opsional"))).toBe(true);
    expect(sheet.cells.filter((c) => c.col === 1 && c.row > 0).every((c) => c.value === "")).toBe(true);
  });

  test("Anggaran has its headers and non-negative decimal checks on Pagu and Realisasi", () => {
    const sheet = layout.sheets[4];
    const headers = sheet.cells.filter((c) => c.row === sheet.headerRow).map((c) => c.value);
    expect(headers).toEqual([
      "Program/Kegiatan",
      "Sasaran Strategis",
      "Pagu",
      "Realisasi",
      ...quarterAnggaranHeaders(),
    ]);
    expect(sheet.validations).toHaveLength(6);
    for (const v of sheet.validations)
      expect(v).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", min: 0 });
  });

  test("Petunjuk is numbered Indonesian text that names the units and explains polaritas and ranges", () => {
    const text = layout.sheets[0].cells.map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/^1\. /m);
    expect(text).toMatch(/^18\. /m);
    expect(text).toMatch(/^21\. Skala predikat/m);
    expect(text).toContain("Target 2023, Realisasi 2023, Target 2024");
    expect(text).toContain("Bidang Politik Dalam Negeri");
    expect(text).toMatch(/Turun berarti makin rendah makin baik/);
    expect(text).toContain('"80 - 90"');
    expect(text).toMatch(/Koma adalah tanda desimal/);
  });

  test("no cell value looks like a formula", () => {
    for (const s of layout.sheets) for (const c of s.cells) expect(String(c.value).startsWith("=")).toBe(false);
  });

  test("rangeA1", () => {
    expect(rangeA1({ top: 3, left: 4, bottom: 202, right: 4 })).toBe("E4:E203");
    expect(rangeA1({ top: 0, left: 27, bottom: 0, right: 27 })).toBe("AB1");
  });
});
