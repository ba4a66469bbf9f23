// The campaign view through the API: calendar items carry the campaign's id, name and colour and
// the calendar filters by campaign; the campaign's tasks and inbox items a page at a time (none
// twice, none lost, nothing of another organisation); and the one-page PDF summary as a reader
// gets it (poppler's pdfinfo counts the pages, pdftotext finds the name and the goal sentence).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../src/contracts/campaign.ts';
import type { CampaignInboxItem, CampaignTask } from '../../src/contracts/campaign-overview.ts';
import type { Post, PostPage } from '../../src/contracts/post.ts';
import { campaignTasks, posts } from '../../src/db/schema.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let contributor: Client;
let viewer: Client;
let stranger: Client;
let campaign: CampaignView;
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  [contributor, viewer, stranger] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.viewer.email),
    loginAs(t, other.users.admin.email),
  ]);
  campaign = (await (
    await contributor.post(`/api/orgs/${org.id}/campaigns`, {
      name: 'Week van de Mantelzorg',
      colour: '#B45309',
      hashtag: '#WeekVanDeMantelzorg',
      startsOn: '2026-11-01',
      endsOn: '2026-11-14',
      goalMetric: 'engagements',
      goalTarget: 100,
    })
  ).json()) as CampaignView;
  dir = mkdtempSync(join(tmpdir(), 'zp-campaign-'));
});
afterAll(async () => {
  if (process.env.KEEP_REPORT) console.log(`PDF kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const orgBase = () => `/api/orgs/${org.id}`;
const inCampaign = (client: Client, postId: string, campaignId: string | null) =>
  client.request('PUT', `${orgBase()}/posts/${postId}/campaign`, { campaignId });

async function plannedPost(text: string, at: string): Promise<string> {
  const res = await contributor.post(`${orgBase()}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }] });
  const { id } = (await res.json()) as { id: string };
  await t.database.db
    .update(posts)
    .set({ scheduledAt: new Date(at) })
    .where(eq(posts.id, id));
  return id;
}

describe('the calendar shows the campaign', () => {
  it("gives calendar items the campaign's id, name and colour, filters by campaign, and the post itself says its campaign", async () => {
    const inside = await plannedPost('Dank aan alle mantelzorgers #WeekVanDeMantelzorg', '2026-11-05T09:00:00Z');
    const outside = await plannedPost('Gewoon een bericht', '2026-11-06T09:00:00Z');
    expect((await inCampaign(contributor, inside, campaign.id)).status).toBe(204);

    const month = (await (await viewer.get(`${orgBase()}/posts?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z`)).json()) as PostPage;
    const byId = new Map(month.items.map((p) => [p.id, p]));
    expect(byId.get(inside)).toMatchObject({ campaignId: campaign.id, campaignName: 'Week van de Mantelzorg', campaignColour: '#b45309' });
    expect(byId.get(outside)).toMatchObject({ campaignId: null, campaignName: null, campaignColour: null });

    const filtered = (await (await viewer.get(`${orgBase()}/posts?campaign=${campaign.id}`)).json()) as PostPage;
    expect(filtered.items.map((p) => p.id)).toEqual([inside]);
    // Another organisation's campaign finds nothing of ours, and its own list never shows ours.
    const theirs = (await (await stranger.post(`/api/orgs/${other.id}/campaigns`, { name: 'Hunne' })).json()) as CampaignView;
    expect(((await (await viewer.get(`${orgBase()}/posts?campaign=${theirs.id}`)).json()) as PostPage).items).toEqual([]);
    expect(((await (await stranger.get(`/api/orgs/${other.id}/posts?campaign=${campaign.id}`)).json()) as PostPage).items).toEqual([]);
    expect((await viewer.get(`${orgBase()}/posts?campaign=nonsense`)).status).toBe(422);

    const detail = (await (await viewer.get(`${orgBase()}/posts/${inside}`)).json()) as Post;
    expect(detail).toMatchObject({ campaignId: campaign.id, campaignName: 'Week van de Mantelzorg' });
    // Taken out again: the calendar item no longer carries it.
    expect((await inCampaign(contributor, inside, null)).status).toBe(204);
    const after = (await (await viewer.get(`${orgBase()}/posts/${inside}`)).json()) as Post;
    expect(after).toMatchObject({ campaignId: null, campaignName: null, campaignColour: null });
    expect((await inCampaign(contributor, inside, campaign.id)).status).toBe(204);
    // A viewer may not move a post into a campaign.
    expect((await inCampaign(viewer, outside, campaign.id)).status).toBe(403);
  });
});

describe("the campaign's tasks", () => {
  it('pages by deadline, the tasks without one last, none twice; not for another organisation', async () => {
    const c = (await (await contributor.post(`${orgBase()}/campaigns`, { name: 'Griepprik' })).json()) as CampaignView;
    const due = ['2026-10-03T08:00:00Z', null, '2026-10-01T08:00:00Z', '2026-10-02T08:00:00Z', null];
    await t.database.db.insert(campaignTasks).values(
      due.map((d, i) => ({
        orgId: org.id,
        campaignId: c.id,
        title: `Taak ${i}`,
        dueAt: d ? new Date(d) : null,
        ownerId: org.users.editor.id,
        channelId: org.channelId,
        doneAt: i === 2 ? new Date() : null,
      })),
    );
    // A task of another campaign does not show.
    await t.database.db.insert(campaignTasks).values({ orgId: org.id, campaignId: campaign.id, title: 'Elders' });
    const seen: CampaignTask[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await viewer.get(`${orgBase()}/campaigns/${c.id}/overview/tasks?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: CampaignTask[]; nextCursor: string | null };
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.slice(0, 3).map((x) => x.title)).toEqual(['Taak 2', 'Taak 3', 'Taak 0']);
    expect(
      seen
        .slice(3)
        .map((x) => x.title)
        .sort(),
    ).toEqual(['Taak 1', 'Taak 4']);
    // In the organisation's zone (Amsterdam, summer time on 1 October): 10:00.
    expect(seen[0]).toMatchObject({ dueLocal: '2026-10-01T10:00', owner: { id: org.users.editor.id }, channel: { id: org.channelId } });
    expect(seen[0]!.doneAt).not.toBeNull();

    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}/overview/tasks`)).status).toBe(404);
    expect((await stranger.get(`${orgBase()}/campaigns/${c.id}/overview/tasks`)).status).toBe(404);
    expect((await viewer.get(`${orgBase()}/campaigns/${c.id}/overview/tasks?limit=0`)).status).toBe(422);
    expect((await t.app.request(`${orgBase()}/campaigns/${c.id}/overview/tasks`)).status).toBe(401);
  });
});

describe("the campaign's inbox items", () => {
  it('pages its reactions newest first: replies to its posts and messages with its hashtag, nothing of another organisation', async () => {
    const c = (await (
      await contributor.post(`${orgBase()}/campaigns`, { name: 'Open dag', hashtag: '#OpenDag2026', startsOn: '2026-01-01' })
    ).json()) as CampaignView;
    const { postId } = await buildPublished(t.database.db, { orgId: org.id, channelId: org.channelId, publishedAt: new Date() });
    await inCampaign(contributor, postId, c.id);
    const ids = [
      await buildItem(t, org.id, org.channelId, { text: 'Leuk! Kom ik ook', postId, minutesAgo: 5 }),
      await buildItem(t, org.id, org.channelId, { text: 'Hoe laat begint de #opendag2026?', minutesAgo: 4 }),
      await buildItem(t, org.id, org.channelId, { text: 'Ook bij de #OpenDag2026 zijn', minutesAgo: 3 }),
    ];
    await buildItem(t, org.id, org.channelId, { text: 'Iets heel anders #OpenDag2025', minutesAgo: 2 });
    await buildItem(t, other.id, other.channelId, { text: 'Bij ons #OpenDag2026', minutesAgo: 1 });

    const first = (await (await viewer.get(`${orgBase()}/campaigns/${c.id}/inbox?limit=2`)).json()) as {
      items: CampaignInboxItem[];
      nextCursor: string | null;
    };
    expect(first.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0]).toMatchObject({ channel: { id: org.channelId }, authorName: 'Jan', postId: null });
    const second = (await (await viewer.get(`${orgBase()}/campaigns/${c.id}/inbox?limit=2&cursor=${first.nextCursor}`)).json()) as {
      items: CampaignInboxItem[];
      nextCursor: string | null;
    };
    expect(second.items.map((i) => [i.id, i.postId])).toEqual([[ids[0], postId]]);
    expect(second.nextCursor).toBeNull();
    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}/inbox`)).status).toBe(404);
    expect((await viewer.get(`${orgBase()}/campaigns/${c.id}/inbox?cursor=nonsense`)).status).toBe(422);
  });
});

describe('the one-page PDF summary', () => {
  const pdfText = async (client: Client, url: string, lang: string, name: string) => {
    const res = await client.request('GET', url, undefined, { 'accept-language': lang });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('week-van-de-mantelzorg.pdf');
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
    // pdftotext breaks lines where the layout does; the sentence is read with its spaces normalised.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    return { pages, text };
  };

  it('fits the campaign on one page: name, period, goal against result, its posts and figures, reactions and look back, in Dutch or English', async () => {
    const c = (await (
      await contributor.post(`${orgBase()}/campaigns`, {
        name: 'Week van de Mantelzorg',
        hashtag: '#WeekVanDeMantelzorg',
        startsOn: '2026-11-01',
        endsOn: '2026-11-14',
        goalMetric: 'engagements',
        goalTarget: 100,
      })
    ).json()) as CampaignView;
    // Twelve published posts with figures: more than the page lists, so it says how many more.
    for (let i = 0; i < 12; i++) {
      const publishedAt = new Date(Date.UTC(2026, 10, 2 + i, 9));
      const { postId, variantId } = await buildPublished(t.database.db, {
        orgId: org.id,
        channelId: org.channelId,
        publishedAt,
        text: `Bericht ${i + 1} voor de mantelzorgers: jullie zorg verdient een groot applaus. #WeekVanDeMantelzorg`,
      });
      await inCampaign(contributor, postId, c.id);
      await snapshot(t.database.db, variantId, new Date(publishedAt.getTime() + 3_600_000), { likes: 5, reposts: 1, replies: 1 });
    }
    await buildItem(t, org.id, org.channelId, { text: 'Mooi initiatief #WeekVanDeMantelzorg' });
    await contributor.patch(`${orgBase()}/campaigns/${c.id}`, {
      aftercare: { lookBack: 'De week liep goed: veel reacties van mantelzorgers. '.repeat(40) },
    });
    const results = (await (await viewer.get(`${orgBase()}/campaigns/${c.id}/results`)).json()) as { verdict: string; actual: number };
    expect(results).toMatchObject({ verdict: 'not_reached', actual: 84 });

    const url = `${orgBase()}/campaigns/${c.id}/summary.pdf`;
    const nl = await pdfText(viewer, url, 'nl', 'nl.pdf');
    expect(nl.pages).toBe(1);
    expect(nl.text).toContain('Week van de Mantelzorg');
    expect(nl.text).toContain('Doel nog niet gehaald: 84 van de beoogde 100 interacties.');
    expect(nl.text).toContain('Periode 1 november 2026 t/m 14 november 2026');
    expect(nl.text).toContain('Reacties in de inbox: 1');
    expect(nl.text).toContain('Bericht 1 voor de mantelzorgers');
    // Twelve posts in the campaign: eight listed, four more said.
    expect(nl.text).toContain('En nog 4 berichten.');
    expect(nl.text).toContain('De week liep goed');

    // The language the web app shows wins over the browser's (a download link sends no header of its own).
    const en = await pdfText(viewer, `${url}?lang=en`, 'nl', 'en.pdf');
    expect(en.pages).toBe(1);
    expect(en.text).toContain('Goal not reached yet: 84 of the intended 100 engagements.');
    expect(en.text).toContain('Week van de Mantelzorg');

    expect((await stranger.get(`/api/orgs/${other.id}/campaigns/${c.id}/summary.pdf`)).status).toBe(404);
    expect((await t.app.request(url)).status).toBe(401);
  });

  it('stays on one page with the longest name, a long look back and long posts', async () => {
    const name = 'Mantelzorgweek plus Verpleegkundigendag op alle locaties in onze regio '.repeat(3).slice(0, 200).trim();
    const c = (await (
      await contributor.post(`${orgBase()}/campaigns`, { name, hashtag: '#Mantelzorg', goalMetric: 'likes', goalTarget: 10 })
    ).json()) as CampaignView;
    for (let i = 0; i < 10; i++) {
      const { postId } = await buildPublished(t.database.db, {
        orgId: org.id,
        channelId: org.channelId,
        publishedAt: new Date(Date.UTC(2026, 9, 1 + i, 9)),
        text: `Lang bericht ${i} `.repeat(60),
      });
      await inCampaign(contributor, postId, c.id);
    }
    await contributor.patch(`${orgBase()}/campaigns/${c.id}`, { aftercare: { lookBack: 'Terugblik met veel woorden. '.repeat(170) } });
    const res = await viewer.get(`${orgBase()}/campaigns/${c.id}/summary.pdf`);
    const file = join(dir, 'long.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1])).toBe(1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Het doel is 10 likes; er zijn nog geen cijfers gemeten.');
    expect(text).toContain('En nog 2 berichten.');
  });
});
