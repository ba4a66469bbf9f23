// The inbox API: one list over all channels (urgent first, filters, keyset pages that never cut
// off), the conversation view with filled-in templates and the crisis referral, assignment,
// labels, states, notes, unread counts, replies through the guard (sent to the Mastodon contract
// server as in_reply_to statuses), planned and approved replies, templates, targets, figures.
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItemView, InboxList } from '../../src/contracts/inbox.ts';
import { channels, inboxItems } from '../../src/db/schema.ts';
import { seedDefaultTemplates } from '../../src/features/inbox/templates.ts';
import { buildItem, buildMastodonChannel } from '../support/inbox-factory.ts';
import { withMastodonServer } from '../support/mastodon-inbox.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

const server = withMastodonServer();
let org: TestOrg;
let other: TestOrg;
let mastodonId: string;
let editor: Client;
let contributor: Client;
let approver: Client;
let viewer: Client;
let stranger: Client;
let base: string;

beforeAll(async () => {
  [org, other] = await Promise.all([buildOrg(server.t), buildOrg(server.t)]);
  await seedDefaultTemplates(server.db(), org.id);
  mastodonId = await buildMastodonChannel(server.t, org.id, server.fake);
  base = `/api/orgs/${org.id}/inbox`;
  [editor, contributor, approver, viewer, stranger] = await Promise.all([
    loginAs(server.t, org.users.editor.email),
    loginAs(server.t, org.users.contributor.email),
    loginAs(server.t, org.users.approver.email),
    loginAs(server.t, org.users.viewer.email),
    loginAs(server.t, other.users.admin.email),
  ]);
});

const list = async (c: Client, query = '') => {
  const res = await c.get(`${base}/items${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as InboxList;
};
const view = async (c: Client, id: string) => (await (await c.get(`${base}/items/${id}`)).json()) as InboxItemView;

describe('the list', () => {
  it('shows every channel in one list, a crisis on top, and pages to the end without losing or repeating an item', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await buildItem(server.t, org.id, i % 2 ? mastodonId : org.channelId, { minutesAgo: 60 - i, text: `Vraag ${i}` }));
    await buildItem(server.t, other.id, other.channelId, { text: 'van een andere organisatie' });
    // The classifier is another piece of work: a person marks the oldest one as a crisis.
    const patched = await editor.patch(`${base}/items/${ids[0]}`, { category: 'crisis' });
    expect(patched.status).toBe(200);
    const urgent = await list(editor, '?sort=urgent&limit=50');
    expect(urgent.items[0]!.id).toBe(ids[0]);
    expect(urgent.items[0]).toMatchObject({ category: 'crisis', urgent: true });
    expect(urgent.items.some((i) => i.text === 'van een andere organisatie')).toBe(false);
    expect(new Set(urgent.items.map((i) => i.channel.id))).toEqual(new Set([mastodonId, org.channelId]));
    const newest = await list(editor, '?sort=newest&limit=50');
    expect(newest.items[0]!.id).toBe(ids[5]);

    for (const sort of ['urgent', 'newest']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: InboxList = await list(editor, `?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual((sort === 'urgent' ? urgent : newest).items.map((i) => i.id));
    }
    const bad = await editor.get(`${base}/items?cursor=nonsense`);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe('cursor');
  });

  it('filters by channel, state, label, assignee and category', async () => {
    const a = await buildItem(server.t, org.id, mastodonId, { text: 'gefilterd A' });
    const b = await buildItem(server.t, org.id, mastodonId, { text: 'gefilterd B' });
    expect((await editor.patch(`${base}/items/${a}`, { assigneeId: org.users.editor.id, labels: ['parkeren', 'parkeren'], state: 'waiting' })).status).toBe(
      200,
    );
    expect((await editor.patch(`${base}/items/${b}`, { category: 'medical' })).status).toBe(200);
    const ids = async (q: string) => (await list(editor, q)).items.map((i) => i.id);
    expect(await ids('?assignee=me')).toEqual([a]);
    expect(await ids(`?assignee=${org.users.editor.id}`)).toEqual([a]);
    expect(await ids('?label=parkeren')).toEqual([a]);
    expect(await ids('?state=waiting')).toEqual([a]);
    expect(await ids('?category=medical')).toEqual([b]);
    expect(await ids('?assignee=none&category=medical')).toEqual([b]);
    expect(await ids(`?channelId=${org.channelId}&category=medical`)).toEqual([]);
    const [row] = await server.db().select().from(inboxItems).where(eq(inboxItems.id, a));
    expect(row!.labels).toEqual(['parkeren']);
  });

  it('keeps organisations apart and checks permissions', async () => {
    const id = await buildItem(server.t, org.id, mastodonId);
    expect((await stranger.get(`/api/orgs/${org.id}/inbox/items`)).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${other.id}/inbox/items/${id}`)).status).toBe(404);
    expect((await stranger.patch(`/api/orgs/${other.id}/inbox/items/${id}`, { state: 'done' })).status).toBe(404);
    expect((await viewer.get(`${base}/items/${id}`)).status).toBe(200);
    expect((await viewer.patch(`${base}/items/${id}`, { state: 'done' })).status).toBe(403);
    expect((await viewer.post(`${base}/items/${id}/replies`, { text: 'Hallo' })).status).toBe(403);
    // Only members who may answer can be assigned.
    const res = await editor.patch(`${base}/items/${id}`, { assigneeId: org.users.viewer.id });
    expect(res.status).toBe(422);
    expect((await editor.patch(`${base}/items/${id}`, { assigneeId: other.users.admin.id })).status).toBe(422);
    expect((await editor.patch(`${base}/items/${id}`, {})).status).toBe(422);
    expect((await editor.patch(`${base}/items/${id}`, { state: 'gone' })).status).toBe(422);
  });
});

describe('an item', () => {
  it('shows its thread, notes and templates filled in, offers the referral for a crisis, and counts as read once opened', async () => {
    const root = await buildItem(server.t, org.id, mastodonId, { externalId: 'root-1', threadKey: 'root-1', minutesAgo: 5, text: 'Eerste bericht' });
    const second = await buildItem(server.t, org.id, mastodonId, {
      externalId: 'r-2',
      threadKey: 'root-1',
      kind: 'reply',
      authorHandle: 'els@zorg.social',
      authorName: 'Els',
      text: 'Ik zie het allemaal niet meer zitten',
    });
    await editor.patch(`${base}/items/${second}`, { category: 'crisis' });
    await editor.patch(`${base}/settings`, { phone: '0344 123 456' });
    const before = (await (await contributor.get(`${base}/unread`)).json()) as { unread: number; urgent: number };
    expect((await contributor.post(`${base}/items/${second}/notes`, { body: 'Ik bel de dienstdoende.' })).status).toBe(201);
    const v = await view(contributor, second);
    expect(v.thread.map((i) => i.id)).toEqual([root, second]);
    expect(v.notes.map((n) => n.body)).toEqual(['Ik bel de dienstdoende.']);
    expect(v.canReply).toBe(true);
    expect(v.privateReplies).toBe(true);
    const first = v.templates[0]!;
    expect(first).toMatchObject({ purpose: 'crisis', suggested: true, lang: 'nl' });
    expect(first.rendered).toContain('113 Zelfmoordpreventie');
    expect(first.rendered).toContain('0800-0113');
    expect(first.rendered).toContain('112');
    const after = (await (await contributor.get(`${base}/unread`)).json()) as { unread: number; urgent: number };
    expect(after.unread).toBe(before.unread - 1);
    expect(after.urgent).toBe(before.urgent - 1);
    // In the US the referral names 988 and 911.
    await editor.patch(`${base}/settings`, { crisisRegion: 'us' });
    const us = (await view(contributor, second)).templates.find((x) => x.purpose === 'crisis' && x.lang === 'en')!;
    expect(us.rendered).toContain('988');
    expect(us.rendered).toContain('911');
    await editor.patch(`${base}/settings`, { crisisRegion: 'nl' });
    // A medical question gets "let's continue privately", with the organisation's phone number.
    const medical = await buildItem(server.t, org.id, mastodonId, { authorName: 'Piet', text: 'Moet ik mijn pillen blijven nemen?' });
    await editor.patch(`${base}/items/${medical}`, { category: 'medical' });
    const m = (await view(contributor, medical)).templates[0]!;
    expect(m).toMatchObject({ purpose: 'medical', suggested: true });
    expect(m.rendered).toBe(
      'Hoi Piet, goede vraag. Over je eigen situatie praten we liever niet openbaar. Zullen we privé verder gaan? Stuur ons een privébericht of bel 0344 123 456.',
    );
  });
});

describe('replies', () => {
  it('refuses an answer the guard blocks (it confirms a patient), and sends an allowed one as an in_reply_to status', async () => {
    const mention = server.fake.mention({ acct: 'jan@zorg.social', text: 'Is mijn afspraak verzet?' });
    const id = await buildItem(server.t, org.id, mastodonId, { externalId: mention.id, authorHandle: 'jan@zorg.social' });
    const blocked = await contributor.post(`${base}/items/${id}/replies`, { text: 'Uw afspraak op de poli neurologie is verplaatst naar woensdag.' });
    expect(blocked.status).toBe(422);
    const body = (await blocked.json()) as { error: { code: string; details: { path: string; message: string }[] } };
    expect(body.error.code).toBe('guard_blocked');
    expect(body.error.details[0]!.message).toMatch(/patiënt/);
    expect((await view(contributor, id)).replies).toEqual([]);
    expect(server.fake.answersTo(mention.id)).toEqual([]);

    const sent = await contributor.post(`${base}/items/${id}/replies`, {
      text: 'Hoi Jan, dank voor je vraag. Je kunt ons op werkdagen bereiken op 0344 123 456.',
    });
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { reply: { status: string } }).reply.status).toBe('sent');
    expect(server.fake.answersTo(mention.id)).toHaveLength(1);
    expect(server.fake.answersTo(mention.id)[0]!.status).toBe(
      '@jan@zorg.social Hoi Jan, dank voor je vraag. Je kunt ons op werkdagen bereiken op 0344 123 456.',
    );
    const v = await view(contributor, id);
    expect(v.item.state).toBe('waiting');
    expect(v.item.firstResponseAt).not.toBeNull();
    expect(v.replies.map((r) => r.status)).toEqual(['sent']);
  });

  it('keeps a planned answer until its time, and it can be withdrawn before then', async () => {
    const mention = server.fake.mention({ acct: 'nacht@zorg.social', text: 'Wanneer zijn jullie open?' });
    const id = await buildItem(server.t, org.id, mastodonId, { externalId: mention.id });
    const at = new Date(Date.now() + 12 * 3_600_000).toISOString();
    const res = await contributor.post(`${base}/items/${id}/replies`, { text: 'Morgen vanaf acht uur.', at });
    expect(res.status).toBe(201);
    const { reply } = (await res.json()) as { reply: { id: string; status: string; dueAt: string } };
    expect(reply.status).toBe('planned');
    expect(server.fake.answersTo(mention.id)).toEqual([]);
    expect((await contributor.del(`${base}/replies/${reply.id}`)).status).toBe(204);
    expect((await contributor.del(`${base}/replies/${reply.id}`)).status).toBe(404);
  });

  it('waits for a second person when replies need approval: never the author', async () => {
    expect((await contributor.patch(`${base}/settings`, { repliesNeedApproval: true })).status).toBe(403);
    expect((await editor.patch(`${base}/settings`, { repliesNeedApproval: true })).status).toBe(200);
    const mention = server.fake.mention({ acct: 'kees@zorg.social', text: 'Top zorg gehad!' });
    const id = await buildItem(server.t, org.id, mastodonId, { externalId: mention.id });
    const res = await editor.post(`${base}/items/${id}/replies`, { text: 'Dank je wel! Fijn om te horen.' });
    const { reply } = (await res.json()) as { reply: { id: string; status: string; waitingFor: string[] } };
    expect(reply.status).toBe('awaiting_approval');
    expect(reply.waitingFor).toContain(org.users.approver.id);
    expect(reply.waitingFor).not.toContain(org.users.editor.id);
    expect(server.fake.answersTo(mention.id)).toEqual([]);
    expect((await editor.post(`${base}/replies/${reply.id}/approve`)).status).toBe(403);
    expect((await contributor.post(`${base}/replies/${reply.id}/approve`)).status).toBe(403);
    const ok = await approver.post(`${base}/replies/${reply.id}/approve`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('sent');
    expect(server.fake.answersTo(mention.id)).toHaveLength(1);
    expect((await approver.post(`${base}/replies/${reply.id}/approve`)).status).toBe(409);
    await editor.patch(`${base}/settings`, { repliesNeedApproval: false });
  });

  it('refuses a private answer where the network has none, and an answer on a channel that cannot answer', async () => {
    const id = await buildItem(server.t, org.id, org.channelId);
    const res = await contributor.post(`${base}/items/${id}/replies`, { text: 'Hallo' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('inbox_cannot_reply');
  });
});

describe('templates, targets and figures', () => {
  it('lets managers write templates, and nobody else', async () => {
    const body = { name: 'Openingstijden', body: 'Hoi {{name}}, we zijn open van 8 tot 17 uur.', lang: 'nl', purpose: 'question' };
    expect((await contributor.post(`${base}/templates`, body)).status).toBe(403);
    const made = await editor.post(`${base}/templates`, body);
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect((await editor.request('PUT', `${base}/templates/${id}`, { ...body, name: 'Open' })).status).toBe(200);
    expect((await editor.post(`${base}/templates`, { ...body, name: ' ' })).status).toBe(422);
    expect((await stranger.request('PUT', `/api/orgs/${other.id}/inbox/templates/${id}`, body)).status).toBe(404);
    expect((await editor.del(`${base}/templates/${id}`)).status).toBe(204);
    const { templates } = (await (await viewer.get(`${base}/templates`)).json()) as { templates: { name: string }[] };
    expect(templates.some((x) => x.name === 'Open')).toBe(false);
    expect(templates.length).toBeGreaterThanOrEqual(10);
  });

  it('sets targets per category and reports the median first response and the share within target', async () => {
    expect((await contributor.request('PUT', `${base}/targets`, { targets: [{ category: 'question', minutes: 60, workingHours: false }] })).status).toBe(403);
    const res = await editor.request('PUT', `${base}/targets`, { targets: [{ category: 'question', minutes: 60, workingHours: false }] });
    expect(res.status).toBe(200);
    const { targets } = (await res.json()) as { targets: { category: string; minutes: number }[] };
    expect(targets.find((x) => x.category === 'question')!.minutes).toBe(60);
    expect(targets.find((x) => x.category === 'crisis')!.minutes).toBe(15);
    const fresh = await buildOrg(server.t);
    const ch = (await server.db().select().from(channels).where(eq(channels.orgId, fresh.id)))[0]!.id;
    // Inside one month in the organisation's zone: in a month's first three hours, noon the day before (the
    // figures are per calendar month in Amsterdam, and the four must fall in the same one).
    const here = DateTime.now().setZone('Europe/Amsterdam');
    const monthStart = here.startOf('month');
    const now = here.diff(monthStart, 'hours').hours < 3 ? monthStart.minus({ hours: 12 }).toMillis() : Date.now();
    const at = (min: number) => new Date(now - min * 60_000);
    await buildItem(server.t, fresh.id, ch, { receivedAt: at(100), firstResponseAt: at(90), dueAt: at(40) });
    await buildItem(server.t, fresh.id, ch, { receivedAt: at(100), firstResponseAt: at(70), dueAt: at(80) });
    await buildItem(server.t, fresh.id, ch, { receivedAt: at(100), firstResponseAt: at(50), dueAt: at(40) });
    await buildItem(server.t, fresh.id, ch, { receivedAt: at(10) });
    const admin = await loginAs(server.t, fresh.users.admin.email);
    const figures = (await (await admin.get(`/api/orgs/${fresh.id}/inbox/response-times?period=month&periods=2`)).json()) as {
      rows: { received: number; answered: number; medianMinutes: number; withinTarget: number }[];
    };
    const month = figures.rows.filter((row) => row.received > 0);
    expect(month).toHaveLength(1);
    expect(month[0]).toMatchObject({ received: 4, answered: 3, medianMinutes: 30 });
    expect(month[0]!.withinTarget).toBeCloseTo(2 / 3, 2);
    expect((await admin.get(`/api/orgs/${fresh.id}/inbox/response-times?period=year`)).status).toBe(422);
  });
});
