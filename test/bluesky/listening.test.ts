// Listening against the local Bluesky network (PDS + AppView): other accounts post about the
// organisation's theme; the query's run finds them through app.bsky.feed.searchPosts and matches
// them again on our side. The local AppView's search is a case-sensitive substring match, so a
// query written in lowercase still finds "#Dagbesteding…", and "…ers" (another word) or an
// excluded post does not count. The stored item carries its sentiment, link and matched terms.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningQueryView, ListeningResultList } from '../../src/contracts/listening';
import { channels } from '../../src/db/schema';
import { type BlueskyActor, type BlueskyNetwork, type BlueskyTestAccount, blueskyNetwork } from '../support/bluesky-network';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app';

let network: BlueskyNetwork;
let ours: BlueskyTestAccount;
let mantelzorger: BlueskyActor;
let buurman: BlueskyActor;
let t: TestApp;
let org: TestOrg;
let editor: Client;

beforeAll(async () => {
  network = await blueskyNetwork();
  ours = await network.createAccount('zorgluistert');
  [mantelzorger, buurman] = await Promise.all([network.createActor('dochter'), network.createActor('buurman')]);
  // The network listens on loopback: a private target, allowed only by this setting.
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  await t.database.db.insert(channels).values({
    orgId: org.id,
    type: 'bluesky',
    name: 'Bluesky',
    slug: `bluesky-${randomUUID().slice(0, 6)}`,
    settings: { service: network.pdsUrl, handle: ours.handle, did: ours.did },
    credentials: t.deps.secrets.seal({ service: network.pdsUrl, identifier: ours.handle, appPassword: ours.appPassword }),
  });
  editor = await loginAs(t, org.users.editor.email);
}, 600_000);
afterAll(async () => {
  await t?.close();
  await network?.stop();
});

describe('listening on Bluesky', () => {
  it("stores another account's post about the theme with its sentiment, normalised on our side", async () => {
    // A word of its own per run, so other files' posts on the shared network do not count here.
    const tag = `Dagbesteding${randomUUID().slice(0, 6)}`;
    const angry = await mantelzorger.post(`Mijn moeder kan niet meer naar de #${tag}. Slecht geregeld en heel verdrietig.`);
    // The AppView's substring search finds these too; our matching does not count them.
    const otherWord = await buurman.post(`De ${tag}ers krijgen een bloemetje`);
    const excluded = await buurman.post(`Vacature: begeleider ${tag}, mantelzorg welkom`);
    await network.waitForIndexed(angry.uri, otherWord.uri, excluded.uri);

    const created = await editor.post(`/api/orgs/${org.id}/listening/queries`, { name: 'Dagbesteding', keywords: [tag.toLowerCase()], exclude: ['vacature'] });
    expect(created.status).toBe(201);
    const query = (await created.json()) as ListeningQueryView;

    const results = await network.waitFor('the post in the results', async () => {
      const run = await editor.post(`/api/orgs/${org.id}/listening/queries/${query.id}/run`);
      expect(run.status).toBe(200);
      const page = (await (await editor.get(`/api/orgs/${org.id}/listening/queries/${query.id}/results`)).json()) as ListeningResultList;
      return page.items.length > 0 && page.items;
    });
    expect(results.map((r) => r.id)).toHaveLength(1);
    const found = results[0]!;
    expect(found).toMatchObject({ source: 'bluesky', sentiment: 'negative', author: { handle: mantelzorger.handle } });
    expect(found.text).toContain(tag);
    expect(found.terms).toEqual([tag.toLowerCase()]);
    expect(found.url).toMatch(/^https:\/\/bsky\.app\/profile\/.+\/post\//);

    const view = (await (await editor.get(`/api/orgs/${org.id}/listening/queries/${query.id}`)).json()) as ListeningQueryView;
    expect(view.sources).toEqual([expect.objectContaining({ label: 'Bluesky', lastError: null })]);
    // A second run stores nothing twice.
    expect((await editor.post(`/api/orgs/${org.id}/listening/queries/${query.id}/run`)).status).toBe(200);
    const again = (await (await editor.get(`/api/orgs/${org.id}/listening/queries/${query.id}/results`)).json()) as ListeningResultList;
    expect(again.items.map((r) => r.id)).toEqual([found.id]);
  });
});
