/**
 * Node only: lets JSZip (and so ExcelJS, which reads packages through the same JSZip) and the
 * zip-limit check inflate with Node's native zlib instead of pako, the JavaScript inflater. The
 * bytes are the same (DEFLATE either way); native inflation is several times faster on the tens
 * of megabytes of a 10,000-indicator workbook. The limit check still stops at the limit: its
 * native inflation is bounded by the bytes the limit still allows (`maxOutputLength`).
 * If JSZip's internals are not the expected ones, JSZip keeps pako.
 */
import * as zlib from "zlib";
import { setRawInflater } from "./zipLimits";

interface WorkerChunk {
  data: Uint8Array;
  meta?: unknown;
}
interface GenericWorkerLike {
  push(chunk: WorkerChunk): void;
}
type GenericWorkerCtor = new (name: string) => GenericWorkerLike;

let installed = false;

/** A JSZip worker that collects an entry's compressed chunks and inflates them once, natively. */
function nativeInflateWorker(GenericWorker: GenericWorkerCtor): () => GenericWorkerLike {
  const base = GenericWorker.prototype as unknown as { flush(this: GenericWorkerLike): void };
  class NativeInflate extends GenericWorker {
    private chunks: Uint8Array[] = [];
    private meta: unknown = {};
    processChunk(chunk: WorkerChunk): void {
      this.meta = chunk.meta;
      this.chunks.push(chunk.data);
    }
    flush(): void {
      base.flush.call(this);
      const data = zlib.inflateRawSync(Buffer.concat(this.chunks));
      this.chunks = [];
      this.push({ data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), meta: this.meta });
    }
  }
  return () => new NativeInflate("NativeInflate");
}

/** Switches JSZip's and the limit check's inflation to Node's zlib for this process (idempotent). */
export function useNativeInflate(): void {
  if (installed) return;
  installed = true;
  setRawInflater((data, maxOutputLength) => zlib.inflateRawSync(data, { maxOutputLength }));
  try {
    const GenericWorker = require("jszip/lib/stream/GenericWorker") as GenericWorkerCtor;
    const compressions = require("jszip/lib/compressions") as { DEFLATE?: { uncompressWorker?: unknown } };
    if (typeof GenericWorker === "function" && compressions.DEFLATE?.uncompressWorker)
      compressions.DEFLATE.uncompressWorker = nativeInflateWorker(GenericWorker);
  } catch {
    // JSZip's internals moved: it keeps its own inflater.
  }
}
