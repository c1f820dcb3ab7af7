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
 * `putDeflated` of the text that `pieces` make in order, never held whole: the pieces are encoded
 * into a few reused buffers of `chunkBytes`, and each full buffer is deflated as its own run ending
 * on a sync flush (the last one finishes the stream), the CRC-32 kept up as it goes. The runs
 * joined are one valid DEFLATE stream (RFC 1951: a run after a sync flush may simply not refer
 * back). A 40-million-character document is thus neither joined into one string nor encoded into
 * one 40 MB buffer: on a shared virtual machine each fresh large block costs its page faults.
 * The runs are deflated by Node's thread pool (`zlib.deflateRaw`) while this thread encodes the
 * next ones: at most `inFlight` buffers are in use, so memory stays bounded. Without Node's
 * `zlib.crc32` (Node 20.15+) the pieces go into one buffer as before.
 */
export async function putDeflatedPieces(
  zip: JSZip,
  name: string,
  pieces: readonly string[],
  date?: Date,
  level = 6,
  chunkBytes = 4 << 20,
  inFlight = 3,
): Promise<void> {
  const int = loadInternals();
  const options = { date, binary: false, createFolders: false };
  if (!int) {
    zip.file(name, pieces.join(""), options);
    return;
  }
  const crc32 = (zlib as unknown as { crc32?: (b: Buffer, value?: number) => number }).crc32;
  if (typeof crc32 === "function") {
    const d = await deflatePieces(pieces, { level, chunkBytes, inFlight: Math.max(1, inFlight) }, crc32);
    const co = new int.CompressedObject(d.data.length, d.size, d.crc, int.DEFLATE, d.data);
    zip.file(name, co as unknown as Buffer, { ...options, binary: true });
    return;
  }
  let size = 0;
  for (const p of pieces) size += Buffer.byteLength(p, "utf8");
  const raw = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of pieces) at += raw.write(p, at, "utf8");
  putRaw(zip, int, name, raw, options, level);
}

function deflateRun(input: Buffer, level: number, last: boolean): Promise<Buffer> {
  const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(input, { level, finishFlush }, (e, out) => (e ? reject(e) : resolve(out))),
  );
}

/**
 * The pieces' UTF-8 bytes deflated (raw) run by run, through `inFlight` reused buffers (a buffer is
 * filled again only once its run is deflated), with their size and CRC-32.
 */
async function deflatePieces(
  pieces: readonly string[],
  how: { level: number; chunkBytes: number; inFlight: number },
  crc32: (b: Buffer, value?: number) => number,
): Promise<{ data: Buffer; size: number; crc: number }> {
  const buffers = Array.from({ length: how.inFlight }, () => Buffer.allocUnsafe(Math.max(how.chunkBytes, 16)));
  // the run each buffer is being deflated for (settled: the buffer is free)
  const busy: Promise<unknown>[] = buffers.map(() => Promise.resolve());
  const runs: Promise<Buffer>[] = [];
  let current = 0;
  let chunk = buffers[0];
  // a UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair: 4 bytes for 2 units)
  const window = Math.floor(chunk.length / 3);
  let used = 0;
  let size = 0;
  let crc = 0;
  const flush = async (last: boolean) => {
    const input = chunk.subarray(0, used);
    crc = crc32(input, crc);
    size += used;
    const run = deflateRun(input, how.level, last);
    run.catch(() => undefined); // a failed run is met where all runs are awaited, not left unhandled
    runs.push(run);
    busy[current] = run;
    current = (current + 1) % buffers.length;
    chunk = buffers[current];
    used = 0;
    await busy[current];
  };
  for (const p of pieces) {
    for (let from = 0; from < p.length;) {
      let to = Math.min(p.length, from + window);
      // never split a surrogate pair between two writes
      if (to < p.length && (p.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
      const part = from === 0 && to === p.length ? p : p.slice(from, to);
      if (used + part.length * 3 > chunk.length) await flush(false);
      used += chunk.write(part, used, "utf8");
      from = to;
    }
  }
  await flush(true);
  return { data: Buffer.concat(await Promise.all(runs)), size, crc: crc >>> 0 };
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
