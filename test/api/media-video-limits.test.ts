// Videos in the media library (MP4/QuickTime, their own size limit, width/height/duration read from
// the bytes, user data such as a GPS position blanked) and the networks' media limits checked when
// a post is saved: an Instagram image outside 4:5 to 1.91:1 is refused with a message naming the
// image and the allowed range, before anything is sent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, media } from '../../src/db/schema';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { tinyJpeg, tinyMp4 } from '../support/tiny-video';

let t: TestApp;
let org: TestOrg;
let editor: Client;
let base: string;
let instagram: string;
let x: string;
type Err = { error: { code: string; message: string } };

const videoForm = (bytes: Buffer, name = 'rondleiding.mp4') => imageForm(bytes, 'Rondleiding door de polikliniek', name, 'video/mp4');
const upload = async (form: FormData) => editor.request('POST', `${base}/media`, form, { 'accept-language': 'en' });

beforeAll(async () => {
  t = await createTestApp({ MEDIA_VIDEO_MAX_BYTES: String(200 * 1024) });
  org = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
  const [ig] = await t.database.db
    .insert(channels)
    .values({ orgId: org.id, type: 'instagram', name: 'Instagram', slug: 'instagram', settings: { igUserId: '1', pageId: '2' } })
    .returning();
  const [xc] = await t.database.db
    .insert(channels)
    .values({ orgId: org.id, type: 'x', name: 'X', slug: 'x', settings: { userId: '1', username: 'zorg' } })
    .returning();
  instagram = ig!.id;
  x = xc!.id;
});
afterAll(() => t.close());

describe('videos in the media library', () => {
  it('stores an MP4 with its size and duration as shown, and without its GPS position', async () => {
    const res = await upload(videoForm(tinyMp4({ width: 1920, height: 1080, rotated: true, seconds: 12, gps: '+52.0907+005.1214/' })));
    expect(res.status).toBe(201);
    const stored = (await res.json()) as { id: string; mimeType: string; width: number; height: number; durationMs: number };
    expect(stored).toMatchObject({ mimeType: 'video/mp4', width: 1080, height: 1920, durationMs: 12_000 });
    const [row] = await t.database.db
      .select()
      .from(media)
      .where(and(eq(media.id, stored.id), eq(media.orgId, org.id)));
    const bytes = await readFile(path.join(t.deps.mediaDir, row!.storageKey));
    expect(bytes.includes(Buffer.from('+52.0907', 'latin1'))).toBe(false);
  });

  it('measures images too', async () => {
    const res = await upload(imageForm(PNG_1PX, 'Een stip'));
    expect(await res.json()).toMatchObject({ width: 1, height: 1, durationMs: null });
  });

  it('refuses a video over its own limit (413) and a video whose header cannot be read (422), storing nothing', async () => {
    const before = (await t.database.db.select().from(media).where(eq(media.orgId, org.id))).length;
    const big = await upload(videoForm(tinyMp4({ bytes: 300 * 1024 })));
    expect(big.status).toBe(413);
    expect(((await big.json()) as Err).error).toMatchObject({ code: 'video_too_large', message: 'The video is 0.3 MB; the maximum is 0.2 MB.' });
    const headless = tinyMp4().subarray(0, 32); // the ftyp box only: no moov
    const broken = await upload(videoForm(headless));
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as Err).error.code).toBe('video_unreadable');
    expect((await t.database.db.select().from(media).where(eq(media.orgId, org.id))).length).toBe(before);
  });
});

describe('media limits when a post is saved', () => {
  const post = (channelId: string, mediaIds: string[]) =>
    editor.request('POST', `${base}/posts`, { baseText: 'Open dag', variants: [{ channelId, text: null }], mediaIds }, { 'accept-language': 'en' });
  const stored = async (form: FormData) => ((await (await upload(form)).json()) as { id: string }).id;

  it('refuses an Instagram image outside 4:5 to 1.91:1, naming the image and the range; a 4:5 image passes', async () => {
    const tall = await stored(imageForm(tinyJpeg(1080, 1920), 'Poster van de open dag', 'poster.jpg', 'image/jpeg'));
    const res = await post(instagram, [tall]);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as Err;
    expect(error.code).toBe('media_aspect_ratio');
    expect(error.message).toBe(
      'poster.jpg has aspect ratio 0.56:1 (1080×1920); Instagram accepts images from 4:5 (portrait) to 1.91:1 (landscape). Crop the image or choose another.',
    );
    const portrait = await stored(imageForm(tinyJpeg(1080, 1350), 'Staande foto', 'staand.jpg', 'image/jpeg'));
    expect((await post(instagram, [portrait])).status).toBe(201);
  });

  it('refuses a video longer than X takes (140 s), and a video next to an image', async () => {
    const long = await stored(videoForm(tinyMp4({ seconds: 150 }), 'lang.mp4'));
    const res = await post(x, [long]);
    expect(res.status).toBe(422);
    expect(((await res.json()) as Err).error).toMatchObject({ code: 'video_too_long', message: 'lang.mp4 lasts 150 s; X accepts at most 140 s.' });
    const short = await stored(videoForm(tinyMp4({ seconds: 10 }), 'kort.mp4'));
    const png = await stored(imageForm(PNG_1PX, 'Een stip'));
    expect((await post(x, [short])).status).toBe(201);
    const mixed = await post(x, [short, png]);
    expect(((await mixed.json()) as Err).error.code).toBe('video_not_alone');
  });

  it('refuses a video on a channel without video (the website feed)', async () => {
    const clip = await stored(videoForm(tinyMp4({ seconds: 10 }), 'clip.mp4'));
    const res = await post(org.channelId, [clip]);
    expect(res.status).toBe(422);
    expect(((await res.json()) as Err).error.code).toBe('media_type_refused');
  });
});
