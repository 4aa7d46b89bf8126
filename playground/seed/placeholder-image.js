/** A 1200×800 PNG placeholder (a graded red band), made without image libraries, for the seed photo. */
const zlib = require('zlib');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** One scanline: a left-to-right red gradient, or the flat band across the middle. */
const scanline = (width, band) => {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) {
    row[1 + x * 3] = band ? 200 : Math.round(60 + (140 * x) / width);
    row[2 + x * 3] = 40;
    row[3 + x * 3] = 40;
  }
  return row;
};

const placeholderPng = (width = 1200, height = 800) => {
  // Two distinct scanlines, each reused for its rows (the seed runs on every test boot).
  const gradient = scanline(width, false);
  const band = scanline(width, true);
  const rows = Array.from({ length: height }, (_, y) => (y > height * 0.4 && y < height * 0.6 ? band : gradient));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

module.exports = { placeholderPng };
