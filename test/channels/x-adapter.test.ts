// The X adapter against its contract server (test/support/fake-x.ts): X cannot be reached here.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Connection, PublishMedia, PublishRequest } from '../../src/channels/channel-adapter';
import { GrantRevoked } from '../../src/channels/oauth/oauth-flow';
import { adapterFor } from '../../src/channels/registry';
import { weightedLength } from '../../src/channels/x/weighted-length';
import { findXPost, xAdapter, xNeedsRefresh } from '../../src/channels/x/x-adapter';
import { outbound } from '../../src/net/safe-fetch';
import { startFakeX, type FakeX } from '../support/fake-x';

const net = outbound({ allowPrivate: true });
const REDIRECT = 'https://zorgpost.test/api/oauth/callback';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let fake: FakeX;
let connection: Connection;

async function connect(): Promise<Connection> {
  const state = randomUUID();
  const ctx = { redirectUri: REDIRECT, net, env: fake.env };
  const start = await xAdapter.oauth.begin({}, state, ctx);
  const authorize = new URL(start.authorizeUrl);
  expect(authorize.searchParams.get('scope')).toContain('offline.access');
  expect(start.pending).not.toHaveProperty('clientSecret'); // the installation's secret stays in the environment
  const login = await fetch(start.authorizeUrl, { redirect: 'manual' });
  expect(login.status).toBe(302);
  const back = new URL(login.headers.get('location')!);
  expect(back.searchParams.get('state')).toBe(state);
  return xAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
}

const image = (altText: string): PublishMedia => ({ id: randomUUID(), mimeType: 'image/png', altText, read: async () => PNG });

function request(text: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return {
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: randomUUID(), slug: 'x', orgSlug: 'zorg', settings: connection.settings },
    credentials: connection.credentials,
    net,
    ...extra,
  };
}

beforeAll(async () => {
  fake = await startFakeX(REDIRECT);
  connection = await connect();
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
});
afterAll(async () => {
  await fake.stop();
});

describe('X adapter (against the documented contract)', () => {
  it('is registered and connects with OAuth 2.0 + PKCE, keeping a refresh token and the expiry', () => {
    expect(adapterFor('x')).toBe(xAdapter);
    expect(connection.settings).toMatchObject({ userId: '2244994945', username: 'ziekenhuis' });
    expect(connection.credentials).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    const left = Date.parse(String(connection.credentials!.expiresAt)) - Date.now();
    expect(left).toBeGreaterThan(7_000_000);
    expect(xNeedsRefresh(connection.credentials)).toBe(false);
    expect(xNeedsRefresh(connection.credentials, Date.now() + 7_000_000)).toBe(true);
  });

  it('refuses to connect when the installation has no X client id', async () => {
    await expect(xAdapter.oauth.begin({}, 's', { redirectUri: REDIRECT, net, env: {} })).rejects.toThrow(/X_CLIENT_ID/);
  });

  it('publishes text with images and alt text set through the metadata endpoint', async () => {
    const out = await xAdapter.publish(
      request('Open dag zaterdag! https://www.ziekenhuis.nl/open-dag', { media: [image('De hoofdingang'), image('De kinderafdeling')] }),
    );
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const tweet = fake.tweets.get(out.externalId)!;
    expect(tweet.text).toBe('Open dag zaterdag! https://www.ziekenhuis.nl/open-dag');
    expect(tweet.mediaIds.map((id) => fake.media.get(id)?.altText)).toEqual(['De hoofdingang', 'De kinderafdeling']);
    expect(out.externalUrl).toBe(`https://x.com/ziekenhuis/status/${out.externalId}`);
  });

  it('turns a text over 280 weighted characters into a reply thread', async () => {
    const text = 'Vanaf maandag geven wij de griepprik op de poli. '.repeat(9).trim();
    expect(weightedLength(text)).toBeGreaterThan(280);
    const out = await xAdapter.publish(request(text));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const ids = out.externalId.split(',');
    expect(ids.length).toBe(2);
    const [first, second] = ids.map((id) => fake.tweets.get(id)!);
    expect(second!.inReplyTo).toBe(first!.id);
    for (const t of [first!, second!]) expect(weightedLength(t.text)).toBeLessThanOrEqual(280);
  });

  it('a 429 waits until x-rate-limit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 900;
    fake.tweetScript.push({
      status: 429,
      json: { title: 'Too Many Requests', status: 429 },
      headers: { 'x-rate-limit-reset': String(reset), 'x-rate-limit-remaining': '0' },
    });
    const out = await xAdapter.publish(request('Na de limiet'));
    expect(out).toMatchObject({ kind: 'failed', retryable: true, code: 'rate_limited' });
    if (out.kind === 'failed') expect(out.retryAfterMs).toBeGreaterThan(880_000);
  });

  it('a lost answer is unknown, and reconciliation finds the post by reading the account', async () => {
    const text = 'Bezoektijden aangepast, zie https://www.ziekenhuis.nl/bezoek';
    fake.tweetScript.push({ status: 503, json: { title: 'Service Unavailable', status: 503 } });
    const out = await xAdapter.publish(request(text));
    expect(out).toMatchObject({ kind: 'unknown', code: 'no_confirmation' });
    expect(await findXPost({ ...request(text), text })).toBeNull();
    const sent = await xAdapter.publish(request(text));
    if (sent.kind !== 'published') throw new Error(sent.kind);
    expect(await findXPost({ ...request(text), text })).toMatchObject({ externalId: sent.externalId });
    // Asked without the text it cannot tell, and says so rather than "absent" (which would resend).
    const { text: _text, media: _media, ...withoutText } = request(text);
    await expect(xAdapter.findPublished!(withoutText)).rejects.toThrow(/needs the post text/);
  });

  it('refreshes the token (rotating), and a refused refresh says the grant is gone', async () => {
    const own = await connect();
    const ctx = { net, env: fake.env };
    const renewed = await xAdapter.oauth.refresh!(own.credentials!, ctx);
    expect(renewed.accessToken).not.toBe(own.credentials!.accessToken);
    expect(renewed.refreshToken).not.toBe(own.credentials!.refreshToken);
    // The old refresh token was used up.
    await expect(xAdapter.oauth.refresh!(own.credentials!, ctx)).rejects.toBeInstanceOf(GrantRevoked);
  });

  it('an expired access token waits for the refresh instead of sending', async () => {
    const before = fake.log.length;
    const out = await xAdapter.publish(request('Later', { credentials: { ...connection.credentials, expiresAt: new Date(Date.now() - 1000).toISOString() } }));
    expect(out).toMatchObject({ kind: 'failed', retryable: true, code: 'session_expired' });
    expect(fake.log.length).toBe(before);
  });

  it('removes a thread; a revoked grant marks the channel for reconnecting and fails without retry', async () => {
    const out = await xAdapter.publish(request('Dit bericht wordt ingetrokken.'));
    if (out.kind !== 'published') throw new Error(out.kind);
    await xAdapter.remove({ externalId: out.externalId, settings: connection.settings, credentials: connection.credentials, net });
    expect(fake.tweets.has(out.externalId)).toBe(false);

    fake.revokeAll();
    const refused = await xAdapter.publish(request('Na intrekken'));
    expect(refused).toMatchObject({ kind: 'failed', retryable: false, channelProblem: true, code: 'grant_revoked' });
    if (refused.kind === 'failed') expect(refused.reason).toMatch(/opnieuw koppelen/);
    await expect(xAdapter.oauth.refresh!(connection.credentials!, { net, env: fake.env })).rejects.toBeInstanceOf(GrantRevoked);
  });
});
