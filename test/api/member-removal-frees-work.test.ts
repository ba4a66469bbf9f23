// Removing a member frees their open inbox items and campaign tasks: left in their name, nobody would
// pick them up, and the warnings and notices meant for the assignee or owner would reach no one (only
// members are told anything). Finished work keeps their name; another organisation's is untouched.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxList } from '../../src/contracts/inbox.ts';
import { auditEvents, campaignTasks, inboxItems, memberships, users } from '../../src/db/schema.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let base: string;
const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp();
  [org, other] = [await buildOrg(t), await buildOrg(t)];
  base = `/api/orgs/${org.id}`;
  admin = await loginAs(t, org.users.admin.email);
});
afterAll(() => t.close());

const account = async (name: string, email: string, memberOf: TestOrg) => {
  const [u] = await db().insert(users).values({ email, name, passwordHash: 'x' }).returning();
  await db().insert(memberships).values({ orgId: memberOf.id, userId: u!.id, role: 'editor' });
  return u!;
};
const remove = async (userId: string) => expect((await admin.del(`${base}/members/${userId}`)).status).toBe(204);

describe('removing a member', () => {
  it('frees their open inbox items and campaign tasks for the others; finished ones keep their name', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await account(`Vertrekt ${tag}`, `vertrekt-${tag}@zorg.example`, org);
    const open = await buildItem(t, org.id, org.channelId, { state: 'waiting', assigneeId: leaving.id });
    const done = await buildItem(t, org.id, org.channelId, { state: 'done', assigneeId: leaving.id });
    // Their assignment in another organisation is that organisation's.
    await db().insert(memberships).values({ orgId: other.id, userId: leaving.id, role: 'editor' });
    const theirs = await buildItem(t, other.id, other.channelId, { assigneeId: leaving.id });
    const editor = await loginAs(t, org.users.editor.email);
    const campaign = (await (await editor.post(`${base}/campaigns`, { name: `Open dag ${tag}` })).json()) as { id: string };
    const task = async (title: string) => {
      const res = await editor.post(`${base}/campaigns/${campaign.id}/tasks`, { title, ownerId: leaving.id });
      expect(res.status, await res.clone().text()).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const [todo, finished] = [await task('Foto maken'), await task('Affiche')];
    await db().update(campaignTasks).set({ doneAt: new Date() }).where(eq(campaignTasks.id, finished));

    await remove(leaving.id);
    const unassigned = (await (await editor.get(`${base}/inbox/items?assignee=none&state=waiting`)).json()) as InboxList;
    expect(unassigned.items.map((i) => i.id)).toContain(open);
    const owners = await db()
      .select({ id: campaignTasks.id, ownerId: campaignTasks.ownerId })
      .from(campaignTasks)
      .where(eq(campaignTasks.campaignId, campaign.id));
    expect(Object.fromEntries(owners.map((o) => [o.id, o.ownerId]))).toEqual({ [todo]: null, [finished]: leaving.id });
    const rows = await db().select({ id: inboxItems.id, assigneeId: inboxItems.assigneeId }).from(inboxItems);
    const assignee = (id: string) => rows.find((r) => r.id === id)?.assigneeId;
    expect([assignee(open), assignee(done), assignee(theirs)]).toEqual([null, leaving.id, leaving.id]);
    const [removed] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'member.removed')))
      .orderBy(auditEvents.seq)
      .then((r) => r.filter((e) => e.detail.userId === leaving.id));
    expect(removed!.detail).toMatchObject({ unassigned: 1, tasksFreed: 1 });
  });
});
