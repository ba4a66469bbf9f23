// Repeats and evergreen queues, planned in the organisation's zone across daylight-saving changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upcomingSlots } from '../../src/domain/weekly-slots.ts';
import { fillQueues } from '../../src/features/queues/fill-queues.ts';
import { buildOrg, createTestApp, localIn, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let editor: Client;
let contributor: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  [editor, contributor] = await Promise.all([loginAs(t, org.users.editor.email), loginAs(t, org.users.contributor.email)]);
});
afterAll(() => t.close());

async function approvedPost(text: string, scheduledLocal: string | null = localIn(2, '09:00')) {
  const created = (await (
    await contributor.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }], scheduledLocal })
  ).json()) as { id: string };
  await contributor.post(`${base}/posts/${created.id}/transitions`, { event: 'submit' });
  const res = await editor.post(`${base}/posts/${created.id}/transitions`, { event: 'approve' });
  expect(res.status).toBe(200);
  return created.id;
}

type Summary = { id: string; status: string; scheduledLocal: string; excerpt: string };
const listAll = async () => ((await (await editor.get(`${base}/posts`)).json()) as { items: Summary[] }).items;

describe('repeats', () => {
  it('repeats an approved post every week at the same local time, also across the clock change', async () => {
    // Planned on the Monday before clocks go back in 2027 (31 October): the repeat keeps 09:00.
    const id = await approvedPost('Elke week: spreekuur valpreventie in de bibliotheek.', '2027-10-25T09:00');
    const res = await editor.post(`${base}/posts/${id}/repeat`, { everyDays: 7, times: 2 });
    expect(res.status).toBe(201);
    const { created } = (await res.json()) as { created: string[] };
    const copies = (await listAll()).filter((p) => created.includes(p.id));
    expect(copies.map((p) => p.scheduledLocal).sort()).toEqual(['2027-11-01T09:00', '2027-11-08T09:00']);
    expect(copies.every((p) => p.status === 'scheduled')).toBe(true);
  });

  it('repeats on chosen dates and refuses a date in the past without creating anything', async () => {
    const id = await approvedPost('Griepprik: laatste kans deze week.');
    const before = (await listAll()).length;
    const bad = await editor.post(`${base}/posts/${id}/repeat`, { dates: [localIn(5, '10:00'), '2020-01-01T10:00'] });
    expect(bad.status).toBe(422);
    expect((await listAll()).length).toBe(before);
    const ok = await editor.post(`${base}/posts/${id}/repeat`, { dates: [localIn(5, '10:00'), localIn(9, '19:30')] });
    expect(ok.status).toBe(201);
    expect((await listAll()).length).toBe(before + 2);
  });

  it('does not repeat a post that was never approved', async () => {
    const draft = (await (await contributor.post(`${base}/posts`, { baseText: 'Concept' })).json()) as { id: string };
    expect((await editor.post(`${base}/posts/${draft.id}/repeat`, { everyDays: 1, times: 1 })).status).toBe(409);
    expect((await contributor.post(`${base}/posts/${draft.id}/repeat`, { everyDays: 1, times: 1 })).status).toBe(403);
  });
});

describe('evergreen queues', () => {
  it('computes weekly slots in local time across the spring-forward night', () => {
    // Sunday 28 March 2027, 02:30 does not exist in Amsterdam: the slot moves to 03:30 (01:30 UTC).
    const slots = upcomingSlots([{ weekday: 7, time: '02:30' }], 'Europe/Amsterdam', new Date('2027-03-22T00:00:00Z'), 7);
    expect(slots).toEqual([{ utc: new Date('2027-03-28T01:30:00Z'), local: '2027-03-28T03:30', note: 'skipped_forward' }]);
  });

  it('looks two weeks ahead from now, whatever the hour: a Tuesday slot already past today comes back in two weeks', () => {
    // Tuesday 1 December 2026, 11:00 in Amsterdam: today's 10:00 has passed; the Tuesday of 15 December is in the window.
    const slots = upcomingSlots(
      [
        { weekday: 2, time: '10:00' },
        { weekday: 5, time: '15:30' },
      ],
      'Europe/Amsterdam',
      new Date('2026-12-01T10:00:00Z'),
      14,
    );
    expect(slots.map((s) => s.local)).toEqual(['2026-12-04T15:30', '2026-12-08T10:00', '2026-12-11T15:30', '2026-12-15T10:00']);
  });

  it('fills the coming slots with its posts in turn, once each however often it runs', async () => {
    const first = await approvedPost('Tip: beweeg elke dag een half uur.');
    const second = await approvedPost('Tip: drink genoeg water, ook als u geen dorst heeft.');
    const created = await editor.post(`${base}/queues`, { name: 'Gezondheidstips', slots: [] });
    expect(created.status).toBe(201);
    const queue = (await created.json()) as { id: string };
    await editor.post(`${base}/queues/${queue.id}/items`, { postId: first });
    await editor.post(`${base}/queues/${queue.id}/items`, { postId: second });
    const withSlots = await editor.request('PUT', `${base}/queues/${queue.id}`, {
      name: 'Gezondheidstips',
      slots: [
        { weekday: 2, time: '10:00' },
        { weekday: 5, time: '15:30' },
      ],
    });
    const state = (await withSlots.json()) as { upcoming: { postId: string; scheduledLocal: string }[]; items: unknown[] };
    expect(state.items).toHaveLength(2);
    // Two slots a week, two weeks ahead.
    expect(state.upcoming).toHaveLength(4);
    expect(state.upcoming.every((u) => /T(10:00|15:30)$/.test(u.scheduledLocal))).toBe(true);

    // Running the fill again (as every worker does) places nothing twice.
    await Promise.all([fillQueues(t.database.db), fillQueues(t.database.db)]);
    const again = (await (await editor.get(`${base}/queues/${queue.id}`)).json()) as typeof state;
    expect(again.upcoming).toHaveLength(4);

    // The two tips alternate.
    const texts = (await listAll())
      .filter((p) => again.upcoming.some((u) => u.postId === p.id))
      .sort((a, b) => a.scheduledLocal.localeCompare(b.scheduledLocal))
      .map((p) => p.excerpt);
    expect(texts[0]).not.toBe(texts[1]);
    expect(texts[0]).toBe(texts[2]);
  });

  it('refuses a draft in a queue and a malformed slot', async () => {
    const queue = (await (await editor.post(`${base}/queues`, { name: 'Leeg', slots: [] })).json()) as { id: string };
    const draft = (await (await contributor.post(`${base}/posts`, { baseText: 'Concept' })).json()) as { id: string };
    expect((await editor.post(`${base}/queues/${queue.id}/items`, { postId: draft.id })).status).toBe(409);
    const bad = await editor.post(`${base}/queues`, { name: 'Fout', slots: [{ weekday: 8, time: '25:00' }] });
    expect(bad.status).toBe(422);
  });
});
