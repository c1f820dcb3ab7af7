import { quarterIndicatorHeaders } from "../../../src/core/layout/quarterLayout";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFormatXlsx, renderLayoutXlsx } from "../../../src/hosts/files/writeFormat";
import { readWorkbookGrid } from "../../../src/hosts/files/readXlsx";
import { analyzeWorkbook } from "../../../src/core";
import {
  buildFormatLayout,
  DEFAULT_UNITS,
  defaultFormatYear,
  indicatorHeaders,
  InvalidUnitNamesError,
} from "../../../src/core/layout/formatLayout";

describe("writeFormatXlsx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeFormatXlsx(DEFAULT_UNITS);
  });

  test("reads back: sheets, headers, Identitas labels", async () => {
    const grid = await readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Petunjuk",
      "Identitas",
      "Sekretariat",
      "Bidang Ideologi dan Wasbang",
      "Bidang Politik Dalam Negeri",
      "Bidang Ketahanan Ekososbud",
      "Bidang Kewaspadaan Nasional",
      "Anggaran",
      "Pengaturan",
      "Pejabat",
    ]);
    const sek = grid.sheets[2];
    const headerRow = sek.rows.findIndex((r) => r?.some((c) => c?.t === "s" && c.v === "Indikator Kinerja"));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    expect(headerRow).toBeLessThan(10);
    expect(sek.rows[headerRow]!.map((c) => (c?.t === "s" ? c.v : null))).toEqual([
      ...indicatorHeaders(defaultFormatYear()),
      ...quarterIndicatorHeaders(),
    ]);
  });

  test("an empty format analyses to exactly the three blank required Identitas values, and five units", async () => {
    const analysis = analyzeWorkbook(await readWorkbookGrid(bytes));
    const errors = analysis.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["MISSING_IDENTITY", "Identitas", "B2"],
      ["MISSING_IDENTITY", "Identitas", "B3"],
      ["MISSING_IDENTITY", "Identitas", "B4"],
    ]);
    expect(analysis.findings.filter((f) => f.severity === "warning")).toEqual([]);
    expect(analysis.indikator).toEqual([]);
    expect(analysis.units).toHaveLength(5);
    expect(analysis.anggaran).toEqual([]);
    // the Pengaturan sheet written out holds exactly the defaults
    expect(analysis.pengaturan).toEqual({
      rumusTurun: "(2T - R) / T",
      batasCapaian: null,
      batasBawahCapaian: null,
      skala: [
        { predikat: "Sangat Tinggi", batasBawah: 91 },
        { predikat: "Tinggi", batasBawah: 76 },
        { predikat: "Sedang", batasBawah: 66 },
        { predikat: "Rendah", batasBawah: 51 },
        { predikat: "Sangat Rendah", batasBawah: null },
      ],
    });
  });

  test("styling, frozen header, widths and data validations are in the file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Sekretariat")!;
    const layout = buildFormatLayout(DEFAULT_UNITS).sheets[2];
    const h = layout.headerRow! + 1;
    const header = ws.getCell(h, 3);
    expect(header.value).toBe("Indikator Kinerja");
    expect(header.font?.bold).toBe(true);
    expect(header.alignment?.wrapText).toBe(true);
    expect(header.border?.top?.style).toBe("thin");
    expect((header.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9E2F3");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: h });
    expect(ws.getColumn(3).width).toBe(layout.widths[2]);

    const zip = await JSZip.loadAsync(bytes);
    const names = wb.worksheets.map((w) => w.name);
    const xml = await zip.file(`xl/worksheets/sheet${names.indexOf("Sekretariat") + 1}.xml`)!.async("string");
    expect(xml).toContain(`type="list"`);
    expect(xml).toContain("<formula1>&quot;Naik,Turun&quot;</formula1>");
    expect(xml).toMatch(/sqref="E4:E203"/);
    expect(xml).toMatch(/type="decimal"[^>]*sqref="G4:G203"/);
    expect(xml).not.toMatch(/sqref="F4:F203"/);
    expect(xml).toContain('promptTitle="Polaritas"');
    const anggaran = await zip.file(`xl/worksheets/sheet${names.indexOf("Anggaran") + 1}.xml`)!.async("string");
    expect(anggaran).toMatch(/type="decimal" operator="greaterThanOrEqual"/);
    const petunjuk = wb.getWorksheet("Petunjuk")!;
    expect(petunjuk.getCell("A4").alignment?.wrapText).toBe(true);
  });

  test("custom properties can be stamped, and bad unit names throw", async () => {
    const stamped = await renderLayoutXlsx(buildFormatLayout(["Sekretariat"]), {
      "LAKIP Langkah 2": "Selesai | - | - | - | -",
    });
    expect((await readWorkbookGrid(stamped)).customProperties).toEqual({
      "LAKIP Langkah 2": "Selesai | - | - | - | -",
    });
    await expect(writeFormatXlsx(["Bidang: A"])).rejects.toBeInstanceOf(InvalidUnitNamesError);
  });
});
