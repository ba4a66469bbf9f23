// Planned answers: the time picked is a wall-clock time in the organisation's time zone, stored
// in UTC, also across the change from summer to winter time (last Sunday of October 2027).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildMastodonChannel } from '../support/inbox-factory.ts';
import { withMastodonServer } from '../support/mastodon-inbox.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

type Planned = { reply: { status: string; dueAt: string } };
type ErrorBody = { error: { code: string; details?: { path: string }[] } };

const server = withMastodonServer();
let org: TestOrg;
let channelId: string;
let contributor: Client;
let base: string;

beforeAll(async () => {
  org = await buildOrg(server.t, { timeZone: 'Europe/Amsterdam' });
  channelId = await buildMastodonChannel(server.t, org.id, server.fake);
  contributor = await loginAs(server.t, org.users.contributor.email);
  base = `/api/orgs/${org.id}/inbox`;
});

async function plan(atLocal: string) {
  const mention = server.fake.mention({ acct: 'jan@zorg.social', text: 'Mag mijn zus ook mee op bezoek zondag?' });
  const id = await buildItem(server.t, org.id, channelId, { externalId: mention.id });
  return contributor.post(`${base}/items/${id}/replies`, { text: 'Morgenochtend bellen we je.', atLocal });
}

describe('planned answers in the organisation time zone', () => {
  it('stores 09:00 Amsterdam time as UTC on either side of the October clock change', async () => {
    // Friday 29 October 2027: summer time (UTC+2).
    const before = await plan('2027-10-29T09:00');
    expect(before.status).toBe(201);
    expect(((await before.json()) as Planned).reply).toMatchObject({ status: 'planned', dueAt: '2027-10-29T07:00:00.000Z' });
    // Monday 1 November 2027, the day after the last Sunday of October: winter time (UTC+1).
    const after = await plan('2027-11-01T09:00');
    expect(((await after.json()) as Planned).reply).toMatchObject({ status: 'planned', dueAt: '2027-11-01T08:00:00.000Z' });
    // 02:30 on the night itself occurs twice: the first (summer time) is meant, as for posts.
    const twice = await plan('2027-10-31T02:30');
    expect(((await twice.json()) as Planned).reply.dueAt).toBe('2027-10-31T00:30:00.000Z');
  });

  it('refuses a time in the past, a malformed one and both kinds of time at once, naming atLocal', async () => {
    const past = await plan('2020-01-06T09:00');
    expect(past.status).toBe(422);
    expect(((await past.json()) as ErrorBody).error).toMatchObject({ code: 'time_in_past', details: [{ path: 'atLocal' }] });
    const malformed = await plan('2027-11-01 09:00');
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as ErrorBody).error.details?.[0]?.path).toBe('atLocal');
    const id = await buildItem(server.t, org.id, channelId);
    const both = await contributor.post(`${base}/items/${id}/replies`, { text: 'Hallo', at: '2027-11-01T08:00:00Z', atLocal: '2027-11-01T09:00' });
    expect(both.status).toBe(422);
  });
});
