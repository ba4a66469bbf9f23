// A person's correction of an item's category: who set it and when (PATCH), shown in the conversation
// view, kept when Meta delivers an edit of the comment (webhook against the Graph contract server's
// secret), invisible and unchangeable from another organisation, and left without a name when the
// person's account is deleted. A correction runs the new category's clock from the item's arrival (working
// hours, daylight saving), with its urgency, its duty announcement and its warning; an answered item keeps
// the due time its answer was measured against.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItemView, InboxList } from '../../src/contracts/inbox.ts';
import { auditEvents, channels, inboxItems, inboxTargets, notifications, users } from '../../src/db/schema.ts';
import { dueTimes, loadOrgTargets } from '../../src/features/inbox/response-targets.ts';
import { warnNearingTargets } from '../../src/features/inbox/warn-due.ts';
import { FB_PAGE } from '../support/fake-meta-comments.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';
import { withMetaInbox } from '../support/meta-channel.ts';

const inbox = withMetaInbox({ META_WEBHOOK_VERIFY_TOKEN: 'verify-token-0123456789abcdef' });
const { db, deliver } = inbox;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let admin: Client;
let stranger: Client;
let base: string;

beforeAll(async () => {
  [org, other] = [await buildOrg(inbox.t), await buildOrg(inbox.t)];
  base = `/api/orgs/${org.id}/inbox`;
  [editor, admin, stranger] = await Promise.all([
    loginAs(inbox.t, org.users.editor.email),
    loginAs(inbox.t, org.users.admin.email),
    loginAs(inbox.t, other.users.admin.email),
  ]);
});

const view = async (c: Client, id: string) => {
  const res = await c.get(`${base}/items/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as InboxItemView;
};
const row = async (id: string) => (await db().select().from(inboxItems).where(eq(inboxItems.id, id)))[0]!;
const nameOf = async (id: string) => (await db().select({ name: users.name }).from(users).where(eq(users.id, id)))[0]!.name;

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
    const id = await buildItem(inbox.t, org.id, org.channelId, { text: 'Waar kan ik parkeren?', category: 'question' });
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
    const id = await buildItem(inbox.t, org.id, org.channelId, { text: 'Mijn afspraak is verzet zonder bericht.', category: 'complaint' });
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
    const id = await buildItem(inbox.t, org.id, org.channelId, { text: 'Waar kan ik parkeren?', category: 'question' });
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
        credentials: inbox.t.deps.secrets.seal({ pageToken: FB_PAGE.token }),
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
    const dying = 'Ik sterf van nieuwsgierigheid naar jullie nieuwe gebouw, en vanavond stop ik ermee, voorgoed.';
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
    const crisis = 'Al de hele ochtend druk op mijn borstkas, en het trekt nu door naar mijn linkerarm.';
    await deliver(comment('edited', crisis, q));
    const raised = await row(question.id);
    expect([raised.text, raised.category, raised.urgent]).toEqual([crisis, 'compliment', true]);
    expect(raised.dutyNotifiedAt).not.toBeNull();
  });

  it("an edit triaged again runs the new category's clock from the arrival, and its warning comes again", async () => {
    const id = `${pageId}_1_5`;
    await deliver(comment('add', 'Mijn vader ademt niet meer en reageert niet.', id));
    const item = await stored(id);
    expect([item.category, item.urgent]).toEqual(['crisis', true]);
    // Warned for the crisis target (as the sweep does when it has passed).
    await db().update(inboxItems).set({ warnedAt: new Date() }).where(eq(inboxItems.id, item.id));
    expect(await (await deliver(comment('edited', 'Hoe laat begint het bezoekuur?', id))).json()).toMatchObject({ edited: 1 });
    const after = await row(item.id);
    const due = dueTimes('question', item.receivedAt, await loadOrgTargets(db(), org.id))!;
    expect(after).toMatchObject({ category: 'question', urgent: true, dueAt: due.dueAt, warnAt: due.warnAt, warnedAt: null });
  });
});

describe('a correction moves the clock', () => {
  const listed = async (id: string) => {
    const res = await editor.get(`${base}/items?limit=100&sort=newest`);
    expect(res.status).toBe(200);
    return ((await res.json()) as InboxList).items.find((i) => i.id === id)!;
  };
  const told = async (kind: string, id: string) =>
    (
      await db()
        .select()
        .from(notifications)
        .where(and(eq(notifications.orgId, org.id), eq(notifications.kind, kind)))
    ).filter((n) => n.params.itemId === id);
  const min = (n: number) => n * 60_000;

  it('counts the new target in working time from the arrival, across the night the clocks go back; crisis 15 minutes; spam none', async () => {
    // Friday 23 October 2026, 16:00 in Amsterdam (summer time); the clocks go back on Sunday the 25th.
    const receivedAt = new Date('2026-10-23T14:00:00Z');
    const id = await buildItem(inbox.t, org.id, org.channelId, {
      text: 'Vanavond stop ik ermee, voorgoed.',
      category: 'crisis',
      urgent: true,
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + min(15)),
      warnAt: new Date(receivedAt.getTime() + min(11)),
    });
    expect((await editor.patch(`${base}/items/${id}`, { category: 'question' })).status).toBe(200);
    // 4 working hours: Friday 16:00–17:00, then Monday from 09:00 winter time (08:00 UTC) three more.
    // Counted on the wall clock it would be Friday 20:00 (18:00 UTC); in summer time still, Monday 10:00 UTC.
    const question = await row(id);
    expect([question.urgent, question.dueAt?.toISOString(), question.warnAt?.toISOString()]).toEqual([
      false,
      '2026-10-26T11:00:00.000Z',
      '2026-10-26T10:00:00.000Z',
    ]);
    // The conversation view and the list show it.
    expect((await view(editor, id)).item).toMatchObject({ category: 'question', urgent: false, dueAt: '2026-10-26T11:00:00.000Z' });
    expect(await listed(id)).toMatchObject({ category: 'question', urgent: false, dueAt: '2026-10-26T11:00:00.000Z' });

    expect((await editor.patch(`${base}/items/${id}`, { category: 'crisis' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ urgent: true, dueAt: new Date('2026-10-23T14:15:00Z'), warnAt: new Date('2026-10-23T14:11:00Z') });

    // Spam has no target: no due time, nothing to warn about.
    expect((await editor.patch(`${base}/items/${id}`, { category: 'spam' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ urgent: false, dueAt: null, warnAt: null });
    expect((await view(editor, id)).item.dueAt).toBeNull();
  });

  it("a confirmation keeps the clock that runs; the organisation's own target counts, not another organisation's", async () => {
    await db().insert(inboxTargets).values({ orgId: other.id, category: 'complaint', minutes: 10, workingHours: false });
    const receivedAt = new Date(Date.now() - min(5));
    const ran = new Date(receivedAt.getTime() + min(500));
    const id = await buildItem(inbox.t, org.id, org.channelId, {
      text: 'Mijn moeder wacht al weken.',
      category: 'question',
      receivedAt,
      dueAt: ran,
      warnAt: ran,
    });
    expect((await editor.patch(`${base}/items/${id}`, { category: 'question' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ dueAt: ran, warnAt: ran });

    expect((await editor.patch(`${base}/items/${id}`, { category: 'complaint' })).status).toBe(200);
    // The default 4 working hours from the arrival (never sooner than 4 hours), not the other organisation's 10 minutes.
    const due = (await row(id)).dueAt!;
    expect(due).toEqual(dueTimes('complaint', receivedAt, await loadOrgTargets(db(), org.id))!.dueAt);
    expect(due.getTime()).toBeGreaterThanOrEqual(receivedAt.getTime() + min(240));

    // Nor can the other organisation move it.
    expect((await stranger.patch(`/api/orgs/${other.id}/inbox/items/${id}`, { category: 'crisis' })).status).toBe(404);
    expect((await stranger.patch(`${base}/items/${id}`, { category: 'crisis' })).status).toBe(404);
    expect(await row(id)).toMatchObject({ category: 'complaint', urgent: false, dueAt: due });
  });

  it('to crisis: urgent, overdue when 15 minutes have passed, the people on duty told once and the assignee warned', async () => {
    const receivedAt = new Date(Date.now() - min(30));
    const later = new Date(Date.now() + min(600));
    const id = await buildItem(inbox.t, org.id, org.channelId, {
      text: 'We krijgen papa niet meer wakker, hij ligt slap op de bank.',
      category: 'question',
      receivedAt,
      dueAt: later,
      warnAt: later,
      assigneeId: org.users.editor.id,
    });
    expect(await listed(id)).toMatchObject({ urgent: false, overdue: false, nearingTarget: false });
    expect((await editor.patch(`${base}/items/${id}`, { category: 'crisis' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ urgent: true, dueAt: new Date(receivedAt.getTime() + min(15)) });
    expect(await listed(id)).toMatchObject({ urgent: true, overdue: true });
    // The same announcement as an incoming crisis (nobody on duty in this organisation: the admins).
    expect((await told('inbox_urgent', id)).map((n) => n.userId)).toEqual([org.users.admin.id]);
    expect((await row(id)).dutyNotifiedAt).not.toBeNull();
    // The warning sweep follows the new due time at its next turn.
    await warnNearingTargets(db());
    expect((await told('inbox_due_soon', id)).map((n) => n.userId)).toEqual([org.users.editor.id]);
  });

  it('away from crisis: urgency off, and a warning given for the crisis target comes again for the new one', async () => {
    const receivedAt = new Date(Date.now() - min(12));
    const id = await buildItem(inbox.t, org.id, org.channelId, {
      text: 'Ik sterf van nieuwsgierigheid.',
      category: 'crisis',
      urgent: true,
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + min(15)),
      warnAt: new Date(receivedAt.getTime() + min(11)),
      assigneeId: org.users.editor.id,
    });
    await warnNearingTargets(db());
    expect((await row(id)).warnedAt).not.toBeNull();
    expect(await listed(id)).toMatchObject({ nearingTarget: true });

    expect((await editor.patch(`${base}/items/${id}`, { category: 'other' })).status).toBe(200);
    // A day of working time (1,440 minutes: three working days) from the arrival.
    const after = await row(id);
    expect(after).toMatchObject({ urgent: false, warnedAt: null });
    expect(after.warnAt!.getTime()).toBeGreaterThan(Date.now() + min(60));
    expect(await listed(id)).toMatchObject({ urgent: false, nearingTarget: false, overdue: false, dueAt: after.dueAt!.toISOString() });
    await warnNearingTargets(db());
    expect((await told('inbox_due_soon', id)).length).toBe(1);
  });

  it('an answered item keeps the due time its answer was measured against', async () => {
    const receivedAt = new Date(Date.now() - min(60));
    const dueAt = new Date(receivedAt.getTime() + min(240));
    const id = await buildItem(inbox.t, org.id, org.channelId, {
      text: 'Tot hoe laat mag ik bij mijn moeder op bezoek?',
      category: 'question',
      receivedAt,
      dueAt,
      warnAt: dueAt,
      firstResponseAt: new Date(receivedAt.getTime() + min(20)),
    });
    expect((await editor.patch(`${base}/items/${id}`, { category: 'crisis' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ category: 'crisis', urgent: true, dueAt, warnAt: dueAt });
    expect((await view(editor, id)).item).toMatchObject({ dueAt: dueAt.toISOString(), overdue: false });
  });
});
