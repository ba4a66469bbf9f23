// Listening on Mastodon (against the contract server): a hashtag reads the tag timeline, a word
// the v2 search; what comes back is matched again here and stored with its sentiment. A query is
// run by one worker at a time (a lease), and a 429 with Retry-After is kept: the source is marked
// on the query and not asked again before that time.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListeningQueryView, ListeningResultList } from '../../src/contracts/listening.ts';
import { claimDueQueries, runQuery } from '../../src/features/listening/run-queries.ts';
import { buildMastodonChannel } from '../support/inbox-factory.ts';
import { withMastodonServer } from '../support/mastodon-inbox.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

const server = withMastodonServer();
const { db } = server;
let org: TestOrg;
let editor: Client;

beforeAll(async () => {
  org = await buildOrg(server.t);
  await buildMastodonChannel(server.t, org.id, server.fake);
  editor = await loginAs(server.t, org.users.editor.email);
  const someone = { id: '7', acct: 'dochter@zorg.social', display_name: 'Dochter' };
  const add = (id: string, status: string) =>
    server.fake.statuses.set(id, {
      id,
      status,
      mediaIds: [],
      inReplyToId: null,
      idempotencyKey: null,
      visibility: 'public',
      account: someone,
      language: 'nl',
      createdAt: new Date().toISOString(),
    });
  add('901', 'De #Wachtlijst bij de wijkverpleging is schandalig lang, heel slecht geregeld.');
  add('902', 'Fijne avond gehad bij de Huisartsenpost, dank jullie wel!');
  add('903', 'Huisartsenposten in de regio zoeken mensen'); // another word: found by the search, not by us
});

const create = async (body: object) => (await (await editor.post(`/api/orgs/${org.id}/listening/queries`, body)).json()) as ListeningQueryView;
const results = async (id: string) => ((await (await editor.get(`/api/orgs/${org.id}/listening/queries/${id}/results`)).json()) as ListeningResultList).items;

describe('listening on Mastodon', () => {
  it('reads the tag timeline and the search, and stores what matches with its sentiment', async () => {
    const q = await create({ name: 'Zorg in de wijk', hashtags: ['wachtlijst'], keywords: ['huisartsenpost'] });
    expect((await editor.post(`/api/orgs/${org.id}/listening/queries/${q.id}/run`)).status).toBe(200);
    const paths = server.fake.log.map((r) => `${r.path}${r.path.endsWith('search') ? `?q=${r.query.get('q')}&type=${r.query.get('type')}` : ''}`);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/timelines/tag/wachtlijst', '/api/v2/search?q=huisartsenpost&type=statuses']));
    const found = await results(q.id);
    expect(found.map((r) => [r.source, r.sentiment, r.author.handle])).toEqual(
      expect.arrayContaining([
        ['mastodon', 'negative', 'dochter@zorg.social'],
        ['mastodon', 'positive', 'dochter@zorg.social'],
      ]),
    );
    expect(found).toHaveLength(2);
    expect(found.find((r) => r.sentiment === 'negative')!.terms).toEqual(['#wachtlijst']);
  });

  it('one worker at a time; a 429 with Retry-After marks the source and it waits', async () => {
    const q = await create({ name: 'Alleen hashtag', hashtags: ['wachtlijst'] });
    const first = await claimDueQueries(db(), 'worker-a');
    expect(first).toContain(q.id);
    expect(await claimDueQueries(db(), 'worker-b')).not.toContain(q.id);
    // A worker without the lease reads nothing.
    const asked = server.fake.log.length;
    expect(await runQuery(db(), q.id, 'worker-b', server.t.deps)).toEqual({ stored: 0, sources: 0, failed: 0 });
    expect(server.fake.log.length).toBe(asked);

    server.fake.readScript.push({ status: 429, headers: { 'retry-after': '3600' }, json: { error: 'Too many requests' } });
    expect(await runQuery(db(), q.id, 'worker-a', server.t.deps)).toMatchObject({ failed: 1 });
    const view = (await (await editor.get(`/api/orgs/${org.id}/listening/queries/${q.id}`)).json()) as ListeningQueryView;
    expect(view.sources[0]!.lastError).toMatch(/rate-limiting/);
    expect(Date.parse(view.sources[0]!.nextTryAt)).toBeGreaterThan(Date.now() + 55 * 60_000);
    // Run again now (as a person can): the source is not asked before its time.
    const before = server.fake.log.length;
    expect((await editor.post(`/api/orgs/${org.id}/listening/queries/${q.id}/run`)).status).toBe(200);
    expect(server.fake.log.length).toBe(before);
  });
});
