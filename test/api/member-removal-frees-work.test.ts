// Removing a member frees their open inbox items and campaign tasks and takes them out of the approval
// chains (as does a new role that may not review). Left in their name, nobody would pick the work up,
// the warnings and notices meant for the assignee or owner would reach no one (only members are told
// anything), the chain screen could not be saved and a step naming only them could never be approved.
// Finished work keeps their name; another organisation's is untouched.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxList } from '../../src/contracts/inbox.ts';
import { auditEvents, campaignTasks, inboxItems, mailOutbox, memberships, notificationSettings, notifications, organisations } from '../../src/db/schema.ts';
import { enqueueDigests } from '../../src/features/notifications/digest.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { type Client, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';
import { addAccount, removeThrough, twoOrgs } from '../support/two-orgs.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let base: string;
// Mail configured (nothing is sent: no worker runs here), so the daily digest is put together.
beforeAll(async () => ({ t, org, other, admin, base } = await twoOrgs({ SMTP_URL: 'smtp://127.0.0.1:9', SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' })));
afterAll(() => t.close());
const db = () => t.database.db;
const account = (name: string, email: string, memberOf: TestOrg) => addAccount(t, name, email, memberOf);
const remove = (userId: string) => removeThrough(admin, base, userId);

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

describe('a person named in an approval chain', () => {
  type Chains = { chains: { channelId: string | null; steps: { roles: string[]; people: string[]; mode: string; includesTime: boolean }[] }[] };
  const step = (over: Record<string, unknown>) => ({ roles: [], people: [], mode: 'any', includesTime: false, ...over });
  const chains = async () => ((await (await admin.get(`${base}/approval-chains`)).json()) as Chains).chains;
  const save = (steps: unknown[]) => admin.request('PUT', `${base}/approval-chains`, { channelId: null, steps });

  it('leaves the chains when removed: the chain can be saved again, and a step that named only them falls to the admins', async () => {
    const tag = randomUUID().slice(0, 8);
    const officer = await account(`Privacyfunctionaris ${tag}`, `privacy-${tag}@zorg.example`, org);
    await db()
      .update(memberships)
      .set({ role: 'approver' })
      .where(and(eq(memberships.userId, officer.id), eq(memberships.orgId, org.id)));
    expect((await save([step({ people: [officer.id] }), step({ roles: ['approver'], people: [officer.id], mode: 'all' })])).status).toBe(200);
    const contributor = await loginAs(t, org.users.contributor.email);
    const created = await contributor.post(`${base}/posts`, {
      baseText: 'Kom zaterdag naar onze open dag!',
      variants: [{ channelId: org.channelId, text: null }],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const post = (await created.json()) as { id: string };
    expect((await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(200);

    await remove(officer.id);
    const [chain] = await chains();
    expect(chain!.steps).toEqual([step({ roles: ['admin'] }), step({ roles: ['approver'], mode: 'all' })]);
    // The chain as the screen shows it saves again (a removed person in it was refused: 422).
    expect((await save(chain!.steps)).status).toBe(200);
    // The post waiting on the privacy officer is not stuck: an admin may approve it now.
    const waiting = (await (await admin.get(`${base}/posts/${post.id}`)).json()) as { allowedActions: string[] };
    expect(waiting.allowedActions).toContain('approve');
  });

  it('leaves the chains when their new role may not review; another organisation keeps its own chain', async () => {
    const tag = randomUUID().slice(0, 8);
    const reviewer = await account(`Meelezer ${tag}`, `meelezer-${tag}@zorg.example`, org);
    await db().update(memberships).set({ role: 'approver' }).where(eq(memberships.userId, reviewer.id));
    await db().insert(memberships).values({ orgId: other.id, userId: reviewer.id, role: 'approver' });
    const theirAdmin = await loginAs(t, other.users.admin.email);
    const theirChain = [step({ roles: ['approver'], people: [reviewer.id] })];
    expect((await theirAdmin.request('PUT', `/api/orgs/${other.id}/approval-chains`, { channelId: null, steps: theirChain })).status).toBe(200);
    expect((await save([step({ roles: ['admin'], people: [reviewer.id] })])).status).toBe(200);

    expect((await admin.patch(`${base}/members/${reviewer.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await chains())[0]!.steps).toEqual([step({ roles: ['admin'] })]);
    const theirs = ((await (await theirAdmin.get(`/api/orgs/${other.id}/approval-chains`)).json()) as Chains).chains;
    expect(theirs[0]!.steps).toEqual(theirChain);
  });
});

describe('what a removed member set up for themselves', () => {
  it('ends their calendar address and monthly-report sign-up: a later return to the organisation does not bring them back', async () => {
    const viewer = await loginAs(t, org.users.viewer.email);
    const feed = (await (await viewer.post(`${base}/calendar-feed`)).json()) as { url: string };
    const address = new URL(feed.url).pathname;
    expect((await t.app.request(address)).status).toBe(200);
    expect((await viewer.request('PUT', `${base}/metrics/report-subscription`, { subscribed: true })).status).toBe(200);

    await remove(org.users.viewer.id);
    expect((await t.app.request(address)).status).toBe(404);
    // Back in the organisation (invited again): the old address stays dead, and no report is sent unasked.
    await db().insert(memberships).values({ orgId: org.id, userId: org.users.viewer.id, role: 'viewer' });
    expect((await t.app.request(address)).status).toBe(404);
    const back = await loginAs(t, org.users.viewer.email);
    expect(await (await back.get(`${base}/metrics/report-subscription`)).json()).toEqual({ subscribed: false });
    expect(await (await back.get(`${base}/calendar-feed`)).json()).toMatchObject({ active: false });
  });
});

describe('a removed member who chose the daily digest', () => {
  it('gets nothing of this organisation in their next digest; their other organisation still comes', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await account(`Samenvatting ${tag}`, `samenvatting-${tag}@zorg.example`, org);
    await db().insert(memberships).values({ orgId: other.id, userId: leaving.id, role: 'editor' });
    await db().insert(notificationSettings).values({ userId: leaving.id, email: true, digest: true });
    await db()
      .insert(notifications)
      .values([
        { orgId: org.id, userId: leaving.id, kind: 'post_submitted', params: {}, mail: 'digest' },
        { orgId: other.id, userId: leaving.id, kind: 'post_submitted', params: {}, mail: 'digest' },
      ]);

    await remove(leaving.id);
    expect(await enqueueDigests(db(), new Date('2030-01-07T08:00:00Z'))).toBe(1);
    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.userId, leaving.id));
    const names = await db().select({ id: organisations.id, name: organisations.name }).from(organisations);
    const nameOf = (id: string) => names.find((n) => n.id === id)!.name;
    expect(mail!.body).toContain(nameOf(other.id));
    expect(mail!.body).not.toContain(nameOf(org.id));
    expect(mail!.subject).toMatch(/\b1\b/);
    // The bell row here stays, in the app only.
    const [here] = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, org.id), eq(notifications.userId, leaving.id)));
    expect(here!.mail).toBe('none');
  });
});
