// A data-protection request about a staff member lists what their account did in the inbox — items
// assigned to them, notes and answers they wrote, categories they corrected, answers they approved — and
// their entries in the duty rota, in the organisation asked about only; the erasure keeps them and says
// why; deleting the account leaves the work without a name and takes the person off the rota.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DsrEraseResult, DsrResult } from '../../src/contracts/dsr.ts';
import { inboxDutyOverrides, inboxDutySlots, inboxItems, inboxNotes, inboxReplies, memberships, users } from '../../src/db/schema.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { type Client, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';
import { dsrSearch, twoOrgs } from '../support/two-orgs.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let editor: Client;
let base: string;
beforeAll(async () => {
  ({ t, org, other, admin, base } = await twoOrgs());
  editor = await loginAs(t, org.users.editor.email);
});
afterAll(() => t.close());
const db = () => t.database.db;
const found = (q: string) => dsrSearch(admin, base, q);
const none = { assigned: 0, notes: 0, replies: 0, categoriesSet: 0, approvals: 0, dutyRota: 0 };
const inAnHour = () => new Date(Date.now() + 3_600_000);
const tomorrow = () => new Date(Date.now() + 86_400_000);

describe("a staff member's inbox work in a data-protection request", () => {
  it('lists the items assigned to them, their notes and answers, the categories they set, the answers they approved and their rota entries, in this organisation only; the erasure keeps them', async () => {
    const corrected = await buildItem(t, org.id, org.channelId, { text: 'Waar kan ik parkeren?', category: 'question' });
    expect((await editor.patch(`${base}/inbox/items/${corrected}`, { category: 'complaint' })).status).toBe(200);
    expect((await editor.patch(`${base}/inbox/items/${corrected}`, { assigneeId: org.users.editor.id })).status).toBe(200);
    expect((await editor.post(`${base}/inbox/items/${corrected}/notes`, { body: 'Doorgezet naar facilitair.' })).status).toBe(201);
    await db().insert(inboxReplies).values({ orgId: org.id, itemId: corrected, authorId: org.users.editor.id, text: 'Achter het gebouw.', status: 'sent' });
    // Someone else's correction is not theirs.
    const byAdmin = await buildItem(t, org.id, org.channelId, { category: 'question' });
    expect((await admin.patch(`${base}/inbox/items/${byAdmin}`, { category: 'spam' })).status).toBe(200);
    // The same account in another organisation: that work is the other organisation's to list.
    await db().insert(memberships).values({ orgId: other.id, userId: org.users.editor.id, role: 'editor' });
    await buildItem(t, other.id, other.channelId, {
      category: 'other',
      categorySetBy: org.users.editor.id,
      categorySetAt: new Date(),
      assigneeId: org.users.editor.id,
    });

    // Answers waiting on approval: the editor approves the admin's; the admin approves the approver's (not the editor's doing).
    // (Planned for tomorrow, so approving does not send them.)
    const waiting = async (authorId: string, text: string) => {
      const [reply] = await db()
        .insert(inboxReplies)
        .values({ orgId: org.id, itemId: byAdmin, authorId, text, status: 'awaiting_approval', dueAt: tomorrow() })
        .returning();
      return reply!;
    };
    const fromAdmin = await waiting(org.users.admin.id, 'We bellen u morgen.');
    const fromApprover = await waiting(org.users.approver.id, 'Dank voor uw bericht.');
    expect(((await (await editor.post(`${base}/inbox/replies/${fromAdmin.id}/approve`)).json()) as { status: string }).status).toBe('planned');
    expect((await admin.post(`${base}/inbox/replies/${fromApprover.id}/approve`)).status).toBe(200);

    // The duty rota: two weekly slots of theirs, one of someone else; an override that takes them off duty
    // and one they set for a colleague count, an override the admin set for the approver does not.
    const slots = [
      { userId: org.users.editor.id, day: 1, start: '08:00', end: '17:00' },
      { userId: org.users.editor.id, day: 3, start: '08:00', end: '12:00' },
      { userId: org.users.approver.id, day: 2, start: '08:00', end: '17:00' },
    ];
    expect((await admin.request('PUT', `${base}/inbox/duty/slots`, { slots })).status).toBe(200);
    const local = (d: Date) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(d).replace(' ', 'T');
    const override = (by: Client, userId: string, onDuty: boolean) =>
      by.post(`${base}/inbox/duty/overrides`, { userId, fromLocal: local(inAnHour()), untilLocal: local(tomorrow()), onDuty });
    expect((await override(admin, org.users.editor.id, false)).status).toBe(201);
    expect((await override(editor, org.users.approver.id, true)).status).toBe(201);
    expect((await override(admin, org.users.approver.id, true)).status).toBe(201);

    // Their approval and rota entries in the other organisation are that organisation's to list.
    const elsewhere = await buildItem(t, other.id, other.channelId, { category: 'question' });
    await db()
      .insert(inboxReplies)
      .values({
        orgId: other.id,
        itemId: elsewhere,
        authorId: other.users.admin.id,
        text: 'Elders.',
        status: 'planned',
        approvals: [{ step: 0, userId: org.users.editor.id, contentHash: 'x' }],
      });
    await db().insert(inboxDutySlots).values({ orgId: other.id, userId: org.users.editor.id, weekday: 5, starts: '09:00', ends: '12:00' });
    await db()
      .insert(inboxDutyOverrides)
      .values({ orgId: other.id, userId: org.users.editor.id, startsAt: inAnHour(), endsAt: tomorrow(), onDuty: true, createdBy: org.users.editor.id });

    const work = { assigned: 1, notes: 1, replies: 1, categoriesSet: 1, approvals: 1, dutyRota: 4 };
    expect((await found(org.users.editor.email)).inboxWork).toEqual(work);
    const exported = await admin.get(`${base}/dsr/export?q=${encodeURIComponent(org.users.editor.email)}`);
    expect(((await exported.json()) as DsrResult).inboxWork).toEqual(work);
    // Nobody matched: nothing counted.
    expect((await found('niemand-bekend')).inboxWork).toEqual(none);

    const erased = await admin.post(`${base}/dsr/erase`, { q: org.users.editor.email, confirm: org.users.editor.email });
    expect(erased.status).toBe(200);
    const { kept } = (await erased.json()) as DsrEraseResult;
    expect(kept).toContainEqual({ what: 'inbox_work', count: 5, reason: 'work_record' });
    expect(kept).toContainEqual({ what: 'duty_rota', count: 4, reason: 'edit_rota' });
    const [row] = await db().select().from(inboxItems).where(eq(inboxItems.id, corrected));
    expect([row!.assigneeId, row!.categorySetBy]).toEqual([org.users.editor.id, org.users.editor.id]);
    const [approved] = await db().select().from(inboxReplies).where(eq(inboxReplies.id, fromAdmin.id));
    expect(approved!.approvals.map((a) => a.userId)).toEqual([org.users.editor.id]);
    expect(await db().select().from(inboxDutySlots).where(eq(inboxDutySlots.orgId, org.id))).toHaveLength(3);
    expect(await db().select().from(inboxDutyOverrides).where(eq(inboxDutyOverrides.orgId, org.id))).toHaveLength(3);
  });

  it('a deleted account leaves assignment, notes, answers, approvals and category corrections in place without a name, and leaves the rota', async () => {
    const tag = randomUUID().slice(0, 8);
    const [gone] = await db()
      .insert(users)
      .values({ email: `weg-${tag}@example.nl`, name: `Weg ${tag}`, passwordHash: 'x' })
      .returning();
    await db().insert(memberships).values({ orgId: org.id, userId: gone!.id, role: 'editor' });
    const id = await buildItem(t, org.id, org.channelId, { category: 'compliment', categorySetBy: gone!.id, categorySetAt: new Date(), assigneeId: gone!.id });
    await db().insert(inboxNotes).values({ orgId: org.id, itemId: id, authorId: gone!.id, body: 'Gezien.' });
    await db().insert(inboxReplies).values({ orgId: org.id, itemId: id, authorId: gone!.id, text: 'Dank je wel!', status: 'sent' });
    const [approvedByGone] = await db()
      .insert(inboxReplies)
      .values({
        orgId: org.id,
        itemId: id,
        authorId: org.users.admin.id,
        text: 'Graag gedaan.',
        status: 'sent',
        approvals: [{ step: 0, userId: gone!.id, contentHash: 'x' }],
      })
      .returning();
    await db().insert(inboxDutySlots).values({ orgId: org.id, userId: gone!.id, weekday: 6, starts: '09:00', ends: '12:00' });
    await db()
      .insert(inboxDutyOverrides)
      .values({ orgId: org.id, userId: gone!.id, startsAt: inAnHour(), endsAt: tomorrow(), onDuty: true, createdBy: org.users.admin.id });
    const [setByGone] = await db()
      .insert(inboxDutyOverrides)
      .values({ orgId: org.id, userId: org.users.approver.id, startsAt: inAnHour(), endsAt: tomorrow(), onDuty: false, createdBy: gone!.id })
      .returning();
    expect((await found(`weg-${tag}`)).inboxWork).toEqual({ assigned: 1, notes: 1, replies: 1, categoriesSet: 1, approvals: 1, dutyRota: 3 });

    await db().delete(users).where(eq(users.id, gone!.id));
    const [item] = await db().select().from(inboxItems).where(eq(inboxItems.id, id));
    const [note] = await db().select().from(inboxNotes).where(eq(inboxNotes.itemId, id));
    const [reply] = await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id));
    expect([item!.assigneeId, item!.categorySetBy, note!.authorId, reply!.authorId]).toEqual([null, null, null, null]);
    expect([item!.category, note!.body, reply!.text]).toEqual(['compliment', 'Gezien.', 'Dank je wel!']);
    expect(item!.categorySetAt).not.toBeNull();
    // The approval is a bare account id in the answer's record (no name left to find); the rota forgets them,
    // and an override they set for someone else stays without saying who set it.
    const [approval] = await db().select().from(inboxReplies).where(eq(inboxReplies.id, approvedByGone!.id));
    expect(approval!.approvals).toEqual([{ step: 0, userId: gone!.id, contentHash: 'x' }]);
    expect(await db().select().from(inboxDutySlots).where(eq(inboxDutySlots.userId, gone!.id))).toEqual([]);
    expect(await db().select().from(inboxDutyOverrides).where(eq(inboxDutyOverrides.userId, gone!.id))).toEqual([]);
    const [kept] = await db().select().from(inboxDutyOverrides).where(eq(inboxDutyOverrides.id, setByGone!.id));
    expect([kept!.userId, kept!.createdBy]).toEqual([org.users.approver.id, null]);
  });
});
