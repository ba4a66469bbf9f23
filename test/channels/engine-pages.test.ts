// The publishing engine with a Facebook Page channel against the Graph API contract server
// (simulated, test/support/fake-meta.ts): a post goes out once, a rate limit holds the channel and
// retries later, a revoked grant fails the post for good and marks the channel "opnieuw koppelen".
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../src/db/schema';
import { claimDuePosts, claimUnconfirmed } from '../../src/features/publishing/claim-due-posts';
import { reconcileUnconfirmed } from '../../src/features/publishing/reconcile-unconfirmed';
import { systemScope } from '../../src/features/org-scope';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post';
import { PAGE, startFakeMeta } from '../support/fake-meta';
import { buildPost, postRow } from '../support/post-factory';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app';

let t: TestApp;
let org: TestOrg;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;

beforeAll(async () => {
  meta = await startFakeMeta();
  Object.assign(process.env, meta.env);
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
});
afterEach(() => {
  expect(meta.unexpected).toEqual([]);
  meta.state.revoked = false;
});
afterAll(async () => {
  await meta.close();
  await t.close();
});

async function facebookChannel(slug: string) {
  const [row] = await t.database.db
    .insert(channels)
    .values({
      orgId: org.id,
      type: 'facebook',
      name: 'Facebook',
      slug,
      settings: { pageId: PAGE.id, pageName: PAGE.name },
      credentials: t.deps.secrets.seal({ pageToken: PAGE.token }),
    })
    .returning();
  return row!.id;
}

const scope = () => systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
async function send(id: string) {
  const [claim] = (await claimDuePosts(t.database.db, 'w', 100)).filter((c) => c.id === id);
  expect(claim).toBeDefined();
  await publishClaimedPost(scope(), id, { worker: 'w', mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
}
const channelRow = async (id: string) => (await t.database.db.select().from(channels).where(eq(channels.id, id)))[0]!;

describe('engine with a Facebook Page', () => {
  it('publishes a scheduled post once', async () => {
    const channelId = await facebookChannel('fb-ok');
    const before = meta.state.posts.size;
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Bezoektijden aangepast' });
    await send(id);
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(meta.state.posts.size).toBe(before + 1);
    expect([...meta.state.posts.values()].at(-1)!.message).toBe('Bezoektijden aangepast');
  });

  it('a rate limit holds the channel until Meta’s estimate and keeps the post for a later attempt', async () => {
    const channelId = await facebookChannel('fb-busy');
    meta.state.rateLimited = 1;
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Even wachten' });
    await send(id);
    const post = await postRow(t.database.db, id);
    expect(post.status).not.toBe('failed');
    expect(post.status).not.toBe('published');
    const held = (await channelRow(channelId)).throttledUntil!.getTime() - Date.now();
    expect(held).toBeGreaterThan(6 * 60_000);
    expect(held).toBeLessThanOrEqual(7 * 60_000);
    expect((await channelRow(channelId)).lastError).toBeNull();
  });

  it('a revoked grant fails the post with a clear code and marks the channel for reconnecting, without retries', async () => {
    const channelId = await facebookChannel('fb-revoked');
    meta.state.revoked = true;
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Na intrekken' });
    await send(id);
    expect((await postRow(t.database.db, id)).status).toBe('failed');
    expect((await channelRow(channelId)).lastError).toBe('system:failure:grant_revoked:facebook:Facebook');
    const again = (await claimDuePosts(t.database.db, 'w', 100)).filter((c) => c.id === id);
    expect(again).toEqual([]);
  });

  it('a lost answer makes the post unconfirmed; reading the page finds it, so it is published once, never sent again', async () => {
    const channelId = await facebookChannel('fb-lost');
    meta.state.loseNextAnswer = true;
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Antwoord kwijt, bericht wel geplaatst' });
    await send(id);
    expect((await postRow(t.database.db, id)).status).toBe('unconfirmed');
    const before = meta.state.posts.size;
    const [claim] = (await claimUnconfirmed(t.database.db, 'w', 100)).filter((c) => c.id === id);
    expect(claim).toBeDefined();
    await reconcileUnconfirmed(scope(), id, { worker: 'w', mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(meta.state.posts.size).toBe(before);
    expect([...meta.state.posts.values()].filter((p) => p.message === 'Antwoord kwijt, bericht wel geplaatst')).toHaveLength(1);
  });
});
