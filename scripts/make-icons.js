#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-<size>.png) with nothing but Node's zlib.
 *
 * Design: a dark-blue rounded square with a white three-bar chart standing on a baseline.
 * The glyph is laid out on a 16-unit grid whose edges are whole numbers, so every size that
 * is a multiple of 16 (16, 32, 64, 80, 128) gets pixel-exact bars; only the rounded corners
 * are anti-aliased (8x8 supersampling).
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x1f, 0x3a, 0x6e]; // dark blue
const GLYPH = [0xff, 0xff, 0xff]; // white
const CORNER_RADIUS = 3; // in 16-unit grid
/** Bars as [x0, x1, y0, y1] on the 16-unit grid (y grows downwards): rising capaian. */
const BARS = [
  [3, 5, 9, 12],
  [7, 9, 6, 12],
  [11, 13, 3, 12],
];
/** Baseline under the bars. */
const BASELINE = [2, 14, 12, 13];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes an RGBA image (Uint8Array of width*height*4 bytes) as a PNG file.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 * @returns {Buffer}
 */
function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error("encodePng: wrong pixel buffer length");
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(u, v) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(u, r), 16 - r);
  const cy = Math.min(Math.max(v, r), 16 - r);
  const dx = u - cx;
  const dy = v - cy;
  return u >= 0 && u <= 16 && v >= 0 && v <= 16 && dx * dx + dy * dy <= r * r;
}

function insideRect(rect, u, v) {
  return u >= rect[0] && u < rect[1] && v >= rect[2] && v < rect[3];
}

function insideGlyph(u, v) {
  return insideRect(BASELINE, u, v) || BARS.some((bar) => insideRect(bar, u, v));
}

/**
 * Renders the icon at the given pixel size.
 * @param {number} size
 * @returns {Uint8Array} RGBA pixels
 */
function renderIcon(size) {
  const samples = 8;
  const scale = 16 / size;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (px + (sx + 0.5) / samples) * scale;
          const v = (py + (sy + 0.5) / samples) * scale;
          if (!insideRoundedSquare(u, v)) continue;
          cover++;
          if (insideGlyph(u, v)) glyph++;
        }
      }
      const i = (py * size + px) * 4;
      if (cover === 0) continue; // fully transparent
      const g = glyph / cover;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(BACKGROUND[c] * (1 - g) + GLYPH[c] * g);
      out[i + 3] = Math.round((255 * cover) / (samples * samples));
    }
  }
  return out;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}`);
  }
}

module.exports = { encodePng, renderIcon, crc32, SIZES };

if (require.main === module) main();
