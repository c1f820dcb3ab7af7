/**
 * Node only: compresses a changed entry of a JSZip package with Node's native zlib
 * before `generateAsync`, instead of JSZip's JavaScript deflate (pako), which is several times
 * slower on the tens of megabytes of a 10,000-indicator report. The entry is replaced by an
 * already-compressed object, which JSZip writes as it is (the same path it uses for the
 * unchanged entries of a loaded file). The bytes are a standard DEFLATE entry either way.
 * If JSZip's internals are not the expected ones, nothing is done and JSZip compresses as usual.
 */
import * as zlib from "zlib";
import type JSZip from "jszip";

interface Internals {
  CompressedObject: new (
    compressedSize: number,
    uncompressedSize: number,
    crc32: number,
    compression: unknown,
    data: Buffer,
  ) => unknown;
  DEFLATE: unknown;
}

let internals: Internals | null | undefined;

function loadInternals(): Internals | null {
  if (internals !== undefined) return internals;
  try {
    const CompressedObject = require("jszip/lib/compressedObject");

    const compressions = require("jszip/lib/compressions");
    internals =
      typeof CompressedObject === "function" && compressions?.DEFLATE
        ? { CompressedObject, DEFLATE: compressions.DEFLATE }
        : null;
  } catch {
    internals = null;
  }
  return internals;
}

function crc32(buf: Buffer): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
  if (native) return native(buf) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Stores `data` as entry `name`, deflated by Node's zlib (falls back to a plain `zip.file`, which
 * JSZip compresses itself, when its internals are not the expected ones).
 */
export function putDeflated(zip: JSZip, name: string, data: string | Buffer, date?: Date, level = 6): void {
  const int = loadInternals();
  const options = { date, binary: typeof data !== "string", createFolders: false };
  if (!int) {
    zip.file(name, data, options);
    return;
  }
  putRaw(zip, int, name, typeof data === "string" ? Buffer.from(data, "utf8") : data, options, level);
}

/**
 * `putDeflated` of the text that `pieces` make in order, encoded piece by piece into one buffer:
 * the text is never joined into one string (a full copy of a 40-million-character document).
 */
export function putDeflatedPieces(zip: JSZip, name: string, pieces: readonly string[], date?: Date, level = 6): void {
  const int = loadInternals();
  const options = { date, binary: false, createFolders: false };
  if (!int) {
    zip.file(name, pieces.join(""), options);
    return;
  }
  let size = 0;
  for (const p of pieces) size += Buffer.byteLength(p, "utf8");
  const raw = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of pieces) at += raw.write(p, at, "utf8");
  putRaw(zip, int, name, raw, options, level);
}

function putRaw(
  zip: JSZip,
  int: Internals,
  name: string,
  raw: Buffer,
  options: { date?: Date; binary: boolean; createFolders: boolean },
  level: number,
): void {
  const deflated = zlib.deflateRawSync(raw, { level });
  const co = new int.CompressedObject(deflated.length, raw.length, crc32(raw), int.DEFLATE, deflated);
  zip.file(name, co as unknown as Buffer, { ...options, binary: true });
}
