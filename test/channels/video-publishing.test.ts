// Video on every network that takes it, against each network's contract server: X's chunked upload
// (INIT, APPEND, FINALIZE, STATUS), Mastodon's media v2 (202, then 206 until processed), LinkedIn's
// Videos API (initializeUpload, parts, finalizeUpload, status), a Facebook page video and an
// Instagram Reel (REELS container, status until FINISHED, media_publish). Each network: processing
// that takes a few polls goes out once; processing that fails fails the post with the network's
// reason, without retrying; a video over the network's limits is refused before any request.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishMedia, PublishOutcome, PublishRequest } from '../../src/channels/channel-adapter';
import { facebookAdapter } from '../../src/channels/facebook/facebook-adapter';
import { instagramAdapter } from '../../src/channels/instagram/instagram-adapter';
import { exchangeLinkedInCode, requireLinkedInConfig } from '../../src/channels/linkedin/linkedin-api';
import { linkedInAdapter } from '../../src/channels/linkedin/linkedin-adapter';
import { mastodonAdapter } from '../../src/channels/mastodon/mastodon-adapter';
import { mediaPolling } from '../../src/channels/media-polling';
import { xAdapter } from '../../src/channels/x/x-adapter';
import { outbound } from '../../src/net/safe-fetch';
import { LINKEDIN, startFakeLinkedIn } from '../support/fake-linkedin';
import { startFakeMastodon } from '../support/fake-mastodon';
import { IG_USER, PAGE, startFakeMeta } from '../support/fake-meta';
import { startFakeX } from '../support/fake-x';
import { tinyMp4 } from '../support/tiny-video';

const net = outbound({ allowPrivate: true });
const REDIRECT = 'https://zorgpost.test/api/oauth/callback';
/** Over 4 MB: two segments on X, two parts on LinkedIn. */
const VIDEO = tinyMp4({ width: 1080, height: 1920, seconds: 20, bytes: 5 * 1024 * 1024 });

const video = (over: Partial<PublishMedia> = {}): PublishMedia => ({
  id: randomUUID(),
  mimeType: 'video/mp4',
  altText: 'Een verpleegkundige legt de nieuwe polikliniek uit',
  read: async () => VIDEO,
  publicUrl: 'https://zorgpost.example/media/public/token',
  fileName: 'rondleiding.mp4',
  sizeBytes: VIDEO.length,
  width: 1080,
  height: 1920,
  durationMs: 20_000,
  ...over,
});

const base = (settings: Record<string, unknown>, credentials: Record<string, unknown>, text: string, media: PublishMedia[]): PublishRequest => ({
  postId: randomUUID(),
  text,
  media,
  channel: { id: randomUUID(), slug: 'c', orgSlug: 'o', settings },
  credentials,
  net,
});

const refused = (out: PublishOutcome) => (out.kind === 'failed' ? { code: out.code, retryable: out.retryable, reason: out.reason } : out);

beforeAll(() => {
  mediaPolling.scale = 0;
});
afterAll(() => {
  mediaPolling.scale = 1;
});

describe('X video', () => {
  let fake: Awaited<ReturnType<typeof startFakeX>>;
  let req: (text: string, media: PublishMedia[]) => PublishRequest;
  beforeAll(async () => {
    fake = await startFakeX(REDIRECT);
    const ctx = { redirectUri: REDIRECT, net, env: fake.env };
    const start = await xAdapter.oauth.begin({}, 'st', ctx);
    const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const connection = await xAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
    req = (text, media) => base(connection.settings, connection.credentials!, text, media);
  });
  afterEach(() => expect(fake.unexpected).toEqual([]));
  afterAll(() => fake.stop());

  it('uploads in segments, waits while X processes it (three STATUS polls), then posts it with its alt text', async () => {
    fake.videoPlan.polls = 3;
    fake.videoPlan.failure = undefined;
    const out = await xAdapter.publish(req('Rondleiding door de nieuwe polikliniek', [video()]));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const tweet = fake.tweets.get(out.externalId)!;
    expect(tweet.mediaIds).toHaveLength(1);
    const upload = fake.uploads.get(tweet.mediaIds[0]!)!;
    expect([...upload.segments.keys()]).toEqual([0, 1]);
    expect(upload.total).toBe(VIDEO.length);
    expect(fake.media.get(tweet.mediaIds[0]!)?.altText).toBe('Een verpleegkundige legt de nieuwe polikliniek uit');
    const statusPolls = fake.log.filter((r) => r.method === 'GET' && r.path === '/2/media/upload');
    expect(statusPolls).toHaveLength(4);
  });

  it('fails the post with X’s reason when processing fails, and posts nothing', async () => {
    fake.videoPlan.polls = 1;
    fake.videoPlan.failure = 'Unsupported video format';
    const before = fake.tweets.size;
    const out = await xAdapter.publish(req('Kapotte video', [video()]));
    expect(refused(out)).toEqual({ code: 'video_processing_failed', retryable: false, reason: 'X could not process the video: Unsupported video format' });
    expect(fake.tweets.size).toBe(before);
  });

  it('refuses a video longer than 140 s before calling X', async () => {
    const calls = fake.log.length;
    const out = await xAdapter.publish(req('Te lang', [video({ durationMs: 150_000 })]));
    expect(refused(out)).toMatchObject({ code: 'media_refused', retryable: false, reason: expect.stringContaining('at most 140 s') });
    expect(fake.log.length).toBe(calls);
  });
});

describe('Mastodon video', () => {
  let fake: Awaited<ReturnType<typeof startFakeMastodon>>;
  let req: (text: string, media: PublishMedia[]) => PublishRequest;
  beforeAll(async () => {
    fake = await startFakeMastodon();
    const ctx = { redirectUri: REDIRECT, net, env: {} };
    const start = await mastodonAdapter.oauth.begin({ instance: fake.url }, 'st', ctx);
    const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const connection = await mastodonAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
    // The instance's own video limit is kept with the channel.
    expect(connection.settings).toMatchObject({ videoSizeLimit: 103809024 });
    expect(mastodonAdapter.limitsFor!(connection.settings).media?.find((r) => r.kind === 'video')?.maxBytes).toBe(103809024);
    req = (text, media) => base(connection.settings, connection.credentials!, text, media);
  });
  afterEach(() => expect(fake.unexpected).toEqual([]));
  afterAll(() => fake.stop());

  it('waits while the instance processes the video (202, then 206 three times) and attaches it once its url is set', async () => {
    fake.videoPlan.polls = 3;
    fake.videoPlan.failure = undefined;
    const out = await mastodonAdapter.publish(req('Rondleiding door de nieuwe polikliniek', [video()]));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const status = fake.statuses.get(out.externalId)!;
    expect(status.mediaIds).toHaveLength(1);
    expect(fake.media.get(status.mediaIds[0]!)).toMatchObject({ type: 'video/mp4', description: 'Een verpleegkundige legt de nieuwe polikliniek uit' });
    expect(fake.log.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/media/'))).toHaveLength(4);
  });

  it('fails the post with the instance’s reason when processing fails (422), never retrying', async () => {
    fake.videoPlan.polls = 2;
    fake.videoPlan.failure = 'Error processing thumbnail for uploaded media';
    const before = fake.statuses.size;
    const out = await mastodonAdapter.publish(req('Kapotte video', [video()]));
    expect(refused(out)).toEqual({
      code: 'video_processing_failed',
      retryable: false,
      reason: 'Mastodon could not process the media: Error processing thumbnail for uploaded media',
    });
    expect(fake.statuses.size).toBe(before);
  });
});

describe('LinkedIn video', () => {
  let li: Awaited<ReturnType<typeof startFakeLinkedIn>>;
  let token: string;
  const ORG = `urn:li:organization:${LINKEDIN.orgId}`;
  const req = (text: string, media: PublishMedia[]) => base({ organizationUrn: ORG }, { accessToken: token }, text, media);
  beforeAll(async () => {
    li = await startFakeLinkedIn();
    Object.assign(process.env, li.env);
    token = (await exchangeLinkedInCode(net, requireLinkedInConfig(), LINKEDIN.code, LINKEDIN.redirectUri)).accessToken;
  });
  afterEach(() => expect(li.unexpected).toEqual([]));
  afterAll(() => li.close());

  it('uploads the parts LinkedIn asks for, finalizes with their ETags, waits for AVAILABLE and posts the video URN', async () => {
    li.state.videoPlan = { polls: 3 };
    const out = await linkedInAdapter.publish(req('Rondleiding door de nieuwe polikliniek', [video()]));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const post = li.state.posts.get(out.externalId) as { content: { media: { id: string } } };
    expect(post.content.media.id).toMatch(/^urn:li:video:/);
    const uploaded = li.state.videos.get(post.content.media.id)!;
    expect(uploaded.parts).toHaveLength(2);
    expect(uploaded.status).toBe('AVAILABLE');
    expect(li.seen.filter((r) => r.method === 'GET' && r.path.startsWith('/rest/videos/'))).toHaveLength(4);
  });

  it('fails the post with LinkedIn’s reason when processing fails, and posts nothing', async () => {
    li.state.videoPlan = { polls: 1, failure: 'Video codec is not supported' };
    const before = li.state.posts.size;
    const out = await linkedInAdapter.publish(req('Kapotte video', [video()]));
    expect(refused(out)).toEqual({
      code: 'video_processing_failed',
      retryable: false,
      reason: 'LinkedIn could not process the video: Video codec is not supported',
    });
    expect(li.state.posts.size).toBe(before);
  });

  it('refuses a QuickTime video (LinkedIn takes MP4) before calling LinkedIn', async () => {
    const calls = li.seen.length;
    const out = await linkedInAdapter.publish(req('MOV', [video({ mimeType: 'video/quicktime' })]));
    expect(refused(out)).toMatchObject({ code: 'media_refused', retryable: false });
    expect(li.seen.length).toBe(calls);
  });
});

describe('Facebook and Instagram video', () => {
  let meta: Awaited<ReturnType<typeof startFakeMeta>>;
  const fb = (text: string, media: PublishMedia[]) => base({ pageId: PAGE.id }, { pageToken: PAGE.token }, text, media);
  const ig = (text: string, media: PublishMedia[]) => base({ igUserId: IG_USER.id, pageId: PAGE.id }, { pageToken: PAGE.token }, text, media);
  beforeAll(async () => {
    meta = await startFakeMeta();
    Object.assign(process.env, meta.env);
  });
  afterEach(() => expect(meta.unexpected).toEqual([]));
  afterAll(() => meta.close());

  it('Facebook: uploads the video to the page with the text as description and waits until it is ready', async () => {
    meta.state.videoPlan = { polls: 3 };
    const out = await facebookAdapter.publish(fb('Rondleiding door de nieuwe polikliniek', [video()]));
    expect(out).toMatchObject({ kind: 'published', externalUrl: expect.stringContaining(`/${PAGE.id}/videos/`) });
    if (out.kind !== 'published') return;
    expect(meta.state.videos.get(out.externalId)).toMatchObject({ description: 'Rondleiding door de nieuwe polikliniek', bytes: VIDEO.length });
    expect(meta.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${out.externalId}`))).toHaveLength(4);
    await facebookAdapter.remove({ externalId: out.externalId, settings: { pageId: PAGE.id }, credentials: { pageToken: PAGE.token }, net });
    expect(meta.state.videos.has(out.externalId)).toBe(false);
  });

  it('Facebook: a video Facebook cannot process fails the post with its reason', async () => {
    meta.state.videoPlan = { polls: 1, failure: 'The video file you tried to upload is too short.' };
    const out = await facebookAdapter.publish(fb('Kapotte video', [video()]));
    expect(refused(out)).toEqual({
      code: 'video_processing_failed',
      retryable: false,
      reason: 'Facebook could not process the video: The video file you tried to upload is too short.',
    });
  });

  it('Instagram: a Reel container with the public video address, polled until FINISHED, then published once', async () => {
    meta.state.videoPlan = { polls: 3 };
    const out = await instagramAdapter.publish(ig('Rondleiding #polikliniek', [video()]));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const container = meta.state.containers.get(meta.state.igMedia.get(out.externalId)!.container)!;
    expect(container.reel?.videoUrl).toBe('https://zorgpost.example/media/public/token');
    expect(container.caption).toBe('Rondleiding #polikliniek');
    expect(container.polls).toBe(4);
  });

  it('Instagram: a Reel Instagram cannot process fails with its reason and nothing is published', async () => {
    meta.state.videoPlan = { polls: 2, failure: 'The video format is not supported.' };
    const before = meta.state.igMedia.size;
    const publishCalls = () => meta.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/media_publish')).length;
    const callsBefore = publishCalls();
    const out = await instagramAdapter.publish(ig('Kapotte video', [video()]));
    expect(refused(out)).toEqual({
      code: 'video_processing_failed',
      retryable: false,
      reason: 'Instagram could not process the video (ERROR: Error: The video format is not supported.)',
    });
    expect(meta.state.igMedia.size).toBe(before);
    expect(publishCalls()).toBe(callsBefore);
  });

  it('Instagram: a Reel shorter than 3 s is refused before any request', async () => {
    const calls = meta.seen.length;
    const out = await instagramAdapter.publish(ig('Kort', [video({ durationMs: 2_000 })]));
    expect(refused(out)).toMatchObject({ code: 'media_refused', reason: expect.stringContaining('at least 3 s') });
    expect(meta.seen.length).toBe(calls);
  });
});
