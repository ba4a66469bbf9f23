// Listening through the API: queries written with validation that names the field, kept per
// organisation, run against news feeds served by a local HTTP server (RSS 2.0 and Atom, a 304 on
// the second read, one broken feed marked on the query and not read again at once), items stored
// once across sources with the matched terms and a sentiment, paged newest first, and the charts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningChart, ListeningQueryView, ListeningResultList } from '../../src/contracts/listening.ts';
import { auditEvents, listeningResults } from '../../src/db/schema.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let viewer: Client;
let stranger: Client;
let feeds: Server;
let feedBase: string;
const hits: Record<string, { total: number; conditional: number }> = {};

const now = new Date();
const ago = (h: number) => new Date(now.getTime() - h * 3_600_000).toUTCString();
const LONG = 'Wachtlijst voor de thuiszorg in de regio loopt verder op, zegt de Zorggroep Rivierenland in een reactie';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Regionieuws</title><link>https://regio.example</link><description>Nieuws</description>
<item><title>Mantelzorgers boos over sluiting dagbesteding</title><link>https://regio.example/a?utm_source=rss</link><guid>rss-a</guid>
<description>Veel &lt;b&gt;mantelzorgers&lt;/b&gt; zijn boos en teleurgesteld: de dagbesteding sluit. Een slechte beslissing.</description><pubDate>${ago(3)}</pubDate></item>
<item><title>Over iets anders</title><link>https://regio.example/b</link><guid>rss-b</guid><description>Het weer wordt mooi.</description><pubDate>${ago(2)}</pubDate></item>
<item><title>Dank aan de cliënten</title><link>https://regio.example/c</link><guid>rss-c</guid><description>${LONG}</description><pubDate>${ago(1)}</pubDate></item>
</channel></rss>`;

// The same story as the first RSS item (same address, tracking parameters aside) and the same long text under another address.
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Zorgkrant</title><id>urn:zorgkrant</id><updated>${new Date().toISOString()}</updated>
<entry><title>Mantelzorgers boos over sluiting dagbesteding</title><id>urn:zk:1</id><link href="https://www.regio.example/a"/><updated>${new Date(now.getTime() - 3 * 3_600_000).toISOString()}</updated><summary>Overgenomen bericht over mantelzorgers.</summary></entry>
<entry><title>Overgenomen</title><id>urn:zk:2</id><link href="https://zorgkrant.example/wachtlijst"/><updated>${new Date(now.getTime() - 3_600_000).toISOString()}</updated><summary>${LONG}</summary></entry>
</feed>`;

beforeAll(async () => {
  feeds = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] ??= { total: 0, conditional: 0 };
    hits[path].total++;
    if (path === '/rss.xml') {
      if (req.headers['if-none-match'] === '"rss-1"') {
        hits[path].conditional++;
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"rss-1"' }).end(RSS);
    } else if (path === '/atom.xml') res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
    else if (path === '/broken.xml')
      res.writeHead(200, { 'content-type': 'application/xml' }).end('<html><body><h1>Onderhoud</h1><p>Deze pagina is geen feed.</p></body></html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  [editor, viewer, stranger] = await Promise.all([loginAs(t, org.users.editor.email), loginAs(t, org.users.viewer.email), loginAs(t, other.users.admin.email)]);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => feeds.close(resolve));
});

const base = () => `/api/orgs/${org.id}/listening`;
const valid = () => ({
  name: 'Mantelzorg',
  keywords: ['mantelzorger*', 'wachtlijst'],
  hashtags: ['mantelzorg'],
  orgNames: ['Zorggroep Rivierenland'],
  exclude: ['vacature'],
});

describe('queries', () => {
  it('refuses bad input with a 4xx naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ ...valid(), name: '' }, 'name'],
      [{ name: 'Leeg' }, 'keywords'],
      [{ ...valid(), hashtags: ['#twee woorden'] }, 'hashtags.0'],
      [{ ...valid(), mentions: ['geen handle!'] }, 'mentions.0'],
      [{ ...valid(), languages: ['de'] }, 'languages.0'],
      [{ ...valid(), feedUrls: ['ftp://x.example/feed'] }, 'feedUrls.0'],
      [{ ...valid(), feedUrls: ['geen adres'] }, 'feedUrls.0'],
      [{ ...valid(), extra: true }, '(body)'],
    ];
    for (const [body, path] of cases) {
      const res = await editor.post(`${base()}/queries`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const { error } = (await res.json()) as { error: { code: string; details: { path: string; message: string }[] } };
      expect(error.details.map((d) => d.path)).toContain(path);
      expect(error.details.every((d) => d.message.length > 0)).toBe(true);
    }
    const empty = await editor.post(`${base()}/queries`, { name: 'Leeg' });
    const { error } = (await empty.json()) as { error: { details: { message: string }[] } };
    expect(error.details[0]!.message).toBe('Vul minstens één woord, zinsdeel, hashtag, vermelding of naam in.');
    expect(await (await editor.get(`${base()}/queries`)).json()).toEqual([]);
  });

  it('creates, edits and deletes; viewers read but may not write; another organisation sees nothing', async () => {
    const created = await editor.post(`${base()}/queries`, { ...valid(), mentions: ['zorggroep'] });
    expect(created.status).toBe(201);
    const q = (await created.json()) as ListeningQueryView;
    expect(q).toMatchObject({ name: 'Mantelzorg', hashtags: ['#mantelzorg'], mentions: ['@zorggroep'], aboutOrganisation: true, active: true });
    expect((await viewer.post(`${base()}/queries`, valid())).status).toBe(403);
    expect((await viewer.request('PUT', `${base()}/queries/${q.id}`, valid())).status).toBe(403);
    expect(((await (await viewer.get(`${base()}/queries`)).json()) as ListeningQueryView[]).map((x) => x.id)).toEqual([q.id]);

    const edited = await editor.request('PUT', `${base()}/queries/${q.id}`, { ...valid(), name: 'Mantelzorg regio', orgNames: [], active: false });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ name: 'Mantelzorg regio', aboutOrganisation: false, active: false });
    const badEdit = await editor.request('PUT', `${base()}/queries/${q.id}`, { ...valid(), name: 'x'.repeat(81) });
    expect(badEdit.status).toBe(422);
    expect(((await (await editor.get(`${base()}/queries/${q.id}`)).json()) as ListeningQueryView).name).toBe('Mantelzorg regio');

    // Another organisation: not found, never shown, never changed.
    const foreign = `/api/orgs/${other.id}/listening`;
    expect(await (await stranger.get(`${foreign}/queries`)).json()).toEqual([]);
    expect((await stranger.get(`/api/orgs/${other.id}/listening/queries/${q.id}`)).status).toBe(404);
    expect((await stranger.request('PUT', `${foreign}/queries/${q.id}`, valid())).status).toBe(404);
    expect((await stranger.del(`${foreign}/queries/${q.id}`)).status).toBe(404);
    expect((await stranger.get(`${foreign}/queries/${q.id}/results`)).status).toBe(404);
    expect((await stranger.get(`${base()}/queries`)).status).toBe(404);

    expect((await editor.del(`${base()}/queries/${q.id}`)).status).toBe(204);
    expect((await editor.get(`${base()}/queries/${q.id}`)).status).toBe(404);
    const acts = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(acts.map((a) => a.action)).toEqual(expect.arrayContaining(['listening.query_create', 'listening.query_update', 'listening.query_delete']));
  });
});

describe('running against news feeds', () => {
  it('stores matching items once across feeds with terms and sentiment, reads conditionally, marks a broken feed', async () => {
    const created = await editor.post(`${base()}/queries`, { ...valid(), feedUrls: [`${feedBase}/rss.xml`, `${feedBase}/atom.xml`, `${feedBase}/broken.xml`] });
    const q = (await created.json()) as ListeningQueryView;
    const run = await editor.post(`${base()}/queries/${q.id}/run`);
    expect(run.status).toBe(200);
    const after = (await run.json()) as ListeningQueryView;
    const broken = after.sources.find((s) => s.key.endsWith('/broken.xml'))!;
    expect(broken.lastError).toMatch(/not an RSS or Atom feed/);
    expect(Date.parse(broken.nextTryAt)).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(after.sources.filter((s) => s.lastError === null)).toHaveLength(2);

    const page = (await (await viewer.get(`${base()}/queries/${q.id}/results`)).json()) as ListeningResultList;
    // Two stories: the weather item does not match; the Atom entries are the RSS items again (same address, same long text).
    expect(page.items.map((i) => i.title)).toEqual(['Dank aan de cliënten', 'Mantelzorgers boos over sluiting dagbesteding']);
    const angry = page.items[1]!;
    expect(angry).toMatchObject({ source: 'feed', sentiment: 'negative', url: 'https://regio.example/a?utm_source=rss' });
    expect(angry.terms).toContain('mantelzorger*');
    expect(page.items[0]!.terms).toEqual(expect.arrayContaining(['wachtlijst', 'Zorggroep Rivierenland']));
    expect(await t.database.db.select({ id: listeningResults.id }).from(listeningResults).where(eq(listeningResults.orgId, org.id))).toHaveLength(2);

    // The second run: the RSS feed answers 304, nothing new, the broken feed is not asked again yet.
    const brokenHits = hits['/broken.xml']!.total;
    expect((await editor.post(`${base()}/queries/${q.id}/run`)).status).toBe(200);
    expect(hits['/rss.xml']!.conditional).toBe(1);
    expect(hits['/broken.xml']!.total).toBe(brokenHits);
    expect(((await (await viewer.get(`${base()}/queries/${q.id}/results`)).json()) as ListeningResultList).items).toHaveLength(2);

    // Paged with a cursor, newest first, never cut off.
    const first = (await (await viewer.get(`${base()}/queries/${q.id}/results?limit=1`)).json()) as ListeningResultList;
    expect(first.nextCursor).not.toBeNull();
    const second = (await (await viewer.get(`${base()}/queries/${q.id}/results?limit=1&cursor=${first.nextCursor}`)).json()) as ListeningResultList;
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(page.items.map((i) => i.id));
    expect(second.nextCursor).toBeNull();
    expect((await viewer.get(`${base()}/queries/${q.id}/results?cursor=onzin`)).status).toBe(422);

    // The chart counts them per hour, with quiet hours as zeros.
    const chart = (await (await viewer.get(`${base()}/queries/${q.id}/chart?bucket=hour&span=6`)).json()) as ListeningChart;
    expect(chart.points.reduce((n, p) => n + p.total, 0)).toBe(2);
    expect(chart.points.reduce((n, p) => n + p.negative, 0)).toBe(1);
    expect(chart.points.length).toBeGreaterThanOrEqual(6);
    const days = (await (await viewer.get(`${base()}/queries/${q.id}/chart?bucket=day&span=7`)).json()) as ListeningChart;
    expect(days.points.reduce((n, p) => n + p.total, 0)).toBe(2);

    // Deleting the query takes what only it found.
    expect((await editor.del(`${base()}/queries/${q.id}`)).status).toBe(204);
    expect(await t.database.db.select({ id: listeningResults.id }).from(listeningResults).where(eq(listeningResults.orgId, org.id))).toEqual([]);
  });
});
