// What the networks' limits need to know about an uploaded file, read from its bytes: an image's
// width and height as it is shown (a JPEG turned by its EXIF orientation counts turned), a video's
// width, height and duration from its MP4/QuickTime header (moov: mvhd and the video track's tkhd).
// Pure: bytes in, facts out. A structure that cannot be read gives null, and the upload is refused.
import { exifOrientationOf } from './strip-metadata';

export interface MediaFacts {
  width: number;
  height: number;
  /** Videos only. */
  durationMs?: number;
}

export function imageFacts(b: Buffer, mime: string): MediaFacts | null {
  if (mime === 'image/png') return b.length >= 24 ? sized(b.readUInt32BE(16), b.readUInt32BE(20)) : null;
  if (mime === 'image/gif') return b.length >= 10 ? sized(b.readUInt16LE(6), b.readUInt16LE(8)) : null;
  if (mime === 'image/webp') return webpFacts(b);
  if (mime === 'image/jpeg') return jpegFacts(b);
  return null;
}

const sized = (width: number, height: number): MediaFacts | null => (width > 0 && height > 0 ? { width, height } : null);

function webpFacts(b: Buffer): MediaFacts | null {
  if (b.length < 30) return null;
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return sized(b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return sized((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8 ') return sized(b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  return null;
}

function jpegFacts(b: Buffer): MediaFacts | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let orientation: number | null = null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    if (marker === 0xe1) orientation ??= exifOrientationOf(b.subarray(i + 4, i + 2 + length));
    // Start of frame (SOF0-SOF15 without DHT, JPG and DAC) holds the height, then the width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = b.readUInt16BE(i + 5);
      const width = b.readUInt16BE(i + 7);
      // Orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
      return orientation && orientation >= 5 ? sized(height, width) : sized(width, height);
    }
    if (marker === 0xda) return null;
    i += 2 + length;
  }
  return null;
}

interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

/** The boxes directly inside [from, to). */
function boxes(b: Buffer, from: number, to: number): Box[] | null {
  const out: Box[] = [];
  let i = from;
  while (i + 8 <= to) {
    let size = b.readUInt32BE(i);
    let body = i + 8;
    if (size === 1) {
      if (i + 16 > to) return null;
      size = Number(b.readBigUInt64BE(i + 8));
      body = i + 16;
    } else if (size === 0) size = to - i;
    if (size < body - i || i + size > to) return null;
    out.push({ type: b.toString('latin1', i + 4, i + 8), start: i, body, end: i + size });
    i += size;
  }
  return out;
}

const child = (b: Buffer, parent: Box, type: string) => boxes(b, parent.body, parent.end)?.find((x) => x.type === type);

/** An MP4 or QuickTime file's display size and duration, or null when its header cannot be read. */
export function videoFacts(b: Buffer): MediaFacts | null {
  const top = boxes(b, 0, b.length);
  const moov = top?.find((x) => x.type === 'moov');
  if (!moov) return null;
  const inMoov = boxes(b, moov.body, moov.end) ?? [];
  const mvhd = inMoov.find((x) => x.type === 'mvhd');
  if (!mvhd || mvhd.body + 32 > mvhd.end) return null;
  const v1 = b[mvhd.body] === 1;
  const timescale = b.readUInt32BE(mvhd.body + (v1 ? 20 : 12));
  const duration = v1 ? Number(b.readBigUInt64BE(mvhd.body + 24)) : b.readUInt32BE(mvhd.body + 16);
  if (!timescale) return null;
  for (const trak of inMoov.filter((x) => x.type === 'trak')) {
    const mdia = child(b, trak, 'mdia');
    const hdlr = mdia && child(b, mdia, 'hdlr');
    if (!hdlr || b.toString('latin1', hdlr.body + 8, hdlr.body + 12) !== 'vide') continue;
    const tkhd = child(b, trak, 'tkhd');
    if (!tkhd) continue;
    const base = tkhd.body + (b[tkhd.body] === 1 ? 36 : 24) + 16; // after the times, ids and layer fields
    if (base + 44 > tkhd.end) return null;
    const matrixB = b.readInt32BE(base + 4);
    const width = Math.round(b.readUInt32BE(base + 36) / 65536);
    const height = Math.round(b.readUInt32BE(base + 40) / 65536);
    // A rotation matrix of ±90° (a phone held upright) shows the picture with width and height swapped.
    const turned = matrixB !== 0;
    const size = turned ? sized(height, width) : sized(width, height);
    return size && { ...size, durationMs: Math.round((duration / timescale) * 1000) };
  }
  return null;
}

/**
 * The video without its user data: `udta` and `meta` boxes (GPS position of the recording, the
 * device owner, titles) in the movie and its tracks become `free` boxes of zeros. Same sizes, so
 * no chunk offset moves and the file plays as before.
 */
export function stripVideoMetadata(bytes: Buffer): Buffer {
  const b = Buffer.from(bytes);
  const blank = (x: Box) => {
    b.write('free', x.start + 4, 'latin1');
    b.fill(0, x.body, x.end);
  };
  const moov = boxes(b, 0, b.length)?.find((x) => x.type === 'moov');
  if (!moov) return b;
  for (const x of boxes(b, moov.body, moov.end) ?? []) {
    if (x.type === 'udta' || x.type === 'meta') blank(x);
    if (x.type === 'trak') for (const y of boxes(b, x.body, x.end) ?? []) if (y.type === 'udta' || y.type === 'meta') blank(y);
  }
  return b;
}
