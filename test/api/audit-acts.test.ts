// The audit trail after each act: a login, a submission, scheduling, unscheduling, and a
// publication with exactly what went out per network (channel, outcome, the network's id and a
// hash of what was sent), never the text. Read back through the audit API, as an admin would.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, createTestApp, localIn, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

type Entry = { seq: number; action: string; actor: { id: string } | null; detail: Record<string, unknown> };

let t: TestApp;
let org: TestOrg;
let admin: Client;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const TEXT = 'Open dag in het verpleeghuis: kom zaterdag kijken in de nieuwe tuin.';

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  receiver = await startReceiver();
  admin = await loginAs(t, org.users.admin.email);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const base = () => `/api/orgs/${org.id}`;

/** The newest entry of the trail (one act, one entry), optionally of one kind. */
async function newest(action?: string): Promise<Entry> {
  const res = await admin.get(`${base()}/audit?limit=1${action ? `&action=${action}` : ''}`);
  expect(res.status).toBe(200);
  const page = (await res.json()) as { items: Entry[] };
  return page.items[0]!;
}

describe('the audit trail after each act', () => {
  it('records a successful login with where it came from, and nothing typed', async () => {
    await loginAs(t, org.users.editor.email);
    const entry = await newest();
    expect(entry).toMatchObject({ action: 'auth.login', actor: { id: org.users.editor.id } });
    expect(Object.keys(entry.detail)).toEqual(['address']);
  });

  it('records submit, schedule and unschedule, each by its person, then a publication per network', async () => {
    const webhookId = await buildWebhookChannel(t.database.db, org.id, receiver.url, t.deps.secrets);
    const contributor = await loginAs(t, org.users.contributor.email);
    const editor = await loginAs(t, org.users.editor.email);
    const created = await contributor.post(`${base()}/posts`, {
      baseText: TEXT,
      variants: [
        { channelId: org.channelId, text: null },
        { channelId: webhookId, text: 'Open dag zaterdag: welkom in de tuin!' },
      ],
      scheduledLocal: localIn(2, '11:00'),
    });
    const { id } = (await created.json()) as { id: string };
    const act = (who: Client, event: string) => who.post(`${base()}/posts/${id}/transitions`, { event });

    expect((await act(contributor, 'submit')).status).toBe(200);
    expect(await newest()).toMatchObject({
      action: 'post.submitted',
      actor: { id: org.users.contributor.id },
      detail: { postId: id, from: 'draft', to: 'in_review' },
    });

    expect((await act(editor, 'approve')).status).toBe(200);
    expect((await act(editor, 'schedule')).status).toBe(200);
    const scheduled = await newest();
    expect(scheduled).toMatchObject({
      action: 'post.scheduled',
      actor: { id: org.users.editor.id },
      detail: { postId: id, from: 'approved', to: 'scheduled' },
    });
    expect(typeof scheduled.detail.scheduledAt).toBe('string');

    expect((await act(editor, 'unschedule')).status).toBe(200);
    expect(await newest()).toMatchObject({
      action: 'post.unscheduled',
      actor: { id: org.users.editor.id },
      detail: { postId: id, from: 'scheduled', to: 'approved' },
    });

    expect((await editor.post(`${base()}/posts/${id}/publish-now`)).status).toBe(200);
    const published = await newest('post.published');
    const networks = published.detail.networks as { channelId: string; network: string; outcome: string; externalId: string; sent: string }[];
    expect(networks.map((n) => [n.channelId, n.network, n.outcome]).sort()).toEqual(
      [
        [org.channelId, 'website', 'published'],
        [webhookId, 'webhook', 'published'],
      ].sort(),
    );
    for (const n of networks) expect(n.externalId).toBeTruthy();
    // The hash of exactly what the webhook received: its own text, and no media.
    const hook = networks.find((n) => n.channelId === webhookId)!;
    const delivered = receiver.deliveries.at(-1)!.body;
    expect(delivered.text).toBe('Open dag zaterdag: welkom in de tuin!');
    expect(hook.sent).toBe(
      createHash('sha256')
        .update(JSON.stringify(['sent/1', delivered.text, []]))
        .digest('hex'),
    );
    expect(networks.find((n) => n.channelId === org.channelId)!.sent).not.toBe(hook.sent);
    // Neither text is in the trail.
    const all = JSON.stringify(((await (await admin.get(`${base()}/audit?postId=${id}&limit=200`)).json()) as { items: Entry[] }).items);
    expect(all).not.toContain('tuin');
  });

  it('records a network that refuses: which channel and the outcome, and what went out elsewhere', async () => {
    const editor = await loginAs(t, org.users.editor.email);
    const webhookId = await buildWebhookChannel(t.database.db, org.id, receiver.url, t.deps.secrets, 'intranet-2');
    const created = await editor.post(`${base()}/posts`, {
      baseText: TEXT,
      variants: [
        { channelId: org.channelId, text: null },
        { channelId: webhookId, text: null },
      ],
    });
    const { id } = (await created.json()) as { id: string };
    // Another person approves (four eyes); the receiver refuses for good.
    const approver = await loginAs(t, org.users.approver.email);
    await editor.post(`${base()}/posts/${id}/transitions`, { event: 'submit' });
    expect((await approver.post(`${base()}/posts/${id}/transitions`, { event: 'approve' })).status).toBe(200);
    receiver.reply({ status: 400 });
    await editor.post(`${base()}/posts/${id}/publish-now`);
    const failed = await newest('post.publish_failed');
    expect(failed.detail.postId).toBe(id);
    const networks = failed.detail.networks as { channelId: string; outcome: string; externalId: string | null }[];
    expect(networks.find((n) => n.channelId === webhookId)).toMatchObject({ outcome: 'refused', externalId: null });
    // The website channel went first (channel order) or not at all; either way the trail names what went out.
    for (const n of networks.filter((x) => x.channelId === org.channelId)) expect(n.outcome).toBe('published');
  });
});
