/**
 * The limits of spec section 6 in the reader every caller shares (CLI, Himpun, "Muat data"):
 * parts unpacking beyond 200 MB and sheets beyond 1,048,576 rows are refused before parsing,
 * whether the zip declares its sizes honestly or lies about them.
 */
import { readWorkbookGrid, UnreadableWorkbookError } from "../../../src/hosts/files/readXlsx";
import {
  checkDeclaredSizes,
  checkInflatedSizes,
  setRawInflater,
  checkWorkbookLimits,
  declaredEntries,
  SharedStringsScanner,
  WorksheetRowScanner,
  ZipLimitError,
  DEFAULT_LIMITS,
} from "../../../src/hosts/files/zipLimits";
import JSZip from "jszip";
import * as zlib from "zlib";
import {
  hugeRowXlsx,
  lakipSheets,
  repeatedDeflate,
  sheetPart,
  spacesBombXlsx,
  withDeflatedPart,
  workbookXlsx,
} from "../../../scripts/hostile/files";

async function refusal(bytes: Buffer): Promise<UnreadableWorkbookError> {
  try {
    await readWorkbookGrid(bytes);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return e;
    throw e;
  }
  throw new Error("the workbook was read");
}

describe("declared sizes (central directory)", () => {
  test("the entries and sizes of an ordinary workbook", async () => {
    const bytes = await workbookXlsx(lakipSheets([[1, "S", "I", "%", "Naik", 80, 85]]));
    const entries = declaredEntries(bytes)!;
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(files.length).toBeGreaterThan(5);
    expect(
      entries
        .map((e) => e.name)
        .filter((n) => !n.endsWith("/"))
        .sort(),
    ).toEqual(files.sort());
    const sheet = entries.find((e) => e.name === sheetPart(2))!;
    expect(sheet.uncompressedSize).toBe((await zip.file(sheetPart(2))!.async("uint8array")).length);
    expect(() => checkDeclaredSizes(bytes)).not.toThrow();
  });

  test("bytes without a central directory are left to the zip reader", () => {
    expect(declaredEntries(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });
});

describe("readWorkbookGrid refuses a zip bomb", () => {
  test("honest sizes: the 520-million-space Petunjuk of issue 12 is refused at once, naming the limit", async () => {
    const bytes = await spacesBombXlsx(520);
    expect(bytes.length).toBeLessThan(1_000_000);
    // At once: refused from the zip's directory alone, before a single byte is inflated.
    expect(() => checkDeclaredSizes(bytes)).toThrow(/melebihi batas 200 MB/);
    const e = await refusal(bytes);
    expect(e.message).toMatch(/melebihi batas 200 MB/);
    expect(e.message).toContain("xl/worksheets/sheet1.xml");
    expect(e.message.split("\n")).toHaveLength(1);
  });

  test("lying sizes: the inflated bytes are counted and inflation stops at the limit", async () => {
    // 12 MB of spaces declared as 1 KB, against a 5 MB limit (the real 200 MB limit runs in the CLI test).
    const base = await workbookXlsx(lakipSheets([[1, "S", "I", "%", "Naik", 80, 85]]));
    const bomb = repeatedDeflate("<worksheet><sheetData>", " ".repeat(1_000_000), 12, "</sheetData></worksheet>");
    const bytes = await withDeflatedPart(base, sheetPart(1), bomb, 1000);
    expect(() => checkDeclaredSizes(bytes, { ...DEFAULT_LIMITS, maxUnpackedBytes: 5 * 1024 * 1024 })).not.toThrow();
    await expect(
      checkWorkbookLimits(bytes, () => JSZip.loadAsync(bytes), {
        ...DEFAULT_LIMITS,
        maxUnpackedBytes: 5 * 1024 * 1024,
      }),
    ).rejects.toThrow(/melebihi batas 5 MB setelah dibongkar \(bagian xl\/worksheets\/sheet1\.xml\)/);
  });

  test("lying sizes at the real limit: inflation stops at the limit, not at the bomb's size", async () => {
    const bytes = await spacesBombXlsx(260, 2048);
    expect(() => checkDeclaredSizes(bytes)).not.toThrow();
    // The work, counted: the characters the inflater hands over before it gives up.
    let inflated = 0;
    const counter = { push: (text: string) => void (inflated += text.length), end: () => undefined };
    await expect(checkInflatedSizes(bytes, DEFAULT_LIMITS, () => counter)).rejects.toThrow(/melebihi batas 200 MB/);
    expect(inflated).toBeGreaterThan(0);
    expect(inflated).toBeLessThanOrEqual(DEFAULT_LIMITS.maxUnpackedBytes);
    const e = await refusal(bytes);
    expect(e.message).toMatch(/melebihi batas 200 MB/);
  });
});

describe("the native inflater of the command line (Node's zlib)", () => {
  afterEach(() => setRawInflater(null));

  test("refuses the same bombs as pako, stopping at the limit", async () => {
    setRawInflater((data, maxOutputLength) => zlib.inflateRawSync(data, { maxOutputLength }));
    const bytes = await spacesBombXlsx(260, 2048);
    let inflated = 0;
    const counter = { push: (text: string) => void (inflated += text.length), end: () => undefined };
    await expect(checkInflatedSizes(bytes, DEFAULT_LIMITS, () => counter)).rejects.toThrow(/melebihi batas 200 MB/);
    expect(inflated).toBeLessThanOrEqual(DEFAULT_LIMITS.maxUnpackedBytes);
    expect((await refusal(bytes)).message).toMatch(/melebihi batas 200 MB/);
  });

  test("reads an honest workbook to the same grid as pako", async () => {
    const bytes = await workbookXlsx(lakipSheets([[1, "S", "I", "%", "Naik", 80, 85]]));
    const withPako = await readWorkbookGrid(bytes);
    setRawInflater((data, maxOutputLength) => zlib.inflateRawSync(data, { maxOutputLength }));
    expect(await readWorkbookGrid(bytes)).toEqual(withPako);
  });
});

describe("sheets beyond 1,048,576 rows", () => {
  test.each([
    ["row", 1_048_577],
    ["row", 2_000_000_000],
    ["dimension", 5_000_000],
    ["cell", 1_048_577],
  ] as const)("a %s numbered %d is refused, naming the sheet", async (how, row) => {
    const e = await refusal(await hugeRowXlsx(row, how));
    expect(e.message).toMatch(/^Sheet "Petunjuk" \(xl\/worksheets\/sheet1\.xml\) memuat baris ke-/);
    expect(e.message).toContain("1.048.576");
  });

  test("the last row Excel has, 1,048,576, is read", async () => {
    const grid = await readWorkbookGrid(await hugeRowXlsx(1_048_576));
    expect(grid.sheets[0].rows[1_048_575]?.[0]).toEqual({ t: "s", v: "y" });
  });

  test("more cells than the workbook's budget (2,000,000 by default) are refused, naming the sheet", async () => {
    const many = await workbookXlsx([
      { name: "Petunjuk", rows: Array.from({ length: 30 }, () => Array.from({ length: 10 }, () => 1)) },
      ...lakipSheets([[1, "S", "I", "%", "Naik", 80, 85]]),
    ]);
    const limits = { ...DEFAULT_LIMITS, maxCells: 250 };
    await expect(checkWorkbookLimits(many, () => JSZip.loadAsync(many), limits)).rejects.toThrow(
      /^Sheet "Petunjuk" \(xl\/worksheets\/sheet1\.xml\) membuat buku kerja ini memuat lebih dari 250 sel/,
    );
    await expect(
      checkWorkbookLimits(many, () => JSZip.loadAsync(many), { ...limits, maxCells: 400 }),
    ).resolves.toBeDefined();
    const s = new SharedStringsScanner({ cells: 0, strings: 0, max: 2 });
    s.push("<sst><si><t>a</t></si><s");
    expect(() => s.push("i><t>b</t></si><si>")).toThrow(/lebih dari 2 teks berbeda \(bagian xl\/sharedStrings\.xml\)/);
  });

  test("a column beyond XFD is refused", () => {
    const s = new WorksheetRowScanner("xl/worksheets/sheet1.xml");
    expect(() => s.push('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toThrow(/kolom XFE/);
    const ok = new WorksheetRowScanner("xl/worksheets/sheet1.xml");
    expect(() => ok.push('<row r="1"><c r="XFD1"><v>1</v></c></row>')).not.toThrow();
  });

  test("more rows than the limit are refused even without row numbers; tags split across chunks are seen", () => {
    const s = new WorksheetRowScanner("p", 2);
    s.push("<row><c><v>1</v></c></row><row>");
    expect(() => s.push("</row><ro")).not.toThrow();
    expect(() => s.push("w></row>")).toThrow(ZipLimitError);
    const split = new WorksheetRowScanner("p");
    split.push('<row r="1"/><row r="20');
    expect(() => split.push('00000">')).toThrow(/baris ke-2\.000\.000/);
  });
});
