// The one status writer, the batch loader and the batched finish of the publishing engine.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransitionError } from '../../src/domain/post-lifecycle.ts';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain.ts';
import type { Authorized } from '../../src/features/org-scope.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { changeStatus } from '../../src/features/posts/change-status.ts';
import { loadPostsWithParts } from '../../src/features/posts/load-post-parts.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { finishMany } from '../../src/features/publishing/engine-steps.ts';
import { buildPost, buildWebhookChannel, postRow } from '../support/post-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let a: TestOrg;
let b: TestOrg;
let hookA: string;
let hookB: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await buildOrg(t);
  b = await buildOrg(t);
  hookA = await buildWebhookChannel(t.database.db, a.id, 'http://127.0.0.1:9/hook');
  hookB = await buildWebhookChannel(t.database.db, b.id, 'http://127.0.0.1:9/hook');
});
afterAll(() => t.close());

const history = async (postId: string) =>
  (
    (await t.database.db.execute(
      sql`SELECT action, from_status, to_status, reason, actor_id FROM post_events WHERE post_id = ${postId} ORDER BY at, id`,
    )) as unknown as { rows: { action: string; from_status: string | null; to_status: string | null; reason: string | null; actor_id: string | null }[] }
  ).rows;
const lines = async (postId: string) => (await history(postId)).map((h) => `${h.action}:${h.from_status}>${h.to_status}`);
const audit = async (orgId: string) =>
  (
    (await t.database.db.execute(sql`SELECT action, detail FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`)) as unknown as {
      rows: { action: string; detail: { postId?: string } }[];
    }
  ).rows;
const chainOf = (org: TestOrg) =>
  verifyAuditChain(systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' }) as Authorized<'audit.read'>);

describe('changeStatus', () => {
  it('takes the new status from the state machine and writes the history line with it', async () => {
    const id = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA], status: 'approved', scheduledAt: new Date(Date.now() + 3_600_000) });
    const changed = await changeStatus(t.database.db, { ids: [id], orgId: a.id, from: 'approved', event: 'schedule', actorId: a.users.editor.id });
    expect(changed).toEqual([id]);
    expect((await postRow(t.database.db, id)).status).toBe('scheduled');
    expect(await history(id)).toEqual([{ action: 'schedule', from_status: 'approved', to_status: 'scheduled', reason: null, actor_id: a.users.editor.id }]);
  });

  it('refuses a change the state machine does not know, and writes nothing', async () => {
    const id = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA], status: 'draft' });
    await expect(changeStatus(t.database.db, { ids: [id], orgId: a.id, from: 'draft', event: 'start_publishing' })).rejects.toBeInstanceOf(TransitionError);
    expect((await postRow(t.database.db, id)).status).toBe('draft');
    expect(await history(id)).toEqual([]);
  });

  it('changes nothing when the post moved on, belongs to another organisation, or is held by another worker', async () => {
    const id = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA], status: 'in_review' });
    expect(await changeStatus(t.database.db, { ids: [id], orgId: a.id, from: 'draft', event: 'submit' })).toEqual([]);
    expect(await changeStatus(t.database.db, { ids: [id], orgId: b.id, from: 'in_review', event: 'approve' })).toEqual([]);
    expect((await postRow(t.database.db, id)).status).toBe('in_review');
    const claimed = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA] });
    await claimDuePosts(t.database.db, 'holder', 1000);
    expect(await changeStatus(t.database.db, { ids: [claimed], from: 'publishing', event: 'publish_succeeded', worker: 'intruder' })).toEqual([]);
    expect((await postRow(t.database.db, claimed)).lease_owner).toBe('holder');
    expect(await history(id)).toEqual([]);
  });

  it('writes a path of events as one change with a line per step, in order', async () => {
    const id = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA], status: 'approved' });
    await changeStatus(t.database.db, { ids: [id], orgId: a.id, from: 'approved', event: ['schedule', 'start_publishing'], worker: 'now-1' });
    const row = await postRow(t.database.db, id);
    expect([row.status, row.lease_owner]).toEqual(['publishing', 'now-1']);
    expect(await lines(id)).toEqual(['schedule:approved>scheduled', 'start_publishing:scheduled>publishing']);
  });
});

describe('a claimed batch', () => {
  it('is loaded with its parts in one go, each post with its own organisation only', async () => {
    const mine = await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA], text: 'Van A' });
    const theirs = await buildPost(t.database.db, { orgId: b.id, channelIds: [hookB], text: 'Van B' });
    const all = await loadPostsWithParts(t.database.db, [theirs, mine]);
    expect(all.map((p) => [p.post.baseText, p.org.id, p.variants.map((v) => v.channel.id)])).toEqual([
      ['Van B', b.id, [hookB]],
      ['Van A', a.id, [hookA]],
    ]);
    // Scoped to one organisation, another's post does not exist.
    expect((await loadPostsWithParts(t.database.db, [theirs, mine], a.id)).map((p) => p.post.id)).toEqual([mine]);
  });

  it('is finished in one transaction: status, history and an intact audit chain per organisation, only what the worker holds', async () => {
    const ids = [
      await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA] }),
      await buildPost(t.database.db, { orgId: b.id, channelIds: [hookB] }),
      await buildPost(t.database.db, { orgId: a.id, channelIds: [hookA] }),
    ];
    const claimed = (await claimDuePosts(t.database.db, 'batcher', 1000)).filter((c) => ids.includes(c.id));
    expect(claimed).toHaveLength(3);
    const loaded = await loadPostsWithParts(t.database.db, ids);
    const stolen = ids[2]!;
    await t.database.db.execute(sql`UPDATE posts SET lease_owner = 'someone-else' WHERE id = ${stolen}`);
    const done = await finishMany(
      t.database.db,
      loaded.map(({ post, variants }) => ({
        post,
        worker: 'batcher',
        event: 'publish_succeeded' as const,
        reason: null,
        changes: { publishedAt: 'now' as const, failureReason: null, nextAttemptAt: null },
        detail: { channelIds: variants.map((v) => v.channel.id) },
        variant: { id: variants[0]!.variant.id, found: { externalId: `ext-${post.id}`, externalUrl: 'https://example.nl/p' } },
      })),
    );
    expect(done).toEqual([true, true, false]);
    expect((await postRow(t.database.db, ids[0]!)).status).toBe('published');
    expect((await postRow(t.database.db, ids[1]!)).status).toBe('published');
    expect((await postRow(t.database.db, stolen)).status).toBe('publishing');
    expect((await lines(ids[1]!)).at(-1)).toBe('publish_succeeded:publishing>published');
    expect(await lines(stolen)).not.toContain('publish_succeeded:publishing>published');
    const auditedA = (await audit(a.id)).filter((e) => e.action === 'post.published').map((e) => e.detail.postId);
    expect(auditedA).toContain(ids[0]);
    expect(auditedA).not.toContain(stolen);
    expect((await audit(b.id)).filter((e) => e.action === 'post.published').map((e) => e.detail.postId)).toContain(ids[1]);
    expect((await chainOf(a)).intact).toBe(true);
    expect((await chainOf(b)).intact).toBe(true);
  });
});
