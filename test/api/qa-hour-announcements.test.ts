// A new host of a question hour is put into its announcements (PATCH /qa-hours/{id}): a draft that names
// the previous host names the new one, in its base text and its channel text, with a line in its history
// and an audit entry; an announcement already on its way (in review, scheduled) keeps its text and is
// reported with its status; a text of one's own without the name is left alone; after the host left, the
// name they were announced with is still replaced; one the new name would make too long for its channel is
// reported, the host changed all the same; a moderator-only change rewrites nothing; someone who
// may not edit another's drafts gets them reported; another organisation cannot touch them.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/contracts/post.ts';
import type { QaHour, QaPeopleChanged } from '../../src/contracts/qa-hour.ts';
import { auditEvents, posts, users } from '../../src/db/schema.ts';
import { type Client, localIn, loginAs } from '../support/test-app.ts';
import { addAccount, removeThrough, twoOrgsForFile } from '../support/two-orgs.ts';

const two = twoOrgsForFile();
const db = () => two.t.database.db;
const OWN_TEXT = 'Overmorgen ons spreekuur over griep. Stel je vraag met #SpreekuurGriep!';

/** An hour in three days with three announcements: two standard texts (naming the host) and one of our own. */
async function planAnnounced(hostId: string, as = two.admin): Promise<QaHour> {
  const res = await as.post(`${two.base}/qa-hours`, {
    channelId: two.org.channelId,
    title: 'Griep en de griepprik',
    hashtag: 'SpreekuurGriep',
    startLocal: localIn(3, '19:00'),
    endLocal: localIn(3, '20:00'),
    hostId,
    moderatorId: two.org.users.contributor.id,
    announcements: [{ atLocal: localIn(2, '10:00') }, { atLocal: localIn(2, '12:00') }, { atLocal: localIn(2, '14:00'), text: OWN_TEXT }],
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as QaHour;
}
const post = async (id: string) => (await (await two.admin.get(`${two.base}/posts/${id}`)).json()) as Post;
const texts = async (id: string) => {
  const p = await post(id);
  return [p.baseText, ...p.variants.map((v) => v.text ?? '')].join(' | ');
};
const nameOf = async (id: string) => (await db().select({ name: users.name }).from(users).where(eq(users.id, id)))[0]!.name;
async function change(id: string, body: unknown, as: Client = two.admin): Promise<QaPeopleChanged> {
  const res = await as.patch(`${two.base}/qa-hours/${id}`, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as QaPeopleChanged;
}

describe('a new host in the announcements', () => {
  it('rewrites a draft (base and channel text), leaves one in review, a scheduled one and a text of its own, and reports those naming the old host', async () => {
    const [oldHost, newHost] = [await nameOf(two.org.users.editor.id), await nameOf(two.org.users.admin.id)];
    const hour = await planAnnounced(two.org.users.editor.id);
    const [draft, inReview, own] = hour.announcementPostIds as [string, string, string];
    expect(await texts(draft)).toContain(oldHost);

    // The draft gets a text of its own on the channel, still with the host's name.
    const before = await post(draft);
    const edited = await two.admin.patch(`${two.base}/posts/${draft}`, {
      version: before.version,
      variants: [{ channelId: two.org.channelId, text: `Op de website: spreekuur met ${oldHost}.` }],
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect((await two.admin.post(`${two.base}/posts/${inReview}/transitions`, { event: 'submit' })).status).toBe(200);
    // A scheduled announcement (approved and planned earlier), made with the same text.
    const scheduled = (await planAnnounced(two.org.users.editor.id)).announcementPostIds[0]!;
    await db().update(posts).set({ status: 'scheduled' }).where(eq(posts.id, scheduled));
    await db().execute(sql`update qa_hours set announcement_post_ids = announcement_post_ids || ${`{${scheduled}}`}::uuid[] where id = ${hour.id}`);
    const untouched = { inReview: await post(inReview), scheduled: await post(scheduled), own: await post(own) };

    const answer = await change(hour.id, { hostId: two.org.users.admin.id });
    expect(answer.host?.id).toBe(two.org.users.admin.id);
    expect(answer.announcementPostIds).toHaveLength(4);
    expect(answer.announcements).toEqual({
      previousHost: oldHost,
      rewritten: [{ postId: draft }],
      notRewritten: [
        { postId: inReview, status: 'in_review', reason: 'status' },
        { postId: scheduled, status: 'scheduled', reason: 'status' },
      ],
    });

    const rewritten = await post(draft);
    expect(rewritten.baseText).toContain(`met ${newHost} van ons team`);
    expect(rewritten.variants.map((v) => v.text)).toEqual([`Op de website: spreekuur met ${newHost}.`]);
    expect(await texts(draft)).not.toContain(oldHost);
    expect(rewritten.status).toBe('draft');
    expect(rewritten.version).toBe(before.version + 2);
    expect(rewritten.events.at(-1)).toMatchObject({ action: 'edit', fromStatus: 'draft', toStatus: 'draft', reason: 'system:qa_host_changed' });
    for (const [id, was] of [
      [inReview, untouched.inReview],
      [scheduled, untouched.scheduled],
      [own, untouched.own],
    ] as const) {
      const now = await post(id);
      expect({ text: now.baseText, status: now.status, version: now.version }).toEqual({ text: was.baseText, status: was.status, version: was.version });
    }
    expect((await post(own)).baseText).toBe(OWN_TEXT);
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, two.org.id), eq(auditEvents.action, 'post.edited'), sql`${auditEvents.detail}->>'qaHourId' = ${hour.id}`));
    expect(audit.map((a) => a.detail)).toEqual([{ postId: draft, fields: ['baseText', 'variants'], from: 'draft', to: 'draft', qaHourId: hour.id }]);
  });

  it('after the host left, the name they were announced with is replaced when a new host is named', async () => {
    const leaving = await addAccount(two.t, 'Dokter Van Dam', `dam-${Date.now()}@zorg.example`, two.org);
    const hour = await planAnnounced(leaving.id);
    await removeThrough(two.admin, two.base, leaving.id);
    const newHost = await nameOf(two.org.users.approver.id);

    const answer = await change(hour.id, { hostId: two.org.users.approver.id });
    expect(answer.announcements.previousHost).toBe('Dokter Van Dam');
    expect(answer.announcements.rewritten.map((r) => r.postId)).toEqual(hour.announcementPostIds.slice(0, 2));
    for (const id of hour.announcementPostIds.slice(0, 2)) {
      expect(await texts(id)).toContain(newHost);
      expect(await texts(id)).not.toContain('Van Dam');
    }
    expect((await post(hour.announcementPostIds[2]!)).baseText).toBe(OWN_TEXT);
  });

  it('a draft the new name would make too long for its channel keeps its text and is reported; the host still changes', async () => {
    const oldHost = await nameOf(two.org.users.editor.id);
    const long = await addAccount(two.t, `Dokter ${'Lang'.repeat(1_250)}`, `lang-${Date.now()}@zorg.example`, two.org);
    const hour = await planAnnounced(two.org.users.editor.id);
    const answer = await change(hour.id, { hostId: long.id });
    expect(answer.host?.id).toBe(long.id);
    expect(answer.announcements.rewritten).toEqual([]);
    expect(answer.announcements.notRewritten).toEqual(hour.announcementPostIds.slice(0, 2).map((postId) => ({ postId, status: 'draft', reason: 'content' })));
    expect(await texts(hour.announcementPostIds[0]!)).toContain(oldHost);
  });

  it('a moderator-only change rewrites nothing', async () => {
    const oldHost = await nameOf(two.org.users.editor.id);
    const hour = await planAnnounced(two.org.users.editor.id);
    const before = await Promise.all(hour.announcementPostIds.map(post));
    const answer = await change(hour.id, { moderatorId: two.org.users.admin.id });
    expect(answer.announcements).toEqual({ previousHost: null, rewritten: [], notRewritten: [] });
    const after = await Promise.all(hour.announcementPostIds.map(post));
    expect(after.map((p) => [p.baseText, p.version])).toEqual(before.map((p) => [p.baseText, p.version]));
    expect(after[0]!.baseText).toContain(oldHost);
  });

  it('someone who may not edit others’ drafts changes the host, and the drafts are reported, not rewritten', async () => {
    const oldHost = await nameOf(two.org.users.editor.id);
    const hour = await planAnnounced(two.org.users.editor.id);
    const contributor = await loginAs(two.t, two.org.users.contributor.email);
    const answer = await change(hour.id, { hostId: two.org.users.admin.id }, contributor);
    expect(answer.announcements.rewritten).toEqual([]);
    expect(answer.announcements.notRewritten).toEqual(hour.announcementPostIds.slice(0, 2).map((postId) => ({ postId, status: 'draft', reason: 'forbidden' })));
    expect(await texts(hour.announcementPostIds[0]!)).toContain(oldHost);
  });

  it('another organisation cannot change the host, and the announcements stay as they were', async () => {
    const oldHost = await nameOf(two.org.users.editor.id);
    const hour = await planAnnounced(two.org.users.editor.id);
    const stranger = await loginAs(two.t, two.other.users.admin.email);
    expect((await stranger.patch(`${two.base}/qa-hours/${hour.id}`, { hostId: two.org.users.admin.id })).status).toBe(404);
    expect((await stranger.patch(`/api/orgs/${two.other.id}/qa-hours/${hour.id}`, { hostId: two.other.users.admin.id })).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${two.other.id}/posts/${hour.announcementPostIds[0]}`)).status).toBe(404);
    expect(await texts(hour.announcementPostIds[0]!)).toContain(oldHost);
    expect((await post(hour.announcementPostIds[0]!)).version).toBe(1);
  });
});
