import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookGrid, UnreadableWorkbookError } from "../../../src/hosts/files/readXlsx";
import { writeWorkbookGrid } from "../../../src/hosts/files/writeGrid";
import { parseCustomPropertiesXml, buildCustomPropertiesXml } from "../../../src/hosts/files/customProperties";
import type { SheetGrid } from "../../../src/core/grid";

function cell(sheet: SheetGrid, a1: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheet.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
}

describe("readWorkbookGrid: every cell kind", () => {
  let sheet: SheetGrid;
  let props: Record<string, string> | undefined;
  beforeAll(async () => {
    const bytes = await writeWorkbookGrid({
      sheets: [
        {
          name: "Data",
          rows: [
            [
              1.5,
              { t: "n", v: 0.855, f: "0.0%" },
              { t: "n", v: 1234567, f: "#,##0" },
              "teks",
              { t: "rich", runs: [{ text: "Kaya ", bold: true }, { text: "teks" }] },
            ],
            [
              true,
              false,
              { t: "d", v: "2025-12-31" },
              { t: "e", v: "#N/A" },
              { t: "link", text: "Situs Pemda", href: "https://kotawaringinbaratkab.go.id" },
            ],
            [
              { t: "formula", formula: "A1*2", result: 3 },
              { t: "formula", formula: "A1/0", result: { error: "#DIV/0!" } },
              { t: "formula", formula: "A1*3" },
              { t: "formula", formula: '"a"&"b"', result: "ab" },
              { t: "formula", formula: "A1>1", result: true },
            ],
            [{ t: "formula", formula: "A1+1", result: 2.5, sharedRef: "A4:A6" }, null, "=SUM(A1:A3)", "", "   "],
            [
              { t: "formula", sharedWith: "A4", result: 3.5 },
              { t: "formula", formula: "B1", result: 0.9, f: "0%" },
            ],
            [{ t: "formula", sharedWith: "A4", result: 4.5 }],
          ],
          merges: [{ top: 7, left: 0, bottom: 9, right: 1 }],
        },
        { name: "Kosong", rows: [] },
      ],
      customProperties: {
        "LAKIP Langkah 2": "Selesai | 2026-01-05T09:00 | - | Ani, Staf | format <dikirim> & diterima",
      },
    });
    const grid = await readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Data", "Kosong"]);
    sheet = grid.sheets[0];
    props = grid.customProperties as Record<string, string> | undefined;
  });

  test("numbers, with their number format when not General", () => {
    expect(cell(sheet, "A1")).toEqual({ t: "n", v: 1.5 });
    expect(cell(sheet, "B1")).toEqual({ t: "n", v: 0.855, f: "0.0%" });
    expect(cell(sheet, "C1")).toEqual({ t: "n", v: 1234567, f: "#,##0" });
  });

  test("strings and rich text are text", () => {
    expect(cell(sheet, "D1")).toEqual({ t: "s", v: "teks" });
    expect(cell(sheet, "E1")).toEqual({ t: "s", v: "Kaya teks" });
  });

  test("booleans, dates (ISO), errors, hyperlinks (their text)", () => {
    expect(cell(sheet, "A2")).toEqual({ t: "b", v: true });
    expect(cell(sheet, "B2")).toEqual({ t: "b", v: false });
    expect(cell(sheet, "C2")).toEqual({ t: "d", v: "2025-12-31" });
    expect(cell(sheet, "D2")).toEqual({ t: "e", v: "#N/A" });
    expect(cell(sheet, "E2")).toEqual({ t: "s", v: "Situs Pemda" });
  });

  test("formula cells by their cached value; none: blank; an error result: an error", () => {
    expect(cell(sheet, "A3")).toEqual({ t: "n", v: 3 });
    expect(cell(sheet, "B3")).toEqual({ t: "e", v: "#DIV/0!" });
    expect(cell(sheet, "C3")).toBeNull();
    expect(cell(sheet, "D3")).toEqual({ t: "s", v: "ab" });
    expect(cell(sheet, "E3")).toEqual({ t: "b", v: true });
    expect(cell(sheet, "B5")).toEqual({ t: "n", v: 0.9, f: "0%" });
  });

  test("shared formulas: master and followers by their cached values", () => {
    expect(cell(sheet, "A4")).toEqual({ t: "n", v: 2.5 });
    expect(cell(sheet, "A5")).toEqual({ t: "n", v: 3.5 });
    expect(cell(sheet, "A6")).toEqual({ t: "n", v: 4.5 });
  });

  test("text that starts with = stays text; empty text is blank; blank-looking text is kept", () => {
    expect(cell(sheet, "C4")).toEqual({ t: "s", v: "=SUM(A1:A3)" });
    expect(cell(sheet, "D4")).toBeNull();
    expect(cell(sheet, "B4")).toBeNull();
    expect(cell(sheet, "E4")).toEqual({ t: "s", v: "   " });
  });

  test("merged ranges, 0-based", () => {
    expect(sheet.merges).toEqual([{ top: 7, left: 0, bottom: 9, right: 1 }]);
  });

  test("custom document properties", () => {
    expect(props).toEqual({
      "LAKIP Langkah 2": "Selesai | 2026-01-05T09:00 | - | Ani, Staf | format <dikirim> & diterima",
    });
  });
});

describe("readWorkbookGrid: a workbook saved by ExcelJS directly", () => {
  test("numFmt by built-in id (percent) and a date-formatted number", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 0.5;
    ws.getCell("A1").numFmt = "0%";
    ws.getCell("B1").value = new Date(Date.UTC(2025, 0, 31, 10, 15));
    const grid = await readWorkbookGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheets[0].rows[0]![0]).toEqual({ t: "n", v: 0.5, f: "0%" });
    expect(grid.sheets[0].rows[0]![1]).toEqual({ t: "d", v: "2025-01-31T10:15:00" });
    expect(grid.customProperties).toBeUndefined();
  });

  test("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await writeWorkbookGrid({ sheets: [{ name: "S", rows: [["x"]] }] });
    const ab = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(ab).set(bytes);
    const grid = await readWorkbookGrid(ab);
    expect(grid.sheets[0].rows[0]![0]).toEqual({ t: "s", v: "x" });
  });
});

describe("readWorkbookGrid: unreadable input", () => {
  const expectUnreadable = async (data: Uint8Array, message: RegExp) => {
    const p = readWorkbookGrid(data);
    await expect(p).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(readWorkbookGrid(data)).rejects.toThrow(message);
  };

  test("plain text (a CSV)", async () => {
    await expectUnreadable(new TextEncoder().encode("No;Indikator;Target\n1;A;80\n"), /bukan buku kerja Excel \.xlsx/);
  });

  test("an empty file", async () => {
    await expectUnreadable(new Uint8Array(0), /bukan buku kerja Excel/);
  });

  test("an old .xls (OLE) file", async () => {
    await expectUnreadable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /\.xls/);
  });

  test("a truncated (corrupt) zip", async () => {
    const bytes = await writeWorkbookGrid({ sheets: [{ name: "S", rows: [["x"]] }] });
    await expectUnreadable(bytes.slice(0, Math.floor(bytes.length / 2)), /rusak/);
  });

  test("a zip that is not a workbook, and a .docx", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "halo");
    await expectUnreadable(await zip.generateAsync({ type: "uint8array" }), /bukan buku kerja/);
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    docx.file("[Content_Types].xml", "<Types/>");
    await expectUnreadable(await docx.generateAsync({ type: "uint8array" }), /dokumen Word/);
  });

  test("a workbook whose sheet XML is garbage", async () => {
    const bytes = await writeWorkbookGrid({ sheets: [{ name: "S", rows: [["x"]] }] });
    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      "xl/worksheets/sheet1.xml",
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData',
    );
    const broken = await zip.generateAsync({ type: "uint8array" });
    await expect(readWorkbookGrid(broken)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });
});

describe("custom properties XML", () => {
  test("round trip with entities, and typed values read as text", () => {
    const xml = buildCustomPropertiesXml({ "A & B": "x < y", "LAKIP Langkah 1": "Belum | - | - | - | -" });
    expect(parseCustomPropertiesXml(xml)).toEqual({ "A & B": "x < y", "LAKIP Langkah 1": "Belum | - | - | - | -" });
    const typed =
      '<Properties xmlns:vt="v"><property fmtid="{x}" pid="2" name="N"><vt:i4>42</vt:i4></property><property pid="3" name=\'B\'><vt:bool>true</vt:bool></property><property pid="4" name="E"><vt:lpwstr/></property></Properties>';
    expect(parseCustomPropertiesXml(typed)).toEqual({ N: "42", B: "true", E: "" });
  });
});
