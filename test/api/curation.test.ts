// Trusted sources and the reading list (issue 15, point 4), against a local web server with real
// RSS 2.0 and Atom documents: one feed answers 304 to a conditional GET, one is broken and mended.
// Items are stored once; a broken feed is marked with its reason and not fetched again before its
// back-off; a mended one is cleared. The guard's link rule uses the organisation's list; a reading
// item becomes a draft with room for the editor's words, the title, the link and the attribution.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadingItem, ReadingPage, Source, SourceList } from '../../src/contracts/curation.ts';
import { organisations, trustedSources } from '../../src/db/schema.ts';
import { migrationsFolder } from '../../src/db/migrations-folder.ts';
import { backOffMs, fetchDueSources } from '../../src/features/curation/fetch-sources.ts';
import { loadPostsWithParts } from '../../src/features/posts/load-post-parts.ts';
import { startFeedServer, type ServedFeed } from '../support/feed-server.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
type Draft = { postId: string; item: ReadingItem };

const HOUR = 3_600_000;
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9, 0));

const feeds: Record<string, ServedFeed> = {
  '/thuisarts.xml': {
    kind: 'rss',
    title: 'Thuisarts nieuws',
    conditional: true,
    entries: [
      {
        id: 'ta-1',
        title: 'Griepprik: wie krijgt een uitnodiging?',
        link: 'https://www.thuisarts.nl/griep',
        summary: 'Wie 60 jaar of ouder is…',
        published: day(3),
      },
      { id: 'ta-2', title: 'Hooikoorts in de herfst', link: 'https://www.thuisarts.nl/hooikoorts', summary: 'Ook in de herfst…', published: day(1) },
    ],
  },
  '/who.atom': {
    kind: 'atom',
    title: 'WHO news',
    entries: [
      { id: 'urn:who:1', title: 'Measles cases rise in Europe', link: 'https://www.who.int/news/measles', summary: 'Vaccination coverage…', published: day(4) },
      { id: 'urn:who:2', title: 'World Diabetes Day', link: 'https://www.who.int/news/diabetes', summary: 'Diabetes…', published: day(2) },
    ],
  },
  '/broken.xml': { kind: 'rss', title: 'Vereniging', broken: 'http-500', entries: [] },
};

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let base: string;
let server: Awaited<ReturnType<typeof startFeedServer>>;
const ids: Record<string, string> = {};

async function sourcesOf(client: Client, orgId: string): Promise<SourceList> {
  const res = await client.get(`/api/orgs/${orgId}/sources`);
  expect(res.status).toBe(200);
  return (await res.json()) as SourceList;
}
const sourceNamed = async (name: string) => (await sourcesOf(admin, org.id)).items.find((s) => s.name === name)!;
async function reading(client: Client, query = ''): Promise<ReadingPage> {
  const res = await client.get(`${base}/reading${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ReadingPage;
}
/** Time passes for these sources: their next fetch is due now. */
const dueNow = (...names: string[]) =>
  t.database.db.execute(
    sql`UPDATE trusted_sources SET next_fetch_at = now() - interval '1 second' WHERE org_id = ${org.id} AND name IN (${sql.join(
      names.map((n) => sql`${n}`),
      sql`, `,
    )})`,
  );
const round = () => fetchDueSources(t.database.db, 'test-worker', t.deps.net, { orgId: org.id });

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  other = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  base = `/api/orgs/${org.id}`;
  server = await startFeedServer(feeds);
});
afterAll(async () => {
  await server?.stop();
  await t?.close();
});

describe('trusted sources', () => {
  it('starts with the public-health sources and professional associations, on their real domains', async () => {
    const list = await sourcesOf(admin, org.id);
    const byName = Object.fromEntries(list.items.map((s) => [s.name, s.domain]));
    expect(byName).toMatchObject({
      RIVM: 'rivm.nl',
      Thuisarts: 'thuisarts.nl',
      NHG: 'nhg.org',
      'GGD GHOR Nederland': 'ggdghor.nl',
      WHO: 'who.int',
      'Zorginstituut Nederland': 'zorginstituutnederland.nl',
      'V&VN': 'venvn.nl',
      KNMG: 'knmg.nl',
      NVZ: 'nvz-ziekenhuizen.nl',
    });
    expect(list.items.find((s) => s.name === 'NHG')!.status).toBe('no-feed');
    expect(list.builtIn).toContain('thuisarts.nl');
    // Seeded once: a second look adds nothing, and a removed default stays removed.
    expect((await sourcesOf(admin, org.id)).items).toHaveLength(list.items.length);
    const knmp = list.items.find((s) => s.name === 'KNMP')!;
    expect((await admin.del(`${base}/sources/${knmp.id}`)).status).toBe(204);
    expect((await sourcesOf(admin, org.id)).items.map((s) => s.name)).not.toContain('KNMP');
    // The feeds of this test are local: the seeded ones (real addresses) are paused here.
    await t.database.db.update(trustedSources).set({ active: false }).where(eq(trustedSources.orgId, org.id));
  });

  it('adds, edits and pauses a source; bad input answers 4xx naming the field and stores nothing', async () => {
    const before = (await sourcesOf(admin, org.id)).items.length;
    const bad = async (body: unknown, field: string, status = 422) => {
      const res = await admin.post(`${base}/sources`, body);
      expect(res.status).toBe(status);
      expect(((await res.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual([field]);
    };
    await bad({ name: 'X', domain: 'geen domein' }, 'domain');
    await bad({ name: '', domain: 'x.nl' }, 'name');
    await bad({ name: 'X', domain: 'x.nl', feedUrl: 'ftp://x.nl/feed' }, 'feedUrl');
    // The outbound policy: a cloud metadata address is never fetched.
    await bad({ name: 'X', domain: 'x.nl', feedUrl: 'http://169.254.169.254/latest/feed' }, 'feedUrl');
    await bad({ name: 'rivm', domain: 'rivm-kopie.nl' }, 'name', 409);
    expect((await sourcesOf(admin, org.id)).items).toHaveLength(before);

    const res = await admin.request('POST', `${base}/sources`, { name: 'X', domain: 'nee' }, { 'accept-language': 'en' });
    expect(((await res.json()) as ErrorBody).error.details).toEqual([{ path: 'domain', message: 'Enter a website domain, such as rivm.nl.' }]);

    // A web address is taken as its domain.
    const made = await admin.post(`${base}/sources`, {
      name: 'Thuisarts nieuws',
      domain: 'https://www.Thuisarts.nl/nieuws',
      feedUrl: server.url('/thuisarts.xml'),
    });
    expect(made.status).toBe(201);
    const source = (await made.json()) as Source;
    expect(source).toMatchObject({ domain: 'thuisarts.nl', status: 'waiting', active: true, error: null });
    ids.thuisarts = source.id;
    await bad({ name: 'Nog een', domain: 'thuisarts.nl', feedUrl: server.url('/thuisarts.xml') }, 'feedUrl', 409);

    for (const [name, domain, feed] of [
      ['WHO nieuws', 'who.int', '/who.atom'],
      ['Vereniging', 'vereniging-zorg.nl', '/broken.xml'],
    ] as const) {
      const r = await admin.post(`${base}/sources`, { name, domain, feedUrl: server.url(feed) });
      expect(r.status).toBe(201);
      ids[name] = ((await r.json()) as Source).id;
    }

    const paused = await admin.patch(`${base}/sources/${ids.thuisarts}`, { active: false });
    expect(((await paused.json()) as Source).status).toBe('paused');
    const resumed = await admin.patch(`${base}/sources/${ids.thuisarts}`, { active: true, name: 'Thuisarts (NHG)' });
    expect((await resumed.json()) as Source).toMatchObject({ status: 'waiting', name: 'Thuisarts (NHG)' });
    const badPatch = await admin.patch(`${base}/sources/${ids.thuisarts}`, { domain: 'x' });
    expect(((await badPatch.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['domain']);

    // Editing the list is an admin's: it is the guard's policy on links.
    const editor = await loginAs(t, org.users.editor.email);
    expect((await editor.post(`${base}/sources`, { name: 'Y', domain: 'y.nl' })).status).toBe(403);
    expect((await editor.get(`${base}/sources`)).status).toBe(200);
  });
});

describe('following the feeds', () => {
  it('stores RSS and Atom items once, marks the broken feed with its reason and leaves it alone during its back-off', async () => {
    const first = await round();
    expect(first).toMatchObject({ fetched: 3, fresh: 4, failed: 1 });
    const broken = await sourceNamed('Vereniging');
    expect(broken.status).toBe('failing');
    expect(broken.error).toMatchObject({ reason: 'http', httpStatus: 500, failures: 1 });
    const since = broken.error!.since;
    expect(Date.parse(broken.nextFetchAt!) - Date.now()).toBeGreaterThan(backOffMs(1) - 60_000);
    expect((await sourceNamed('Thuisarts (NHG)')).status).toBe('ok');

    const list = await reading(admin);
    expect(list.items.map((i) => i.title)).toEqual([
      'Measles cases rise in Europe',
      'Griepprik: wie krijgt een uitnodiging?',
      'World Diabetes Day',
      'Hooikoorts in de herfst',
    ]);
    expect(list.items[1]).toMatchObject({ sourceName: 'Thuisarts (NHG)', url: 'https://www.thuisarts.nl/griep', state: 'new' });

    // An hour later for the two good feeds; the broken one is still in its back-off.
    feeds['/who.atom']!.entries.push({
      id: 'urn:who:3',
      title: 'Heatwave advice',
      link: 'https://www.who.int/news/heat',
      summary: 'Drink water',
      published: day(5),
    });
    await dueNow('Thuisarts (NHG)', 'WHO nieuws');
    const brokenHits = server.hits('/broken.xml').length;
    const second = await round();
    expect(second).toMatchObject({ fetched: 2, fresh: 1, failed: 0 });
    expect(server.hits('/broken.xml')).toHaveLength(brokenHits);
    const conditional = server.hits('/thuisarts.xml').at(-1)!;
    expect(conditional.headers['if-none-match']).toMatch(/^"thuisartsxml-v1"$/);
    expect(conditional.status).toBe(304);
    const titles = (await reading(admin)).items.map((i) => i.title);
    expect(titles).toHaveLength(5);
    expect(new Set(titles).size).toBe(5);
    expect(titles[0]).toBe('Heatwave advice');

    // Nothing is due: another round fetches nothing (never in a loop).
    expect(await round()).toMatchObject({ fetched: 0 });

    // After its back-off it is tried again and still fails: the next wait is longer, the mark keeps its start.
    await dueNow('Vereniging');
    feeds['/broken.xml']!.broken = 'not-a-feed';
    expect(await round()).toMatchObject({ fetched: 1, failed: 1 });
    const still = await sourceNamed('Vereniging');
    expect(still.error).toMatchObject({ reason: 'not-a-feed', failures: 2, since });
    expect(Date.parse(still.nextFetchAt!) - Date.now()).toBeGreaterThan(backOffMs(2) - 60_000);
    expect(backOffMs(2)).toBe(2 * HOUR);

    // Mended: the next fetch after the back-off clears the mark.
    feeds['/broken.xml'] = {
      kind: 'rss',
      title: 'Vereniging',
      entries: [{ id: 'v-1', title: 'Nieuwe richtlijn decubitus', link: 'https://vereniging-zorg.nl/decubitus', summary: 'De richtlijn…', published: day(6) }],
    };
    await dueNow('Vereniging');
    expect(await round()).toMatchObject({ fetched: 1, fresh: 1, failed: 0 });
    expect(await sourceNamed('Vereniging')).toMatchObject({ status: 'ok', error: null });
  });

  it('pages newest first with a cursor, filters per source, marks read and dismissed', async () => {
    const seen: string[] = [];
    let page = await reading(admin, '?limit=2');
    seen.push(...page.items.map((i) => i.title!));
    while (page.nextCursor) {
      page = await reading(admin, `?limit=2&cursor=${page.nextCursor}`);
      seen.push(...page.items.map((i) => i.title!));
    }
    expect(seen).toHaveLength(6);
    expect(seen[0]).toBe('Nieuwe richtlijn decubitus');

    const who = await reading(admin, `?sourceId=${ids['WHO nieuws']}`);
    expect(who.items.map((i) => i.sourceName)).toEqual(['WHO nieuws', 'WHO nieuws', 'WHO nieuws']);

    const item = who.items[0]!;
    const contributor = await loginAs(t, org.users.contributor.email);
    const dismissed = await contributor.patch(`${base}/reading/${item.id}`, { state: 'dismissed' });
    expect(((await dismissed.json()) as ReadingItem).state).toBe('dismissed');
    expect((await reading(admin)).items.map((i) => i.id)).not.toContain(item.id);
    expect((await reading(admin, '?state=dismissed')).items.map((i) => i.id)).toEqual([item.id]);
    expect((await contributor.patch(`${base}/reading/${item.id}`, { state: 'gelezen' })).status).toBe(422);
    const viewer = await loginAs(t, org.users.viewer.email);
    expect((await viewer.patch(`${base}/reading/${item.id}`, { state: 'read' })).status).toBe(403);
    expect((await admin.get(`${base}/reading?cursor=nonsense!`)).status).toBe(422);
  });
});

describe('make a draft', () => {
  it('makes a draft with room for the editor’s words first, then title, link and attribution; the item links to it', async () => {
    const item = (await reading(admin, `?sourceId=${ids.thuisarts}`)).items.find((i) => i.title?.startsWith('Griepprik'))!;
    const contributor = await loginAs(t, org.users.contributor.email);
    const res = await contributor.post(`${base}/reading/${item.id}/draft`);
    expect(res.status).toBe(201);
    const draft = (await res.json()) as Draft;
    expect(draft.item).toMatchObject({ draftPostId: draft.postId, state: 'read' });

    const post = (await (await contributor.get(`${base}/posts/${draft.postId}`)).json()) as { baseText: string; status: string };
    expect(post.status).toBe('draft');
    expect(post.baseText).toBe('\n\nGriepprik: wie krijgt een uitnodiging?\nhttps://www.thuisarts.nl/griep\n\nBron: Thuisarts (NHG)');

    // Asked again (a double click): the same draft.
    const again = await contributor.post(`${base}/reading/${item.id}/draft`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Draft).postId).toBe(draft.postId);
    expect((await reading(admin, `?sourceId=${ids.thuisarts}`)).items.find((i) => i.id === item.id)!.draftPostId).toBe(draft.postId);

    // Like any draft it goes to review through the guard (a trusted link: no link warning).
    await contributor.patch(`${base}/posts/${draft.postId}`, { version: 1, baseText: `Goed om te weten voor de winter.${post.baseText}` });
    const submitted = await contributor.post(`${base}/posts/${draft.postId}/transitions`, { event: 'submit' });
    expect(submitted.status).toBe(200);
    const view = (await submitted.json()) as { status: string; guard: { parts: { result: { findings: { rule: string }[] } }[] } };
    expect(view.status).toBe('in_review');
    expect(view.guard.parts.flatMap((p) => p.result.findings.map((f) => f.rule))).not.toContain('link');

    const viewer = await loginAs(t, org.users.viewer.email);
    expect((await viewer.post(`${base}/reading/${item.id}/draft`)).status).toBe(403);
  });

  it('writes the attribution in the organisation’s language', async () => {
    await t.database.db.update(organisations).set({ locale: 'en' }).where(eq(organisations.id, org.id));
    const item = (await reading(admin, `?sourceId=${ids['WHO nieuws']}`)).items.find((i) => !i.draftPostId)!;
    const draft = (await (await admin.post(`${base}/reading/${item.id}/draft`)).json()) as Draft;
    const post = (await (await admin.get(`${base}/posts/${draft.postId}`)).json()) as { baseText: string };
    expect(post.baseText.startsWith('\n\n')).toBe(true);
    expect(post.baseText.endsWith(`\n\nSource: WHO nieuws`)).toBe(true);
    await t.database.db.update(organisations).set({ locale: 'nl' }).where(eq(organisations.id, org.id));
  });
});

describe('one list for the guard', () => {
  const check = async (text: string) => {
    const res = await admin.post(`${base}/guard/check`, { text, lang: 'nl' });
    return ((await res.json()) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
  };

  it('flags a link outside the organisation’s sources and not one inside; the settings cannot hold a second list', async () => {
    expect(await check('Lees meer op zorgportaal-delinde.nl/wondzorg')).toContain('link');
    const added = await admin.post(`${base}/sources`, { name: 'De Linde', domain: 'zorgportaal-delinde.nl' });
    expect(added.status).toBe(201);
    const source = (await added.json()) as Source;
    expect(await check('Lees meer op zorgportaal-delinde.nl/wondzorg')).not.toContain('link');
    // The built-in defaults still count.
    expect(await check('Lees meer op www.thuisarts.nl/wondzorg')).not.toContain('link');

    // The engine's loader gives the guard the same list.
    const [post] = await t.database.db
      .execute(sql`SELECT id FROM posts WHERE org_id = ${org.id} LIMIT 1`)
      .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    const [loaded] = await loadPostsWithParts(t.database.db, [post!.id]);
    expect(loaded!.org.guardSettings.allow?.domains).toContain('zorgportaal-delinde.nl');

    // The guard settings show the list; sending it back unchanged is fine, a different one is not.
    const settings = (await (await admin.get(`${base}/guard/settings`)).json()) as { allow: { domains: string[] } };
    expect(settings.allow.domains).toContain('zorgportaal-delinde.nl');
    expect((await admin.request('PUT', `${base}/guard/settings`, settings)).status).toBe(200);
    const second = await admin.request('PUT', `${base}/guard/settings`, { allow: { domains: [...settings.allow.domains, 'elders.nl'] } });
    expect(second.status).toBe(422);
    expect(((await second.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['allow.domains']);

    expect((await admin.del(`${base}/sources/${source.id}`)).status).toBe(204);
    expect(await check('Lees meer op zorgportaal-delinde.nl/wondzorg')).toContain('link');
  });

  it('moves the domains of the old guard settings into the sources list (migration 0027)', async () => {
    const db = t.database.db;
    const [old] = await db
      .insert(organisations)
      .values({
        slug: `old-${Date.now()}`,
        name: 'Oud',
        guardSettings: { allow: { domains: ['www.Wijkzorg-Eemland.nl', 'rivm.nl'], phones: ['0344 123 456'] } },
      })
      .returning();
    // The migration's data statements, run again on a row written the old way.
    const migration = await readFile(path.join(migrationsFolder, '0027_trusted_sources.sql'), 'utf8');
    const statements = migration.split('--> statement-breakpoint').slice(-2);
    for (const statement of statements) await db.execute(sql.raw(statement));
    const [after] = await db.select().from(organisations).where(eq(organisations.id, old!.id));
    expect(after!.guardSettings).toEqual({ allow: { phones: ['0344 123 456'] } });
    const moved = await db.select({ name: trustedSources.name, domain: trustedSources.domain }).from(trustedSources).where(eq(trustedSources.orgId, old!.id));
    expect(moved.map((m) => m.domain).sort()).toEqual(['rivm.nl', 'wijkzorg-eemland.nl']);
  });
});

describe('tenant isolation', () => {
  it('keeps each organisation’s sources and reading list its own', async () => {
    const stranger = await loginAs(t, other.users.admin.email);
    const mine = (await sourcesOf(admin, org.id)).items.map((s) => s.id);
    const theirs = await sourcesOf(stranger, other.id);
    expect(theirs.items.some((s) => mine.includes(s.id))).toBe(false);
    const otherBase = `/api/orgs/${other.id}`;
    const theirReading = (await (await stranger.get(`${otherBase}/reading`)).json()) as ReadingPage;
    expect(theirReading.items).toEqual([]);

    const item = (await reading(admin)).items[0]!;
    expect((await stranger.patch(`${otherBase}/sources/${ids.thuisarts}`, { active: false })).status).toBe(404);
    expect((await stranger.del(`${otherBase}/sources/${ids.thuisarts}`)).status).toBe(404);
    expect((await stranger.post(`${otherBase}/sources/${ids.thuisarts}/fetch`)).status).toBe(404);
    expect((await stranger.patch(`${otherBase}/reading/${item.id}`, { state: 'dismissed' })).status).toBe(404);
    expect((await stranger.post(`${otherBase}/reading/${item.id}/draft`)).status).toBe(404);
    expect((await stranger.get(`${base}/reading`)).status).toBe(404);
    // The other organisation's filter on our source finds nothing.
    expect(((await (await stranger.get(`${otherBase}/reading?sourceId=${ids.thuisarts}`)).json()) as ReadingPage).items).toEqual([]);
    const [still] = await t.database.db
      .select({ active: trustedSources.active })
      .from(trustedSources)
      .where(and(eq(trustedSources.id, ids.thuisarts!), eq(trustedSources.orgId, org.id)));
    expect(still!.active).toBe(true);
  });
});
