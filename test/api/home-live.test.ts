// The home page (GET /home and its sections' full lists), the live-state version (GET /changes),
// deleting a draft, and the errors a person reads (own validation texts, crisis, failure codes).
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts } from '../../src/db/schema.ts';
import { VERSION_TTL_MS } from '../../src/features/live/org-version.ts';
import { buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, createTestApp, localIn, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

type Summary = { id: string; status: string; excerpt: string; author: { id: string } | null };
type Home = { today: string; crisis: { active: boolean }; waiting: number; sections: { key: string; count: number; actionable: boolean; items: Summary[] }[] };
type Page = { items: Summary[]; nextCursor: string | null };
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

let t: TestApp;
let a: TestOrg;
let b: TestOrg;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  [a, b] = [await buildOrg(t), await buildOrg(t)];
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const base = (org: TestOrg) => `/api/orgs/${org.id}`;
const section = (home: Home, key: string) => home.sections.find((s) => s.key === key);
async function home(client: Client, org: TestOrg, query = ''): Promise<Home> {
  const res = await client.get(`${base(org)}/home${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Home;
}
async function write(client: Client, org: TestOrg, text: string, scheduledLocal: string | null = null): Promise<string> {
  const res = await client.post(`${base(org)}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }], scheduledLocal });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const act = (client: Client, org: TestOrg, id: string, event: string, reason?: string) =>
  client.post(`${base(org)}/posts/${id}/transitions`, { event, ...(reason ? { reason } : {}) });

describe('the home page', () => {
  it('shows each role what waits for them, and nothing of another organisation', async () => {
    const contributor = await loginAs(t, a.users.contributor.email);
    const editor = await loginAs(t, a.users.editor.email);
    const approver = await loginAs(t, a.users.approver.email);
    const viewer = await loginAs(t, a.users.viewer.email);

    const review = await write(contributor, a, 'Ter beoordeling: open dag');
    await act(contributor, a, review, 'submit');
    const returned = await write(contributor, a, 'Teruggestuurd: griepprik');
    await act(contributor, a, returned, 'submit');
    expect((await act(approver, a, returned, 'request_changes', 'Noem de locatie')).status).toBe(200);
    const draft = await write(contributor, a, 'Mijn concept');
    const ownReview = await write(editor, a, 'Van de redacteur zelf');
    await act(editor, a, ownReview, 'submit');
    // Another organisation's post waiting for review must never show up.
    const bContributor = await loginAs(t, b.users.contributor.email);
    const foreign = await write(bContributor, b, 'Geheim van B');
    await act(bContributor, b, foreign, 'submit');

    const forContributor = await home(contributor, a);
    expect(forContributor.sections.map((s) => s.key)).toEqual(['returned', 'my_drafts', 'failed', 'unconfirmed', 'today', 'coming']);
    expect(section(forContributor, 'returned')?.items.map((p) => p.id)).toEqual([returned]);
    expect(section(forContributor, 'my_drafts')?.items.map((p) => p.id)).toEqual([draft]);
    expect(forContributor.waiting).toBe(1);

    const forEditor = await home(editor, a);
    const toApprove = section(forEditor, 'to_approve');
    // Four eyes: the editor's own post does not wait for the editor.
    expect(toApprove?.items.map((p) => p.id)).toEqual([review]);
    expect(section(forEditor, 'to_schedule')).toBeDefined();

    const forApprover = await home(approver, a);
    expect(
      section(forApprover, 'to_approve')
        ?.items.map((p) => p.id)
        .sort(),
    ).toEqual([review, ownReview].sort());
    expect(section(forApprover, 'my_drafts')).toBeUndefined();

    expect((await home(viewer, a)).sections.map((s) => s.key)).toEqual(['today', 'coming']);
    const all = JSON.stringify([forContributor, forEditor, forApprover]);
    expect(all).not.toContain(foreign);
    expect(all).not.toContain('Geheim van B');
  });

  it("refuses another organisation's home and sections, and a section the role does not see", async () => {
    const contributor = await loginAs(t, a.users.contributor.email);
    expect((await contributor.get(`${base(b)}/home`)).status).toBe(404);
    expect((await contributor.get(`${base(b)}/home/sections/my_drafts`)).status).toBe(404);
    expect((await contributor.get(`${base(b)}/changes`)).status).toBe(404);
    expect((await contributor.get(`${base(a)}/home/sections/to_approve`)).status).toBe(403);
    expect((await t.app.request(`${base(a)}/home`)).status).toBe(401);
  });

  it('counts every post and lists them all page by page behind "more", never cutting silently', async () => {
    const org = await buildOrg(t);
    const editor = await loginAs(t, org.users.editor.email);
    const ids: string[] = [];
    // Late today in the organisation's zone (Amsterdam), not in UTC's today: between 22:00 and 24:00 UTC that
    // would be a time already past there. In Amsterdam's last quarter of an hour: tomorrow, counted as coming.
    const here = DateTime.now().setZone('Europe/Amsterdam');
    const day = (here.hour === 23 && here.minute >= 45 ? here.plus({ days: 1 }) : here).toISODate();
    for (let i = 0; i < 7; i++) ids.push(await write(editor, org, `Vandaag ${i}`, `${day}T23:5${i}`));
    // Planned for tomorrow noon in the organisation's zone: coming, and before the seven when near midnight they are
    // tomorrow too (so it stands on the section's first page either way).
    const coming = [await write(editor, org, 'Morgen', `${here.plus({ days: 1 }).toISODate()}T12:00`)];
    const h = await home(editor, org);
    const today = section(h, 'today');
    const comingSection = section(h, 'coming');
    // Near midnight the seven may be tomorrow: count both sections.
    expect((today?.count ?? 0) + (comingSection?.count ?? 0)).toBe(8);
    expect(today?.items.length ?? 0).toBeLessThanOrEqual(5);
    expect(comingSection?.items.map((p) => p.id)).toEqual(expect.arrayContaining(coming));

    const drafts = section(h, 'my_drafts');
    expect(drafts?.count).toBe(8);
    expect(drafts?.items).toHaveLength(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await editor.get(`${base(org)}/home/sections/my_drafts?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as Page;
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids, ...coming].sort());
  });

  it('shows only my planned posts with who=mine', async () => {
    const org = await buildOrg(t);
    const editor = await loginAs(t, org.users.editor.email);
    const contributor = await loginAs(t, org.users.contributor.email);
    const mine = await write(contributor, org, 'Van mij', localIn(3, '10:00'));
    await write(editor, org, 'Van de redacteur', localIn(3, '11:00'));
    expect(section(await home(contributor, org), 'coming')?.count).toBe(2);
    expect(section(await home(contributor, org, '?who=mine'), 'coming')?.items.map((p) => p.id)).toEqual([mine]);
  });

  it('shows a failed publication to the editor with its code, and the writer sees their own', async () => {
    const org = await buildOrg(t);
    const hook = await buildWebhookChannel(t.database.db, org.id, receiver.url, t.deps.secrets);
    const contributor = await loginAs(t, org.users.contributor.email);
    const editor = await loginAs(t, org.users.editor.email);
    const res = await contributor.post(`${base(org)}/posts`, { baseText: 'Naar intranet', variants: [{ channelId: hook, text: null }] });
    const { id } = (await res.json()) as { id: string };
    await act(contributor, org, id, 'submit');
    await act(editor, org, id, 'approve');
    receiver.reply({ status: 400 });
    const published = await editor.post(`${base(org)}/posts/${id}/publish-now`);
    const post = (await published.json()) as { status: string; failure: { code: string; params: Record<string, unknown> } | null };
    expect(post.status).toBe('failed');
    expect(post.failure).toEqual({ code: 'network_refused', params: { network: 'webhook', channel: 'Intranet', status: 400 } });
    expect(section(await home(editor, org), 'failed')?.items.map((p) => p.id)).toEqual([id]);
    expect(section(await home(contributor, org), 'failed')?.items.map((p) => p.id)).toEqual([id]);
    // A writer sees only their own failures, an editor the organisation's.
    const other = await buildOrg(t);
    expect(section(await home(await loginAs(t, other.users.editor.email), other), 'failed')?.count).toBe(0);
  });
});

describe('the live-state version', () => {
  it('marks a planned post whose attempt failed as retrying in the calendar, not as plainly planned', async () => {
    const org = await buildOrg(t);
    const hook = await buildWebhookChannel(t.database.db, org.id, receiver.url, t.deps.secrets);
    const editor = await loginAs(t, org.users.editor.email);
    const res = await editor.post(`${base(org)}/posts`, { baseText: 'Naar het intranet', variants: [{ channelId: hook, text: null }] });
    const { id } = (await res.json()) as { id: string };
    await act(editor, org, id, 'submit');
    await act(await loginAs(t, org.users.approver.email), org, id, 'approve');
    receiver.reply({ status: 503 });
    await editor.post(`${base(org)}/posts/${id}/publish-now`);
    const card = async () => {
      const page = (await (await editor.get(`${base(org)}/posts?limit=50`)).json()) as { items: { id: string; status: string; retrying: boolean }[] };
      return page.items.find((p) => p.id === id);
    };
    expect(await card()).toMatchObject({ status: 'scheduled', retrying: true });
  });

  it('changes when a post of the organisation changes, not when another organisation changes', async () => {
    const org = await buildOrg(t);
    const other = await buildOrg(t);
    const viewer = await loginAs(t, org.users.viewer.email);
    const editor = await loginAs(t, org.users.editor.email);
    const otherEditor = await loginAs(t, other.users.editor.email);
    const version = async () => {
      await new Promise((r) => setTimeout(r, VERSION_TTL_MS + 50));
      const res = await viewer.get(`${base(org)}/changes`);
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBeTruthy();
      return ((await res.json()) as { version: string }).version;
    };
    const v1 = await version();
    await write(otherEditor, other, 'Elders');
    expect(await version()).toBe(v1);

    const id = await write(editor, org, 'Hier');
    const v2 = await version();
    expect(v2).not.toBe(v1);
    // Unchanged: 304 without a body, for the browser's If-None-Match.
    const same = await viewer.request('GET', `${base(org)}/changes`, undefined, { 'if-none-match': `"${v2}"` });
    expect(same.status).toBe(304);

    await act(editor, org, id, 'submit');
    const v3 = await version();
    expect(v3).not.toBe(v2);
    await editor.post(`${base(org)}/crisis/pause`, { reason: 'Oefening' });
    expect(await version()).not.toBe(v3);
  });

  it('asks the database at most once per organisation per moment, however many tabs ask', async () => {
    const org = await buildOrg(t);
    const viewer = await loginAs(t, org.users.viewer.email);
    let queries = 0;
    const execute = t.database.db.execute.bind(t.database.db);
    t.database.db.execute = ((q: Parameters<typeof execute>[0]) => {
      queries++;
      return execute(q);
    }) as typeof execute;
    try {
      await new Promise((r) => setTimeout(r, VERSION_TTL_MS + 50));
      const answers = await Promise.all(Array.from({ length: 30 }, () => viewer.get(`${base(org)}/changes`)));
      expect(answers.every((r) => r.status === 200)).toBe(true);
    } finally {
      t.database.db.execute = execute;
    }
    expect(queries).toBe(1);
  });
});

describe('drafts and errors a person reads', () => {
  it('does not store an empty post', async () => {
    const contributor = await loginAs(t, a.users.contributor.email);
    const count = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(posts).where(sql`org_id = ${a.id}`))[0]!.n;
    const before = await count();
    const res = await contributor.post(`${base(a)}/posts`, { baseText: '   ', variants: [{ channelId: a.channelId, text: null }] });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('text_required');
    expect(error.details).toEqual([{ path: 'baseText', message: 'Het bericht heeft nog geen tekst.' }]);
    expect(await count()).toBe(before);
  });

  it('lets a writer delete their own draft, not a submitted post nor a colleague’s', async () => {
    const contributor = await loginAs(t, a.users.contributor.email);
    const editor = await loginAs(t, a.users.editor.email);
    const id = await write(contributor, a, 'Weg ermee');
    const shown = (await (await contributor.get(`${base(a)}/posts/${id}`)).json()) as { allowedActions: string[] };
    expect(shown.allowedActions).toContain('delete');
    const colleague = await write(editor, a, 'Van een collega');
    expect((await contributor.del(`${base(a)}/posts/${colleague}`)).status).toBe(409);
    const submitted = await write(contributor, a, 'Ingediend');
    await act(contributor, a, submitted, 'submit');
    expect((await contributor.del(`${base(a)}/posts/${submitted}`)).status).toBe(409);
    expect((await (await loginAs(t, b.users.editor.email)).del(`${base(a)}/posts/${id}`)).status).toBe(404);
    expect((await (await loginAs(t, a.users.viewer.email)).del(`${base(a)}/posts/${id}`)).status).toBe(403);
    expect((await contributor.del(`${base(a)}/posts/${id}`)).status).toBe(204);
    expect((await contributor.get(`${base(a)}/posts/${id}`)).status).toBe(404);
  });

  it("answers validation in Zorgpost's own words, never zod's", async () => {
    const contributor = await loginAs(t, a.users.contributor.email);
    const res = await contributor.post(`${base(a)}/posts`, { baseText: 5, scheduledLocal: '29-03-2026' });
    const { error } = (await res.json()) as ErrorBody;
    expect(error.details).toEqual([
      { path: 'baseText', message: 'Hier hoort tekst.' },
      { path: 'scheduledLocal', message: 'Vul datum en tijd in als 2026-03-29T09:30.' },
    ]);
    const en = await contributor.request('POST', `${base(a)}/posts/${a.channelId}/transitions`, { event: 'fly' }, { 'accept-language': 'en' });
    const message = ((await en.json()) as ErrorBody).error.details?.[0]?.message ?? '';
    expect(message).toMatch(/^Choose one of: submit, withdraw/);
    expect(message).not.toMatch(/expected|Invalid/i);
  });

  it('says that "publish now" is held by crisis mode, and changes nothing', async () => {
    const org = await buildOrg(t);
    const contributor = await loginAs(t, org.users.contributor.email);
    const editor = await loginAs(t, org.users.editor.email);
    const id = await write(contributor, org, 'Tijdens de crisis', localIn(3, '10:00'));
    await act(contributor, org, id, 'submit');
    await act(editor, org, id, 'approve');
    await editor.post(`${base(org)}/crisis/pause`, {});
    const res = await editor.post(`${base(org)}/posts/${id}/publish-now`);
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('publish_now_crisis');
    expect(error.message).toContain('crisismodus');
    expect(((await (await editor.get(`${base(org)}/posts/${id}`)).json()) as { status: string }).status).toBe('approved');
  });
});
