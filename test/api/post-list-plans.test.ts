// PostgreSQL only: with 20,000 posts in the organisation (and 40,000 in another), every statement
// the post list (and the image library) runs reads an index range — a sequential scan of posts,
// variants, images or the library fails the test. Statistics are gathered first (ANALYZE), as a
// production server's autovacuum would have.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaPageQuery } from '../../src/features/media/store-media.ts';
import { systemScope, type OrgScope } from '../../src/features/org-scope.ts';
import { postSegmentQuery } from '../../src/features/posts/post-view.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let scope: OrgScope;
const postgres = process.env.ZP_TEST_DB === 'postgres';

async function seed(o: TestOrg, count: number) {
  // Two years of posts, ~27 a day; every 2,000th is held back by crisis mode; 1 in 400 has no time.
  await t.database.db.execute(sql`
    WITH p AS (
      INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at, held_at)
      SELECT ${o.id}::uuid, ${o.users.editor.id}::uuid, 'Bericht ' || g, CASE WHEN g % 400 = 0 THEN 'draft' ELSE 'scheduled' END,
             CASE WHEN g % 400 = 0 THEN NULL ELSE timestamptz '2027-01-01 00:00:00+00' + (g * (interval '730 days' / ${count})) END,
             CASE WHEN g % 2000 = 1 THEN now() END
      FROM generate_series(1, ${count}) g RETURNING id, org_id)
    INSERT INTO post_variants (org_id, post_id, channel_id) SELECT org_id, id, ${o.channelId}::uuid FROM p`);
  // A library of count/10 photos; one of them on every tenth post.
  await t.database.db.execute(sql`
    INSERT INTO media (org_id, file_name, mime_type, size_bytes, alt_text, storage_key, created_at)
    SELECT ${o.id}::uuid, 'foto-' || g || '.png', 'image/png', 68, 'Open dag', 'k' || g, now() - g * interval '1 minute'
    FROM generate_series(1, ${count / 10}) g`);
  await t.database.db.execute(sql`
    WITH m AS (SELECT id, org_id FROM media WHERE org_id = ${o.id}::uuid LIMIT 1)
    INSERT INTO post_media (post_id, media_id, org_id, position)
    SELECT p.id, m.id, m.org_id, 0 FROM m JOIN posts p ON p.org_id = m.org_id WHERE right(p.base_text, 1) = '0'`);
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

async function plan(query: { getSQL(): unknown }): Promise<PlanNode[]> {
  const result = await t.database.db.execute(sql`EXPLAIN (FORMAT JSON) ${query}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
  return nodes(rows[0]!['QUERY PLAN'][0].Plan);
}

const seqScans = (all: PlanNode[]) =>
  all
    .filter((n) => n['Node Type'] === 'Seq Scan' && ['posts', 'post_variants', 'post_media'].includes(n['Relation Name'] ?? ''))
    .map((n) => n['Relation Name']);

beforeAll(async () => {
  if (!postgres) return;
  t = await createTestApp();
  org = await buildOrg(t);
  const other = await buildOrg(t);
  await seed(org, 20_000);
  await seed(other, 40_000);
  await t.database.db.execute(sql`ANALYZE`);
  scope = systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
}, 180_000);
afterAll(() => t?.close());

describe.skipIf(!postgres)('the post list reads indexes, never all posts (PostgreSQL)', () => {
  const month = { from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' };
  const cursor = { at: '2027-03-15T00:00:00.000000Z', id: '00000000-0000-0000-0000-000000000000' };

  it.each([
    ['a month, first page', month, 'planned', null],
    ['a month, a later page', month, 'planned', cursor],
    ['a month of one status', { ...month, status: 'scheduled' as const }, 'planned', null],
    ['everything, planned part, a later page', {}, 'planned', cursor],
    ['the unplanned drafts', { unplanned: 'true' as const }, 'unplanned', null],
    ['the unplanned drafts, a later page', { unplanned: 'true' as const }, 'unplanned', { at: null, id: cursor.id }],
    ['the held posts (crisis mode)', { held: true }, 'planned', null],
    ['the held posts without a time', { held: true }, 'unplanned', null],
  ] as const)('%s', async (_label, filter, segment, after) => {
    const steps = await plan(postSegmentQuery(scope, filter, segment, after, 501));
    expect(seqScans(steps)).toEqual([]);
    expect(steps.some((n) => n['Index Name'] === ('held' in filter ? 'posts_held_idx' : 'posts_org_scheduled_id_idx'))).toBe(true);
    // The card's channels and image count: an index lookup per post, inside the same statement.
    expect(steps.some((n) => n['Index Name'] === 'post_variants_post_channel_idx')).toBe(true);
  });

  it('the image library (newest first) reads its index too', async () => {
    for (const after of [null, { at: '2027-01-01T00:00:00.000000Z', id: cursor.id }]) {
      const steps = await plan(mediaPageQuery(scope, after, 501));
      expect(steps.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'media')).toBe(false);
      expect(steps.some((n) => n['Index Name'] === 'media_org_created_id_idx')).toBe(true);
    }
  });

  it('a page of 500 planned posts of the month comes back from that plan', async () => {
    const page = await postSegmentQuery(scope, month, 'planned', null, 500);
    expect(page).toHaveLength(500);
    expect(page.every((p) => p.channels.length === 1 && p.scheduledAt! >= new Date(month.from))).toBe(true);
    expect(page.filter((p) => p.mediaCount === 1).length).toBeGreaterThan(0);
  });
});
