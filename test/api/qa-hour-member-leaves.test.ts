// A host or moderator of question hours who is removed from the organisation, or given a role that may
// not answer in the inbox: the hours still to come lose them (the inbox managers work the queue) and the
// admins are told per hour, in the bell, with a link to it; an hour that ended keeps who hosted it; the
// same person's hour in another organisation is that organisation's. On PostgreSQL: a removal at the
// same moment as the planning of an hour they host still finds that hour.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { QaHour } from '../../src/contracts/qa-hour.ts';
import { channels, memberships, qaHours } from '../../src/db/schema.ts';
import { type Client, localIn, loginAs, type TestOrg } from '../support/test-app.ts';
import { planHour } from '../support/qa-hours.ts';
import { addAccount, removeThrough, twoOrgsForFile } from '../support/two-orgs.ts';

type Bell = { items: { kind: string; title: string; link: string | null }[] };

const two = twoOrgsForFile();
const db = () => two.t.database.db;
const postgres = process.env.ZP_TEST_DB === 'postgres';

const hour = async (id: string) => (await (await two.admin.get(`${two.base}/qa-hours/${id}`)).json()) as QaHour;
const bell = async (as: Client, o: TestOrg) => ((await (await as.get(`/api/orgs/${o.id}/notifications`)).json()) as Bell).items;
const unstaffed = async (as: Client, o: TestOrg, hourId: string) =>
  (await bell(as, o)).filter((n) => n.kind === 'qa_hour_unstaffed' && n.link === `/qa/${hourId}`);

describe('the host or moderator of question hours leaves', () => {
  it('on removal: the hours to come lose them and the admins are told; an ended hour and another organisation keep them', async () => {
    const tag = randomUUID().slice(0, 8);
    const name = `Dokter ${tag}`;
    const leaving = await addAccount(two.t, name, `dokter-${tag}@zorg.example`, two.org);
    await db().insert(memberships).values({ orgId: two.other.id, userId: leaving.id, role: 'editor' });
    const editor = two.org.users.editor.id;
    const hosted = await planHour(two.admin, two.org, leaving.id, editor, { title: `Griepprik ${tag}`, inDays: 3 });
    const moderated = await planHour(two.admin, two.org, editor, leaving.id, { title: `Mantelzorg ${tag}`, inDays: 4 });
    const theirAdmin = await loginAs(two.t, two.other.users.admin.email);
    const elsewhere = await planHour(theirAdmin, two.other, leaving.id, leaving.id, { title: `Elders ${tag}`, inDays: 3 });
    const [ended] = await db()
      .insert(qaHours)
      .values({
        orgId: two.org.id,
        channelId: two.org.channelId,
        title: `Vorige week ${tag}`,
        hashtag: 'SpreekuurGriep',
        startsAt: new Date(Date.now() - 7 * 86_400_000),
        endsAt: new Date(Date.now() - 7 * 86_400_000 + 3_600_000),
        hostId: leaving.id,
        moderatorId: leaving.id,
      })
      .returning();

    await removeThrough(two.admin, two.base, leaving.id);
    expect(await hour(hosted)).toMatchObject({ host: null, moderator: { id: editor } });
    expect(await hour(moderated)).toMatchObject({ host: { id: editor }, moderator: null });
    expect(await hour(ended!.id)).toMatchObject({ host: { id: leaving.id, name }, moderator: { id: leaving.id, name } });
    const there = (await (await theirAdmin.get(`/api/orgs/${two.other.id}/qa-hours/${elsewhere}`)).json()) as QaHour;
    expect(there).toMatchObject({ host: { id: leaving.id }, moderator: { id: leaving.id } });
    // Nobody hosts, but the queue is not orphaned: the inbox managers may work it.
    const editorClient = await loginAs(two.t, two.org.users.editor.email);
    expect(((await (await editorClient.get(`${two.base}/qa-hours/${hosted}`)).json()) as QaHour).canWork).toBe(true);

    // The admins are told, one notice per hour, naming the hour and the person (the acting admin too).
    const [host] = await unstaffed(two.admin, two.org, hosted);
    expect(host!.title).toContain(`Griepprik ${tag}`);
    expect(host!.title).toContain(name);
    expect(host!.title).toContain('geen host meer');
    const [moderator] = await unstaffed(two.admin, two.org, moderated);
    expect(moderator!.title).toContain('geen moderator meer');
    expect(await unstaffed(two.admin, two.org, ended!.id)).toEqual([]);
    // Not the editor (not an admin), and nothing in the other organisation.
    expect(await unstaffed(editorClient, two.org, hosted)).toEqual([]);
    expect((await bell(theirAdmin, two.other)).filter((n) => n.kind === 'qa_hour_unstaffed')).toEqual([]);
  });

  it('on a role that may not answer: the hours to come lose them; a role that still may answer keeps them', async () => {
    const tag = randomUUID().slice(0, 8);
    const person = await addAccount(two.t, `Verpleegkundige ${tag}`, `vpk-${tag}@zorg.example`, two.org);
    const kept = await planHour(two.admin, two.org, person.id, person.id, { title: `Wondzorg ${tag}`, inDays: 5 });
    expect((await two.admin.patch(`${two.base}/members/${person.id}`, { role: 'contributor' })).status).toBe(200);
    expect(await hour(kept)).toMatchObject({ host: { id: person.id }, moderator: { id: person.id } });
    expect(await unstaffed(two.admin, two.org, kept)).toEqual([]);

    expect((await two.admin.patch(`${two.base}/members/${person.id}`, { role: 'viewer' })).status).toBe(200);
    expect(await hour(kept)).toMatchObject({ host: null, moderator: null });
    const notices = await unstaffed(two.admin, two.org, kept);
    // Host and moderator at once: one notice, about the host.
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toContain('geen host meer');
  });

  it('in English for an admin who reads English', async () => {
    const tag = randomUUID().slice(0, 8);
    const person = await addAccount(two.t, `Fysio ${tag}`, `fysio-${tag}@zorg.example`, two.org);
    const planned = await planHour(two.admin, two.org, two.org.users.editor.id, person.id, { title: `Rugklachten ${tag}`, inDays: 6 });
    await removeThrough(two.admin, two.base, person.id);
    const res = await two.admin.request('GET', `${two.base}/notifications`, undefined, { 'accept-language': 'en' });
    const notice = ((await res.json()) as Bell).items.find((n) => n.link === `/qa/${planned}`);
    expect(notice!.title).toMatch(/^Question hour ‘Rugklachten .*’ on .* has no moderator any more: Fysio /);
  });

  // The embedded database has one connection: two transactions at the same moment need a server.
  it.skipIf(!postgres)(
    'while an hour is planned, its host cannot be removed until it is stored (PostgreSQL)',
    async () => {
      const tag = randomUUID().slice(0, 8);
      const person = await addAccount(two.t, `Diëtist ${tag}`, `dietist-${tag}@zorg.example`, two.org);
      // Another connection holds the channel row, so the planning waits as it stores the hour, after it
      // checked its people. A removal of the host at that moment would have to wait for it (and then
      // find the hour): their membership stays locked. Were it not, the removal could commit in between
      // and leave the new hour with a removed host.
      const other = await two.t.database.another();
      let release!: () => void;
      let holding!: () => void;
      const held = new Promise<void>((r) => (holding = r));
      const holder = other.db.transaction(async (tx) => {
        await tx.select({ id: channels.id }).from(channels).where(eq(channels.id, two.org.channelId)).for('update');
        holding();
        await new Promise<void>((r) => (release = r));
      });
      await held;
      const planning = two.admin.post(`${two.base}/qa-hours`, {
        channelId: two.org.channelId,
        title: `Voeding ${tag}`,
        hashtag: 'SpreekuurGriep',
        startLocal: localIn(3, '19:00'),
        endLocal: localIn(3, '20:00'),
        hostId: person.id,
        moderatorId: two.org.users.editor.id,
        announce: false,
      });
      const waiting = async () => {
        const res = await db().execute(sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
        return (res as unknown as { rows: { n: number }[] }).rows[0]!.n;
      };
      // On a busy machine the planning may take a while to reach the wait: up to 30 s, then a clear failure.
      const deadline = Date.now() + 30_000;
      while ((await waiting()) < 1) {
        if (Date.now() > deadline) throw new Error('the planning never came to wait for the channel row');
        await new Promise((r) => setTimeout(r, 25));
      }
      const lockMembership = db().execute(sql`select 1 from memberships where org_id = ${two.org.id} and user_id = ${person.id} for update nowait`);
      await expect(lockMembership).rejects.toMatchObject({ cause: { code: '55P03' } });
      release();
      await holder;
      await other.close();
      expect((await planning).status).toBe(201);
    },
    60_000,
  );
});
