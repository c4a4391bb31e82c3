// Draws the toolbar icon: a sage disc with a soft crescent, a calm mark that says nothing about
// what the extension is for to someone looking over the user's shoulder. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          acc = [acc[0] + r * a, acc[1] + g * a, acc[2] + b * a, acc[3] + a];
        }
      }
      const n = samples * samples;
      const alpha = acc[3] / n;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      raw[offset] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      raw[offset + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      raw[offset + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      raw[offset + 3] = Math.round(alpha * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SAGE = [63, 111, 94];
const CREAM = [246, 244, 239];
function mark(u, v) {
  const inDisc = (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.47 ** 2;
  if (!inDisc) return [0, 0, 0, 0];
  const inMoon = (u - 0.46) ** 2 + (v - 0.5) ** 2 <= 0.27 ** 2;
  const inShadow = (u - 0.58) ** 2 + (v - 0.42) ** 2 <= 0.23 ** 2;
  return inMoon && !inShadow ? [...CREAM, 1] : [...SAGE, 1];
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, mark));
console.log('icons written to public/icon/');
