// A revoked or expired grant, for each of the five networks, against their contract servers
// (simulated): the post fails with a clear reason ("opnieuw koppelen"), the channel is marked, and
// a next post to the channel fails at once without calling the network: never a retry loop. And
// X's rotating refresh token runs through the leased refresh like LinkedIn's.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { xAdapter } from '../../src/channels/x/x-adapter';
import { channels, media, postMedia, posts } from '../../src/db/schema';
import { refreshDueTokens } from '../../src/features/channels/token-refresh';
import { systemScope } from '../../src/features/org-scope';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post';
import { outbound } from '../../src/net/safe-fetch';
import { startFakeLinkedIn } from '../support/fake-linkedin';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon';
import { IG_USER, PAGE, startFakeMeta } from '../support/fake-meta';
import { startFakeX, type FakeX } from '../support/fake-x';
import { buildPost, postRow } from '../support/post-factory';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app';

const net = outbound({ allowPrivate: true });
const REDIRECT = 'https://zorg.example/api/oauth/callback';
let t: TestApp;
let org: TestOrg;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;
let li: Awaited<ReturnType<typeof startFakeLinkedIn>>;
let x: FakeX;
let masto: FakeMastodon;

beforeAll(async () => {
  meta = await startFakeMeta();
  li = await startFakeLinkedIn();
  x = await startFakeX(REDIRECT);
  masto = await startFakeMastodon();
  for (const [k, v] of Object.entries({ ...meta.env, ...li.env, ...x.env })) vi.stubEnv(k, v);
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
});
afterEach(() => {
  // Every request the adapters made is in the networks' documented contracts.
  expect([...meta.unexpected, ...li.unexpected, ...x.unexpected, ...masto.unexpected]).toEqual([]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  for (const f of [meta, li]) await f.close();
  for (const f of [x, masto]) await f.stop();
  await t.close();
});

async function channel(type: string, settings: Record<string, unknown>, credentials: Record<string, unknown>, tokenExpiresAt?: Date) {
  const [row] = await t.database.db
    .insert(channels)
    .values({
      orgId: org.id,
      type,
      name: `${type} kanaal`,
      slug: `${type}-${randomUUID().slice(0, 8)}`,
      settings,
      credentials: t.deps.secrets.seal(credentials),
      tokenExpiresAt,
    })
    .returning();
  return row!;
}

/** A JPEG on the post (Instagram takes nothing else). */
async function withImage(postId: string) {
  const storageKey = `${randomUUID()}.jpg`;
  await mkdir(t.deps.mediaDir, { recursive: true });
  await writeFile(path.join(t.deps.mediaDir, storageKey), Buffer.from('jpeg'));
  const [m] = await t.database.db
    .insert(media)
    .values({ orgId: org.id, fileName: 'ingang.jpg', mimeType: 'image/jpeg', sizeBytes: 4, altText: 'De ingang', storageKey })
    .returning();
  await t.database.db.insert(postMedia).values({ postId, mediaId: m!.id, orgId: org.id, position: 0 });
}

const scope = () => systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
async function send(id: string) {
  const [claim] = (await claimDuePosts(t.database.db, 'w', 100)).filter((c) => c.id === id);
  expect(claim).toBeDefined();
  const deps = { worker: 'w', mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, config: { publicUrl: 'https://zorg.example' } };
  await publishClaimedPost(scope(), id, deps);
}
const reload = async (id: string) => (await t.database.db.select().from(channels).where(eq(channels.id, id)))[0]!;
const failureOf = async (id: string) => (await t.database.db.select({ failure: posts.failure }).from(posts).where(eq(posts.id, id)))[0]!.failure;

const soon = () => new Date(Date.now() + 3600_000).toISOString();
const networks: { type: string; make: () => Promise<{ id: string }>; calls: () => number; image?: boolean }[] = [
  {
    type: 'facebook',
    make: () => channel('facebook', { pageId: PAGE.id, pageName: PAGE.name }, { pageToken: 'page-token-revoked' }),
    calls: () => meta.seen.length,
  },
  {
    type: 'instagram',
    make: () => channel('instagram', { igUserId: IG_USER.id, pageId: PAGE.id, username: IG_USER.username }, { pageToken: 'page-token-revoked' }),
    calls: () => meta.seen.length,
    image: true,
  },
  {
    type: 'linkedin',
    make: () =>
      channel(
        'linkedin',
        { organizationUrn: 'urn:li:organization:2414183', tokenExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
        { accessToken: 'revoked', expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), refreshToken: null, refreshExpiresAt: null },
      ),
    calls: () => li.seen.length,
  },
  {
    type: 'x',
    make: () =>
      channel('x', { apiBase: x.url, userId: '1', username: 'zorg', tokenExpiresAt: soon() }, { accessToken: 'revoked', refreshToken: 'r', expiresAt: soon() }),
    calls: () => x.log.length,
  },
  {
    type: 'mastodon',
    make: () => channel('mastodon', { instance: masto.url, acct: 'zorg' }, { clientId: 'c', clientSecret: 's', accessToken: 'revoked' }),
    calls: () => masto.log.length,
  },
];

describe('a revoked grant', () => {
  for (const n of networks) {
    it(`${n.type}: fails the post with "opnieuw koppelen", marks the channel, and the next post does not call the network`, async () => {
      const row = await n.make();
      const first = await buildPost(t.database.db, { orgId: org.id, channelIds: [row.id], text: 'Na het intrekken' });
      if (n.image) await withImage(first);
      await send(first);
      expect((await postRow(t.database.db, first)).status).toBe('failed');
      expect(await failureOf(first)).toMatchObject({ code: 'grant_revoked', params: { network: n.type } });
      expect((await reload(row.id)).lastError).toBe(`system:failure:grant_revoked:${n.type}:${n.type} kanaal`);
      // Failed for good: nothing claims it again.
      expect((await claimDuePosts(t.database.db, 'w', 100)).filter((c) => c.id === first)).toEqual([]);

      const calls = n.calls();
      const second = await buildPost(t.database.db, { orgId: org.id, channelIds: [row.id], text: 'Nog een bericht' });
      if (n.image) await withImage(second);
      await send(second);
      expect((await postRow(t.database.db, second)).status).toBe('failed');
      expect(await failureOf(second)).toMatchObject({ code: 'grant_revoked' });
      expect(n.calls()).toBe(calls);
    });
  }
});

describe('X token refresh', () => {
  async function connectedX() {
    const ctx = { redirectUri: REDIRECT, net, env: x.env };
    const start = await xAdapter.oauth.begin({}, 'st', ctx);
    const login = await fetch(start.authorizeUrl, { redirect: 'manual' });
    const code = new URL(login.headers.get('location')!).searchParams.get('code')!;
    return xAdapter.oauth.finish(start.pending, code, ctx);
  }

  it('refreshes a token within 15 minutes of expiry, stores the rotated refresh token, and leaves a later one alone', async () => {
    const c = await connectedX();
    const due = await channel(
      'x',
      c.settings,
      { ...c.credentials, expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() },
      new Date(Date.now() + 5 * 60_000),
    );
    const fresh = await connectedX();
    const later = await channel('x', fresh.settings, fresh.credentials!, new Date(Date.now() + 2 * 3600_000));
    const deps = { secrets: t.deps.secrets, net };
    const [a, b] = await Promise.all([refreshDueTokens(t.database.db, 'w1', deps), refreshDueTokens(t.database.db, 'w2', deps)]);
    expect(a.revoked + b.revoked).toBe(0);
    const after = await reload(due.id);
    const creds = t.deps.secrets.open(after.credentials!) as { accessToken: string; refreshToken: string };
    expect(creds.refreshToken).not.toBe(c.credentials!.refreshToken);
    expect(after.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 110 * 60_000);
    expect(after.lastError).toBeNull();
    expect(t.deps.secrets.open((await reload(later.id)).credentials!)).toEqual(fresh.credentials);
    // The refreshed token posts.
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [due.id], text: 'Na verversen' });
    await send(id);
    expect((await postRow(t.database.db, id)).status).toBe('published');
  });

  it('a refused refresh (the person revoked the app) marks the channel once and is never tried again', async () => {
    const c = await connectedX();
    const row = await channel('x', c.settings, { ...c.credentials, expiresAt: new Date(Date.now() + 60_000).toISOString() }, new Date(Date.now() + 60_000));
    x.revokeAll();
    const deps = { secrets: t.deps.secrets, net };
    expect((await refreshDueTokens(t.database.db, 'w1', deps)).revoked).toBeGreaterThanOrEqual(1);
    expect((await reload(row.id)).lastError).toBe('system:failure:grant_revoked:x:x kanaal');
    const calls = x.log.length;
    await refreshDueTokens(t.database.db, 'w1', deps);
    expect(x.log.length).toBe(calls);
  });
});
