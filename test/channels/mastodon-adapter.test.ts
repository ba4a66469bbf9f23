// The Mastodon adapter against its contract server (test/support/fake-mastodon.ts): no real
// instance is reachable here. Every request the adapter makes must be one the contract knows.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Connection, PublishMedia, PublishRequest } from '../../src/channels/channel-adapter';
import { mastodonAdapter } from '../../src/channels/mastodon/mastodon-adapter';
import { statusLength } from '../../src/channels/mastodon/status-length';
import { GrantRevoked } from '../../src/channels/oauth/oauth-flow';
import { adapterFor } from '../../src/channels/registry';
import { outbound } from '../../src/net/safe-fetch';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon';

const net = outbound({ allowPrivate: true });
const REDIRECT = 'https://zorgpost.test/api/oauth/callback';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let fake: FakeMastodon;
let connection: Connection;

/** The full redirect flow: register, authorise (the fake approves), exchange the code. */
async function connect(): Promise<Connection> {
  const state = randomUUID();
  const ctx = { redirectUri: REDIRECT, net, env: {} };
  const start = await mastodonAdapter.oauth.begin({ instance: fake.url }, state, ctx);
  const login = await fetch(start.authorizeUrl, { redirect: 'manual' });
  expect(login.status).toBe(302);
  const back = new URL(login.headers.get('location')!);
  expect(back.origin + back.pathname).toBe(REDIRECT);
  expect(back.searchParams.get('state')).toBe(state);
  return mastodonAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
}

const image = (altText: string): PublishMedia => ({ id: randomUUID(), mimeType: 'image/png', altText, read: async () => PNG });

function request(text: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return {
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: randomUUID(), slug: 'mastodon', orgSlug: 'zorg', settings: connection.settings },
    credentials: connection.credentials,
    net,
    ...extra,
  };
}

beforeAll(async () => {
  fake = await startFakeMastodon({ maxCharacters: 200 });
  connection = await connect();
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
});
afterAll(async () => {
  await fake.stop();
});

describe('Mastodon adapter (against the documented contract)', () => {
  it('is registered and connects through app registration + OAuth with PKCE, reading the instance limits', async () => {
    expect(adapterFor('mastodon')).toBe(mastodonAdapter);
    expect(fake.apps.size).toBe(1);
    expect(connection.settings).toMatchObject({ instance: fake.url, acct: 'zorg', maxCharacters: 200, maxMedia: 4 });
    expect(connection.credentials).toMatchObject({ accessToken: expect.any(String), clientId: expect.any(String), clientSecret: expect.any(String) });
  });

  it('refuses a code exchanged with the wrong PKCE verifier', async () => {
    const ctx = { redirectUri: REDIRECT, net, env: {} };
    const start = await mastodonAdapter.oauth.begin({ instance: fake.url }, 's', ctx);
    const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    await expect(
      mastodonAdapter.oauth.finish({ ...start.pending, verifier: 'wrong-verifier-wrong-verifier-wrong-verifier' }, back.searchParams.get('code')!, ctx),
    ).rejects.toThrow(/refused the authorisation/);
  });

  it('publishes text with two images and their alt text, once, with an Idempotency-Key', async () => {
    const req = request('Open dag zaterdag: https://ziekenhuis.example/open-dag', { media: [image('De hoofdingang'), image('Het restaurant')] });
    const first = await mastodonAdapter.publish(req);
    expect(first.kind).toBe('published');
    if (first.kind !== 'published') return;
    const status = fake.statuses.get(first.externalId)!;
    expect(status.status).toBe('Open dag zaterdag: https://ziekenhuis.example/open-dag');
    expect(status.mediaIds.map((id) => fake.media.get(id)?.description)).toEqual(['De hoofdingang', 'Het restaurant']);
    expect(first.externalUrl).toContain(`/@zorg/${first.externalId}`);
    // The same post again (a lost answer): the instance returns the first status, no copy.
    const count = fake.statuses.size;
    const again = await mastodonAdapter.publish(req);
    expect(again).toMatchObject({ kind: 'published', externalId: first.externalId });
    expect(fake.statuses.size).toBe(count);
  });

  it("splits a text longer than the instance's limit into a thread, each part within it, as the preview splits it", async () => {
    const sentence = 'Wij zoeken verpleegkundigen voor de afdeling cardiologie in ons ziekenhuis. ';
    const out = await mastodonAdapter.publish(request(sentence.repeat(6).trim()));
    expect(out.kind).toBe('published');
    if (out.kind !== 'published') return;
    const ids = out.externalId.split(',');
    expect(ids.length).toBeGreaterThan(1);
    const parts = ids.map((id) => fake.statuses.get(id)!);
    for (const p of parts) expect(statusLength(p.status)).toBeLessThanOrEqual(200);
    expect(parts.slice(1).map((p) => p.inReplyToId)).toEqual(ids.slice(0, -1));
    expect(parts.map((p) => p.status).join(' ')).toBe(sentence.repeat(6).trim());
  });

  it('answers a rate limit with a retry after the reset the instance gave', async () => {
    const reset = new Date(Date.now() + 120_000).toISOString();
    fake.statusScript.push({ status: 429, json: { error: 'Too many requests' }, headers: { 'x-ratelimit-reset': reset } });
    const out = await mastodonAdapter.publish(request('Griepprik vanaf maandag.'));
    expect(out).toMatchObject({ kind: 'failed', retryable: true, code: 'rate_limited' });
    if (out.kind === 'failed') expect(out.retryAfterMs).toBeGreaterThan(100_000);
  });

  it('refuses an image without alt text before anything is sent', async () => {
    const before = fake.log.length;
    const out = await mastodonAdapter.publish(request('Foto', { media: [image('  ')] }));
    expect(out).toMatchObject({ kind: 'failed', retryable: false, code: 'media_refused' });
    expect(fake.log.length).toBe(before);
  });

  it('removes a published thread, replies first', async () => {
    const out = await mastodonAdapter.publish(request('Kort bericht dat weer weg moet.'));
    if (out.kind !== 'published') throw new Error(out.kind);
    await mastodonAdapter.remove({ externalId: out.externalId, settings: connection.settings, credentials: connection.credentials, net });
    expect(fake.statuses.has(out.externalId)).toBe(false);
    // Removing again (already gone) is not an error.
    await mastodonAdapter.remove({ externalId: out.externalId, settings: connection.settings, credentials: connection.credentials, net });
  });

  it('a revoked grant fails the post with grant_revoked on the channel (opnieuw koppelen), not a retry', async () => {
    const own = await connect();
    fake.revokeAll();
    const out = await mastodonAdapter.publish(
      request('Na intrekken', { credentials: own.credentials, channel: { id: randomUUID(), slug: 'm', orgSlug: 'zorg', settings: own.settings } }),
    );
    expect(out).toMatchObject({ kind: 'failed', retryable: false, channelProblem: true, code: 'grant_revoked' });
    if (out.kind === 'failed') expect(out.reason).toMatch(/opnieuw koppelen/);
    await expect(mastodonAdapter.remove({ externalId: '1', settings: own.settings, credentials: own.credentials, net })).rejects.toBeInstanceOf(GrantRevoked);
    connection = await connect(); // for any later test
  });
});
