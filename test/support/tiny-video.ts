// A small but structurally real MP4 (ftyp, moov with mvhd and one video track's tkhd and hdlr,
// mdat): enough for file-type, the upload's width/height/duration reader and the networks' fakes.
// The pixels are not a playable stream; no test here decodes video. Also a JPEG of any size (its
// header only: SOF with width and height, optionally an EXIF orientation).

const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};

export function tinyMp4(opts: { width?: number; height?: number; seconds?: number; bytes?: number; rotated?: boolean; gps?: string } = {}): Buffer {
  const { width = 1080, height = 1920, seconds = 12, bytes = 2048, rotated = false } = opts;
  const timescale = 1000;
  const mvhd = Buffer.alloc(100);
  mvhd.writeUInt32BE(timescale, 12);
  mvhd.writeUInt32BE(Math.round(seconds * timescale), 16);
  const tkhd = Buffer.alloc(84);
  tkhd.writeUInt32BE(0x00000003, 0); // enabled, in movie
  tkhd.writeUInt32BE(1, 12); // track id
  // Matrix: identity, or a quarter turn (a = d = 0, b = 1, c = -1 in 16.16).
  const m = rotated ? [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000] : [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
  for (const [i, v] of m.entries()) tkhd.writeInt32BE(v, 40 + i * 4);
  tkhd.writeUInt32BE(width * 65536, 76);
  tkhd.writeUInt32BE(height * 65536, 80);
  const hdlr = Buffer.alloc(25);
  hdlr.write('vide', 8, 'latin1');
  const udta = opts.gps ? [box('udta', box('\u00a9xyz', Buffer.from(opts.gps, 'latin1')))] : [];
  const moov = box('moov', box('mvhd', mvhd), box('trak', box('tkhd', tkhd), box('mdia', box('hdlr', hdlr))), ...udta);
  const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(bytes, 0x42))]);
}

/** A baseline JPEG header with a SOF0 of the given size, and optionally an EXIF orientation. */
export function tinyJpeg(width: number, height: number, orientation?: number): Buffer {
  const parts = [Buffer.from([0xff, 0xd8])];
  if (orientation) {
    const tiff = Buffer.alloc(26);
    tiff.write('MM', 0, 'latin1');
    tiff.writeUInt16BE(42, 2);
    tiff.writeUInt32BE(8, 4);
    tiff.writeUInt16BE(1, 8);
    tiff.writeUInt16BE(0x0112, 10);
    tiff.writeUInt16BE(3, 12);
    tiff.writeUInt32BE(1, 14);
    tiff.writeUInt16BE(orientation, 18);
    const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const head = Buffer.from([0xff, 0xe1, 0, 0]);
    head.writeUInt16BE(payload.length + 2, 2);
    parts.push(head, payload);
  }
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  parts.push(sof, Buffer.from([0xff, 0xda, 0, 2, 0, 0, 0xff, 0xd9]));
  return Buffer.concat(parts);
}
