// An uploaded image's metadata leaves with it (public feeds serve the bytes as stored, webhooks and
// Bluesky get them too): EXIF with the GPS position of a client's home, the camera owner's name,
// XMP and IPTC captions, PNG text chunks, comments. None of it goes through the privacy guard, so
// none of it is kept. Only what is needed to show the image stays: the pixels, the colour profile,
// and a JPEG's orientation (rewritten as a minimal EXIF block, so photos stay upright).
// Pure: bytes in, bytes out. Unknown or malformed structure: the bytes are refused, not guessed at.

export class ImageStructureError extends Error {}

export function stripImageMetadata(bytes: Buffer, mime: string): Buffer {
  if (mime === 'image/jpeg') return stripJpeg(bytes);
  if (mime === 'image/png') return stripPng(bytes);
  if (mime === 'image/webp') return stripWebp(bytes);
  if (mime === 'image/gif') return stripGif(bytes);
  return bytes;
}

function need(ok: boolean): void {
  if (!ok) throw new ImageStructureError('malformed image');
}

// JPEG: keep JFIF (APP0), ICC profile (APP2), Adobe colour transform (APP14) and every non-APPn
// segment; drop EXIF/XMP (APP1), IPTC (APP13), comments and the other application segments.
const JPEG_KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

function stripJpeg(b: Buffer): Buffer {
  need(b.length >= 4 && b[0] === 0xff && b[1] === 0xd8);
  const out: Buffer[] = [b.subarray(0, 2)];
  let orientation: number | null = null;
  let i = 2;
  for (;;) {
    need(i + 1 < b.length && b[i] === 0xff);
    while (b[i + 1] === 0xff) i++; // fill bytes
    need(i + 1 < b.length);
    const marker = b[i + 1]!;
    if (marker === 0xd9) {
      out.push(b.subarray(i, i + 2));
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(b.subarray(i, i + 2));
      i += 2;
      continue;
    }
    need(i + 3 < b.length);
    const end = i + 2 + b.readUInt16BE(i + 2);
    need(end <= b.length && end > i + 3);
    if (marker === 0xda) {
      // Start of scan: from here to the file's end the entropy-coded pixels follow, kept unchanged.
      if (orientation && orientation !== 1) out.push(orientationSegment(orientation));
      out.push(b.subarray(i));
      break;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1) orientation ??= exifOrientationOf(b.subarray(i + 4, end));
    if ((isApp && !JPEG_KEEP_APP.has(marker)) || marker === 0xfe) {
      i = end;
      continue;
    }
    out.push(b.subarray(i, end));
    i = end;
  }
  return Buffer.concat(out);
}

/** The orientation tag (0x0112) of IFD0 in an APP1 "Exif" payload, or null. */
export function exifOrientationOf(p: Buffer): number | null {
  if (p.length < 14 || p.toString('latin1', 0, 6) !== 'Exif\0\0') return null;
  const t = p.subarray(6);
  const le = t.toString('latin1', 0, 2) === 'II';
  if (!le && t.toString('latin1', 0, 2) !== 'MM') return null;
  const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > t.length) return null;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > t.length) return null;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : null;
    }
  }
  return null;
}

/** APP1 with a big-endian TIFF holding one tag: the orientation. */
function orientationSegment(orientation: number): Buffer {
  const s = Buffer.alloc(4 + 6 + 8 + 2 + 12 + 4);
  s.writeUInt16BE(0xffe1, 0);
  s.writeUInt16BE(s.length - 2, 2);
  s.write('Exif\0\0', 4, 'latin1');
  s.write('MM', 10, 'latin1');
  s.writeUInt16BE(42, 12);
  s.writeUInt32BE(8, 14);
  s.writeUInt16BE(1, 18); // one entry
  s.writeUInt16BE(0x0112, 20);
  s.writeUInt16BE(3, 22); // SHORT
  s.writeUInt32BE(1, 24);
  s.writeUInt16BE(orientation, 28);
  s.writeUInt32BE(0, 32); // no next IFD
  return s;
}

// PNG: drop text, EXIF and time chunks; everything else (pixels, palette, colour) stays.
const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(b: Buffer): Buffer {
  need(b.length >= 8 && b.readUInt32BE(0) === 0x89504e47);
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  while (i < b.length) {
    need(i + 12 <= b.length);
    const end = i + 12 + b.readUInt32BE(i);
    need(end <= b.length);
    const type = b.toString('latin1', i + 4, i + 8);
    if (!PNG_DROP.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(out);
}

// WebP: drop the EXIF and XMP chunks and clear their flags in the extended header.
function stripWebp(b: Buffer): Buffer {
  need(b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP');
  const out: Buffer[] = [];
  let i = 12;
  while (i < b.length) {
    need(i + 8 <= b.length);
    const size = b.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    need(end <= b.length || (end === b.length + 1 && size % 2 === 1));
    const type = b.toString('latin1', i, i + 4);
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(b.subarray(i, Math.min(end, b.length)));
      if (type === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c;
      out.push(chunk);
    }
    i = end;
  }
  const body = Buffer.concat(out);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

// GIF: drop comment extensions and application extensions other than the animation loop.
function stripGif(b: Buffer): Buffer {
  need(b.length >= 13 && b.toString('latin1', 0, 3) === 'GIF');
  const out: Buffer[] = [];
  let i = 13;
  const flags = b[10]!;
  if (flags & 0x80) i += 3 * 2 ** ((flags & 0x07) + 1);
  need(i <= b.length);
  out.push(b.subarray(0, i));
  const skipSubBlocks = (from: number): number => {
    let j = from;
    for (;;) {
      need(j < b.length);
      const n = b[j]!;
      j += 1 + n;
      if (n === 0) return j;
    }
  };
  for (;;) {
    need(i < b.length);
    const kind = b[i]!;
    if (kind === 0x3b) {
      out.push(b.subarray(i, i + 1));
      break;
    }
    if (kind === 0x21) {
      need(i + 2 < b.length);
      const label = b[i + 1]!;
      const end = skipSubBlocks(i + 2);
      const netscape = label === 0xff && b.toString('latin1', i + 3, i + 14) === 'NETSCAPE2.0';
      if (label !== 0xfe && (label !== 0xff || netscape)) out.push(b.subarray(i, end));
      i = end;
      continue;
    }
    need(kind === 0x2c && i + 10 <= b.length);
    let j = i + 10;
    const f = b[i + 9]!;
    if (f & 0x80) j += 3 * 2 ** ((f & 0x07) + 1);
    const end = skipSubBlocks(j + 1);
    out.push(b.subarray(i, end));
    i = end;
  }
  return Buffer.concat(out);
}
