// Facebook Pages and Instagram adapters against the Graph API contract server (test/support/fake-meta.ts).
// Simulated: no Meta server is reachable here; the fake implements the documented requests only.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectError, type PublishMedia, type PublishRequest } from '../../src/channels/channel-adapter';
import { facebookAdapter } from '../../src/channels/facebook/facebook-adapter';
import { instagramAdapter, instagramTiming } from '../../src/channels/instagram/instagram-adapter';
import { GRAPH_VERSION, requireMetaConfig } from '../../src/channels/meta/graph';
import { exchangeMetaCode, metaAuthorizeUrl } from '../../src/channels/meta/meta-login';
import { outbound } from '../../src/net/safe-fetch';
import { IG_USER, META, PAGE, startFakeMeta } from '../support/fake-meta';

const net = outbound({ allowPrivate: true });
let meta: Awaited<ReturnType<typeof startFakeMeta>>;

beforeAll(async () => {
  meta = await startFakeMeta();
  Object.assign(process.env, meta.env);
  instagramTiming.pollMs = 5;
});
afterEach(() => {
  expect(meta.unexpected).toEqual([]);
  meta.state.revoked = false;
  meta.state.rateLimited = 0;
});
afterAll(() => meta.close());

const image = (id: string, altText: string, mimeType = 'image/jpeg'): PublishMedia => ({
  id,
  mimeType,
  altText,
  read: async () => Buffer.from(`jpeg bytes of ${id}`),
  publicUrl: `https://zorgpost.example/media/${id}`,
});

function request(type: 'facebook' | 'instagram', text: string, media: PublishMedia[] = []): PublishRequest {
  const settings = type === 'facebook' ? { pageId: PAGE.id } : { igUserId: IG_USER.id, pageId: PAGE.id };
  return { postId: 'p1', text, media, channel: { id: 'c1', slug: 'x', orgSlug: 'o', settings }, credentials: { pageToken: PAGE.token }, net };
}

describe('Meta login', () => {
  const ctx = () => ({ redirectUri: META.redirectUri, net, env: meta.env });

  it('exchanges the code for a long-lived token, offers the managed pages and connects the chosen one and its Instagram account', async () => {
    const url = new URL(metaAuthorizeUrl(requireMetaConfig(), META.redirectUri, 'state-1'));
    expect(url.pathname).toBe(`/${GRAPH_VERSION}/dialog/oauth`);
    expect(url.searchParams.get('scope')).toContain('pages_manage_posts');
    const { userToken, expiresAt } = await exchangeMetaCode(net, requireMetaConfig(), META.code, META.redirectUri);
    expect(userToken).toBe('long-user-token');
    expect(new Date(expiresAt!).getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);

    const fb = await facebookAdapter.oauth.finish({}, META.code, ctx());
    expect(fb).toMatchObject({
      choices: [
        { id: PAGE.id, label: PAGE.name },
        { id: '1002', label: 'Zonder Instagram' },
      ],
    });
    expect(JSON.stringify((fb as { choices: unknown }).choices)).not.toContain(PAGE.token);
    const pending = (fb as { pending: Record<string, unknown> }).pending;
    expect(await facebookAdapter.oauth.choose!(pending, PAGE.id, ctx())).toEqual({
      settings: { pageId: PAGE.id, pageName: PAGE.name },
      credentials: { pageToken: PAGE.token },
    });
    await expect(facebookAdapter.oauth.choose!(pending, '9999', ctx())).rejects.toBeInstanceOf(ConnectError);

    // Instagram: only pages with a linked professional account are offered.
    const ig = (await instagramAdapter.oauth.finish({}, META.code, ctx())) as { choices: unknown[]; pending: Record<string, unknown> };
    expect(ig.choices).toEqual([{ id: PAGE.id, label: `@${IG_USER.username}`, detail: PAGE.name }]);
    expect((await instagramAdapter.oauth.choose!(ig.pending, PAGE.id, ctx())).settings).toMatchObject({ igUserId: IG_USER.id, username: IG_USER.username });
  });

  it('refuses a wrong code', async () => {
    await expect(exchangeMetaCode(net, requireMetaConfig(), 'other', META.redirectUri)).rejects.toThrow(/verification code/);
    await expect(facebookAdapter.oauth.finish({}, 'other', { redirectUri: META.redirectUri, net, env: meta.env })).rejects.toBeInstanceOf(ConnectError);
  });

  it('Instagram says why it cannot connect without a public https address', async () => {
    await expect(instagramAdapter.oauth.begin({}, 's', { redirectUri: 'http://localhost:3000/api/oauth/callback', net, env: meta.env })).rejects.toMatchObject({
      key: 'instagram_needs_public_url',
    });
  });
});

describe('Facebook Pages', () => {
  it('publishes a text with its link as the post link', async () => {
    const out = await facebookAdapter.publish(request('facebook', 'Open dag zaterdag: https://ziekenhuis.example/open-dag.'));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    expect(meta.state.posts.get(out.externalId)).toEqual({
      message: 'Open dag zaterdag: https://ziekenhuis.example/open-dag.',
      link: 'https://ziekenhuis.example/open-dag',
      attached: [],
    });
    expect(out.externalUrl).toBe(`https://www.facebook.com/${out.externalId}`);
  });

  it('publishes one image with its alt text as a photo post', async () => {
    const out = await facebookAdapter.publish(request('facebook', 'Nieuwe MRI', [image('m1', 'De nieuwe MRI-scanner in hal B')]));
    expect(out.kind).toBe('published');
    const photo = [...meta.state.photos.values()].at(-1)!;
    expect(photo).toMatchObject({ published: true, altText: 'De nieuwe MRI-scanner in hal B', caption: 'Nieuwe MRI' });
    expect(photo.bytes).toBeGreaterThan(0);
  });

  it('publishes several images as unpublished photos attached to one post, each with alt text', async () => {
    const out = await facebookAdapter.publish(request('facebook', 'Twee fotos', [image('a', 'Foto een'), image('b', 'Foto twee')]));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const post = meta.state.posts.get(out.externalId)!;
    expect(post.attached).toHaveLength(2);
    expect(post.attached.map((id) => meta.state.photos.get(id)!.altText)).toEqual(['Foto een', 'Foto twee']);
    expect(post.attached.every((id) => meta.state.photos.get(id)!.published === false)).toBe(true);
  });

  it('a rate limit fails retryably with Meta’s own wait estimate and creates nothing', async () => {
    const before = meta.state.posts.size;
    meta.state.rateLimited = 1;
    const out = await facebookAdapter.publish(request('facebook', 'Later'));
    expect(out).toMatchObject({ kind: 'failed', retryable: true, code: 'rate_limited', retryAfterMs: 7 * 60_000 });
    expect(meta.state.posts.size).toBe(before);
    expect((await facebookAdapter.publish(request('facebook', 'Later'))).kind).toBe('published');
  });

  it('a revoked grant fails for good and marks the channel, never a retry', async () => {
    meta.state.revoked = true;
    const out = await facebookAdapter.publish(request('facebook', 'Na intrekken'));
    expect(out).toMatchObject({ kind: 'failed', retryable: false, channelProblem: true, code: 'grant_revoked' });
  });

  it('removes a post, and removing it again is fine', async () => {
    const out = await facebookAdapter.publish(request('facebook', 'Weg ermee'));
    if (out.kind !== 'published') throw new Error('not published');
    const req = { externalId: out.externalId, settings: { pageId: PAGE.id }, credentials: { pageToken: PAGE.token }, net };
    await facebookAdapter.remove(req);
    expect(meta.state.posts.has(out.externalId)).toBe(false);
    await facebookAdapter.remove(req);
  });

  it('refuses media Facebook does not take before calling it', async () => {
    const calls = meta.seen.length;
    const out = await facebookAdapter.publish(request('facebook', 'Vector', [image('v', 'x', 'image/svg+xml')]));
    expect(out).toMatchObject({ kind: 'failed', retryable: false, code: 'media_refused' });
    expect(meta.seen.length).toBe(calls);
  });
});

describe('Instagram', () => {
  it('publishes one image: container with alt text, status polled until FINISHED, then media_publish', async () => {
    meta.state.processingPolls = 2;
    const out = await instagramAdapter.publish(request('instagram', 'Goedemorgen #zorg', [image('i1', 'Verpleegkundige bij het bed')]));
    meta.state.processingPolls = 1;
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    expect(out.externalUrl).toBe(`https://www.instagram.com/p/FAKE${out.externalId}/`);
    const container = meta.state.containers.get(meta.state.igMedia.get(out.externalId)!.container)!;
    expect(container).toMatchObject({ imageUrl: 'https://zorgpost.example/media/i1', altText: 'Verpleegkundige bij het bed', caption: 'Goedemorgen #zorg' });
    expect(container.polls).toBe(3);
  });

  it('publishes several images as a carousel, alt text on each item', async () => {
    const out = await instagramAdapter.publish(request('instagram', 'Carrousel', [image('c1', 'Een'), image('c2', 'Twee'), image('c3', 'Drie')]));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const carousel = meta.state.containers.get(meta.state.igMedia.get(out.externalId)!.container)!;
    expect(carousel.caption).toBe('Carrousel');
    expect(carousel.children.map((c) => meta.state.containers.get(c)!.altText)).toEqual(['Een', 'Twee', 'Drie']);
  });

  it('refuses without calling Instagram: no image, PNG, 31 hashtags, no public image address', async () => {
    const calls = meta.seen.length;
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect(await instagramAdapter.publish(request('instagram', 'Alleen tekst'))).toMatchObject({ kind: 'failed', code: 'media_refused' });
    expect(await instagramAdapter.publish(request('instagram', 'png', [image('p', 'x', 'image/png')]))).toMatchObject({
      kind: 'failed',
      code: 'media_refused',
    });
    expect(await instagramAdapter.publish(request('instagram', tags, [image('t', 'x')]))).toMatchObject({
      kind: 'failed',
      code: 'post_refused',
      reason: /30 hashtags/,
    });
    expect(await instagramAdapter.publish(request('instagram', 'x'.repeat(2201), [image('t', 'x')]))).toMatchObject({ kind: 'failed', code: 'post_refused' });
    const { publicUrl: _, ...privateImage } = image('q', 'x');
    expect(await instagramAdapter.publish(request('instagram', 'x', [privateImage]))).toMatchObject({ kind: 'failed', reason: /PUBLIC_URL/ });
    expect(meta.seen.length).toBe(calls);
  });

  it('a rate limit and a revoked grant are told apart', async () => {
    meta.state.rateLimited = 1;
    expect(await instagramAdapter.publish(request('instagram', 'x', [image('r', 'x')]))).toMatchObject({
      kind: 'failed',
      retryable: true,
      code: 'rate_limited',
    });
    meta.state.revoked = true;
    expect(await instagramAdapter.publish(request('instagram', 'x', [image('r', 'x')]))).toMatchObject({
      kind: 'failed',
      retryable: false,
      channelProblem: true,
    });
  });

  it('removes a published post', async () => {
    const out = await instagramAdapter.publish(request('instagram', 'Weg', [image('w', 'x')]));
    if (out.kind !== 'published') throw new Error('not published');
    await instagramAdapter.remove({ externalId: out.externalId, settings: {}, credentials: { pageToken: PAGE.token }, net });
    expect(meta.state.igMedia.has(out.externalId)).toBe(false);
  });
});

describe('reconciliation (an unknown outcome)', () => {
  it('finds our Facebook post and Instagram media among the recent ones by their text, and says when it is absent', async () => {
    const fb = await facebookAdapter.publish(request('facebook', 'Afspraak verzetten kan ook online'));
    expect(fb.kind).toBe('published');
    const seek = (type: 'facebook' | 'instagram', text: string) => ({ ...request(type, text), media: undefined });
    expect(await facebookAdapter.findPublished!(seek('facebook', 'Afspraak verzetten kan ook online'))).toEqual({
      externalId: (fb as { externalId: string }).externalId,
      externalUrl: (fb as { externalUrl: string }).externalUrl,
    });
    expect(await facebookAdapter.findPublished!(seek('facebook', 'Nooit geplaatst'))).toBeNull();

    const ig = await instagramAdapter.publish(request('instagram', 'De tuin in bloei', [image('t1', 'Bloeiende tuin')]));
    expect(ig.kind).toBe('published');
    expect(await instagramAdapter.findPublished!(seek('instagram', 'De tuin in bloei'))).toMatchObject({
      externalId: (ig as { externalId: string }).externalId,
    });
    expect(await instagramAdapter.findPublished!(seek('instagram', 'Nooit geplaatst'))).toBeNull();
    // Without the text it cannot tell: it throws rather than report "absent" (which would resend).
    await expect(facebookAdapter.findPublished!({ ...seek('facebook', 'x'), text: undefined } as never)).rejects.toThrow(/needs the post text/);
  });
});
