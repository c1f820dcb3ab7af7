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
} from "../../../src/core/layout/formatLayout";

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
    [["Rekap Capaian"], /sheet bawaan \(Petunjuk, Identitas, Anggaran, Pengaturan, Rekap Capaian\)/],
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
  const layout = buildFormatLayout(["Sekretariat", "Bidang Politik Dalam Negeri"]);

  test("sheets in order: Petunjuk, Identitas, units, Anggaran", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Sekretariat",
      "Bidang Politik Dalam Negeri",
      "Anggaran",
    ]);
  });

  test("indicator sheets carry the exact headers in the first 10 rows, frozen below the header", () => {
    const sheet = layout.sheets[2];
    expect(sheet.headerRow).toBeDefined();
    expect(sheet.headerRow!).toBeLessThan(10);
    const headers = sheet.cells.filter((c) => c.row === sheet.headerRow).sort((a, b) => a.col - b.col);
    expect(headers.map((c) => c.value)).toEqual([...INDICATOR_HEADERS]);
    expect(headers.every((c) => c.style === "header")).toBe(true);
    expect(sheet.freeze.rows).toBe(sheet.headerRow! + 1);
    expect(sheet.widths).toHaveLength(INDICATOR_HEADERS.length);
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

  test("Identitas has the seven labels with wajib/opsional notes and blank inputs", () => {
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
    ]);
    const notes = sheet.cells.filter((c) => c.col === 2 && c.row > 0).map((c) => String(c.value));
    expect(notes.slice(0, 3).every((n) => n.startsWith("wajib"))).toBe(true);
    expect(notes.slice(3).every((n) => n.startsWith("opsional"))).toBe(true);
    expect(sheet.cells.filter((c) => c.col === 1 && c.row > 0).every((c) => c.value === "")).toBe(true);
  });

  test("Anggaran has its headers and non-negative decimal checks on Pagu and Realisasi", () => {
    const sheet = layout.sheets[4];
    const headers = sheet.cells.filter((c) => c.row === sheet.headerRow).map((c) => c.value);
    expect(headers).toEqual(["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"]);
    expect(sheet.validations).toHaveLength(2);
    for (const v of sheet.validations)
      expect(v).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", min: 0 });
  });

  test("Petunjuk is numbered Indonesian text that names the units and explains polaritas and ranges", () => {
    const text = layout.sheets[0].cells.map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/^1\. /m);
    expect(text).toMatch(/^18\. /m);
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
