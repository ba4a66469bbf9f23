// Through the product: connect a Bluesky account, plan a post with an image, the worker sends it
// at its time, exactly once; a revoked app password fails clearly on the channel, not in a loop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../src/db/schema';
import { startWorker } from '../../src/features/publishing/worker';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post';
import { systemScope } from '../../src/features/org-scope';
import { startBlueskyPds, type BlueskyPds, type BlueskyTestAccount } from '../support/bluesky-pds';
import { buildPost, postRow } from '../support/post-factory';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app';

let pds: BlueskyPds;
let account: BlueskyTestAccount;
let t: TestApp;
let org: TestOrg;
let admin: Client;
let base: string;

beforeAll(async () => {
  pds = await startBlueskyPds();
  account = await pds.createAccount('zorggroep');
  // The test PDS listens on 127.0.0.1: a private target, allowed only by this setting.
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  admin = await loginAs(t, org.users.admin.email);
}, 600_000);
afterAll(async () => {
  await t?.close();
  await pds?.stop();
});

async function getRecord(uri: string) {
  const [, , repo, collection, rkey] = uri.split('/');
  const url = `${pds.url}/xrpc/com.atproto.repo.getRecord?repo=${repo}&collection=${collection}&rkey=${rkey}`;
  return (await fetch(url)).json() as Promise<{
    value: { text: string; embed?: { images: { alt: string }[] }; facets?: { features: { $type: string; tag?: string; uri?: string }[] }[] };
  }>;
}

async function listRecords() {
  const url = `${pds.url}/xrpc/com.atproto.repo.listRecords?repo=${account.did}&collection=app.bsky.feed.post&limit=100`;
  return ((await (await fetch(url)).json()) as { records: { uri: string }[] }).records;
}

describe('Bluesky through Zorgpost', () => {
  it('refuses to connect with a wrong app password, with a clear message', async () => {
    const res = await admin.post(`${base}/channels`, {
      type: 'bluesky',
      name: 'Bluesky',
      connection: { identifier: account.handle, appPassword: 'wrong-wrong-wrong-wrong', service: pds.url },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('channel_connect_failed');
    expect(body.error.message).toMatch(/Bluesky/);
  });

  it('connects an account, sends a planned post with image, link and hashtag once, at its time', async () => {
    const connected = await admin.post(`${base}/channels`, {
      type: 'bluesky',
      name: 'Bluesky',
      connection: { identifier: account.handle, appPassword: account.appPassword, service: pds.url },
    });
    expect(connected.status).toBe(201);
    const channel = (await connected.json()) as { id: string; settings: { handle: string }; connected: boolean };
    expect(channel).toMatchObject({ connected: true, settings: { handle: account.handle } });
    // The app password is stored encrypted, never in plain text.
    const [row] = await t.database.db.select({ c: channels.credentials }).from(channels);
    expect(JSON.stringify(await t.database.db.select().from(channels))).not.toContain(account.appPassword);
    expect(row).toBeDefined();

    const media = (await (await admin.post(`${base}/media`, imageForm(PNG_1PX, 'Wijkverpleegkundige op de fiets'))).json()) as { id: string };
    const text = 'Onze wijkverpleging is er ook in de kerstvakantie. Meer op https://www.thuisarts.nl #Wijkzorg';
    const draft = (await (
      await admin.post(`${base}/posts`, { baseText: text, variants: [{ channelId: channel.id, text: null }], mediaIds: [media.id] })
    ).json()) as { id: string };
    const editor = await loginAs(t, org.users.editor.email);
    await admin.post(`${base}/posts/${draft.id}/transitions`, { event: 'submit' });
    expect((await editor.post(`${base}/posts/${draft.id}/transitions`, { event: 'approve' })).status).toBe(200);
    // Planned two seconds ahead; the worker wakes for it.
    const soon = new Date(Date.now() + 2000);
    const { sql } = await import('drizzle-orm');
    await t.database.db.execute(sql`UPDATE posts SET scheduled_at = ${soon.toISOString()} WHERE id = ${draft.id}`);
    const worker = await startWorker(t.database, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
    try {
      expect((await editor.post(`${base}/posts/${draft.id}/transitions`, { event: 'schedule' })).status).toBe(200);
      await expect.poll(async () => (await postRow(t.database.db, draft.id)).status, { timeout: 30_000, interval: 300 }).toBe('published');
    } finally {
      await worker.stop();
    }
    const post = (await (await admin.get(`${base}/posts/${draft.id}`)).json()) as { variants: { externalUrl: string | null }[] };
    expect(post.variants[0]!.externalUrl).toContain(account.handle);

    const records = await listRecords();
    expect(records).toHaveLength(1);
    const record = await getRecord(records[0]!.uri);
    expect(record.value.text).toBe(text);
    expect(record.value.embed?.images[0]?.alt).toBe('Wijkverpleegkundige op de fiets');
    const features = record.value.facets?.flatMap((f) => f.features) ?? [];
    expect(features).toContainEqual(expect.objectContaining({ $type: 'app.bsky.richtext.facet#tag', tag: 'Wijkzorg' }));
    expect(features).toContainEqual(expect.objectContaining({ $type: 'app.bsky.richtext.facet#link', uri: 'https://www.thuisarts.nl' }));
  });

  it('fails a post clearly on a channel whose app password was revoked, without retrying in a loop', async () => {
    const [channel] = await t.database.db
      .insert(channels)
      .values({
        orgId: org.id,
        type: 'bluesky',
        name: 'Bluesky oud',
        slug: 'bluesky-oud',
        settings: { service: pds.url, handle: account.handle },
        credentials: t.deps.secrets.seal({ service: pds.url, identifier: account.handle, appPassword: 'revoked-revoked-revoked' }),
      })
      .returning();
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channel!.id] });
    const scope = systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
    await claimDuePosts(t.database.db, 'w', 100);
    await publishClaimedPost(scope, id, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker: 'w' });
    const row = await postRow(t.database.db, id);
    expect(row.status).toBe('failed');
    expect(row.failure_reason).toMatch(/Bluesky login failed/);
    const listed = (await (await admin.get(`${base}/channels`)).json()) as { id: string; lastError: string | null }[];
    // Kept as a code the web app says in the person's language ("controleer het app-wachtwoord").
    expect(listed.find((c) => c.id === channel!.id)?.lastError).toBe('system:failure:credentials_refused:bluesky:Bluesky oud');
    expect(await claimDuePosts(t.database.db, 'w', 100)).toEqual([]);
  });
});
