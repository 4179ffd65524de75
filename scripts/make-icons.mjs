// Draws Trame's icon (the « T » of app/icon.svg) into the raster files browsers and phones ask for:
// app/favicon.ico (16, 32, 48), app/apple-icon.png (180), public/icon-192.png and public/icon-512.png
// (the web manifest's). No image library: a 4×4 supersampled rasteriser, PNG via zlib.
// Run `node scripts/make-icons.mjs` after changing the drawing; the files are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x1a, 0x3f, 0x9c]; // brand-700
const FOREGROUND = [0xff, 0xff, 0xff];

/** Coverage of the 64-unit drawing at (x, y): 0 outside the square of corner radius r, 1 background, 2 the T. */
function sample(x, y, r) {
  const cx = Math.min(Math.max(x, r), 64 - r);
  const cy = Math.min(Math.max(y, r), 64 - r);
  if (x < 0 || y < 0 || x > 64 || y > 64 || (x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const bar = x >= 16 && x <= 48 && y >= 20 && y <= 26;
  const stem = x >= 29 && x <= 35 && y >= 26 && y <= 48;
  return bar || stem ? 2 : 1;
}

function rgba(size, r) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const s = sample(((px + (sx + 0.5) / n) * 64) / size, ((py + (sy + 0.5) / n) * 64) / size, r);
          if (s > 0) inside += 1;
          if (s === 2) white += 1;
        }
      }
      const o = (py * size + px) * 4;
      const t = inside === 0 ? 0 : white / inside;
      for (let c = 0; c < 3; c += 1) pixels[o + c] = Math.round(BACKGROUND[c] * (1 - t) + FOREGROUND[c] * t);
      pixels[o + 3] = Math.round((inside / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** `square`: no rounded corners (iOS rounds the home-screen icon itself and fills transparency in black). */
function png(size, square = false) {
  const pixels = rgba(size, square ? 0 : 12);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An ICO holding PNG images (read by every current browser). */
function ico(sizes) {
  const images = sizes.map((size) => png(size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16);
    entry[0] = sizes[index] % 256;
    entry[1] = sizes[index] % 256;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

writeFileSync('app/favicon.ico', ico([16, 32, 48]));
writeFileSync('app/apple-icon.png', png(180, true));
writeFileSync('public/icon-192.png', png(192));
writeFileSync('public/icon-512.png', png(512));
