// The ordinary web-server manners: compressed JSON and assets when the client asks, hashed assets
// cached for a year, the page itself revalidated, and the OpenAPI document built once.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let editor: Client;
let webDir: string;
const SCRIPT = `console.log(${JSON.stringify('Zorgpost '.repeat(500))});`;

beforeAll(async () => {
  webDir = await mkdtemp(path.join(os.tmpdir(), 'zp-web-'));
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Zorgpost</title><script src="/assets/index-AbC123.js"></script>');
  await writeFile(path.join(webDir, 'assets', 'index-AbC123.js'), SCRIPT);
  t = await createTestApp({}, { webDir });
  org = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  // A month of 400 posts with realistic texts, each on the website channel.
  await t.database.db.execute(sql`
    WITH p AS (
      INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at)
      SELECT ${org.id}::uuid, ${org.users.editor.id}::uuid,
             'Bericht ' || g || ': onze open dag is zaterdag van 10 tot 16 uur. Kom kijken bij locatie ' || (g % 17) || ', iedereen is welkom en de koffie staat klaar.',
             'scheduled', timestamptz '2027-05-01 06:00:00+00' + (g * interval '100 minutes')
      FROM generate_series(1, 400) g RETURNING id, org_id)
    INSERT INTO post_variants (org_id, post_id, channel_id) SELECT org_id, id, ${org.channelId}::uuid FROM p`);
  // Every third post is in a campaign: its items carry the campaign's id, name and colour (issue 16).
  await t.database.db.execute(sql`
    WITH c AS (INSERT INTO campaigns (org_id, name, colour) VALUES (${org.id}::uuid, 'Week van de Mantelzorg', '#b45309') RETURNING id)
    UPDATE posts SET campaign_id = (SELECT id FROM c) WHERE org_id = ${org.id}::uuid AND (substring(base_text from 'Bericht ([0-9]+):')::int % 3) = 0`);
});
afterAll(async () => {
  await t.close();
  await rm(webDir, { recursive: true, force: true });
});

const month = () => `/api/orgs/${org.id}/posts?from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z`;

describe('compression', () => {
  it('gzips a month of posts when the browser accepts it: under 150 bytes a post', async () => {
    const plain = await editor.request('GET', month());
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainBytes = (await plain.arrayBuffer()).byteLength;

    const res = await editor.request('GET', month(), undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
    const zipped = Buffer.from(await res.arrayBuffer());
    const page = JSON.parse(gunzipSync(zipped).toString('utf8')) as { items: unknown[] };
    expect(page.items).toHaveLength(400);
    const perItem = zipped.byteLength / page.items.length;
    console.log(`month of 400 posts: ${plainBytes} bytes plain, ${zipped.byteLength} gzip (${perItem.toFixed(0)} bytes a post)`);
    expect(perItem).toBeLessThan(150);
  });

  it('gzips a script asset and caches hashed assets for a year', async () => {
    const res = await t.app.request('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(SCRIPT);
  });

  it('a missing asset is a 404 that nobody caches, not the web page', async () => {
    const res = await t.app.request('/assets/index-Gone99.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('the page itself is revalidated, so a new release is picked up', async () => {
    const res = await t.app.request('/calendar');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('ETags', () => {
  it('an unchanged month costs a 304 without a body; a changed one a fresh answer', async () => {
    const first = await editor.request('GET', month());
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');

    const again = await editor.request('GET', month(), undefined, { 'if-none-match': tag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);

    await t.database.db.execute(sql`UPDATE posts SET base_text = 'Gewijzigd: de open dag is verplaatst.'
      WHERE id = (SELECT id FROM posts WHERE org_id = ${org.id}::uuid ORDER BY scheduled_at LIMIT 1)`);
    const changed = await editor.request('GET', month(), undefined, { 'if-none-match': tag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect(((await changed.json()) as { items: { excerpt: string }[] }).items[0]!.excerpt).toContain('Gewijzigd');
  });

  it('the web page answers 304 when unchanged', async () => {
    const first = await t.app.request('/calendar');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await t.app.request('/calendar', { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the OpenAPI document', () => {
  it('is built once and served the same every time', async () => {
    const build = vi.spyOn(t.app, 'getOpenAPI31Document');
    const first = await (await t.app.request('/api/openapi.json')).text();
    const second = await (await t.app.request('/api/openapi.json')).text();
    expect(build).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    const doc = JSON.parse(first) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/orgs/{orgId}/posts']).toBeDefined();
    expect(doc.components.schemas.PostPage).toBeDefined();
    build.mockRestore();
  });
});
