// Crisis mode: one switch stops everything not yet handed to a network, including claimed posts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { buildPost, buildWebhookChannel, postRow } from '../support/post-factory.ts';
import { buildOrg, createTestApp, localIn, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

let t: TestApp;
let org: TestOrg;
let editor: Client;
let contributor: Client;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let channelId: string;
let base: string;

beforeAll(async () => {
  // The webhook receiver listens on 127.0.0.1: a private target, allowed only by this setting.
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  receiver = await startReceiver();
  channelId = await buildWebhookChannel(t.database.db, org.id, receiver.url);
  [editor, contributor] = await Promise.all([loginAs(t, org.users.editor.email), loginAs(t, org.users.contributor.email)]);
});
afterEach(() => expect(receiver.unexpected).toEqual([]));
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const scope = () => systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
const deps = (worker: string) => ({ mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker });

describe('crisis mode', () => {
  it('may be switched by editors and admins only', async () => {
    expect((await contributor.post(`${base}/crisis/pause`, {})).status).toBe(403);
  });

  it('holds back due posts and a post a worker already claimed; resuming lists them for review', async () => {
    const claimedFirst = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Al geclaimd' });
    const [claim] = (await claimDuePosts(t.database.db, 'w1', 100)).filter((c) => c.id === claimedFirst);
    expect(claim).toBeDefined();

    const paused = await editor.post(`${base}/crisis/pause`, { reason: 'Calamiteit op locatie Tiel' });
    expect(paused.status).toBe(200);
    expect(((await paused.json()) as { active: boolean }).active).toBe(true);
    const session = (await (await contributor.get('/api/auth/session')).json()) as { memberships: { organisation: { pausedAt: string | null } }[] };
    expect(session.memberships[0]!.organisation.pausedAt).not.toBeNull(); // everyone sees the banner

    // The claimed post reaches its start mark, finds the switch on, and sends nothing.
    await publishClaimedPost(scope(), claimedFirst, deps('w1'));
    expect(receiver.deliveries.filter((d) => d.body.postId === claimedFirst)).toEqual([]);
    expect((await postRow(t.database.db, claimedFirst)).status).toBe('scheduled');

    // A post falling due during the pause is not even claimed.
    const dueDuring = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text: 'Tijdens de crisis' });
    expect((await claimDuePosts(t.database.db, 'w2', 100)).map((c) => c.id)).not.toContain(dueDuring);
    expect(receiver.deliveries).toEqual([]);

    const resumed = await editor.post(`${base}/crisis/resume`);
    const state = (await resumed.json()) as { active: boolean; held: { id: string }[] };
    expect(state.active).toBe(false);
    expect(state.held.map((p) => p.id).sort()).toEqual([claimedFirst, dueDuring].sort());
    // Held posts do not leave by themselves after resuming.
    expect((await claimDuePosts(t.database.db, 'w3', 100)).map((c) => c.id)).toEqual([]);

    // The editor decides per post: send one, cancel the other.
    expect((await editor.post(`${base}/posts/${claimedFirst}/held`, { decision: 'send' })).status).toBe(200);
    expect((await editor.post(`${base}/posts/${dueDuring}/held`, { decision: 'cancel' })).status).toBe(200);
    const [sent] = await claimDuePosts(t.database.db, 'w4', 100);
    expect(sent?.id).toBe(claimedFirst);
    await publishClaimedPost(scope(), claimedFirst, deps('w4'));
    expect((await postRow(t.database.db, claimedFirst)).status).toBe('published');
    expect((await postRow(t.database.db, dueDuring)).status).toBe('cancelled');
    expect(receiver.deliveries.map((d) => d.body.postId)).toEqual([claimedFirst]);

    const after = (await (await editor.get(`${base}/crisis`)).json()) as { held: unknown[] };
    expect(after.held).toEqual([]);
  });

  it('lets a held post be rescheduled to a new local time', async () => {
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId] });
    await editor.post(`${base}/crisis/pause`, {});
    await editor.post(`${base}/crisis/resume`);
    const res = await editor.post(`${base}/posts/${id}/held`, { decision: 'reschedule', scheduledLocal: localIn(2, '11:00') });
    expect(res.status).toBe(200);
    const post = (await res.json()) as { status: string; scheduledLocal: string };
    expect(post).toMatchObject({ status: 'scheduled', scheduledLocal: localIn(2, '11:00') });
  });

  it('refuses switching on twice and resuming when not paused', async () => {
    expect((await editor.post(`${base}/crisis/resume`)).status).toBe(409);
    await editor.post(`${base}/crisis/pause`, {});
    expect((await editor.post(`${base}/crisis/pause`, {})).status).toBe(409);
    await editor.post(`${base}/crisis/resume`);
  });
});
