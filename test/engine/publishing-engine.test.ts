// The publishing engine against a real HTTP receiver: exactly once, on time, across workers.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { reconcileUnconfirmed } from '../../src/features/publishing/reconcile-unconfirmed.ts';
import { startWorker } from '../../src/features/publishing/worker.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { claimUnconfirmed } from '../../src/features/publishing/claim-due-posts.ts';
import { buildPost, buildWebhookChannel, postRow } from '../support/post-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

let t: TestApp;
let org: TestOrg;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let channelId: string;

beforeAll(async () => {
  // The webhook receiver listens on 127.0.0.1: a private target, allowed only by this setting.
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  receiver = await startReceiver();
  channelId = await buildWebhookChannel(t.database.db, org.id, receiver.url, t.deps.secrets);
});
afterEach(() => expect(receiver.unexpected).toEqual([]));
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const scope = () => systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
const deps = (worker: string) => ({ mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker });
const callsFor = (postId: string) => receiver.deliveries.filter((d) => d.body.postId === postId);
const expireLease = (postId: string) => t.database.db.execute(sql`UPDATE posts SET lease_expires_at = now() - interval '1 second' WHERE id = ${postId}`);

describe('claiming', () => {
  it('gives every due post to exactly one of two competing workers', async () => {
    const other = await t.database.another();
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) ids.add(await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] }));
    const claimAll = async (db: typeof t.database.db, worker: string) => {
      const mine: string[] = [];
      for (;;) {
        const batch = (await claimDuePosts(db, worker, 7)).filter((c) => ids.has(c.id));
        if (!batch.length) return mine;
        mine.push(...batch.map((c) => c.id));
      }
    };
    const [a, b] = await Promise.all([claimAll(t.database.db, 'worker-a'), claimAll(other.db, 'worker-b')]);
    await other.close();
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(new Set([...a, ...b])).toEqual(ids);
  });

  it('does not claim a post before its time', async () => {
    const later = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], scheduledAt: new Date(Date.now() + 60_000) });
    const claimed = await claimDuePosts(t.database.db, 'worker-a', 100);
    expect(claimed.map((c) => c.id)).not.toContain(later);
  });
});

describe('exactly once', () => {
  it('publishes a claimed post once and records its link', async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Eén keer versturen' });
    const [claim] = (await claimDuePosts(t.database.db, 'w1', 100)).filter((c) => c.id === id);
    await publishClaimedPost(scope(), claim!.id, deps('w1'));
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(callsFor(id)).toHaveLength(1);
    expect(callsFor(id)[0]!.body.text).toBe('Eén keer versturen');
  });

  it("takes over a dead worker's claim that had sent nothing, and sends once", async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] });
    await claimDuePosts(t.database.db, 'dead-worker', 100); // claims, then "dies"
    await expireLease(id);
    const taken = (await claimDuePosts(t.database.db, 'w2', 100)).find((c) => c.id === id);
    expect(taken?.takenOver).toBe(true);
    await publishClaimedPost(scope(), id, deps('w2'));
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(callsFor(id)).toHaveLength(1);
  });

  it('does not send again what a dead worker already delivered: it looks it up first', async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] });
    await claimDuePosts(t.database.db, 'dying', 100);
    // The dying worker delivers, but its process ends before it can record the outcome.
    receiver.reply('reset');
    await publishClaimedPost(scope(), id, deps('dying'));
    expect(callsFor(id)).toHaveLength(1);
    expect((await postRow(t.database.db, id)).status).toBe('unconfirmed');
    // Reconciliation reads the receiver: found → published, never a second POST.
    await t.database.db.execute(sql`UPDATE posts SET lease_expires_at = NULL WHERE id = ${id}`);
    const [claim] = (await claimUnconfirmed(t.database.db, 'reconciler')).filter((c) => c.id === id);
    await reconcileUnconfirmed(scope(), claim!.id, deps('reconciler'));
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(callsFor(id)).toHaveLength(1);
  });

  it('re-queues an unconfirmed post that turns out not to have arrived, then sends it once more', async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] });
    await claimDuePosts(t.database.db, 'w3', 100);
    receiver.reply('reset');
    await publishClaimedPost(scope(), id, deps('w3'));
    expect((await postRow(t.database.db, id)).status).toBe('unconfirmed');
    receiver.forget(`${id}:${channelId}`); // it never arrived after all
    await t.database.db.execute(sql`UPDATE posts SET lease_expires_at = NULL WHERE id = ${id}`);
    await claimUnconfirmed(t.database.db, 'w3');
    await reconcileUnconfirmed(scope(), id, deps('w3'));
    expect((await postRow(t.database.db, id)).status).toBe('scheduled');
    await claimDuePosts(t.database.db, 'w3', 100);
    await publishClaimedPost(scope(), id, deps('w3'));
    expect((await postRow(t.database.db, id)).status).toBe('published');
    expect(receiver.stored.has(`${id}:${channelId}`)).toBe(true);
    expect(callsFor(id)).toHaveLength(2); // the lost one and the one that arrived
  });
});

describe('retries', () => {
  it('retries a refused call later, respecting Retry-After', async () => {
    // Its own channel: Retry-After holds back every post to the channel it came from.
    const busyChannel = await buildWebhookChannel(t.database.db, org.id, receiver.url, undefined, 'intranet-busy');
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [busyChannel] });
    await claimDuePosts(t.database.db, 'w4', 100);
    receiver.reply({ status: 503, headers: { 'retry-after': '120' } });
    const before = Date.now();
    await publishClaimedPost(scope(), id, deps('w4'));
    const row = await postRow(t.database.db, id);
    expect(row.status).toBe('scheduled');
    expect(row.attempts).toBe(1);
    const wait = new Date(row.next_attempt_at!).getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(119_000);
    expect(wait).toBeLessThan(125_000);
    expect(row.failure_reason).toContain('HTTP 503');
    // Not due again until then.
    expect((await claimDuePosts(t.database.db, 'w4', 100)).map((c) => c.id)).not.toContain(id);
  });

  it('holds every post for a channel that asked to slow down, without calling it', async () => {
    const otherChannel = await buildWebhookChannel(t.database.db, org.id, receiver.url, undefined, 'intranet-2');
    const first = await buildPost(t.database.db, { orgId: org.id, channelIds: [otherChannel] });
    const second = await buildPost(t.database.db, { orgId: org.id, channelIds: [otherChannel] });
    await claimDuePosts(t.database.db, 'w6', 100);
    receiver.reply({ status: 429, headers: { 'retry-after': '60' } });
    await publishClaimedPost(scope(), first, deps('w6'));
    await publishClaimedPost(scope(), second, deps('w6'));
    expect(callsFor(first)).toHaveLength(1);
    expect(callsFor(second)).toHaveLength(0); // never called: the channel is throttled
    const row = await postRow(t.database.db, second);
    expect(row.status).toBe('scheduled');
    expect(row.attempts).toBe(0);
    expect(new Date(row.next_attempt_at!).getTime() - Date.now()).toBeGreaterThan(55_000);
  });

  it('fails for good on a refusal that will not change (HTTP 400)', async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] });
    await claimDuePosts(t.database.db, 'w5', 100);
    receiver.reply({ status: 400 });
    await publishClaimedPost(scope(), id, deps('w5'));
    const row = await postRow(t.database.db, id);
    expect(row.status).toBe('failed');
    expect(row.failure_reason).toBe('Intranet: HTTP 400');
  });
});

describe('the worker loop', () => {
  it('wakes for a post scheduled a moment ahead and publishes it', async () => {
    const worker = await startWorker(t.database, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
    try {
      const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], scheduledAt: new Date(Date.now() + 1500) });
      await t.database.db.execute(sql`NOTIFY zorgpost_schedule`);
      await expect.poll(async () => (await postRow(t.database.db, id)).status, { timeout: 15_000, interval: 200 }).toBe('published');
      expect(callsFor(id)).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });
});
