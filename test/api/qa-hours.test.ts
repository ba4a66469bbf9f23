// Q&A hours (spreekuur): planning with announcement drafts made as normal posts, validation that
// stores nothing, tenant isolation, which inbox items join the queue (hashtag, mention, window
// with a little slack before the start) and in which order, the refusal to answer a medical
// question in public, moving to private with the template, and the anonymised look-back draft.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InboxList } from '../../src/contracts/inbox.ts';
import type { QaActionResult, QaHour, QaHourPage, QaQueue } from '../../src/contracts/qa-hour.ts';
import { auditEvents, inboxItems, inboxReplies, posts, qaHours, users } from '../../src/db/schema.ts';
import { seedDefaultTemplates } from '../../src/features/inbox/templates.ts';
import { toLocal } from '../../src/features/qa/plan-hour.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.ts';
import { buildItem, buildMastodonChannel } from '../support/inbox-factory.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let fake: FakeMastodon;
let org: TestOrg;
let other: TestOrg;
let mastodonId: string;
let editor: Client;
let contributor: Client;
let approver: Client;
let viewer: Client;
let stranger: Client;
let base: string;
const zone = 'Europe/Amsterdam';
const local = (minutesFromNow: number) => toLocal(new Date(Date.now() + minutesFromNow * 60_000), zone);

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  fake = await startFakeMastodon();
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  await seedDefaultTemplates(t.database.db, org.id);
  mastodonId = await buildMastodonChannel(t, org.id, fake);
  base = `/api/orgs/${org.id}/qa-hours`;
  [editor, contributor, approver, viewer, stranger] = await Promise.all([
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.viewer.email),
    loginAs(t, other.users.admin.email),
  ]);
  expect((await editor.patch(`/api/orgs/${org.id}/inbox/settings`, { phone: '0344 123 456' })).status).toBe(200);
});
afterEach(() => expect(fake.unexpected).toEqual([]));
afterAll(async () => {
  await fake.stop();
  await t.close();
});

const plan = (c: Client, extra: Record<string, unknown> = {}) =>
  c.post(base, {
    channelId: mastodonId,
    title: 'Griep en de griepprik',
    hashtag: 'SpreekuurGriep',
    startLocal: local(3 * 24 * 60),
    endLocal: local(3 * 24 * 60 + 60),
    hostId: org.users.contributor.id,
    moderatorId: org.users.editor.id,
    ...extra,
  });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; details?: { path: string; message: string }[] } }).error;
const hourCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(qaHours).where(eq(qaHours.orgId, org.id)))[0]!.n;

describe('planning', () => {
  it('plans an hour in the organisation’s zone with two announcement drafts on its channel, and writes qa.planned', async () => {
    await t.database.db.update(users).set({ name: 'Anne de Boer' }).where(eq(users.id, org.users.contributor.id));
    const res = await plan(contributor, { startLocal: '2031-03-30T19:00', endLocal: '2031-03-30T20:00' });
    expect(res.status).toBe(201);
    const hour = (await res.json()) as QaHour;
    // Summer time in Amsterdam: 19:00 local is 17:00 UTC.
    expect(hour.startsAt).toBe('2031-03-30T17:00:00.000Z');
    expect(hour.endsAt).toBe('2031-03-30T18:00:00.000Z');
    expect(hour.host?.id).toBe(org.users.contributor.id);
    expect(hour.phase).toBe('planned');
    expect(hour.announcementPostIds).toHaveLength(2);
    const drafts = await t.database.db.select().from(posts).where(sql`${posts.id} in ${hour.announcementPostIds}`);
    expect(drafts.map((p) => p.status)).toEqual(['draft', 'draft']);
    expect(drafts.map((p) => p.scheduledAt?.toISOString()).sort()).toEqual(['2031-03-29T17:00:00.000Z', '2031-03-30T16:00:00.000Z']);
    expect(drafts[0]!.baseText).toContain('#SpreekuurGriep');
    expect(drafts[0]!.baseText).toContain('Anne de Boer');
    // The standard text names the host as staff: the guard lets it through (a name next to health words would be blocked).
    const guard = await contributor.post(`/api/orgs/${org.id}/guard/check`, { text: drafts[0]!.baseText });
    expect(((await guard.json()) as { verdict: string }).verdict).not.toBe('block');
    // A normal post on the hour's channel: the post API shows it with its channel.
    const post = (await (await contributor.get(`/api/orgs/${org.id}/posts/${hour.announcementPostIds[0]}`)).json()) as { variants: { channelId: string }[] };
    expect(post.variants.map((v) => v.channelId)).toEqual([mastodonId]);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'qa.planned'));
    expect(audit.some((a) => (a.detail as { qaHourId?: string }).qaHourId === hour.id)).toBe(true);

    const without = await plan(editor, { announce: false });
    expect(((await without.json()) as QaHour).announcementPostIds).toEqual([]);
  });

  it('refuses an unreadable hashtag, a window the wrong way round, a host who is no member, and stores nothing', async () => {
    const before = await hourCount();
    const tag = await plan(editor, { hashtag: '#spreekuurgriep' });
    expect(tag.status).toBe(422);
    const tagError = await errorOf(tag);
    expect(tagError.details?.[0]?.path).toBe('hashtag');
    expect(tagError.message).toContain('#SpreekuurGriep');
    expect((await errorOf(await plan(editor, { endLocal: local(3 * 24 * 60 - 30) }))).details?.[0]?.path).toBe('endLocal');
    expect((await errorOf(await plan(editor, { hostId: other.users.contributor.id }))).details?.[0]?.path).toBe('hostId');
    // A viewer may not answer in the inbox, so cannot moderate.
    expect((await errorOf(await plan(editor, { moderatorId: org.users.viewer.id }))).details?.[0]?.path).toBe('moderatorId');
    expect((await plan(editor, { channelId: other.channelId })).status).toBe(422);
    expect((await plan(editor, { announcements: [{ atLocal: local(3 * 24 * 60 + 5) }] })).status).toBe(422);
    expect((await plan(editor, { hashtag: 'Spreekuur Griep' })).status).toBe(422);
    expect((await plan(editor, { startLocal: '2031-02-30T10:00' })).status).toBe(422);
    // Planning is for those who may plan posts.
    expect((await plan(viewer)).status).toBe(403);
    expect(await hourCount()).toBe(before);
  });

  it('keeps each organisation’s hours to itself, and pages the list to the end', async () => {
    const mine = (await (await plan(editor, { announce: false })).json()) as QaHour;
    expect((await stranger.get(`/api/orgs/${org.id}/qa-hours/${mine.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${other.id}/qa-hours/${mine.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/orgs/${other.id}/qa-hours/${mine.id}/summary`)).status).toBe(404);
    const theirs = (await (await stranger.get(`/api/orgs/${other.id}/qa-hours`)).json()) as QaHourPage;
    expect(theirs.items).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await viewer.get(`${base}?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json()) as QaHourPage;
      seen.push(...page.items.map((h) => h.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toContain(mine.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await hourCount());
  });
});

describe('during the hour', () => {
  let hour: QaHour;
  const ids: Record<string, string> = {};
  const queue = async (c: Client) => (await (await c.get(`${base}/${hour.id}/questions`)).json()) as QaQueue;

  beforeAll(async () => {
    hour = (await (await plan(editor, { startLocal: local(-20), endLocal: local(40), announce: false })).json()) as QaHour;
    const item = (extra: Parameters<typeof buildItem>[3]) => buildItem(t, org.id, mastodonId, extra);
    ids.hashtag = await item({
      kind: 'reply',
      minutesAgo: 15,
      text: 'Hoe lang blijf je besmettelijk met griep? #spreekuurgriep',
      authorHandle: 'piet@zorg.social',
      authorName: 'Piet',
    });
    ids.mention = await item({ kind: 'mention', minutesAgo: 10, text: '@zorg Vanaf welke datum kan ik mijn griepprik komen ophalen?' });
    ids.early = await item({ kind: 'reply', minutesAgo: 30, text: 'Alvast een vraag #SpreekuurGriep: werkt de prik ook bij ouderen?' });
    ids.medical = await item({
      kind: 'mention',
      minutesAgo: 8,
      text: '@zorg Ik ben Marieke de Vries, ik loop al drie dagen met koorts en pijnlijke spieren, moet ik antibiotica? #SpreekuurGriep',
      authorHandle: 'marieke@zorg.social',
      authorName: 'Marieke de Vries',
    });
    ids.crisis = await item({
      kind: 'mention',
      minutesAgo: 5,
      text: '@zorg besluit genomen, vannacht stop ik met leven, sorry iedereen',
      category: 'crisis',
      urgent: true,
    });
    // Not in the queue: no hashtag and no mention; before the slack; after the end; another channel.
    ids.plain = await item({ kind: 'reply', minutesAgo: 6, text: 'Leuk dat jullie dit doen' });
    ids.tooEarly = await item({ kind: 'reply', minutesAgo: 50, text: 'Vraag #SpreekuurGriep over de prik' });
    ids.otherTag = await item({ kind: 'reply', minutesAgo: 4, text: 'Vraag #SpreekuurGriepprik over de prik' });
    ids.otherChannel = await buildItem(t, org.id, org.channelId, { kind: 'mention', minutesAgo: 4, text: '#SpreekuurGriep vraag' });
    // Triage of the medical one as the inbox stores it.
    await t.database.db.update(inboxItems).set({ category: 'medical' }).where(eq(inboxItems.id, ids.medical!));
  });

  it('collects questions by hashtag, mention and window: a crisis first, then the oldest first, unread marked', async () => {
    const q = await queue(contributor);
    expect(q.items.map((i) => i.item.id)).toEqual([ids.crisis, ids.early, ids.hashtag, ids.mention, ids.medical]);
    expect(q.items.every((i) => i.state === 'open' && i.item.unread)).toBe(true);
    expect(q.items.find((i) => i.item.id === ids.medical)?.privateOnly).toBe(true);
    // The inbox shows them with the label "spreekuur" (its filter and badge).
    const inbox = (await (await contributor.get(`/api/orgs/${org.id}/inbox/items?label=spreekuur`)).json()) as InboxList;
    expect(inbox.items.map((i) => i.id).sort()).toEqual(q.items.map((i) => i.item.id).sort());
    // Opened in the inbox: read.
    await contributor.get(`/api/orgs/${org.id}/inbox/items/${ids.early}`);
    expect((await queue(contributor)).items.find((i) => i.item.id === ids.early)?.item.unread).toBe(false);
    // Pages of one: the same order, nothing lost.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await contributor.get(`${base}/${hour.id}/questions?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json()) as QaQueue;
      paged.push(...page.items.map((i) => i.item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(q.items.map((i) => i.item.id));
    // Only the host, the moderator and inbox managers work the queue.
    expect((await approver.get(`${base}/${hour.id}/questions`)).status).toBe(403);
    expect((await stranger.get(`${base}/${hour.id}/questions`)).status).toBe(404);
  });

  it('refuses to answer a medical question in public, and moves it to private with the template', async () => {
    const refused = await contributor.post(`${base}/${hour.id}/questions/${ids.medical}/answer`, { text: 'Neem paracetamol en rust goed uit.' });
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).code).toBe('qa_medical_private_only');
    expect(await t.database.db.select().from(inboxReplies).where(eq(inboxReplies.itemId, ids.medical!))).toEqual([]);

    const asked = fake.mention({ acct: 'marieke@zorg.social', text: 'koorts' });
    await t.database.db.update(inboxItems).set({ externalId: asked.id }).where(eq(inboxItems.id, ids.medical!));
    const moved = await contributor.post(`${base}/${hour.id}/questions/${ids.medical}/private`, {});
    expect(moved.status).toBe(200);
    const result = (await moved.json()) as QaActionResult;
    expect(result.question.state).toBe('private');
    expect(result.question.reply?.text).toContain('privé verder');
    expect(result.question.reply?.private).toBe(true);
    expect(result.question.reply?.status).toBe('sent');
    expect(fake.answersTo(asked.id)).toHaveLength(1);
    // Done is done: no public answer afterwards either.
    expect((await contributor.post(`${base}/${hour.id}/questions/${ids.medical}/answer`, { text: 'Alsnog.' })).status).toBe(409);
  });

  it('answers in public through the guard, keeps "later" in the queue, and writes the acts to the audit trail', async () => {
    const mention = fake.mention({ acct: 'vraag@zorg.social', text: '@zorg Vanaf welke datum kan ik mijn griepprik komen ophalen?' });
    await t.database.db.update(inboxItems).set({ externalId: mention.id, authorHandle: 'vraag@zorg.social' }).where(eq(inboxItems.id, ids.mention!));
    const blocked = await contributor.post(`${base}/${hour.id}/questions/${ids.mention}/answer`, {
      text: 'Uw afspraak op de poli neurologie is verplaatst naar woensdag.',
    });
    expect(blocked.status).toBe(422);
    expect((await errorOf(blocked)).code).toBe('guard_blocked');

    // After the block the question is open again; host and moderator answering at once send one answer.
    const text = 'Vanaf oktober, bij de huisarts: je krijgt een uitnodiging.';
    const both = await Promise.all([contributor, editor].map((c) => c.post(`${base}/${hour.id}/questions/${ids.mention}/answer`, { text })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const res = both.find((r) => r.status === 200)!;
    expect(((await res.json()) as QaActionResult).question.state).toBe('answered');
    expect(fake.answersTo(mention.id)).toHaveLength(1);
    expect(fake.answersTo(mention.id)[0]!.status).toContain('Vanaf oktober');

    const later = await editor.post(`${base}/${hour.id}/questions/${ids.early}/later`);
    expect(((await later.json()) as QaActionResult).question.state).toBe('later');
    expect((await queue(editor)).items.map((i) => i.item.id)).toContain(ids.early);
    const actions = (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.orgId, org.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['qa.answered', 'qa.moved_private', 'qa.answer_later']));
  });

  it('drafts the look-back only after the hour, with the public answers anonymised: no name or handle of an asker', async () => {
    expect((await contributor.post(`${base}/${hour.id}/summary`)).status).toBe(409);
    // Answer the hashtag question too; its asker named himself and someone else.
    await t.database.db
      .update(inboxItems)
      .set({ text: 'Hoi, ik ben Piet Bakker en mijn buurvrouw Truus Jansen (84) uit Ede vraagt: hoe lang blijf je besmettelijk met griep? #SpreekuurGriep' })
      .where(eq(inboxItems.id, ids.hashtag!));
    const m = fake.mention({ acct: 'piet@zorg.social', text: 'x' });
    await t.database.db.update(inboxItems).set({ externalId: m.id }).where(eq(inboxItems.id, ids.hashtag!));
    const answered = await contributor.post(`${base}/${hour.id}/questions/${ids.hashtag}/answer`, {
      text: 'Griep is meestal ongeveer een week besmettelijk. Meer uitleg staat op thuisarts.nl.',
    });
    expect(answered.status, JSON.stringify(await answered.clone().json())).toBe(200);
    await t.database.db.execute(
      sql`UPDATE qa_hours SET ends_at = now() - interval '1 minute', starts_at = now() - interval '61 minutes' WHERE id = ${hour.id}`,
    );

    const res = await contributor.post(`${base}/${hour.id}/summary`);
    expect(res.status).toBe(201);
    const { postId, text } = (await res.json()) as { postId: string; text: string };
    expect(text).toContain('• Een vraag over: mijn buurvrouw vraagt: hoe lang blijf je besmettelijk met griep?');
    expect(text).toContain('• Een vraag over: vanaf welke datum kan ik mijn griepprik komen ophalen?');
    // The medical one went private: not in the look-back.
    expect(text).not.toMatch(/antibiotica/);
    for (const personal of ['Piet', 'Bakker', 'Truus', 'Jansen', 'Marieke', 'Vries', '84', 'Ede', '@', 'zorg.social', 'vraag@'])
      expect(text).not.toContain(personal);
    const [post] = await t.database.db.select().from(posts).where(eq(posts.id, postId));
    expect(post?.status).toBe('draft');
    expect(post?.baseText).toBe(text);
    expect(((await (await contributor.get(`${base}/${hour.id}`)).json()) as QaHour).summaryPostId).toBe(postId);
  });
});
