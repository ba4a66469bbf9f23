// A data-protection request about a former staff member: someone removed from the organisation whose
// account the organisation still names in its audit trail, inbox work, notifications and posts. The
// request finds them as a former member, with the same listing, export and erasure as a member, and
// never finds a namesake who left no trace in this organisation.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DsrEraseResult, DsrResult } from '../../src/contracts/dsr.ts';
import { auditEvents, inboxItems, inboxNotes, inboxReplies, notifications, postApprovals, postComments, posts, users } from '../../src/db/schema.ts';
import { recordAudit } from '../../src/features/audit/record-audit.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { loginAs, type TestOrg } from '../support/test-app.ts';
import { addAccount, dsrSearch, removeThrough, twoOrgsForFile } from '../support/two-orgs.ts';

const two = twoOrgsForFile();
const db = () => two.t.database.db;
const found = (q: string) => dsrSearch(two.admin, two.base, q);
const account = (name: string, email: string, memberOf?: TestOrg) => addAccount(two.t, name, email, memberOf);
const remove = (userId: string) => removeThrough(two.admin, two.base, userId);

/** A colleague with work in this organisation, and a namesake in another one with work there. */
async function colleagueAndNamesake() {
  const tag = randomUUID().slice(0, 8);
  const name = `Femke Verlaat ${tag}`;
  const femke = await account(name, `femke-${tag}@zorg.example`, two.org);
  const namesake = await account(name, `fverlaat-${tag}@elders.example`, two.other);
  // Femke's work here: an item she handled to the end, a note, an answer, a category correction, an answer she approved.
  const handled = await buildItem(two.t, two.org.id, two.org.channelId, {
    state: 'done',
    assigneeId: femke.id,
    categorySetBy: femke.id,
    categorySetAt: new Date(),
  });
  await db().insert(inboxNotes).values({ orgId: two.org.id, itemId: handled, authorId: femke.id, body: 'Teruggebeld.' });
  await db().insert(inboxReplies).values({ orgId: two.org.id, itemId: handled, authorId: femke.id, text: 'We bellen u.', status: 'sent' });
  await db()
    .insert(inboxReplies)
    .values({
      orgId: two.org.id,
      itemId: handled,
      authorId: two.org.users.admin.id,
      text: 'Graag gedaan.',
      status: 'sent',
      approvals: [{ step: 0, userId: femke.id, contentHash: 'x' }],
    });
  await db()
    .insert(notifications)
    .values({ orgId: two.org.id, userId: femke.id, kind: 'inbox_due_soon', params: { itemId: handled } });
  // Her posts: one she wrote, one she approved and returned earlier with a comment.
  await db().insert(posts).values({ orgId: two.org.id, authorId: femke.id, baseText: 'Griepprik vanaf maandag.' });
  const [reviewed] = await db().insert(posts).values({ orgId: two.org.id, authorId: two.org.users.editor.id, baseText: 'Open dag zaterdag.' }).returning();
  await db().insert(postApprovals).values({ orgId: two.org.id, postId: reviewed!.id, step: 0, userId: femke.id, contentHash: 'x' });
  await db().insert(postComments).values({
    orgId: two.org.id,
    postId: reviewed!.id,
    authorId: femke.id,
    part: 'base',
    startOffset: 0,
    endOffset: 8,
    quote: 'Open dag',
    body: 'Welke tijd?',
  });
  // The namesake's, in the other organisation: the same kinds of record.
  const theirs = await buildItem(two.t, two.other.id, two.other.channelId, { state: 'done', assigneeId: namesake.id });
  await db().insert(inboxNotes).values({ orgId: two.other.id, itemId: theirs, authorId: namesake.id, body: 'Elders.' });
  await db()
    .insert(notifications)
    .values({ orgId: two.other.id, userId: namesake.id, kind: 'inbox_due_soon', params: { itemId: theirs } });
  await db().insert(posts).values({ orgId: two.other.id, authorId: namesake.id, baseText: 'Elders geschreven.' });
  await recordAudit(db(), { orgId: two.other.id, actorId: namesake.id, action: 'inbox.item_updated', detail: { userId: namesake.id } });
  return { tag, name, femke, namesake, handled };
}

describe('a data-protection request about a former staff member', () => {
  it('finds them by name and e-mail after their removal, labelled former, with the same listing and export as a member; a namesake elsewhere stays invisible', async () => {
    const { name, femke, namesake } = await colleagueAndNamesake();
    const work = { assigned: 1, notes: 1, replies: 1, categoriesSet: 1, approvals: 1, dutyRota: 0 };
    const onPosts = { written: 1, approved: 1, comments: 1 };
    const before = await found(name);
    expect(before.members.items).toEqual([{ id: femke.id, name, email: femke.email, role: 'editor', former: false }]);
    expect(before.inboxWork).toEqual(work);
    expect(before.postWork).toEqual(onPosts);

    await remove(femke.id);
    for (const q of [name, femke.email]) {
      const after = await found(q);
      expect(after.members).toEqual({ items: [{ id: femke.id, name, email: femke.email, role: null, former: true }], total: 1 });
      expect(after.inboxWork).toEqual(work);
      expect(after.postWork).toEqual(onPosts);
      expect(after.notifications.total).toBe(1);
      // The trail about her here (her removal among it), none of the namesake's.
      expect(after.audit.items.map((a) => a.action)).toContain('member.removed');
      expect(after.audit.items.every((a) => a.detail.userId !== namesake.id)).toBe(true);
    }
    const exported = await two.admin.get(`${two.base}/dsr/export?q=${encodeURIComponent(femke.email)}`);
    const file = (await exported.json()) as DsrResult;
    expect(file.members.items).toEqual([{ id: femke.id, name, email: femke.email, role: null, former: true }]);
    expect(file.inboxWork).toEqual(work);
    expect(file.postWork).toEqual(onPosts);

    // The namesake's own address finds nothing here: she never worked in this organisation.
    const elsewhere = await found(namesake.email);
    expect(elsewhere.members.total).toBe(0);
    expect(elsewhere.notifications.total).toBe(0);
    expect(elsewhere.inboxWork).toEqual({ ...work, assigned: 0, notes: 0, replies: 0, categoriesSet: 0, approvals: 0 });
    expect(elsewhere.audit.total).toBe(0);
    expect(elsewhere.postWork).toEqual({ written: 0, approved: 0, comments: 0 });
    // And the other organisation finds its own, never Femke.
    const theirAdmin = await loginAs(two.t, two.other.users.admin.email);
    const there = (await (await theirAdmin.get(`/api/orgs/${two.other.id}/dsr?q=${encodeURIComponent(name)}`)).json()) as DsrResult;
    expect(there.members.items.map((m) => [m.id, m.former])).toEqual([[namesake.id, false]]);
    expect(there.notifications.total).toBe(1);
  });

  it('counts any one record naming the account in this organisation as a trace, and an account with none here as unknown', async () => {
    const tag = randomUUID().slice(0, 8);
    const traced = async (label: string, leave: (userId: string) => Promise<unknown>) => {
      const u = await account(`Spoor ${label} ${tag}`, `spoor-${label}-${tag}@zorg.example`);
      await leave(u.id);
      return u.id;
    };
    const item = await buildItem(two.t, two.org.id, two.org.channelId, {});
    const [post] = await db().insert(posts).values({ orgId: two.org.id, baseText: 'Open dag.' }).returning();
    const ids = [
      await traced('audit', (id) => recordAudit(db(), { orgId: two.org.id, actorId: id, action: 'post.created', detail: {} })),
      await traced('about', (id) => recordAudit(db(), { orgId: two.org.id, actorId: null, action: 'member.removed', detail: { userId: id } })),
      await traced('note', (id) => db().insert(inboxNotes).values({ orgId: two.org.id, itemId: item, authorId: id, body: 'Gezien.' })),
      await traced('approval', (id) =>
        db()
          .insert(inboxReplies)
          .values({ orgId: two.org.id, itemId: item, text: 'Dank.', status: 'sent', approvals: [{ step: 0, userId: id, contentHash: 'x' }] }),
      ),
      await traced('bell', (id) => db().insert(notifications).values({ orgId: two.org.id, userId: id, kind: 'inbox_due_soon', params: {} })),
      await traced('author', (id) => db().insert(posts).values({ orgId: two.org.id, authorId: id, baseText: 'Concept.' })),
      await traced('approver', (id) => db().insert(postApprovals).values({ orgId: two.org.id, postId: post!.id, step: 0, userId: id, contentHash: 'x' })),
    ];
    // The same kinds of record in another organisation, and an account with nothing at all.
    await traced('elders', (id) =>
      Promise.all([
        recordAudit(db(), { orgId: two.other.id, actorId: id, action: 'post.created', detail: { userId: id } }),
        db().insert(notifications).values({ orgId: two.other.id, userId: id, kind: 'inbox_due_soon', params: {} }),
        db().insert(posts).values({ orgId: two.other.id, authorId: id, baseText: 'Elders.' }),
      ]),
    );
    await traced('niets', async () => undefined);

    const result = await found(`Spoor`);
    const mine = result.members.items.filter((m) => m.name.endsWith(tag));
    expect(mine.map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(mine.every((m) => m.former && m.role === null)).toBe(true);
  });

  it('erases for a former member as for a member: their notifications here go, their work stays with its reason, nothing elsewhere is touched, and it is audited', async () => {
    const { femke, namesake, handled } = await colleagueAndNamesake();
    await remove(femke.id);
    const res = await two.admin.post(`${two.base}/dsr/erase`, { q: femke.email, confirm: femke.email });
    expect(res.status).toBe(200);
    const { erased, kept } = (await res.json()) as DsrEraseResult;
    expect(erased.notifications).toBe(1);
    expect(kept).toContainEqual({ what: 'inbox_work', count: 5, reason: 'work_record' });
    expect(kept).toContainEqual({ what: 'post_work', count: 3, reason: 'work_record' });
    expect(kept).toContainEqual({ what: 'members', count: 0, reason: 'remove_member' });
    expect(kept.find((k) => k.what === 'audit')!.count).toBeGreaterThanOrEqual(1);

    expect(await db().select().from(notifications).where(eq(notifications.userId, femke.id))).toEqual([]);
    const [item] = await db().select().from(inboxItems).where(eq(inboxItems.id, handled));
    expect([item!.assigneeId, item!.categorySetBy]).toEqual([femke.id, femke.id]);
    expect(await db().select().from(inboxNotes).where(eq(inboxNotes.authorId, femke.id))).toHaveLength(1);
    expect(await db().select().from(postApprovals).where(eq(postApprovals.userId, femke.id))).toHaveLength(1);
    expect(await db().select().from(posts).where(eq(posts.authorId, femke.id))).toHaveLength(1);
    // Her account stays (it is not this organisation's); the namesake's records elsewhere are untouched.
    expect(await db().select().from(users).where(eq(users.id, femke.id))).toHaveLength(1);
    expect(await db().select().from(notifications).where(eq(notifications.userId, namesake.id))).toHaveLength(1);
    expect(await db().select().from(inboxNotes).where(eq(inboxNotes.authorId, namesake.id))).toHaveLength(1);

    const [audited] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, two.org.id), eq(auditEvents.action, 'dsr.erased')))
      .orderBy(auditEvents.seq)
      .then((rows) => rows.slice(-1));
    expect(audited).toMatchObject({ actorId: two.org.users.admin.id, detail: { notifications: 1, formerMemberIds: [femke.id] } });
    expect(JSON.stringify(audited!.detail)).not.toContain(femke.email);
    // Found again afterwards: the work and the trail stay, the notifications are gone.
    const again = await found(femke.email);
    expect([again.members.total, again.notifications.total, again.inboxWork.notes]).toEqual([1, 0, 1]);
  });
});
