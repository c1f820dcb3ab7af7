/**
 * The limits of spec section 6 for the packages we open (.xlsx workbooks, .docx templates):
 * parts that unpack to more than 200 MB, or a sheet of more than 1,048,576 rows, are refused as
 * unusable input, quickly and without unpacking them into memory.
 *
 * Two checks, both before ExcelJS or the filler parse anything:
 * 1. `checkDeclaredSizes` reads the zip's central directory (the sizes the archive declares,
 *    ZIP64 included) and sums them: a bomb that is honest about its size is refused in
 *    milliseconds.
 * 2. `checkInflatedSizes` inflates every part as a stream, counting the bytes that actually come
 *    out and throwing the chunks away, and stops at the limit: declared sizes can lie, the
 *    inflated bytes cannot. Worksheets are scanned on the way for the rows they claim
 *    (`<dimension ref>`, `<row r>`, `<c r>`, the number of rows).
 *
 * Pure JavaScript over Uint8Array and JSZip: runs in Node and in the browser build (Himpun in the
 * Excel pane, "Muat data" in the Word pane read files through readXlsx.ts, which calls these).
 */
import type JSZip from "jszip";
import { Inflate } from "pako";
import { UserError } from "../../core/errors";

/** 200 MB, as Windows shows a size (MiB): the most the parts of one package may unpack to. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Excel's own limits (Excel specifications and limits). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;
/** More parts than any workbook or report has; each part costs JSZip an object. */
export const MAX_ZIP_ENTRIES = 50_000;

/**
 * Cells (`<c>` of all worksheets) and shared strings (`<si>`) a workbook may hold: far above any
 * LAKIP (the 10,000-indicator bench workbook has about 150,000 cells), and low enough that reading
 * an accepted workbook stays within the spec's 700 MB (ExcelJS takes about 180 bytes per cell;
 * 6.4 million cells took 1,1 GB).
 */
export const MAX_CELLS = 2_000_000;

export interface ZipLimits {
  maxUnpackedBytes: number;
  maxRows: number;
  maxEntries: number;
  maxCells: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
  maxRows: MAX_SHEET_ROWS,
  maxEntries: MAX_ZIP_ENTRIES,
  maxCells: MAX_CELLS,
};

/** Counts shared by the scanners of one workbook. */
export interface CellBudget {
  cells: number;
  strings: number;
  max: number;
}

/** A package over a limit; the message is one Bahasa Indonesia sentence for the user. */
export class ZipLimitError extends UserError {
  constructor(
    message: string,
    /** The part concerned (e.g. "xl/worksheets/sheet1.xml"), when there is one. */
    readonly part?: string,
  ) {
    super(message);
    this.name = "ZipLimitError";
  }
}

/** "200 MB" in id-ID words. */
function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString("id-ID")} MB`;
}

function tooBig(limits: ZipLimits, part?: string): ZipLimitError {
  return new ZipLimitError(
    `Berkas ini terlalu besar untuk dibuka: isinya melebihi batas ${mb(limits.maxUnpackedBytes)} setelah dibongkar` +
      `${part ? ` (bagian ${part})` : ""}; periksa apakah berkasnya benar, atau hapus isi yang tidak perlu lalu simpan ulang.`,
    part,
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Declared sizes (central directory).

export interface DeclaredEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated (the two methods OOXML packages use). */
  method: number;
  /** Offset of the entry's local file header. */
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

function u64(view: DataView, at: number): number {
  // Exact up to 2^53, which is more than any real archive.
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/**
 * The entries the central directory declares, or null when the bytes have no readable central
 * directory (then JSZip's own reading reports the archive as damaged).
 */
export function declaredEntries(bytes: Uint8Array, maxEntries = MAX_ZIP_ENTRIES): DeclaredEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.byteLength;
  if (len < 22) return null;
  // The end-of-central-directory record is in the last 22 + 65535 bytes (the comment's maximum).
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let cdOffset = view.getUint32(eocd + 16, true);
  if (
    (view.getUint16(eocd + 10, true) === 0xffff || cdOffset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === EOCD64_LOCATOR_SIG
  ) {
    const at = u64(view, eocd - 20 + 8);
    if (at + 56 <= len && view.getUint32(at, true) === EOCD64_SIG) {
      cdOffset = u64(view, at + 48);
    }
  }
  const entries: DeclaredEntry[] = [];
  let p = cdOffset;
  // Walk the records actually present (a lying count cannot make this loop longer than the file).
  while (p + 46 <= len && view.getUint32(p, true) === CDH_SIG) {
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameEnd = Math.min(len, p + 46 + nameLen);
    let name = "";
    for (let i = p + 46; i < nameEnd; i++) name += String.fromCharCode(bytes[i]);
    if (size === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information: the 8-byte fields present are those whose 32-bit field is all
      // ones, in the order uncompressed, compressed, local header offset.
      let e = nameEnd;
      const extraEnd = Math.min(len, nameEnd + extraLen);
      while (e + 4 <= extraEnd) {
        const id = view.getUint16(e, true);
        const sz = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          const next = () => {
            const v = f + 8 <= Math.min(extraEnd, e + 4 + sz) ? u64(view, f) : undefined;
            f += 8;
            return v;
          };
          if (size === 0xffffffff) size = next() ?? size;
          if (compressed === 0xffffffff) compressed = next() ?? compressed;
          if (localOffset === 0xffffffff) localOffset = next() ?? localOffset;
          break;
        }
        e += 4 + sz;
      }
    }
    entries.push({ name, uncompressedSize: size, compressedSize: compressed, method, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
    if (entries.length > maxEntries) break; // enough to refuse
  }
  return entries;
}

/** Refuses a package whose central directory declares more than the limits allow. */
export function checkDeclaredSizes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): void {
  const entries = declaredEntries(bytes, limits.maxEntries);
  if (!entries) return;
  if (entries.length > limits.maxEntries)
    throw new ZipLimitError(
      `Berkas ini memuat lebih dari ${limits.maxEntries.toLocaleString("id-ID")} bagian, jauh di atas workbook atau dokumen biasa; berkas ini tidak dibuka.`,
    );
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUnpackedBytes)
      throw tooBig(limits, e.uncompressedSize > limits.maxUnpackedBytes / 2 ? e.name : undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Inflated sizes, and the rows of the worksheets on the way.

/** Receives the text of one part chunk by chunk; throws ZipLimitError to stop. */
export interface PartScanner {
  push(text: string): void;
  end(): void;
}

interface StreamHelperLike {
  on(event: "data", fn: (chunk: Uint8Array) => void): StreamHelperLike;
  on(event: "error", fn: (e: unknown) => void): StreamHelperLike;
  on(event: "end", fn: () => void): StreamHelperLike;
  resume(): StreamHelperLike;
  pause(): StreamHelperLike;
}

/** A worksheet beyond Excel's rows or columns; `detail` continues a sentence that starts with the sheet. */
export class SheetRowsError extends ZipLimitError {
  constructor(
    override readonly part: string,
    readonly detail: string,
  ) {
    super(`Bagian ${part} ${detail}`, part);
    this.name = "SheetRowsError";
  }
}

/** The rows a worksheet claims: refuses more than `maxRows` rows or a row/column beyond Excel's. */
export class WorksheetRowScanner implements PartScanner {
  private carry = "";
  private rows = 0;

  constructor(
    /** The worksheet's part name, e.g. "xl/worksheets/sheet1.xml". */
    private readonly part: string,
    private readonly maxRows: number = MAX_SHEET_ROWS,
    private readonly budget: CellBudget = { cells: 0, strings: 0, max: MAX_CELLS },
  ) {}

  push(text: string): void {
    let s = this.carry + text;
    // Keep an unfinished tag for the next chunk; a tag is matched only once, whole.
    const lt = s.lastIndexOf("<");
    if (lt >= 0 && s.indexOf(">", lt) < 0) {
      this.carry = s.length - lt <= 65536 ? s.slice(lt) : "";
      s = s.slice(0, lt);
    } else this.carry = "";
    this.scan(s);
  }

  end(): void {
    if (this.carry) this.scan(this.carry);
    this.carry = "";
  }

  private scan(s: string): void {
    const re = /<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)\b([^>]*)>/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const attrs = m[2];
      if (m[1] === "row") {
        this.rows++;
        if (this.rows > this.maxRows) this.refuse(this.rows);
        const r = /(?:^|\s)r\s*=\s*["']\s*(\d+)/.exec(attrs);
        if (r && (r[1].length > 9 || Number(r[1]) > this.maxRows)) this.refuse(Number(r[1]));
      } else if (m[1] === "c") {
        if (++this.budget.cells > this.budget.max)
          throw new SheetRowsError(
            this.part,
            `membuat buku kerja ini memuat lebih dari ${this.budget.max.toLocaleString("id-ID")} sel, jauh di atas data LAKIP mana pun; bila ada banyak sel kosong berformat di bawah atau di kanan data, hapus baris dan kolom itu di Excel lalu simpan ulang.`,
          );
        const r = /(?:^|\s)r\s*=\s*["']\s*\$?([A-Za-z]+)\$?(\d+)/.exec(attrs);
        if (r) {
          if (r[1].length > 3 || columnNumber(r[1]) > MAX_SHEET_COLUMNS) this.refuseColumn(r[1].toUpperCase());
          if (r[2].length > 9 || Number(r[2]) > this.maxRows) this.refuse(Number(r[2]));
        }
      } else {
        const ref = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/.exec(attrs);
        if (ref) {
          for (const part of ref[1].split(":")) {
            const d = /^\$?[A-Za-z]*\$?(\d+)$/.exec(part.trim());
            if (d && (d[1].length > 9 || Number(d[1]) > this.maxRows)) this.refuse(Number(d[1]));
          }
        }
      }
    }
  }

  private refuse(row: number): never {
    const n =
      Number.isFinite(row) && row <= Number.MAX_SAFE_INTEGER ? row.toLocaleString("id-ID") : "yang sangat besar";
    throw new SheetRowsError(
      this.part,
      `memuat baris ke-${n}, melebihi batas ${this.maxRows.toLocaleString("id-ID")} baris sebuah sheet Excel; berkas ini rusak atau dibuat oleh program lain, buka di Excel lalu simpan ulang.`,
    );
  }

  private refuseColumn(letters: string): never {
    throw new SheetRowsError(
      this.part,
      `memuat kolom ${letters.length > 8 ? letters.slice(0, 8) + "…" : letters}, di luar kolom terakhir Excel (XFD); berkas ini rusak atau dibuat oleh program lain, buka di Excel lalu simpan ulang.`,
    );
  }
}

/** Counts the shared strings (`<si>`) of xl/sharedStrings.xml against the workbook's budget. */
export class SharedStringsScanner implements PartScanner {
  private carry = "";

  constructor(private readonly budget: CellBudget) {}

  push(text: string): void {
    const s = this.carry + text;
    this.carry = s.slice(-3);
    const re = /<(?:[A-Za-z_][\w.-]*:)?si[\s>/]/g;
    // Matches ending within the kept tail are counted with the next chunk.
    const limit = s.length - 3;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m.index >= limit) break;
      if (++this.budget.strings > this.budget.max)
        throw new ZipLimitError(
          `Berkas ini memuat lebih dari ${this.budget.max.toLocaleString("id-ID")} teks berbeda (bagian xl/sharedStrings.xml), jauh di atas data LAKIP mana pun; berkas ini tidak dibuka.`,
          "xl/sharedStrings.xml",
        );
    }
  }

  end(): void {
    this.carry = "";
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The compressed bytes of an entry (after its local header), or null when they are not in the file. */
function entryData(bytes: Uint8Array, e: DeclaredEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LFH_SIG) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.byteLength) return null;
  return bytes.subarray(start, end);
}

/** Lets the browser paint between slices of a long check. */
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A one-shot raw-DEFLATE inflater that throws a RangeError past `maxOutputLength` bytes (Node's
 * zlib.inflateRawSync), set by the Node-only ./zipNativeInflate.ts; null: pako, in slices.
 */
export type RawInflater = (data: Uint8Array, maxOutputLength: number) => Uint8Array;
let rawInflater: RawInflater | null = null;
export function setRawInflater(inflater: RawInflater | null): void {
  rawInflater = inflater;
}

/**
 * Inflates every part of the package (pako, in slices), counting the bytes that come out and
 * discarding them, and refuses the package once the count passes the limit; `scannerFor` gives
 * a part's text to a scanner (the worksheet rows). Memory stays at about one output chunk. Parts
 * whose data cannot be found or inflated are left to the zip reader, which reports the damage.
 */
export async function checkInflatedSizes(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  scannerFor?: (name: string) => PartScanner | undefined,
): Promise<void> {
  const entries = declaredEntries(bytes, limits.maxEntries);
  if (!entries) return;
  if (entries.length > limits.maxEntries) throw checkEntriesError(limits);
  let total = 0;
  const SLICE = 64 * 1024;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const data = entryData(bytes, entry);
    if (!data) continue;
    const scanner = scannerFor?.(entry.name);
    const decoder = scanner ? new TextDecoder("utf-8") : undefined;
    const take = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > limits.maxUnpackedBytes) throw tooBig(limits, entry.name);
      if (scanner && decoder) scanner.push(decoder.decode(chunk, { stream: true }));
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += SLICE) take(data.subarray(i, i + SLICE));
    } else if (entry.method === 8 && rawInflater) {
      const allowed = limits.maxUnpackedBytes - total;
      let out: Uint8Array | null = null;
      try {
        out = rawInflater(data, allowed + 1);
      } catch (e) {
        // Past maxOutputLength: Node throws RangeError ERR_BUFFER_TOO_LARGE (compared by name, not
        // instanceof: the error may come from another realm, e.g. a test sandbox).
        const over = (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || (e as Error)?.name === "RangeError";
        if (over) throw tooBig(limits, entry.name);
        // damaged data: the zip reader says so
      }
      if (out) for (let i = 0; i < out.length; i += SLICE) take(out.subarray(i, i + SLICE));
    } else if (entry.method === 8) {
      const inflate = new Inflate({ raw: true, chunkSize: SLICE });
      inflate.onData = take;
      inflate.onEnd = () => undefined;
      for (let i = 0; i < data.length; i += SLICE) {
        const last = i + SLICE >= data.length;
        inflate.push(data.subarray(i, i + SLICE), last);
        if (inflate.err) break; // damaged data: the zip reader says so
        if (inflate.ended) break;
        if (i % (16 * SLICE) === 0 && i > 0) await yieldToHost();
      }
      if (data.length === 0) inflate.push(data, true);
    } else continue; // other methods: the zip reader refuses them
    if (scanner && decoder) {
      scanner.push(decoder.decode());
      scanner.end();
    }
  }
}

function checkEntriesError(limits: ZipLimits): ZipLimitError {
  return new ZipLimitError(
    `Berkas ini memuat lebih dari ${limits.maxEntries.toLocaleString("id-ID")} bagian, jauh di atas workbook atau dokumen biasa; berkas ini tidak dibuka.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Worksheet names, for the message: part -> sheet name through xl/workbook.xml and its rels.

function decodeXmlAttr(v: string): string {
  return v.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/** A part's text, or null when it is absent or longer than `maxBytes` (inflated as a bounded stream). */
async function readSmallText(zip: JSZip, name: string, maxBytes: number): Promise<string | null> {
  const entry = zip.file(name) as unknown as { internalStream(type: "uint8array"): StreamHelperLike } | null;
  if (!entry) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const ok = await new Promise<boolean>((resolve) => {
    let done = false;
    const stream = entry.internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        if (size > maxBytes) {
          done = true;
          stream.pause();
          resolve(false);
          return;
        }
        chunks.push(chunk);
      })
      .on("error", () => {
        if (done) return;
        done = true;
        resolve(false);
      })
      .on("end", () => {
        if (done) return;
        done = true;
        resolve(true);
      })
      .resume();
  });
  if (!ok) return null;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder("utf-8").decode(all);
}

/** Worksheet part name -> sheet name, read from the workbook part and its relationships (when small). */
export async function worksheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const [wbXml, relsXml] = await Promise.all([
      readSmallText(zip, "xl/workbook.xml", 16 * 1024 * 1024),
      readSmallText(zip, "xl/_rels/workbook.xml.rels", 16 * 1024 * 1024),
    ]);
    if (wbXml === null || relsXml === null) return out;
    const targets = new Map<string, string>();
    for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
      const id = /\sId\s*=\s*["']([^"']*)["']/.exec(m[1]);
      const target = /\sTarget\s*=\s*["']([^"']*)["']/.exec(m[1]);
      if (id && target) {
        const t = decodeXmlAttr(target[1]);
        targets.set(id[1], t.startsWith("/") ? t.slice(1) : `xl/${t}`);
      }
    }
    for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
      const name = /\sname\s*=\s*["']([^"']*)["']/.exec(m[1]);
      const rid = /\s(?:\w+:)?id\s*=\s*["']([^"']*)["']/.exec(m[1]);
      const part = rid ? targets.get(rid[1]) : undefined;
      if (name && part) out.set(part, decodeXmlAttr(name[1]));
    }
  } catch {
    // names are only for the message
  }
  return out;
}

/** The worksheet parts of an .xlsx (the ones ExcelJS reads as sheets). */
export function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/**
 * Both checks for an .xlsx: declared sizes before JSZip reads anything, inflated sizes and
 * worksheet rows once JSZip has the directory. Throws ZipLimitError (a worksheet's message
 * names its sheet).
 */
export async function checkWorkbookLimits(
  bytes: Uint8Array,
  loadZip: () => Promise<JSZip>,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<JSZip> {
  checkDeclaredSizes(bytes, limits);
  try {
    const budget: CellBudget = { cells: 0, strings: 0, max: limits.maxCells };
    await checkInflatedSizes(bytes, limits, (name) =>
      isWorksheetPart(name)
        ? new WorksheetRowScanner(name, limits.maxRows, budget)
        : /^xl\/sharedStrings\.xml$/i.test(name)
          ? new SharedStringsScanner(budget)
          : undefined,
    );
  } catch (e) {
    if (e instanceof SheetRowsError) {
      // The sheet's name, for the message: the zip's directory only (nothing large is inflated).
      const sheet = await loadZip().then(worksheetNames, () => new Map<string, string>());
      const name = sheet.get(e.part);
      throw new ZipLimitError(
        `${name ? `Sheet ${JSON.stringify(name)} (${e.part})` : `Bagian ${e.part}`} ${e.detail}`,
        e.part,
      );
    }
    throw e;
  }
  return loadZip();
}
