// A data-protection request about a staff member lists what their account did in the inbox — items
// assigned to them, notes and answers they wrote, categories they corrected — in the organisation asked
// about only; the erasure keeps it and says why; deleting the account leaves all four without a name.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DsrEraseResult, DsrResult } from '../../src/contracts/dsr.ts';
import { inboxItems, inboxNotes, inboxReplies, memberships, users } from '../../src/db/schema.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let editor: Client;
let base: string;
const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp();
  [org, other] = [await buildOrg(t), await buildOrg(t)];
  base = `/api/orgs/${org.id}`;
  [admin, editor] = await Promise.all([loginAs(t, org.users.admin.email), loginAs(t, org.users.editor.email)]);
});
afterAll(() => t.close());

const found = async (q: string) => {
  const res = await admin.get(`${base}/dsr?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as DsrResult;
};

describe("a staff member's inbox work in a data-protection request", () => {
  it('lists the items assigned to them, their notes and answers and the categories they set, in this organisation only; the erasure keeps them', async () => {
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

    const work = { assigned: 1, notes: 1, replies: 1, categoriesSet: 1 };
    expect((await found(org.users.editor.email)).inboxWork).toEqual(work);
    const exported = await admin.get(`${base}/dsr/export?q=${encodeURIComponent(org.users.editor.email)}`);
    expect(((await exported.json()) as DsrResult).inboxWork).toEqual(work);
    // Nobody matched: nothing counted.
    expect((await found('niemand-bekend')).inboxWork).toEqual({ assigned: 0, notes: 0, replies: 0, categoriesSet: 0 });

    const erased = await admin.post(`${base}/dsr/erase`, { q: org.users.editor.email, confirm: org.users.editor.email });
    expect(erased.status).toBe(200);
    expect(((await erased.json()) as DsrEraseResult).kept).toContainEqual({ what: 'inbox_work', count: 4, reason: 'work_record' });
    const [row] = await db().select().from(inboxItems).where(eq(inboxItems.id, corrected));
    expect([row!.assigneeId, row!.categorySetBy]).toEqual([org.users.editor.id, org.users.editor.id]);
  });

  it('a deleted account leaves assignment, notes, answers and category corrections in place without a name', async () => {
    const tag = randomUUID().slice(0, 8);
    const [gone] = await db()
      .insert(users)
      .values({ email: `weg-${tag}@example.nl`, name: `Weg ${tag}`, passwordHash: 'x' })
      .returning();
    await db().insert(memberships).values({ orgId: org.id, userId: gone!.id, role: 'editor' });
    const id = await buildItem(t, org.id, org.channelId, { category: 'compliment', categorySetBy: gone!.id, categorySetAt: new Date(), assigneeId: gone!.id });
    await db().insert(inboxNotes).values({ orgId: org.id, itemId: id, authorId: gone!.id, body: 'Gezien.' });
    await db().insert(inboxReplies).values({ orgId: org.id, itemId: id, authorId: gone!.id, text: 'Dank je wel!', status: 'sent' });
    expect((await found(`weg-${tag}`)).inboxWork).toEqual({ assigned: 1, notes: 1, replies: 1, categoriesSet: 1 });

    await db().delete(users).where(eq(users.id, gone!.id));
    const [item] = await db().select().from(inboxItems).where(eq(inboxItems.id, id));
    const [note] = await db().select().from(inboxNotes).where(eq(inboxNotes.itemId, id));
    const [reply] = await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id));
    expect([item!.assigneeId, item!.categorySetBy, note!.authorId, reply!.authorId]).toEqual([null, null, null, null]);
    expect([item!.category, note!.body, reply!.text]).toEqual(['compliment', 'Gezien.', 'Dank je wel!']);
    expect(item!.categorySetAt).not.toBeNull();
  });
});
