// The post list pages with a cursor: a month with 5,000 posts comes back whole, in order, nothing
// twice; unplanned drafts have their own filter; nothing of another organisation appears.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnchor, utcRange, visibleDays } from '../../web/src/lib/time.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type Summary = {
  id: string;
  status: string;
  excerpt: string;
  scheduledAt: string | null;
  scheduledLocal: string | null;
  channels: { id: string; name: string }[];
  mediaCount: number;
  author: { id: string; name: string } | null;
};
type Page = { items: Summary[]; nextCursor: string | null };

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let base: string;
const MONTH = 5000;
const DRAFTS = 30;

/** 5,000 posts in March 2027: two at each quarter hour (ties on time), with microseconds on some. */
async function seed(orgId: string, channelId: string, authorId: string, count: number, drafts: number) {
  await t.database.db.execute(sql`
    WITH p AS (
      INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at)
      SELECT ${orgId}::uuid, ${authorId}::uuid, 'Bericht ' || g || ': ' || repeat('open dag ', 40), 'scheduled',
             timestamptz '2027-03-01 00:00:00+00' + ((g % 2500) * interval '15 minutes') + (((g % 2500) % 3) * interval '1 microsecond')
      FROM generate_series(1, ${count}) g RETURNING id, org_id)
    INSERT INTO post_variants (org_id, post_id, channel_id) SELECT org_id, id, ${channelId}::uuid FROM p`);
  await t.database.db.execute(sql`
    INSERT INTO posts (org_id, author_id, base_text, status)
    SELECT ${orgId}::uuid, ${authorId}::uuid, 'Concept ' || g, 'draft' FROM generate_series(1, ${drafts}) g`);
}

async function follow(path: string): Promise<{ items: Summary[]; pages: number }> {
  const items: Summary[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const res = await editor.get(cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { items, pages };
}

const key = (p: Summary) => `${p.scheduledAt ?? '~'}|${p.id}`;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  other = await buildOrg(t);
  await seed(org.id, org.channelId, org.users.editor.id, MONTH, DRAFTS);
  await seed(other.id, other.channelId, other.users.editor.id, 200, 5);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
}, 120_000);
afterAll(() => t.close());

describe('the range edge', () => {
  it('a post at exactly the end of the calendar range belongs to the next week only, as the web app counts it', async () => {
    const edge = await buildOrg(t);
    const edgeEditor = await loginAs(t, edge.users.editor.email);
    // The web app's own ranges for two weeks in a row in Amsterdam: [Monday 00:00, next Monday 00:00).
    const week1 = utcRange(visibleDays('week', parseAnchor('2027-06-16', 'Europe/Amsterdam')));
    const week2 = utcRange(visibleDays('week', parseAnchor('2027-06-23', 'Europe/Amsterdam')));
    expect(week1.to).toBe(week2.from);
    const at = async (iso: string) => {
      await t.database.db.execute(sql`INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at)
        VALUES (${edge.id}::uuid, ${edge.users.editor.id}::uuid, ${`Om ${iso}`}, 'scheduled', ${iso}::timestamptz)`);
    };
    await at(week1.from); // first instant of the week
    await at(new Date(Date.parse(week1.to) - 1).toISOString()); // its last millisecond
    await at(week1.to); // midnight starting the next week
    const list = async (range: { from: string; to: string }) => {
      const res = await edgeEditor.get(`/api/orgs/${edge.id}/posts?from=${range.from}&to=${range.to}`);
      expect(res.status).toBe(200);
      return ((await res.json()) as Page).items.map((p) => p.scheduledLocal);
    };
    expect(await list(week1)).toEqual(['2027-06-14T00:00', '2027-06-20T23:59']);
    expect(await list(week2)).toEqual(['2027-06-21T00:00']);
  });
});

describe('the post list', () => {
  it('brings back all 5,000 posts of a month through the cursor, in planned order, none twice', async () => {
    const { items, pages } = await follow(`${base}/posts?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z`);
    expect(pages).toBe(Math.ceil(MONTH / 500)); // default page size 500; the last page says there is no more
    expect(items).toHaveLength(MONTH);
    expect(new Set(items.map((p) => p.id)).size).toBe(MONTH);
    const ordered = [...items].sort((a, b) => Date.parse(a.scheduledAt!) - Date.parse(b.scheduledAt!) || a.id.localeCompare(b.id));
    expect(items.map((p) => p.id)).toEqual(ordered.map((p) => p.id));
    expect(items.every((p) => p.scheduledAt !== null && p.status === 'scheduled')).toBe(true);
  });

  it('pages of any size give the same posts; a page never exceeds its limit', async () => {
    const small = await follow(`${base}/posts?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z&limit=333`);
    const large = await follow(`${base}/posts?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z&limit=1000`);
    expect(small.pages).toBe(Math.ceil(MONTH / 333));
    expect(large.pages).toBe(5);
    expect(small.items.map((p) => p.id)).toEqual(large.items.map((p) => p.id));
  });

  it('gives the unplanned drafts with ?unplanned=true, and only them', async () => {
    const { items } = await follow(`${base}/posts?unplanned=true`);
    expect(items).toHaveLength(DRAFTS);
    expect(items.every((p) => p.scheduledAt === null && p.scheduledLocal === null && p.status === 'draft')).toBe(true);
  });

  it('without a range follows the planned posts into the unplanned ones, nothing lost', async () => {
    const { items } = await follow(`${base}/posts?limit=1000`);
    expect(items).toHaveLength(MONTH + DRAFTS);
    expect(new Set(items.map((p) => p.id)).size).toBe(MONTH + DRAFTS);
    expect(items.slice(MONTH).every((p) => p.scheduledAt === null)).toBe(true);
    expect(items.map(key)).toEqual(items.map(key).sort());
  });

  it('each item is what a calendar card shows: local time, status, channels, an excerpt, the author', async () => {
    const page = (await (await editor.get(`${base}/posts?from=2027-03-20T09:00:00Z&to=2027-03-20T10:00:00Z`)).json()) as Page;
    expect(page.items.find((p) => p.scheduledAt?.startsWith('2027-03-20T09:15'))?.scheduledLocal).toBe('2027-03-20T10:15');
    const item = page.items[0]!;
    expect(item.channels).toEqual([{ id: org.channelId, name: 'Website', type: 'website' }]);
    expect(item.excerpt.startsWith('Bericht ')).toBe(true);
    expect(item.excerpt.length).toBe(200);
    expect(item.mediaCount).toBe(0);
    expect(item.author).toEqual({ id: org.users.editor.id, name: expect.any(String) });
    expect(item).not.toHaveProperty('baseText');
  });

  it('gives the local time across the night the clocks go forward', async () => {
    const created = await editor.post(`${base}/posts`, { baseText: 'Na de klokwissel', scheduledLocal: '2027-03-28T03:30' });
    expect(created.status).toBe(201);
    const page = (await (await editor.get(`${base}/posts?from=2027-03-28T00:00:00Z&to=2027-03-29T00:00:00Z`)).json()) as Page;
    const item = page.items.find((p) => p.excerpt === 'Na de klokwissel');
    expect(item).toMatchObject({ scheduledAt: '2027-03-28T01:30:00.000Z', scheduledLocal: '2027-03-28T03:30' });
  });

  it('the detail of a post still has its whole text', async () => {
    const page = (await (await editor.get(`${base}/posts?limit=1`)).json()) as Page;
    const post = (await (await editor.get(`${base}/posts/${page.items[0]!.id}`)).json()) as { baseText: string; excerpt: string };
    expect(post.baseText.length).toBeGreaterThan(200);
    expect(post.baseText.startsWith(post.excerpt)).toBe(true);
  });

  it('a list item (its JSON written by the database) says exactly what the post itself says about the same fields', async () => {
    const page = (await (await editor.get(`${base}/posts?from=2027-03-20T09:00:00Z&to=2027-03-20T10:00:00Z`)).json()) as Page;
    for (const item of [page.items[0]!, page.items[page.items.length - 1]!]) {
      const post = (await (await editor.get(`${base}/posts/${item.id}`)).json()) as Record<string, unknown>;
      const same = Object.fromEntries(Object.keys(item).map((k) => [k, post[k]]));
      expect(Object.keys(item).sort()).toEqual(
        [
          'author',
          'campaignColour',
          'campaignId',
          'campaignName',
          'channels',
          'excerpt',
          'id',
          'labels',
          'mediaCount',
          'publishedAt',
          'retrying',
          'scheduledAt',
          'scheduledLocal',
          'status',
          'updatedAt',
        ].sort(),
      );
      expect(item).toEqual(same);
    }
  });

  it.each(['verzonnen', 'AAAA', Buffer.from('2027-03-01T00:00:00.000000Z|niet-een-id').toString('base64url')])(
    'refuses a cursor it did not hand out (%s) with a 422 naming "cursor"',
    async (cursor) => {
      const res = await editor.get(`${base}/posts?cursor=${cursor}`);
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: { details?: { path: string }[] } };
      expect(body.error.details?.map((d) => d.path)).toEqual(['cursor']);
    },
  );

  it.each(['0', '1001', 'veel'])('refuses a page size of %s with a 422', async (limit) => {
    expect((await editor.get(`${base}/posts?limit=${limit}`)).status).toBe(422);
  });
});
