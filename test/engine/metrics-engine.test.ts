// The measuring engine against the Mastodon contract server: decaying schedule, one snapshot per
// due moment however many workers sweep, Retry-After respected, a refused grant marks the channel;
// and the website feed's requests counted by Zorgpost itself.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../src/channels/mastodon/mastodon-adapter.ts';
import { countFeedRequest, FEED_ITEM, flushFeedRequests } from '../../src/features/metrics/feed-request-counter.ts';
import { takeDueSnapshots } from '../../src/features/metrics/take-snapshots.ts';
import { media, postMedia } from '../../src/db/schema.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.ts';
import { buildChannel, buildPublished } from '../support/metrics-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let fake: FakeMastodon;
let channelId: string;
const HOUR = 3_600_000;

const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });
const rows = async <T>(q: ReturnType<typeof sql>) => (await t.database.db.execute(q)) as unknown as { rows: T[] };
const scheduleOf = async (variantId: string) =>
  (
    await rows<{ next_due_at: string | Date | null; snapshots: number; lease_owner: string | null }>(
      sql`SELECT next_due_at, snapshots, lease_owner FROM metric_schedules WHERE variant_id = ${variantId}`,
    )
  ).rows[0]!;
const snapshotsOf = async (variantId: string) =>
  (
    await rows<{ likes: number; reposts: number; replies: number; followers: number | null }>(
      sql`SELECT likes, reposts, replies, followers FROM post_snapshots WHERE variant_id = ${variantId} ORDER BY at`,
    )
  ).rows;
const makeDue = (variantId: string) =>
  t.database.db.execute(sql`UPDATE metric_schedules SET next_due_at = now() - interval '1 second' WHERE variant_id = ${variantId}`);

/** Publishes a status on the fake instance and records it as a post published `ageHours` ago. */
async function publishedStatus(ageHours: number) {
  const [row] = (
    await rows<{ settings: Record<string, unknown>; credentials: string }>(sql`SELECT settings, credentials FROM channels WHERE id = ${channelId}`)
  ).rows;
  const out = await mastodonAdapter.publish({
    postId: randomUUID(),
    text: 'Open dag zaterdag',
    media: [],
    channel: { id: channelId, slug: 'mastodon', orgSlug: org.slug, settings: row!.settings },
    credentials: t.deps.secrets.open(row!.credentials),
    net: t.deps.net,
  });
  if (out.kind !== 'published') throw new Error(out.reason);
  return {
    statusId: out.externalId,
    ...(await buildPublished(t.database.db, { orgId: org.id, channelId, publishedAt: new Date(Date.now() - ageHours * HOUR), externalId: out.externalId })),
  };
}

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  fake = await startFakeMastodon();
  // Connect as a person would (app registration, OAuth with PKCE), then store the channel.
  const ctx = { redirectUri: 'https://zorg.example/api/oauth/callback', net: t.deps.net, env: {} };
  const start = await mastodonAdapter.oauth.begin({ instance: fake.url }, 'state', ctx);
  const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
  const connection = await mastodonAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
  channelId = await buildChannel(t.database.db, org.id, {
    type: 'mastodon',
    name: 'Mastodon',
    slug: 'mastodon',
    settings: connection.settings,
    credentials: t.deps.secrets.seal(connection.credentials!),
  });
});
afterEach(() => expect(fake.unexpected).toEqual([]));
afterAll(async () => {
  await fake.stop();
  await t.close();
});

describe('measuring engine (Mastodon contract)', () => {
  it('snapshots a published status with its counts and the followers, then waits an hour in the first hours', async () => {
    const post = await publishedStatus(2);
    fake.counts.set(post.statusId, { favourites: 7, reblogs: 3, replies: 2 });
    fake.account.followers = 1234;
    const tally = await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(tally.snapshots).toBeGreaterThanOrEqual(1);
    expect(await snapshotsOf(post.variantId)).toEqual([{ likes: 7, reposts: 3, replies: 2, followers: 1234 }]);
    const schedule = await scheduleOf(post.variantId);
    expect(schedule.snapshots).toBe(1);
    expect(schedule.lease_owner).toBeNull();
    const next = new Date(schedule.next_due_at!).getTime() - Date.now();
    expect(next).toBeGreaterThan(0.9 * HOUR);
    expect(next).toBeLessThanOrEqual(HOUR);
    // Nothing is due now: a second round reads nothing again.
    await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(await snapshotsOf(post.variantId)).toHaveLength(1);
  });

  it('reads daily after the first 48 hours, weekly after 30 days, and stops after 90 days', async () => {
    const tenDays = await publishedStatus(240);
    const fortyDays = await publishedStatus(40 * 24);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    await makeDue(tenDays.variantId);
    await makeDue(fortyDays.variantId);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    const daily = new Date((await scheduleOf(tenDays.variantId)).next_due_at!).getTime() - Date.now();
    expect(daily).toBeGreaterThan(23 * HOUR);
    expect(daily).toBeLessThanOrEqual(24 * HOUR);
    const weekly = new Date((await scheduleOf(fortyDays.variantId)).next_due_at!).getTime() - Date.now();
    expect(weekly).toBeGreaterThan(6.9 * 24 * HOUR);
    // A post older than the horizon is never scheduled.
    const old = await buildPublished(t.database.db, { orgId: org.id, channelId, publishedAt: new Date(Date.now() - 100 * 24 * HOUR), externalId: '1' });
    await takeDueSnapshots(t.database.db, 'w1', deps());
    expect((await rows(sql`SELECT 1 FROM metric_schedules WHERE variant_id = ${old.variantId}`)).rows).toHaveLength(0);
  });

  it('takes one snapshot when two workers sweep the same due moment', async () => {
    const post = await publishedStatus(3);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    await makeDue(post.variantId);
    const other = await t.database.another();
    await Promise.all([takeDueSnapshots(t.database.db, 'wa', deps()), takeDueSnapshots(other.db, 'wb', deps())]);
    await other.close();
    expect(await snapshotsOf(post.variantId)).toHaveLength(2);
    expect((await scheduleOf(post.variantId)).snapshots).toBe(2);
  });

  it('waits as long as the instance says when it rate-limits (429 with X-RateLimit-Reset)', async () => {
    const post = await publishedStatus(5);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    await makeDue(post.variantId);
    const reset = new Date(Date.now() + 2 * HOUR);
    fake.readScript.push({ status: 429, json: { error: 'Too many requests' }, headers: { 'x-ratelimit-reset': reset.toISOString() } });
    const tally = await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(tally.postponed).toBe(1);
    expect(await snapshotsOf(post.variantId)).toHaveLength(1);
    const schedule = await scheduleOf(post.variantId);
    expect(new Date(schedule.next_due_at!).getTime()).toBeGreaterThanOrEqual(reset.getTime() - 1000);
    expect(schedule.lease_owner).toBeNull();
  });

  it('marks the channel "opnieuw koppelen" when the instance refuses the token, and stops reading it', async () => {
    const post = await publishedStatus(1.5);
    fake.revokeAll();
    const tally = await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(tally.refused).toBe(1);
    const [channel] = (await rows<{ last_error: string }>(sql`SELECT last_error FROM channels WHERE id = ${channelId}`)).rows;
    expect(channel!.last_error).toMatch(/^system:failure:credentials_refused:mastodon:/);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(fake.log.filter((r) => r.path === '/api/v1/statuses' && r.method === 'GET').length).toBeGreaterThan(0);
    const before = fake.log.length;
    await takeDueSnapshots(t.database.db, 'w1', deps());
    expect(fake.log.length).toBe(before);
    expect(await snapshotsOf(post.variantId)).toHaveLength(0);
  });
});

describe('website feed figures', () => {
  it('counts requests of the feed and of an item’s file in memory and stores them once a minute', async () => {
    const [file] = await t.database.db
      .insert(media)
      .values({ orgId: org.id, fileName: 'a.png', mimeType: 'image/png', sizeBytes: 1, altText: 'De hoofdingang', storageKey: 'x' })
      .returning();
    const post = await buildPublished(t.database.db, { orgId: org.id, channelId: org.channelId, publishedAt: new Date(Date.now() - 2 * HOUR) });
    await t.database.db.insert(postMedia).values({ postId: post.postId, mediaId: file!.id, orgId: org.id, position: 0 });
    for (let i = 0; i < 5; i++) countFeedRequest(org.channelId, FEED_ITEM);
    for (let i = 0; i < 3; i++) countFeedRequest(org.channelId, file!.id);
    expect(await flushFeedRequests(t.database.db)).toBe(8);
    expect(await flushFeedRequests(t.database.db)).toBe(0);
    await takeDueSnapshots(t.database.db, 'w1', deps());
    const [snap] = (
      await rows<{ impressions: number; likes: number | null }>(sql`SELECT impressions, likes FROM post_snapshots WHERE variant_id = ${post.variantId}`)
    ).rows;
    expect(snap).toEqual({ impressions: 3, likes: null });
    const [channel] = (await rows<{ feed_requests: number }>(sql`SELECT feed_requests FROM channel_snapshots WHERE channel_id = ${org.channelId}`)).rows;
    expect(channel!.feed_requests).toBe(5);
  });
});
