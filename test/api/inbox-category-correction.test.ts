// A person's correction of an item's category: who set it and when (PATCH), shown in the conversation
// view, kept when Meta delivers an edit of the comment (webhook against the Graph contract server's
// secret), invisible and unchangeable from another organisation, and left without a name when the
// person's account is deleted.
import { createHmac, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItemView } from '../../src/contracts/inbox.ts';
import { auditEvents, channels, inboxItems, users } from '../../src/db/schema.ts';
import { type FakeMetaComments, FB_PAGE, startFakeMetaComments } from '../support/fake-meta-comments.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let fake: FakeMetaComments;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let admin: Client;
let stranger: Client;
let base: string;
const db = () => t.database.db;

beforeAll(async () => {
  fake = await startFakeMetaComments();
  Object.assign(process.env, fake.env);
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true', META_WEBHOOK_VERIFY_TOKEN: 'verify-token-0123456789abcdef' });
  [org, other] = [await buildOrg(t), await buildOrg(t)];
  base = `/api/orgs/${org.id}/inbox`;
  [editor, admin, stranger] = await Promise.all([loginAs(t, org.users.editor.email), loginAs(t, org.users.admin.email), loginAs(t, other.users.admin.email)]);
});
afterEach(() => expect(fake.unexpected).toEqual([]));
afterAll(async () => {
  await fake.close();
  await t.close();
});

const view = async (c: Client, id: string) => {
  const res = await c.get(`${base}/items/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as InboxItemView;
};
const row = async (id: string) => (await db().select().from(inboxItems).where(eq(inboxItems.id, id)))[0]!;
const nameOf = async (id: string) => (await db().select({ name: users.name }).from(users).where(eq(users.id, id)))[0]!.name;

function deliver(body: unknown) {
  const raw = JSON.stringify(body);
  const signature = `sha256=${createHmac('sha256', fake.env.META_APP_SECRET).update(raw).digest('hex')}`;
  return t.app.request('/hooks/meta', { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: raw });
}
const pageId = '8101';
const comment = (verb: string, message: string, id = `${pageId}_1_2`) => ({
  object: 'page',
  entry: [
    {
      id: pageId,
      time: Math.floor(Date.now() / 1000),
      changes: [
        {
          field: 'feed',
          value: {
            item: 'comment',
            verb,
            comment_id: id,
            post_id: `${pageId}_1`,
            created_time: Math.floor(Date.now() / 1000) - 60,
            message,
            from: { id: '55', name: 'Anna' },
          },
        },
      ],
    },
  ],
});

describe('who set the category', () => {
  it('a PATCH with a category records the person and the time, also when it is set back to what triage said; the audit entry stays', async () => {
    const id = await buildItem(t, org.id, org.channelId, { text: 'Waar kan ik parkeren?', category: 'question' });
    const before = await view(editor, id);
    expect(before.item.category).toBe('question');
    expect([before.categorySetBy, before.categorySetAt]).toEqual([null, null]);

    // Another change than the category says nothing about it.
    expect((await editor.patch(`${base}/items/${id}`, { state: 'waiting' })).status).toBe(200);
    expect((await view(editor, id)).categorySetAt).toBeNull();

    const t0 = Date.now();
    expect((await editor.patch(`${base}/items/${id}`, { category: 'complaint' })).status).toBe(200);
    const corrected = await view(admin, id);
    expect(corrected.item.category).toBe('complaint');
    expect(corrected.categorySetBy).toEqual({ id: org.users.editor.id, name: await nameOf(org.users.editor.id) });
    expect(new Date(corrected.categorySetAt!).getTime()).toBeGreaterThanOrEqual(t0 - 5_000);

    // Set back to triage's own category by someone else: now theirs, and it is kept as a person's.
    expect((await admin.patch(`${base}/items/${id}`, { category: 'question' })).status).toBe(200);
    const back = await view(editor, id);
    expect(back.item.category).toBe('question');
    expect(back.categorySetBy).toEqual({ id: org.users.admin.id, name: await nameOf(org.users.admin.id) });
    expect(new Date(back.categorySetAt!).getTime()).toBeGreaterThanOrEqual(new Date(corrected.categorySetAt!).getTime());

    const audits = await db()
      .select({ actorId: auditEvents.actorId, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'inbox.item_update')));
    expect(audits.filter((a) => a.detail.itemId === id && a.detail.category)).toEqual([
      { actorId: org.users.editor.id, detail: { itemId: id, category: { from: 'question', to: 'complaint' } } },
      { actorId: org.users.admin.id, detail: { itemId: id, category: { from: 'complaint', to: 'question' } } },
    ]);
  });

  it('another organisation can neither see nor change it', async () => {
    const id = await buildItem(t, org.id, org.channelId, { text: 'Mijn afspraak is verzet zonder bericht.', category: 'complaint' });
    await editor.patch(`${base}/items/${id}`, { category: 'complaint' });
    const stamped = await row(id);
    expect((await stranger.get(`/api/orgs/${other.id}/inbox/items/${id}`)).status).toBe(404);
    expect((await stranger.patch(`/api/orgs/${other.id}/inbox/items/${id}`, { category: 'spam' })).status).toBe(404);
    // Not through the other organisation's path either (no membership there).
    expect((await stranger.patch(`${base}/items/${id}`, { category: 'spam' })).status).toBe(404);
    const after = await row(id);
    expect([after.category, after.categorySetBy, after.categorySetAt]).toEqual(['complaint', org.users.editor.id, stamped.categorySetAt]);
  });

  it('a deleted account leaves the correction in place without a name, and the view says a team member made it', async () => {
    const tag = randomUUID().slice(0, 8);
    const [gone] = await db()
      .insert(users)
      .values({ email: `weg-${tag}@example.nl`, name: `Weg ${tag}`, passwordHash: 'x' })
      .returning();
    const id = await buildItem(t, org.id, org.channelId, { text: 'Waar kan ik parkeren?', category: 'question' });
    await db().update(inboxItems).set({ category: 'compliment', categorySetBy: gone!.id, categorySetAt: new Date() }).where(eq(inboxItems.id, id));
    await db().delete(users).where(eq(users.id, gone!.id));
    const v = await view(editor, id);
    expect(v.item.category).toBe('compliment');
    expect(v.categorySetBy).toBeNull();
    expect(v.categorySetAt).not.toBeNull();
  });
});

describe('a re-triage after a correction', () => {
  let channelId: string;
  beforeAll(async () => {
    const [c] = await db()
      .insert(channels)
      .values({
        orgId: org.id,
        type: 'facebook',
        name: 'Facebook',
        slug: `facebook-${randomUUID().slice(0, 6)}`,
        settings: { pageId, pageName: 'Noord' },
        credentials: t.deps.secrets.seal({ pageToken: FB_PAGE.token }),
      })
      .returning();
    channelId = c!.id;
  });
  const stored = async (externalId: string) =>
    (
      await db()
        .select()
        .from(inboxItems)
        .where(and(eq(inboxItems.channelId, channelId), eq(inboxItems.externalId, externalId)))
    )[0]!;

  it("an edit delivered by Meta takes the new text but keeps the person's category and urgency", async () => {
    expect(await (await deliver(comment('add', 'Waar kan ik parkeren?'))).json()).toMatchObject({ stored: 1 });
    const item = await stored(`${pageId}_1_2`);
    expect(item.category).toBe('question');
    expect((await editor.patch(`${base}/items/${item.id}`, { category: 'complaint' })).status).toBe(200);
    const corrected = await row(item.id);

    const edit = 'Waar kan ik parkeren, ook bij de achteringang?';
    expect(await (await deliver(comment('edited', edit))).json()).toMatchObject({ stored: 0, edited: 1 });
    const after = await row(item.id);
    expect([after.text, after.category, after.urgent]).toEqual([edit, 'complaint', false]);
    expect([after.categorySetBy, after.categorySetAt, after.dueAt]).toEqual([org.users.editor.id, corrected.categorySetAt, corrected.dueAt]);
    const v = await view(editor, item.id);
    expect([v.item.text, v.item.category, v.categorySetBy?.id]).toEqual([edit, 'complaint', org.users.editor.id]);
  });

  it('a crisis a person dismissed stays dismissed through an edit; a crisis the edit adds still makes the item urgent', async () => {
    const id = `${pageId}_1_3`;
    const dying = 'Ik sterf van nieuwsgierigheid naar jullie nieuwe gebouw, en ik wil er een eind aan maken.';
    await deliver(comment('add', dying, id));
    const item = await stored(id);
    expect([item.category, item.urgent]).toEqual(['crisis', true]);
    // The person on duty read it and judged it not a crisis.
    expect((await editor.patch(`${base}/items/${item.id}`, { category: 'other' })).status).toBe(200);
    expect(await (await deliver(comment('edited', `${dying} Groetjes!`, id))).json()).toMatchObject({ edited: 1 });
    expect(await row(item.id)).toMatchObject({ text: `${dying} Groetjes!`, category: 'other', urgent: false });

    // A plain question, corrected, then edited into a crisis: urgent again (the person judged the old text).
    const q = `${pageId}_1_4`;
    await deliver(comment('add', 'Hoe laat begint de les?', q));
    const question = await stored(q);
    await editor.patch(`${base}/items/${question.id}`, { category: 'compliment' });
    const crisis = 'Sinds vanochtend drukkende pijn midden op mijn borst, nu ook in mijn linkerarm.';
    await deliver(comment('edited', crisis, q));
    const raised = await row(question.id);
    expect([raised.text, raised.category, raised.urgent]).toEqual([crisis, 'compliment', true]);
    expect(raised.dutyNotifiedAt).not.toBeNull();
  });
});
