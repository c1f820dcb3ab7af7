/**
 * Hostile and extreme input files, made by code (never checked in): zip bombs whose declared
 * sizes are honest or lie, sheets with impossible row numbers, templates with a DTD, broken XML
 * or nested content controls. Used by the tests (test/hosts/files/zipLimits.test.ts,
 * test/fuzz/hostileCli.test.ts) and by `node build/node/scripts/hostile/make.js DIR` for the
 * measurements with /usr/bin/time.
 */
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
}

/** A minimal filled LAKIP workbook: Identitas and one unit sheet with the given indicator rows. */
export function lakipSheets(indicatorRows: CellValue[][], unit = "Sekretariat"): SheetSpec[] {
  return [
    {
      name: "Identitas",
      rows: [
        ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
        ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
        ["Tahun", 2025],
      ],
    },
    {
      name: unit,
      rows: [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Keterangan"],
        ...indicatorRows,
      ],
    },
  ];
}

/** An .xlsx with the given sheets, written by ExcelJS; text is written as text (never a formula). */
export async function workbookXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface JSZipInternals {
  CompressedObject: new (c: number, u: number, crc: number, compression: unknown, data: Buffer) => unknown;
  DEFLATE: unknown;
}

function internals(): JSZipInternals {
  const CompressedObject = require("jszip/lib/compressedObject");
  const { DEFLATE } = require("jszip/lib/compressions");
  return { CompressedObject, DEFLATE };
}

/**
 * A raw DEFLATE stream of `head`, then `unit` repeated `times`, then `tail`, built without ever
 * holding the inflated text: each piece is compressed on its own and ends in a full flush, so
 * the pieces are independent, byte-aligned blocks that can be concatenated (and the same
 * compressed unit repeated).
 */
export function repeatedDeflate(
  head: string,
  unit: string,
  times: number,
  tail: string,
): { data: Buffer; size: number; crc: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const h = Buffer.from(head, "utf8");
  const u = Buffer.from(unit, "utf8");
  const t = Buffer.from(tail, "utf8");
  const hz = zlib.deflateRawSync(h, flush);
  const uz = zlib.deflateRawSync(u, flush);
  const tz = zlib.deflateRawSync(t); // final block
  const parts: Buffer[] = [hz];
  for (let i = 0; i < times; i++) parts.push(uz);
  parts.push(tz);
  const crc32 = (zlib as unknown as { crc32?: (b: Buffer, v?: number) => number }).crc32;
  let crc = 0;
  if (crc32) {
    crc = crc32(h, 0);
    for (let i = 0; i < times; i++) crc = crc32(u, crc);
    crc = crc32(t, crc);
  }
  return { data: Buffer.concat(parts), size: h.length + u.length * times + t.length, crc: crc >>> 0 };
}

/**
 * Replaces (or adds) `part` of a package with already-deflated bytes, declaring
 * `declaredSize` as its uncompressed size (the truth when omitted; a lie when given).
 */
export async function withDeflatedPart(
  pkg: Buffer,
  part: string,
  deflated: { data: Buffer; size: number; crc: number },
  declaredSize?: number,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pkg);
  const { CompressedObject, DEFLATE } = internals();
  const co = new CompressedObject(
    deflated.data.length,
    declaredSize ?? deflated.size,
    deflated.crc,
    DEFLATE,
    deflated.data,
  );
  zip.file(part, co as unknown as Buffer, { binary: true, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Replaces (or adds) `part` with the given text. */
export async function withPart(pkg: Buffer, part: string, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pkg);
  zip.file(part, text, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The part name of the n-th (1-based) worksheet ExcelJS writes. */
export const sheetPart = (n: number) => `xl/worksheets/sheet${n}.xml`;

const WS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">';
const WS_TAIL = "</t></is></c></row></sheetData></worksheet>";

/**
 * The zip bomb of issue 12: a valid LAKIP workbook whose first sheet (Petunjuk) holds one cell of
 * `megabytes` million spaces (520: the 516 KB file of the report). `declaredSize` makes the
 * central directory lie about it.
 */
export async function spacesBombXlsx(megabytes: number, declaredSize?: number): Promise<Buffer> {
  const base = await workbookXlsx([
    { name: "Petunjuk", rows: [["Petunjuk pengisian"]] },
    ...lakipSheets([[1, "Sasaran A", "Indikator A", "%", "Naik", 80, 85]]),
  ]);
  const bomb = repeatedDeflate(WS_HEAD, " ".repeat(1_000_000), megabytes, WS_TAIL);
  return withDeflatedPart(base, sheetPart(1), bomb, declaredSize);
}

/** A workbook whose first sheet has a row numbered `row` (Excel's last is 1,048,576). */
export async function hugeRowXlsx(row: number, how: "row" | "dimension" | "cell" = "row"): Promise<Buffer> {
  const base = await workbookXlsx([
    { name: "Petunjuk", rows: [["Petunjuk pengisian"]] },
    ...lakipSheets([[1, "Sasaran A", "Indikator A", "%", "Naik", 80, 85]]),
  ]);
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const xml =
    how === "dimension"
      ? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><dimension ref="A1:B${row}"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`
      : how === "cell"
        ? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B${row}"><v>1</v></c></row></sheetData></worksheet>`
        : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="${row}"><c r="A${row}" t="inlineStr"><is><t>y</t></is></c></row></sheetData></worksheet>`;
  return withPart(base, sheetPart(1), xml);
}

/** A first sheet of `rows` rows of 16,000 numeric cells (400 rows: 6,4 million cells, 92 MB unpacked). */
export async function manyCellsXlsx(rows: number): Promise<Buffer> {
  const row = "<c><v>1</v></c>".repeat(16_000);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${row}</row>`);
  parts.push("</sheetData></worksheet>");
  const xml = Buffer.from(parts.join(""), "utf8");
  const base = await workbookXlsx([
    { name: "Petunjuk", rows: [["Petunjuk pengisian"]] },
    ...lakipSheets([[1, "Sasaran A", "Indikator A", "%", "Naik", 80, 85]]),
  ]);
  return withDeflatedPart(base, sheetPart(1), repeatedDeflate(xml.toString("utf8"), "", 0, ""));
}

/** "Billion laughs": sharedStrings.xml declares nested entities (10^10 characters when expanded). */
export async function entityBombXlsx(): Promise<Buffer> {
  const base = await workbookXlsx(lakipSheets([[1, "Sasaran A", "Indikator A", "%", "Naik", 80, 85]]));
  let dtd = '<!ENTITY a0 "aaaaaaaaaa">';
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
  const zip = await JSZip.loadAsync(base);
  const ss = (await zip.file("xl/sharedStrings.xml")!.async("string"))
    .replace(/^(<\?xml[^>]*\?>)/, `$1<!DOCTYPE sst [${dtd}]>`)
    .replace("Indikator A", "&a9;");
  zip.file("xl/sharedStrings.xml", ss);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// ---------------------------------------------------------------------------------------------
// Templates (.docx)

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function control(tag: string, inner: string): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

/** A .docx whose body is `bodyXml` (WordprocessingML with the w: prefix). */
export async function docxWithBody(bodyXml: string, opts: { prolog?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${opts.prolog ?? ""}<w:document xmlns:w="${W}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A template with a DTD declaring an external entity (XXE). */
export function dtdTemplate(): Promise<Buffer> {
  return docxWithBody(control("lakip:ikhtisar", para("&xxe;")), {
    prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  });
}

/** A template whose document part is not well-formed (an unclosed paragraph). */
export function brokenTemplate(): Promise<Buffer> {
  return docxWithBody(`${control("lakip:ikhtisar", para("Ikhtisar"))}<w:p><w:r><w:t>tidak ditutup</w:t></w:r>`);
}

/** A template with lakip:tabel-pengukuran inside lakip:narasi-sasaran. */
export function nestedTemplate(): Promise<Buffer> {
  return docxWithBody(
    control("lakip:ikhtisar", para("Ikhtisar")) +
      control("lakip:narasi-sasaran", para("Narasi") + control("lakip:tabel-pengukuran", para("Tabel"))),
  );
}
