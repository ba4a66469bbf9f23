// Reading width, height and duration from an upload's bytes, and the networks' media rules.
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { mediaProblem } from '../../src/channels/media-rules';
import { instagramAdapter } from '../../src/channels/instagram/instagram-adapter';
import { xAdapter } from '../../src/channels/x/x-adapter';
import { imageFacts, stripVideoMetadata, videoFacts } from '../../src/features/media/media-facts';
import { tinyJpeg as jpeg, tinyMp4 } from '../support/tiny-video';

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('media facts', () => {
  it('reads a PNG and a JPEG, turning a JPEG whose EXIF says it is shown a quarter turned', () => {
    expect(imageFacts(PNG_1x1, 'image/png')).toEqual({ width: 1, height: 1 });
    expect(imageFacts(jpeg(1080, 1350), 'image/jpeg')).toEqual({ width: 1080, height: 1350 });
    expect(imageFacts(jpeg(4000, 1000, 6), 'image/jpeg')).toEqual({ width: 1000, height: 4000 });
    expect(imageFacts(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toBeNull();
  });

  it('reads an MP4 video track: size as shown (rotation swaps) and duration', async () => {
    const video = tinyMp4({ width: 1920, height: 1080, seconds: 12.5 });
    expect((await fileTypeFromBuffer(video))?.mime).toBe('video/mp4');
    expect(videoFacts(video)).toEqual({ width: 1920, height: 1080, durationMs: 12_500 });
    expect(videoFacts(tinyMp4({ width: 1920, height: 1080, rotated: true }))).toMatchObject({ width: 1080, height: 1920 });
    expect(videoFacts(video.subarray(0, 60))).toBeNull();
  });

  it('blanks the user data (a GPS position) of a video without moving anything', () => {
    const video = tinyMp4({ gps: '+52.0907+005.1214/' });
    const clean = stripVideoMetadata(video);
    expect(clean.length).toBe(video.length);
    expect(clean.includes(Buffer.from('+52.0907', 'latin1'))).toBe(false);
    expect(video.includes(Buffer.from('+52.0907', 'latin1'))).toBe(true);
    expect(videoFacts(clean)).toEqual(videoFacts(video));
  });
});

describe('media rules', () => {
  it('Instagram refuses feed images outside 4:5 to 1.91:1, naming the file and the range', () => {
    const rules = instagramAdapter.limits.media;
    expect(mediaProblem('Instagram', rules, [{ fileName: 'a.jpg', mimeType: 'image/jpeg', width: 1080, height: 1350 }])).toBeNull();
    expect(mediaProblem('Instagram', rules, [{ fileName: 'b.jpg', mimeType: 'image/jpeg', width: 1080, height: 566 }])).toBeNull();
    const tall = mediaProblem('Instagram', rules, [{ fileName: 'poster.jpg', mimeType: 'image/jpeg', width: 1080, height: 1920 }]);
    expect(tall).toMatchObject({ key: 'media_aspect_ratio', params: { file: 'poster.jpg', ratio: '0.56:1', min: '4:5', max: '1.91:1' } });
    const wide = mediaProblem('Instagram', rules, [{ fileName: 'banner.jpg', mimeType: 'image/jpeg', width: 3000, height: 1000 }]);
    expect(wide).toMatchObject({ key: 'media_aspect_ratio', params: { ratio: '3:1' } });
  });

  it('X refuses a video longer than 140 s or together with images', () => {
    const rules = xAdapter.limits.media;
    expect(mediaProblem('X', rules, [{ mimeType: 'video/mp4', durationMs: 60_000, sizeBytes: 1e6 }])).toBeNull();
    expect(mediaProblem('X', rules, [{ fileName: 'v.mp4', mimeType: 'video/mp4', durationMs: 150_000 }])).toMatchObject({
      key: 'video_too_long',
      params: { seconds: 150, max: 140 },
    });
    expect(mediaProblem('X', rules, [{ mimeType: 'video/mp4' }, { mimeType: 'image/png' }])?.key).toBe('video_not_alone');
  });
});
