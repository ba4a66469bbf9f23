// The image library pages with a cursor: 1,200 images come back whole, newest first, none twice,
// and nothing of another organisation appears.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type Page = { items: { id: string; createdAt: string; fileName: string }[]; nextCursor: string | null };
let t: TestApp;
let org: TestOrg;
let editor: Client;
const IMAGES = 1200;

async function seed(o: TestOrg, count: number) {
  // Pairs share a creation time (ties on time), some differ by a microsecond.
  await t.database.db.execute(sql`
    INSERT INTO media (org_id, file_name, mime_type, size_bytes, alt_text, storage_key, created_at)
    SELECT ${o.id}::uuid, 'foto-' || g || '.png', 'image/png', 68, 'Open dag', 'k' || g,
           timestamptz '2027-01-01 00:00:00+00' + ((g / 2) * interval '1 minute') + ((g % 3) * interval '1 microsecond')
    FROM generate_series(1, ${count}) g`);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  const other = await buildOrg(t);
  await seed(org, IMAGES);
  await seed(other, 50);
  editor = await loginAs(t, org.users.editor.email);
}, 60_000);
afterAll(() => t.close());

describe('the image library', () => {
  it('brings back all 1,200 images through the cursor, newest first, none twice', async () => {
    const all: Page['items'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await editor.get(`/api/orgs/${org.id}/media${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as Page;
      all.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3); // 500 a page
    expect(all).toHaveLength(IMAGES);
    expect(new Set(all.map((m) => m.id)).size).toBe(IMAGES);
    const times = all.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses a cursor it did not hand out with a 422 naming "cursor"', async () => {
    const res = await editor.get(`/api/orgs/${org.id}/media?cursor=verzonnen`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { details?: { path: string }[] } }).error.details?.map((d) => d.path)).toEqual(['cursor']);
  });
});
