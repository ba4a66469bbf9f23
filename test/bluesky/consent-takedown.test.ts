// Withdrawing a consent takes the person's photo off Bluesky: a post with an image tagged with a
// resident is published to a real PDS; withdrawing the resident's consent deletes the record from
// the PDS (through the adapter's remove), and the removal is in the audit trail.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, posts } from '../../src/db/schema';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts';
import { systemScope } from '../../src/features/org-scope';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post';
import { startBlueskyPds, type BlueskyPds, type BlueskyTestAccount } from '../support/bluesky-pds';
import { postRow } from '../support/post-factory';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type TestApp } from '../support/test-app';

let pds: BlueskyPds;
let account: BlueskyTestAccount;
let t: TestApp;

beforeAll(async () => {
  pds = await startBlueskyPds();
  account = await pds.createAccount('toestemming');
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
}, 600_000);
afterAll(async () => {
  await t?.close();
  await pds?.stop();
});

async function records() {
  const url = `${pds.url}/xrpc/com.atproto.repo.listRecords?repo=${account.did}&collection=app.bsky.feed.post&limit=100`;
  return ((await (await fetch(url)).json()) as { records: { uri: string }[] }).records;
}

it("withdrawing a resident's consent deletes the published post showing them from Bluesky", async () => {
  const org = await buildOrg(t);
  const base = `/api/orgs/${org.id}`;
  const editor = await loginAs(t, org.users.editor.email);
  const admin = await loginAs(t, org.users.admin.email);
  const channel = (await (
    await admin.post(`${base}/channels`, {
      type: 'bluesky',
      name: 'Bluesky',
      connection: { identifier: account.handle, appPassword: account.appPassword, service: pds.url },
    })
  ).json()) as { id: string };
  const person = (await (await editor.post(`${base}/consent/people`, { name: 'Mevrouw Smit', kind: 'resident' })).json()) as { id: string };
  const consent = (await (await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01' })).json()) as {
    id: string;
  };
  const form = imageForm(PNG_1PX, 'Bewoonster bij de vijver');
  form.set('personIds', person.id);
  const image = (await (await editor.request('POST', `${base}/media`, form)).json()) as { id: string };
  const post = (await (
    await editor.post(`${base}/posts`, {
      baseText: 'Een zonnige middag bij de vijver.',
      variants: [{ channelId: channel.id, text: null }],
      mediaIds: [image.id],
    })
  ).json()) as { id: string };
  // Due now, as after approval and scheduling; the engine checks consent before sending.
  await t.database.db
    .update(posts)
    .set({ status: 'scheduled', scheduledAt: new Date(Date.now() - 1000) })
    .where(eq(posts.id, post.id));
  const scope = systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
  await claimDuePosts(t.database.db, 'w', 100);
  await publishClaimedPost(scope, post.id, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker: 'w' });
  expect((await postRow(t.database.db, post.id)).status).toBe('published');
  expect(await records()).toHaveLength(1);

  const list = (await (await editor.get(`${base}/consent/consents/${consent.id}/takedown`)).json()) as { items: { postId: string }[] };
  expect(list.items.map((i) => i.postId)).toEqual([post.id]);
  const res = await editor.post(`${base}/consent/consents/${consent.id}/withdraw`, { confirm: true });
  expect(await res.json()).toMatchObject({ removed: [{ postId: post.id }], failed: [] });
  expect(await records()).toEqual([]);
  const trail = await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
  expect(trail.filter((e) => e.action === 'post.taken_down').map((e) => e.detail)).toEqual([
    expect.objectContaining({ postId: post.id, channelId: channel.id }),
  ]);
}, 120_000);
