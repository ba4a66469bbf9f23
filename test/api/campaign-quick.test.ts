// The quick route and campaign templates through the API: one form makes a campaign with three
// posts submitted into the approval chain, scheduled at their planned times once approved; a
// refusal of one message leaves nothing; templates are seeded once, paged, renamed, deleted,
// saved from a campaign and used to start one; organisations stay apart.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../src/contracts/campaign.ts';
import type { CampaignTemplateView, QuickCampaignResultView, QuickPlanView } from '../../src/contracts/campaign-quick.ts';
import { auditEvents, campaigns, posts } from '../../src/db/schema.ts';
import { resolveLocalTime } from '../../src/domain/local-time.ts';
import { buildOrg, type Client, createTestApp, localIn, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let contributor: Client;
let approver: Client;
let viewer: Client;
let stranger: Client;

beforeAll(async () => {
  t = await createTestApp();
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  [editor, contributor, approver, viewer, stranger] = await Promise.all([
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.viewer.email),
    loginAs(t, other.users.admin.email),
  ]);
});
afterAll(() => t.close());

const api = (o: TestOrg = org) => `/api/orgs/${o.id}`;
const LEAK = 'Mevrouw Jansen (BSN 111222333) is opgenomen met longkanker.';

/** A form for an event `days` from now, with the server's suggested times. */
async function form(client: Client, days: number, texts: Partial<Record<'announcement' | 'during' | 'lookBack', string>> = {}) {
  const eventLocal = localIn(days, '14:00');
  const plan = (await (await client.get(`${api()}/campaigns/quick/plan?eventLocal=${eventLocal}`)).json()) as QuickPlanView;
  return {
    name: `Open dag ${Math.random().toString(36).slice(2, 7)}`,
    eventLocal,
    hashtag: 'OpenDag',
    channelIds: [org.channelId],
    messages: {
      announcement: { text: texts.announcement ?? 'Volgende week is onze open dag. Iedereen is welkom! #OpenDag', scheduledLocal: plan.announcement },
      during: { text: texts.during ?? 'Onze open dag is begonnen. Kom gerust langs! #OpenDag', scheduledLocal: plan.during },
      lookBack: { text: texts.lookBack ?? 'Dank aan iedereen die langskwam. Tot de volgende keer! #OpenDag', scheduledLocal: plan.lookBack },
    },
  };
}

const postsOf = (campaignId: string) =>
  t.database.db
    .select()
    .from(posts)
    .where(and(eq(posts.orgId, org.id), eq(posts.campaignId, campaignId)));

describe('quick route', () => {
  it('suggests a week before at 10:00, the start, and the next working day at 10:00', async () => {
    const res = await viewer.get(`${api()}/campaigns/quick/plan?eventLocal=${localIn(20, '14:00')}`);
    expect(res.status).toBe(200);
    const plan = (await res.json()) as QuickPlanView;
    expect(plan.announcement).toBe(`${localIn(13).slice(0, 10)}T10:00`);
    expect(plan.during).toBe(localIn(20, '14:00'));
    expect(plan.lookBack.slice(11)).toBe('10:00');
    expect((await viewer.get(`${api()}/campaigns/quick/plan?eventLocal=2020-01-01T10:00`)).status).toBe(422);
  });

  it('makes a campaign with three posts awaiting approval; approved, they are scheduled at the planned times', async () => {
    const body = await form(editor, 20);
    const res = await editor.post(`${api()}/campaigns/quick`, body);
    expect(res.status).toBe(201);
    const made = (await res.json()) as QuickCampaignResultView;
    expect(made.campaign).toMatchObject({ route: 'quick', hashtag: '#OpenDag', eventLocal: body.eventLocal, postCount: 3 });
    expect(made.scheduledWhenApproved).toBe(true);
    expect(made.posts.map((p) => [p.message, p.status, p.scheduledLocal])).toEqual([
      ['announcement', 'in_review', body.messages.announcement.scheduledLocal],
      ['during', 'in_review', body.messages.during.scheduledLocal],
      ['lookBack', 'in_review', body.messages.lookBack.scheduledLocal],
    ]);
    // The approver is asked, like for any submitted post.
    const waiting = (await (await approver.get(`${api()}/posts?status=in_review&limit=100`)).json()) as { items: { id: string }[] };
    expect(waiting.items.map((p) => p.id)).toEqual(expect.arrayContaining(made.posts.map((p) => p.id)));

    for (const p of made.posts) expect((await approver.post(`${api()}/posts/${p.id}/transitions`, { event: 'approve' })).status).toBe(200);
    const stored = await postsOf(made.campaign.id);
    for (const p of made.posts) {
      const row = stored.find((r) => r.id === p.id)!;
      expect(row.status).toBe('scheduled');
      expect(row.scheduledAt!.toISOString()).toBe(resolveLocalTime(p.scheduledLocal, 'Europe/Amsterdam').utc.toISOString());
    }
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.filter((a) => a.action === 'post.scheduled' && made.posts.some((p) => (a.detail as { postId: string }).postId === p.id))).toHaveLength(3);
  });

  it("leaves a contributor's approved posts for an editor to schedule (a contributor may not schedule)", async () => {
    const made = (await (await contributor.post(`${api()}/campaigns/quick`, await form(contributor, 15))).json()) as QuickCampaignResultView;
    expect(made.scheduledWhenApproved).toBe(false);
    await approver.post(`${api()}/posts/${made.posts[0]!.id}/transitions`, { event: 'approve' });
    const [row] = await t.database.db.select().from(posts).where(eq(posts.id, made.posts[0]!.id));
    expect(row!.status).toBe('approved');
  });

  it('refuses the whole form when the guard blocks one text, naming that message, and keeps nothing', async () => {
    const before = await t.database.db.select().from(campaigns).where(eq(campaigns.orgId, org.id));
    const postsBefore = await t.database.db.select().from(posts).where(eq(posts.orgId, org.id));
    const res = await editor.post(`${api()}/campaigns/quick`, await form(editor, 20, { during: LEAK }));
    expect(res.status).toBe(422);
    const error = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
    expect(error.error.code).toBe('quick_message_refused');
    expect(error.error.message).toContain('tijdens');
    expect(error.error.details[0]!.path).toBe('messages.during.text');
    expect(await t.database.db.select().from(campaigns).where(eq(campaigns.orgId, org.id))).toHaveLength(before.length);
    expect(await t.database.db.select().from(posts).where(eq(posts.orgId, org.id))).toHaveLength(postsBefore.length);
  });

  it('refuses bad input with a 4xx naming the field, and keeps nothing', async () => {
    const good = await form(editor, 20);
    const before = (await t.database.db.select().from(posts).where(eq(posts.orgId, org.id))).length;
    const cases: [unknown, number, string][] = [
      [{ ...good, name: '' }, 422, 'name'],
      [{ ...good, channelIds: [] }, 422, 'channelIds'],
      [{ ...good, channelIds: [other.channelId] }, 422, other.channelId],
      [{ ...good, eventLocal: '2020-05-01T10:00' }, 422, 'eventLocal'],
      [{ ...good, messages: { ...good.messages, lookBack: { text: '', scheduledLocal: good.messages.lookBack.scheduledLocal } } }, 422, 'lookBack'],
      [
        { ...good, messages: { ...good.messages, announcement: { text: 'x', scheduledLocal: '2020-05-01T10:00' } } },
        422,
        'messages.announcement.scheduledLocal',
      ],
      [
        { ...good, messages: { ...good.messages, during: { text: 'x'.repeat(5001), scheduledLocal: good.messages.during.scheduledLocal } } },
        422,
        'messages.during.text',
      ],
    ];
    for (const [body, status, named] of cases) {
      const res = await editor.post(`${api()}/campaigns/quick`, body);
      expect(res.status, JSON.stringify(named)).toBe(status);
      expect(JSON.stringify(await res.json())).toContain(named);
    }
    expect((await t.database.db.select().from(posts).where(eq(posts.orgId, org.id))).length).toBe(before);
    expect((await viewer.post(`${api()}/campaigns/quick`, good)).status).toBe(403);
    expect((await stranger.post(`${api()}/campaigns/quick`, good)).status).toBe(404);
  });
});

describe('campaign templates', () => {
  const list = async (client: Client, o: TestOrg = org, q = '') =>
    (await (await client.get(`${api(o)}/campaign-templates${q}`)).json()) as { items: CampaignTemplateView[]; nextCursor: string | null };

  it('seeds the two defaults once, in Dutch; a deleted default stays deleted', async () => {
    const mine = await buildOrg(t);
    const admin = await loginAs(t, mine.users.admin.email);
    const first = await list(admin, mine);
    expect(first.items.map((x) => x.name).sort()).toEqual(['Griepprik', 'Week van de Mantelzorg']);
    const week = first.items.find((x) => x.name === 'Week van de Mantelzorg')!;
    expect(week.content).toMatchObject({ hashtag: '#WeekVanDeMantelzorg', goalMetric: 'engagements' });
    expect(week.content.preparation?.goal).toMatch(/mantelzorgers/);
    expect((await admin.del(`${api(mine)}/campaign-templates/${week.id}`)).status).toBe(204);
    expect((await list(admin, mine)).items.map((x) => x.name)).toEqual(['Griepprik']);
  });

  it('saves a campaign as a template without its dates and people, renames, starts a campaign from it and deletes it', async () => {
    const c = (await (
      await editor.post(`${api()}/campaigns`, {
        name: 'Dag van de Verpleging',
        hashtag: '#DagVanDeVerpleging',
        eventLocal: localIn(30),
        goalMetric: 'likes',
        goalTarget: 100,
      })
    ).json()) as CampaignView;
    await editor.patch(`${api()}/campaigns/${c.id}`, {
      preparation: { goal: 'Waardering laten zien', platforms: [org.channelId], people: [{ name: 'Anna', consented: true }] },
      aftercare: { responders: [org.users.editor.id], howToAnswer: 'Bedank iedereen', lookBack: 'Het ging goed' },
    });
    const saved = await editor.post(`${api()}/campaigns/${c.id}/template`, { name: 'Verpleging' });
    expect(saved.status).toBe(201);
    const tpl = (await saved.json()) as CampaignTemplateView;
    expect(tpl.content).toEqual({
      colour: c.colour,
      hashtag: '#DagVanDeVerpleging',
      goalMetric: 'likes',
      goalTarget: 100,
      preparation: { goal: 'Waardering laten zien', platforms: [org.channelId] },
      execution: {},
      aftercare: { howToAnswer: 'Bedank iedereen' },
    });
    expect((await editor.post(`${api()}/campaigns/${c.id}/template`, { name: 'VERPLEGING' })).status).toBe(409);
    const renamed = await editor.patch(`${api()}/campaign-templates/${tpl.id}`, { name: 'Dag van de Verpleging' });
    expect(renamed.status).toBe(200);
    expect(((await (await viewer.get(`${api()}/campaign-templates/${tpl.id}`)).json()) as CampaignTemplateView).name).toBe('Dag van de Verpleging');
    expect((await stranger.get(`${api(other)}/campaign-templates/${tpl.id}`)).status).toBe(404);

    const started = (await (await editor.post(`${api()}/campaigns`, { name: 'Dag van de Verpleging 2027', templateId: tpl.id })).json()) as CampaignView;
    expect(started).toMatchObject({ templateId: tpl.id, route: 'careful', hashtag: '#DagVanDeVerpleging', goalTarget: 100, eventLocal: null });
    expect(started.preparation).toEqual({ goal: 'Waardering laten zien', platforms: [org.channelId] });
    expect(started.aftercare).toEqual({ howToAnswer: 'Bedank iedereen' });

    expect((await viewer.patch(`${api()}/campaign-templates/${tpl.id}`, { name: 'Nee' })).status).toBe(403);
    expect((await stranger.del(`${api(other)}/campaign-templates/${tpl.id}`)).status).toBe(404);
    expect((await list(stranger, other)).items.map((x) => x.id)).not.toContain(tpl.id);
    expect((await editor.del(`${api()}/campaign-templates/${tpl.id}`)).status).toBe(204);
    expect(((await (await editor.get(`${api()}/campaigns/${started.id}`)).json()) as CampaignView).templateId).toBeNull();
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['campaign.template.saved', 'campaign.template.renamed', 'campaign.template.deleted']));
  });

  it("keeps a quick campaign's three texts and their times relative to the event, and plans with them", async () => {
    const body = await form(editor, 25);
    body.messages.announcement.scheduledLocal = `${localIn(22).slice(0, 10)}T09:30`;
    const made = (await (await editor.post(`${api()}/campaigns/quick`, body)).json()) as QuickCampaignResultView;
    const tpl = (await (await editor.post(`${api()}/campaigns/${made.campaign.id}/template`, { name: 'Open dag snel' })).json()) as CampaignTemplateView;
    expect(tpl.route).toBe('quick');
    expect(tpl.content.quick).toMatchObject({
      announcement: body.messages.announcement.text,
      during: body.messages.during.text,
      offsets: { announcementDaysBefore: 3, announcementTime: '09:30', duringMinutes: 0, lookBackTime: '10:00' },
    });
    const plan = (await (await editor.get(`${api()}/campaigns/quick/plan?eventLocal=${localIn(40, '14:00')}&templateId=${tpl.id}`)).json()) as QuickPlanView;
    expect(plan.announcement).toBe(`${localIn(37).slice(0, 10)}T09:30`);
    const started = (await (await editor.post(`${api()}/campaigns`, { name: 'Open dag 2', templateId: tpl.id })).json()) as CampaignView;
    expect(started).toMatchObject({ route: 'quick', hashtag: '#OpenDag', templateId: tpl.id });
  });

  it('pages through every template, none twice', async () => {
    const mine = await buildOrg(t);
    const admin = await loginAs(t, mine.users.admin.email);
    const c = (await (await admin.post(`${api(mine)}/campaigns`, { name: 'Basis' })).json()) as CampaignView;
    for (let i = 0; i < 4; i++) expect((await admin.post(`${api(mine)}/campaigns/${c.id}/template`, { name: `Sjabloon ${i}` })).status).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(admin, mine, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((x) => x.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['Griepprik', 'Sjabloon 0', 'Sjabloon 1', 'Sjabloon 2', 'Sjabloon 3', 'Week van de Mantelzorg']);
  });
});
