// Campaigns through the API: the worksheet saved field by field (a later save keeps the earlier
// answers), progress per phase, the hashtag's readability advice, the event in the organisation's
// zone, references checked within the organisation, paging, and isolation between organisations.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../src/contracts/campaign.ts';
import { postFiguresLatest, postVariants, posts } from '../../src/db/schema.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let contributor: Client;
let viewer: Client;
let stranger: Client;

beforeAll(async () => {
  t = await createTestApp();
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  [contributor, viewer, stranger] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.viewer.email),
    loginAs(t, other.users.admin.email),
  ]);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${org.id}/campaigns`;

describe('campaigns', () => {
  it('saves the worksheet as you go: each save merges into the answers already there', async () => {
    const created = await contributor.post(base(), { name: 'Week van de Mantelzorg', hashtag: 'weekvandemantelzorg', eventLocal: '2026-11-05T10:00' });
    expect(created.status).toBe(201);
    const c = (await created.json()) as CampaignView;
    expect(c).toMatchObject({ route: 'careful', phase: 'preparation', hashtag: '#weekvandemantelzorg', hashtagAdvice: 'camel_case' });
    // 10:00 in Amsterdam in November is 09:00 UTC (winter time).
    expect(c.eventAt).toBe('2026-11-05T09:00:00.000Z');
    expect(c.eventLocal).toBe('2026-11-05T10:00');
    expect(c.progress.preparation).toEqual({ filled: 1, total: 12 });

    await contributor.patch(`${base()}/${c.id}`, { preparation: { goal: 'Meer mantelzorgers melden zich bij het steunpunt' } });
    const res = await contributor.patch(`${base()}/${c.id}`, {
      hashtag: '#WeekVanDeMantelzorg',
      goalMetric: 'engagements',
      goalTarget: 500,
      preparation: { audience: 'Mantelzorgers in de regio', platforms: [org.channelId], people: [] },
    });
    expect(res.status).toBe(200);
    const saved = (await res.json()) as CampaignView;
    expect(saved.preparation).toEqual({
      goal: 'Meer mantelzorgers melden zich bij het steunpunt',
      audience: 'Mantelzorgers in de regio',
      platforms: [org.channelId],
      people: [],
    });
    expect(saved.hashtagAdvice).toBeNull();
    expect(saved.progress.preparation).toEqual({ filled: 6, total: 12 });
    const read = (await (await viewer.get(`${base()}/${c.id}`)).json()) as CampaignView;
    expect(read.preparation).toEqual(saved.preparation);
  });

  it('refuses bad input with a 4xx naming what is wrong, and changes nothing', async () => {
    const c = (await (await contributor.post(base(), { name: 'Griepprik' })).json()) as CampaignView;
    const cases: [unknown, number, string][] = [
      [{ hashtag: 'griep prik' }, 422, 'hashtag'],
      [{ colour: 'blue' }, 422, 'colour'],
      [{ goalMetric: 'happiness' }, 422, 'goalMetric'],
      [{ preparation: { mood: 'good' } }, 422, 'preparation'],
      [{ eventLocal: '2026-13-01T10:00' }, 422, 'eventLocal'],
      [{ startsOn: '2026-10-10', endsOn: '2026-10-01' }, 422, 'eindigt'],
      [{ preparation: { platforms: [other.channelId] } }, 422, other.channelId],
      [{ aftercare: { responders: [other.users.admin.id] } }, 422, 'organisatie'],
    ];
    for (const [body, status, named] of cases) {
      const res = await contributor.patch(`${base()}/${c.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(await res.json())).toContain(named);
    }
    const after = (await (await contributor.get(`${base()}/${c.id}`)).json()) as CampaignView;
    expect(after).toMatchObject({ hashtag: null, colour: c.colour, goalMetric: null, startsOn: null, preparation: {}, aftercare: {} });
  });

  it('lets viewers read but not write, and keeps organisations apart', async () => {
    expect((await viewer.post(base(), { name: 'Nee' })).status).toBe(403);
    const c = (await (await contributor.post(base(), { name: 'Eigen campagne' })).json()) as CampaignView;
    expect((await stranger.get(`${base()}/${c.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}`)).status).toBe(404);
    expect((await stranger.patch(`/api/orgs/${other.id}/campaigns/${c.id}`, { name: 'Overgenomen' })).status).toBe(404);
    const list = (await (await stranger.get(`/api/orgs/${other.id}/campaigns`)).json()) as { items: CampaignView[] };
    expect(list.items.map((x) => x.id)).not.toContain(c.id);
  });

  it('pages through every campaign, newest first, none twice', async () => {
    const mine = await buildOrg(t);
    const admin = await loginAs(t, mine.users.admin.email);
    for (let i = 0; i < 7; i++) expect((await admin.post(`/api/orgs/${mine.id}/campaigns`, { name: `Campagne ${i}` })).status).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await admin.get(`/api/orgs/${mine.id}/campaigns?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        items: CampaignView[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((x) => x.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Campagne 6', 'Campagne 5', 'Campagne 4', 'Campagne 3', 'Campagne 2', 'Campagne 1', 'Campagne 0']);
    expect((await admin.get(`/api/orgs/${mine.id}/campaigns?cursor=nonsense`)).status).toBe(422);
  });

  it('puts a post in a campaign and counts it; a post of another organisation cannot be put in', async () => {
    const c = (await (await contributor.post(base(), { name: 'Open dag' })).json()) as CampaignView;
    const post = (await (
      await contributor.post(`/api/orgs/${org.id}/posts`, { baseText: 'Open dag op zaterdag', variants: [{ channelId: org.channelId, text: null }] })
    ).json()) as { id: string };
    expect((await contributor.request('PUT', `/api/orgs/${org.id}/posts/${post.id}/campaign`, { campaignId: c.id })).status).toBe(204);
    expect(((await (await contributor.get(`${base()}/${c.id}`)).json()) as CampaignView).postCount).toBe(1);
    expect((await stranger.request('PUT', `/api/orgs/${other.id}/posts/${post.id}/campaign`, { campaignId: null })).status).toBe(404);
  });

  it('compares the goal with the measured figures of its posts and counts its reactions', async () => {
    const c = (await (
      await contributor.post(base(), { name: 'Griepprik 2026', hashtag: '#Griepprik2026', goalMetric: 'engagements', goalTarget: 40 })
    ).json()) as CampaignView;
    const results = async () =>
      (await (await viewer.get(`${base()}/${c.id}/results`)).json()) as { verdict: string; actual: number | null; inboxItems: number };
    expect(await results()).toMatchObject({ verdict: 'no_figures', actual: null, inboxItems: 0 });

    const made = (await (
      await contributor.post(`/api/orgs/${org.id}/posts`, {
        baseText: 'Haal je griepprik #Griepprik2026',
        variants: [{ channelId: org.channelId, text: null }],
      })
    ).json()) as { id: string };
    await contributor.request('PUT', `/api/orgs/${org.id}/posts/${made.id}/campaign`, { campaignId: c.id });
    const published = new Date();
    await t.database.db.update(posts).set({ status: 'published', publishedAt: published }).where(eq(posts.id, made.id));
    const [variant] = await t.database.db.select().from(postVariants).where(eq(postVariants.postId, made.id));
    const figures = { likes: 20, reposts: 5, replies: 3, quotes: 0 };
    await t.database.db
      .insert(postFiguresLatest)
      .values({ variantId: variant!.id, orgId: org.id, postId: made.id, channelId: org.channelId, publishedAt: published, at: published, ...figures });
    await buildItem(t, org.id, org.channelId, { text: 'Waar kan ik de #griepprik2026 halen?' });
    await buildItem(t, org.id, org.channelId, { text: 'Over iets anders #Griepprik2025' });
    await buildItem(t, other.id, other.channelId, { text: 'Andere organisatie #Griepprik2026' });
    expect(await results()).toMatchObject({ verdict: 'not_reached', actual: 28, inboxItems: 1 });

    await t.database.db.update(postFiguresLatest).set({ likes: 35 }).where(eq(postFiguresLatest.variantId, variant!.id));
    expect(await results()).toMatchObject({ verdict: 'reached', actual: 43 });
    await contributor.patch(`${base()}/${c.id}`, { goalMetric: 'inboxItems', goalTarget: 1 });
    expect(await results()).toMatchObject({ verdict: 'reached', actual: 1 });
    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}/results`)).status).toBe(404);
  });
});
