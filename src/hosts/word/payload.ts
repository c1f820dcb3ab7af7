/**
 * Payload limits of Office.js requests and the splitting that respects them.
 *
 * - Word on the web refuses a request (everything queued before one `context.sync()`) above
 *   5 MB; we keep each request under REQUEST_BUDGET to leave room for the JSON envelope.
 * - A file inserted with `insertFileFromBase64` must stay under 4 MB (INSERT_FILE_LIMIT).
 *
 * Sizes are counted as the UTF-8 bytes of the JSON string that carries the text, which is what
 * travels in the request (quotes and backslashes are escaped there).
 */
import { WordHostError } from "./port";

export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = Math.floor(4.5 * 1024 * 1024);
export const INSERT_FILE_LIMIT = 4 * 1024 * 1024;

/** Bytes a string takes inside a JSON request body (UTF-8, quotes and escapes included). */
export function payloadBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 0x0a || c === 0x0d || c === 0x09 ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** "4,50 MB" for messages. */
export function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2).replace(".", ",") + " MB";
}

const TAG =
  /<(\/?)([A-Za-z_][\w:.-]*)(?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

/** Splits a sequence of sibling XML elements into the elements' source strings (text between them dropped). */
export function topLevelElements(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue; // comment or processing instruction
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (closing) {
      depth--;
      if (depth < 0) throw new WordHostError("Isi laporan bukan XML yang utuh (tag penutup tanpa pembuka).");
      if (depth === 0) out.push(xml.slice(start, TAG.lastIndex));
    } else if (selfClosing) {
      if (depth === 0) out.push(m[0]);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  if (depth !== 0) throw new WordHostError("Isi laporan bukan XML yang utuh (tag tidak ditutup).");
  return out;
}

function innerOf(element: string): { open: string; inner: string; close: string } {
  const openEnd = element.indexOf(">") + 1;
  const closeStart = element.lastIndexOf("</");
  return {
    open: element.slice(0, openEnd),
    inner: element.slice(openEnd, closeStart),
    close: element.slice(closeStart),
  };
}

/**
 * Splits one `<w:tbl>` into several tables of at most `budget` bytes each, repeating the table
 * properties, the grid and the header rows (`<w:tblHeader/>`) in every part.
 */
export function splitTable(tbl: string, budget: number): string[] {
  const { open, inner, close } = innerOf(tbl);
  const children = topLevelElements(inner);
  const head: string[] = [];
  const rows: string[] = [];
  for (const c of children) {
    if (c.startsWith("<w:tr")) {
      if (rows.length === 0 && /<w:tblHeader(\s[^>]*)?\/>/.test(c)) head.push(c);
      else rows.push(c);
    } else if (rows.length === 0) head.push(c);
    else rows.push(c);
  }
  const prefix = open + head.join("");
  const fixed = payloadBytes(prefix + close);
  const parts: string[] = [];
  let current: string[] = [];
  let size = fixed;
  for (const row of rows) {
    const r = payloadBytes(row);
    if (fixed + r > budget) {
      throw new WordHostError(
        `Satu baris tabel berukuran ${formatMegabytes(r)}, melebihi batas satu permintaan Word (${formatMegabytes(budget)}).`,
      );
    }
    if (size + r > budget && current.length > 0) {
      parts.push(prefix + current.join("") + close);
      current = [];
      size = fixed;
    }
    current.push(row);
    size += r;
  }
  if (current.length > 0 || parts.length === 0) parts.push(prefix + current.join("") + close);
  return parts;
}

/**
 * Splits body XML into pieces of at most `budget` bytes each, on element boundaries (a table
 * too large for one piece is split by rows). Always at least one piece ("" for an empty body).
 */
export function splitBodyXml(bodyXml: string, budget: number): string[] {
  if (payloadBytes(bodyXml) <= budget) return [bodyXml];
  const elements: string[] = [];
  for (const el of topLevelElements(bodyXml)) {
    if (payloadBytes(el) <= budget) elements.push(el);
    else if (el.startsWith("<w:tbl")) elements.push(...splitTable(el, budget));
    else
      throw new WordHostError(
        `Satu bagian laporan berukuran ${formatMegabytes(payloadBytes(el))}, melebihi batas satu permintaan Word (${formatMegabytes(budget)}).`,
      );
  }
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const el of elements) {
    const s = payloadBytes(el);
    if (current && size + s > budget) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += el;
    size += s;
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** Groups sized items, in order, into consecutive batches whose sizes add up to at most `budget`. */
export function packInOrder<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
