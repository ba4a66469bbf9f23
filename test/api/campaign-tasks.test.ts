// A campaign's execution through the API: tasks (owner a member, channel the organisation's,
// deadline in the organisation's zone), paging, isolation, the owner reminded once (bell and
// mail, even with two sweeps at once), a draft made from a task in the campaign at its deadline,
// the campaign's posts before/during/after the event, and the aftercare's inbox rules.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../src/contracts/campaign.ts';
import type { CampaignTaskView } from '../../src/contracts/campaign-task.ts';
import { campaignTasks, inboxItems, mailOutbox, notifications, notificationSettings, posts } from '../../src/db/schema.ts';
import { applyCampaignInboxRules } from '../../src/features/campaigns/campaign-inbox-rules.ts';
import { remindDueTasks } from '../../src/features/campaigns/task-reminders.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, localIn, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let viewer: Client;
let stranger: Client;

beforeAll(async () => {
  t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1', SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' });
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  [editor, viewer, stranger] = await Promise.all([loginAs(t, org.users.editor.email), loginAs(t, org.users.viewer.email), loginAs(t, other.users.admin.email)]);
});
afterAll(() => t.close());

const campaigns = () => `/api/orgs/${org.id}/campaigns`;
async function newCampaign(body: Record<string, unknown> = {}): Promise<CampaignView> {
  const res = await editor.post(campaigns(), { name: 'Week van de Mantelzorg', ...body });
  expect(res.status).toBe(201);
  return (await res.json()) as CampaignView;
}
async function newTask(c: CampaignView, body: Record<string, unknown>): Promise<CampaignTaskView> {
  const res = await editor.post(`${campaigns()}/${c.id}/tasks`, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as CampaignTaskView;
}

describe('campaign tasks', () => {
  it("keeps who makes what for which platform and by when, with the deadline in the organisation's zone", async () => {
    const c = await newCampaign();
    const task = await newTask(c, {
      title: 'Aankondiging op de website',
      channelId: org.channelId,
      moment: 'before',
      ownerId: org.users.contributor.id,
      dueLocal: '2026-11-02T09:30',
    });
    // 09:30 in Amsterdam in November is 08:30 UTC.
    expect(task).toMatchObject({
      dueAt: '2026-11-02T08:30:00.000Z',
      dueLocal: '2026-11-02T09:30',
      done: false,
      ownerName: expect.stringContaining('contributor'),
    });
    const done = await editor.patch(`${campaigns()}/${c.id}/tasks/${task.id}`, { done: true });
    expect(((await done.json()) as CampaignTaskView).done).toBe(true);
    const view = (await (await viewer.get(`${campaigns()}/${c.id}`)).json()) as CampaignView;
    expect(view.openTasks).toBe(0);
    expect(view.progress.execution.filled).toBe(2); // a task exists and every task is done
  });

  it("refuses an owner from elsewhere, another organisation's channel and bad fields, storing nothing", async () => {
    const c = await newCampaign();
    const cases: [unknown, number, string][] = [
      [{ title: 'X', ownerId: other.users.admin.id }, 422, 'organisatie'],
      [{ title: 'X', channelId: other.channelId }, 422, other.channelId],
      [{ title: 'X', moment: 'sometime' }, 422, 'moment'],
      [{ title: 'X', dueLocal: '2026-02-30T25:00' }, 422, 'dueLocal'],
      [{ title: '' }, 422, 'title'],
      [{ title: 'X', extra: 1 }, 422, 'extra'],
    ];
    for (const [body, status, named] of cases) {
      const res = await editor.post(`${campaigns()}/${c.id}/tasks`, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(await res.json())).toContain(named);
    }
    // Not JSON, a task id that is none, a cursor that is none: 4xx in the error format, never a 5xx.
    const broken = [
      await editor.request('POST', `${campaigns()}/${c.id}/tasks`, undefined, { 'content-type': 'application/json' }),
      await editor.patch(`${campaigns()}/${c.id}/tasks/not-a-task`, { done: true }),
      await editor.post(`${campaigns()}/${c.id}/tasks/not-a-task/draft`),
      await viewer.get(`${campaigns()}/${c.id}/tasks?cursor=nonsense`),
      await viewer.get(`${campaigns()}/${c.id}/posts?limit=0`),
    ];
    for (const res of broken) {
      expect(res.status, res.url).toBeGreaterThanOrEqual(400);
      expect(res.status, res.url).toBeLessThan(500);
      expect(((await res.json()) as { error: { message: string } }).error.message).not.toBe('');
    }
    const list = (await (await viewer.get(`${campaigns()}/${c.id}/tasks`)).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  });

  it('lets viewers read but not write, and keeps organisations apart', async () => {
    const c = await newCampaign();
    const task = await newTask(c, { title: 'Foto maken' });
    expect((await viewer.post(`${campaigns()}/${c.id}/tasks`, { title: 'Nee' })).status).toBe(403);
    expect((await viewer.patch(`${campaigns()}/${c.id}/tasks/${task.id}`, { done: true })).status).toBe(403);
    const theirs = `/api/orgs/${other.id}/campaigns/${c.id}/tasks`;
    expect((await stranger.get(theirs)).status).toBe(404);
    expect((await stranger.post(theirs, { title: 'Overgenomen' })).status).toBe(404);
    expect((await stranger.patch(`${theirs}/${task.id}`, { title: 'Overgenomen' })).status).toBe(404);
    expect((await stranger.del(`${theirs}/${task.id}`)).status).toBe(404);
    expect((await stranger.post(`${theirs}/${task.id}/draft`)).status).toBe(404);
    // A task is reached only through its own campaign.
    const elsewhere = await newCampaign({ name: 'Andere' });
    expect((await editor.patch(`${campaigns()}/${elsewhere.id}/tasks/${task.id}`, { title: 'Verplaatst' })).status).toBe(404);
    expect(((await (await viewer.get(`${campaigns()}/${c.id}/tasks`)).json()) as { items: CampaignTaskView[] }).items[0]?.title).toBe('Foto maken');
  });

  it('pages through every task, soonest deadline first and those without one last, none twice', async () => {
    const c = await newCampaign();
    for (const [i, due] of ['2026-11-04T10:00', null, '2026-11-01T10:00', '2026-11-03T10:00', null].entries())
      await newTask(c, { title: `Taak ${i}`, dueLocal: due });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await viewer.get(`${campaigns()}/${c.id}/tasks?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        items: CampaignTaskView[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((x) => x.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.slice(0, 3)).toEqual(['Taak 2', 'Taak 3', 'Taak 0']);
    expect(seen.slice(3).sort()).toEqual(['Taak 1', 'Taak 4']);
  });

  it('reminds the owner once when the deadline is within a day, by bell and mail, however many sweeps run', async () => {
    const c = await newCampaign();
    const soon = await newTask(c, { title: 'Filmpje monteren', ownerId: org.users.editor.id, dueLocal: localIn(0.5, '23:59') });
    await t.database.db
      .update(campaignTasks)
      .set({ dueAt: new Date(Date.now() + 3 * 3_600_000) })
      .where(eq(campaignTasks.id, soon.id));
    const later = await newTask(c, { title: 'Later', ownerId: org.users.editor.id, dueLocal: localIn(5) });
    const finished = await newTask(c, { title: 'Al klaar', ownerId: org.users.editor.id });
    await t.database.db
      .update(campaignTasks)
      .set({ dueAt: new Date(Date.now() + 3_600_000), doneAt: new Date() })
      .where(eq(campaignTasks.id, finished.id));

    const counts = await Promise.all([remindDueTasks(t.database.db), remindDueTasks(t.database.db), remindDueTasks(t.database.db)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await remindDueTasks(t.database.db);
    const bells = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, org.users.editor.id), eq(notifications.kind, 'campaign_task_due')));
    expect(bells.map((b) => b.params)).toEqual([expect.objectContaining({ taskId: soon.id, title: 'Filmpje monteren' })]);
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.users.editor.email));
    expect(mails.filter((m) => m.subject.includes('Filmpje monteren'))).toHaveLength(1);
    expect(mails.find((m) => m.subject.includes('Filmpje monteren'))?.body).toContain(`/campaigns/${c.id}/execution`);
    const [laterRow] = await t.database.db.select().from(campaignTasks).where(eq(campaignTasks.id, later.id));
    expect(laterRow?.remindedAt).toBeNull();

    // Someone who wants no mail gets the bell only (their notification settings).
    await t.database.db.insert(notificationSettings).values({ userId: org.users.approver.id, email: false });
    const quiet = await newTask(c, { title: 'Foto kiezen', ownerId: org.users.approver.id });
    await t.database.db
      .update(campaignTasks)
      .set({ dueAt: new Date(Date.now() + 3_600_000) })
      .where(eq(campaignTasks.id, quiet.id));
    expect(await remindDueTasks(t.database.db)).toBe(1);
    const [bell] = await t.database.db.select().from(notifications).where(eq(notifications.userId, org.users.approver.id));
    expect(bell).toMatchObject({ kind: 'campaign_task_due', mail: 'none' });
    expect(await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.users.approver.email))).toEqual([]);

    // A new deadline is a new reminder.
    await editor.patch(`${campaigns()}/${c.id}/tasks/${soon.id}`, { dueLocal: localIn(3) });
    const [moved] = await t.database.db.select().from(campaignTasks).where(eq(campaignTasks.id, soon.id));
    expect(moved?.remindedAt).toBeNull();
  });

  it("makes a draft from a task: in the campaign, on the task's channel, planned at the deadline, once", async () => {
    const c = await newCampaign({ hashtag: '#WeekVanDeMantelzorg', eventLocal: localIn(10, '14:00') });
    await editor.patch(`${campaigns()}/${c.id}`, { preparation: { text: 'Kom naar de mantelzorgmiddag' } });
    const due = localIn(7, '09:00');
    const task = await newTask(c, { title: 'Aankondiging', channelId: org.channelId, moment: 'before', dueLocal: due });
    const res = await editor.post(`${campaigns()}/${c.id}/tasks/${task.id}/draft`);
    expect(res.status).toBe(201);
    const { postId } = (await res.json()) as { postId: string };
    const [post] = await t.database.db.select().from(posts).where(eq(posts.id, postId));
    expect(post).toMatchObject({ campaignId: c.id, status: 'draft', baseText: 'Kom naar de mantelzorgmiddag\n\n#WeekVanDeMantelzorg' });
    const detail = (await (await editor.get(`/api/orgs/${org.id}/posts/${postId}`)).json()) as { scheduledLocal: string; variants: { channelId: string }[] };
    expect(detail.scheduledLocal).toBe(due);
    expect(detail.variants.map((v) => v.channelId)).toEqual([org.channelId]);
    expect((await editor.post(`${campaigns()}/${c.id}/tasks/${task.id}/draft`)).status).toBe(409);
    const listed = (await (await viewer.get(`${campaigns()}/${c.id}/tasks`)).json()) as { items: CampaignTaskView[] };
    expect(listed.items[0]).toMatchObject({ postId, postStatus: 'draft' });

    const noChannel = await newTask(c, { title: 'Zonder kanaal' });
    const refused = await editor.post(`${campaigns()}/${c.id}/tasks/${noChannel.id}/draft`);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain('kanaal');

    // The campaign's posts, each before, during or after the event.
    const during = await newTask(c, { title: 'Live', channelId: org.channelId, moment: 'during', dueLocal: localIn(10, '15:00') });
    await editor.post(`${campaigns()}/${c.id}/tasks/${during.id}/draft`);
    const loose = (await (
      await editor.post(`/api/orgs/${org.id}/posts`, {
        baseText: 'Terugblik',
        variants: [{ channelId: org.channelId, text: null }],
        scheduledLocal: localIn(12),
      })
    ).json()) as { id: string };
    await editor.request('PUT', `/api/orgs/${org.id}/posts/${loose.id}/campaign`, { campaignId: c.id });
    const list = (await (await viewer.get(`${campaigns()}/${c.id}/posts`)).json()) as { items: { id: string; moment: string }[] };
    expect(list.items.map((p) => p.moment)).toEqual(['before', 'during', 'after']);
    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}/posts`)).status).toBe(404);
  });
});

describe("the campaign's inbox rules", () => {
  it('gives items with its hashtag to the first responder, labelled, leaving assigned ones and other organisations alone', async () => {
    const c = await newCampaign({ name: 'Griepprik', hashtag: '#GriepprikNu' });
    await editor.patch(`${campaigns()}/${c.id}`, { aftercare: { responders: [org.users.contributor.id, org.users.editor.id] } });
    const tagged = await buildItem(t, org.id, org.channelId, { text: 'Waar kan ik terecht? #griepprikNu' });
    const taken = await buildItem(t, org.id, org.channelId, { text: 'Ook een vraag #GriepprikNu', assigneeId: org.users.admin.id });
    const unrelated = await buildItem(t, org.id, org.channelId, { text: 'Iets heel anders' });
    const theirs = await buildItem(t, other.id, other.channelId, { text: 'Elders #GriepprikNu' });

    expect(await applyCampaignInboxRules(t.database.db)).toBe(2);
    expect(await applyCampaignInboxRules(t.database.db)).toBe(0);
    const row = async (id: string) => (await t.database.db.select().from(inboxItems).where(eq(inboxItems.id, id)))[0]!;
    expect(await row(tagged)).toMatchObject({ assigneeId: org.users.contributor.id, labels: ['#GriepprikNu'] });
    expect(await row(taken)).toMatchObject({ assigneeId: org.users.admin.id, labels: ['#GriepprikNu'] });
    expect(await row(unrelated)).toMatchObject({ assigneeId: null, labels: [] });
    expect(await row(theirs)).toMatchObject({ assigneeId: null, labels: [] });

    // A closed campaign leaves new items alone.
    await editor.patch(`${campaigns()}/${c.id}`, { phase: 'closed' });
    const late = await buildItem(t, org.id, org.channelId, { text: 'Nog een #GriepprikNu' });
    await applyCampaignInboxRules(t.database.db);
    expect(await row(late)).toMatchObject({ assigneeId: null, labels: [] });
  });
});
