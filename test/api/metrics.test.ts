// The measuring API against hand-computed figures, on both databases: overview with the
// previous period, per channel and label, top posts, lead time, growth curve, CSV and JSON
// exports; isolation between organisations; bad input answered 422 naming the field.
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChannel, buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let viewer: Client;
let outsider: Client;
let mastodon: string;
const posts: Record<string, { postId: string; variantId: string }> = {};
const Q1 = 'from=2026-01-01&to=2026-03-31';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  other = await buildOrg(t);
  const db = t.database.db;
  mastodon = await buildChannel(db, org.id, { type: 'mastodon', name: 'Mastodon', slug: 'mastodon' });
  // 10:00 in Amsterdam (CET) on a Tuesday.
  posts.p1 = await buildPublished(db, {
    orgId: org.id,
    channelId: mastodon,
    publishedAt: new Date('2026-02-10T09:00:00Z'),
    labels: ['griep'],
    text: 'Griepprik',
  });
  await snapshot(db, posts.p1.variantId, new Date('2026-02-10T10:00:00Z'), { likes: 1, reposts: 0, replies: 0, followers: 200 });
  await snapshot(db, posts.p1.variantId, new Date('2026-02-12T10:00:00Z'), { likes: 10, reposts: 4, replies: 2, followers: 200 });
  posts.p2 = await buildPublished(db, { orgId: org.id, channelId: mastodon, publishedAt: new Date('2026-03-05T13:00:00Z'), text: 'Open dag' });
  await snapshot(db, posts.p2.variantId, new Date('2026-03-06T13:00:00Z'), { likes: 2, reposts: 0, replies: 1, followers: 300 });
  posts.p3 = await buildPublished(db, { orgId: org.id, channelId: org.channelId, publishedAt: new Date('2026-01-20T08:00:00Z'), text: 'Nieuwsbrief' });
  await snapshot(db, posts.p3.variantId, new Date('2026-01-21T08:00:00Z'), { impressions: 50 });
  // The previous quarter.
  posts.p4 = await buildPublished(db, { orgId: org.id, channelId: mastodon, publishedAt: new Date('2025-11-15T09:00:00Z'), labels: ['griep'] });
  await snapshot(db, posts.p4.variantId, new Date('2025-11-16T09:00:00Z'), { likes: 5, reposts: 1, replies: 0, followers: 100 });
  // Another organisation's post in the same quarter, with big numbers.
  posts.x = await buildPublished(db, { orgId: other.id, channelId: other.channelId, publishedAt: new Date('2026-02-01T09:00:00Z') });
  await snapshot(db, posts.x.variantId, new Date('2026-02-02T09:00:00Z'), { likes: 999, impressions: 5000 });
  viewer = await loginAs(t, org.users.viewer.email);
  outsider = await loginAs(t, other.users.admin.email);
});
afterAll(() => t.close());

const overview = async (client: Client, orgId: string, query = Q1) => client.get(`/api/orgs/${orgId}/metrics/overview?${query}`);

describe('metrics overview', () => {
  it('adds up the newest snapshot of each post, beside the previous quarter', async () => {
    const res = await overview(viewer, org.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.previous).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(body.totals).toEqual({
      posts: 3,
      likes: 12,
      reposts: 4,
      replies: 3,
      quotes: 0,
      engagements: 19,
      impressions: 50,
      reach: null,
      clicks: null,
      videoViews: null,
      // (16 + 3) / (200 + 300); the website post has impressions but no engagements to divide.
      rateFollowers: 19 / 500,
      rateImpressions: null,
    });
    expect(body.previousTotals).toMatchObject({ posts: 1, engagements: 6, rateFollowers: 6 / 100 });
    const byChannel = Object.fromEntries(body.channels.map((c: { name: string; totals: { engagements: number } }) => [c.name, c.totals.engagements]));
    expect(byChannel).toEqual({ Mastodon: 19, Website: 0 });
    const griep = body.labels.find((l: { label: string | null }) => l.label === 'griep');
    expect(griep.totals.engagements).toBe(16);
    expect(griep.previousTotals.engagements).toBe(6);
    expect(body.labels.find((l: { label: string | null }) => l.label === null).totals.posts).toBe(2);
    expect(body.top.map((p: { text: string; engagements: number }) => [p.text, p.engagements])).toEqual([
      ['Griepprik', 16],
      ['Open dag', 3],
      ['Nieuwsbrief', 0],
    ]);
    expect(body.leadTime).toEqual({ posts: 3, medianHours: 24, meanHours: 24 });
    expect(body.days).toHaveLength(90);
    expect(body.days.find((d: { date: string }) => d.date === '2026-02-10')).toEqual({ date: '2026-02-10', engagements: 16, posts: 1 });
  });

  it('places posts by weekday and hour in the organisation zone and gives no advice from one post', async () => {
    const body = await (await overview(viewer, org.id)).json();
    expect(body.bestTimes.slots).toContainEqual({ weekday: 2, hour: 10, posts: 1, meanEngagements: 16, enough: false });
    expect(body.bestTimes.advice).toEqual([]);
    expect(body.bestTimes.minPosts).toBe(3);
  });

  it('filters by channel and by label, and compares with a chosen period', async () => {
    const web = await (await overview(viewer, org.id, `${Q1}&channelId=${org.channelId}`)).json();
    expect(web.totals).toMatchObject({ posts: 1, engagements: 0, impressions: 50 });
    const griep = await (await overview(viewer, org.id, `${Q1}&label=griep&compareFrom=2025-11-01&compareTo=2025-11-30`)).json();
    expect(griep.totals.engagements).toBe(16);
    expect(griep.previous).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(griep.previousTotals.engagements).toBe(6);
  });

  it("never shows another organisation's figures", async () => {
    const mine = await (await overview(outsider, other.id)).json();
    expect(mine.totals).toMatchObject({ posts: 1, likes: 999 });
    expect((await overview(outsider, org.id)).status).toBe(404);
    expect((await outsider.get(`/api/orgs/${other.id}/metrics/posts/${posts.p1!.postId}`)).status).toBe(404);
    const csv = await (await outsider.get(`/api/orgs/${other.id}/metrics/export/csv?${Q1}`)).text();
    expect(csv).not.toContain('Griepprik');
  });

  it.each([
    ['from=2026-13-01&to=2026-03-31', 'from'],
    ['from=2026-02-30&to=2026-03-31', 'from'],
    ['from=2026-03-31&to=2026-01-01', 'to'],
    ['from=2024-01-01&to=2026-03-31', 'to'],
    [`${Q1}&compareFrom=2025-10-01`, 'compareTo'],
    [`${Q1}&channelId=nope`, 'channelId'],
    ['to=2026-03-31', 'from'],
  ])('answers 422 naming the field for %s', async (query, field) => {
    const res = await overview(viewer, org.id, query);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });
});

describe('growth curve', () => {
  it("lists a post's snapshots oldest first with engagements per moment", async () => {
    const res = await viewer.get(`/api/orgs/${org.id}/metrics/posts/${posts.p1!.postId}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.variants).toHaveLength(1);
    expect(body.variants[0].channelName).toBe('Mastodon');
    expect(body.variants[0].points.map((p: { at: string; engagements: number }) => [p.at, p.engagements])).toEqual([
      ['2026-02-10T10:00:00.000Z', 1],
      ['2026-02-12T10:00:00.000Z', 16],
    ]);
  });
});

describe('exports', () => {
  it('writes every figure as CSV that parses, one row per post variant', async () => {
    const res = await viewer.get(`/api/orgs/${org.id}/metrics/export/csv?${Q1}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parse(await res.text()) as string[][];
    expect(header).toContain('engagement_rate_followers');
    expect(rows).toHaveLength(3);
    const p1 = Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r.includes('Griepprik'))![i]]));
    expect(p1).toMatchObject({
      channel: 'Mastodon',
      likes: '10',
      engagements: '16',
      engagement_rate_followers: '0.08',
      published_at_local: '2026-02-10T10:00:00+01:00',
      labels: 'griep',
    });
  });

  it('writes the overview and the rows as JSON', async () => {
    const body = await (await viewer.get(`/api/orgs/${org.id}/metrics/export/json?${Q1}`)).json();
    expect(body.overview.totals.engagements).toBe(19);
    expect(body.variants).toHaveLength(3);
  });
});

describe('report for the board', () => {
  it('is a PDF with the organisation, a summary in words, the top posts with their text and the comparison', async () => {
    const res = await viewer.get(`/api/orgs/${org.id}/metrics/report?${Q1}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const [row] = await t.database.db.query.organisations.findMany({ where: (o, { eq }) => eq(o.id, org.id) });
    expect(text).toContain(row!.name);
    expect(text).toContain('Samenvatting');
    expect(text).toContain('3 gemeten berichten, die samen 19 interacties kregen');
    expect(text).toContain('+216,7% ten opzichte van de vergeleken periode');
    expect(text).toContain('1. Griepprik');
    expect(text).toContain('Vergelijking van de perioden');
    // The server-rendered chart is in the page: its axis labels (month-day) are drawn as text.
    expect(text).toMatch(/01-0\d/);
  });
});

/** The text drawn on the pages, as poppler's pdftotext reads it (the report embeds a Roboto subset, so the content streams hold glyph ids, not letters). */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}

describe('monthly report subscription', () => {
  it('is off until the person opts in, and can be turned off again', async () => {
    const url = `/api/orgs/${org.id}/metrics/report-subscription`;
    expect(await (await viewer.get(url)).json()).toEqual({ subscribed: false });
    expect((await viewer.request('PUT', url, { subscribed: true })).status).toBe(200);
    expect(await (await viewer.get(url)).json()).toEqual({ subscribed: true });
    expect((await viewer.request('PUT', url, { subscribed: 'yes' })).status).toBe(422);
    await viewer.request('PUT', url, { subscribed: false });
    expect(await (await viewer.get(url)).json()).toEqual({ subscribed: false });
  });
});
