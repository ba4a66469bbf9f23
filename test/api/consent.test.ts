// The consent register through the API: who may do what, bad input, isolation between
// organisations, the encrypted signed form, the guard blocking a post whose image shows someone
// without consent for the channel, and withdrawal taking the post out of the website feed.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, notifications, posts, postVariants } from '../../src/db/schema.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { buildOrg, createTestApp, imageForm, loginAs, localIn, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
type Person = { id: string; name: string; validConsents: number };
type Consent = { id: string; state: string; validFrom: string; validUntil: string | null; channel: { id: string } | null };

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  other = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

const body = async <T>(res: Response) => (await res.json()) as T;
const addPerson = async (name: string, client = editor) => body<Person>(await client.post(`${base}/consent/people`, { name, kind: 'resident' }));
const uploadTagged = async (personIds: string[], client = editor) => {
  const form = imageForm(PNG_1PX, 'Bewoner bij de moestuin');
  form.set('personIds', personIds.join(','));
  form.set('showsPeople', 'true');
  const res = await client.request('POST', `${base}/media`, form);
  expect(res.status).toBe(201);
  return body<{ id: string; showsPeople: boolean; people: { id: string; name: string }[] }>(res);
};

describe('the register', () => {
  it('an editor adds a person and records a consent; it is valid today and counted in the list', async () => {
    const person = await addPerson('Annie de Vries');
    const res = await editor.post(`${base}/consent/people/${person.id}/consents`, {
      channelId: org.channelId,
      purpose: 'publication',
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
    });
    expect(res.status).toBe(201);
    expect(await body<Consent>(res)).toMatchObject({ state: 'valid', validFrom: '2026-01-01', validUntil: '2099-12-31', channel: { id: org.channelId } });
    const list = await body<{ items: Person[] }>(await editor.get(`${base}/consent/people?q=annie`));
    expect(list.items).toEqual([expect.objectContaining({ name: 'Annie de Vries', validConsents: 1 })]);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['consent.person_added', 'consent.recorded']));
    // The name stays out of the audit trail.
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain('Annie');
  });

  it('pages the people list by name without losing anyone', async () => {
    for (const name of ['Pagina A', 'Pagina B', 'Pagina C']) await addPerson(name);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Person[]; nextCursor: string | null } = await body(
        await editor.get(`${base}/consent/people?q=Pagina&limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Pagina A', 'Pagina B', 'Pagina C']);
  });

  it('only editors and admins record; viewers do not see the register at all', async () => {
    const contributor = await loginAs(t, org.users.contributor.email);
    const viewer = await loginAs(t, org.users.viewer.email);
    expect((await contributor.post(`${base}/consent/people`, { name: 'X', kind: 'guest' })).status).toBe(403);
    expect((await contributor.get(`${base}/consent/people`)).status).toBe(200);
    expect((await viewer.get(`${base}/consent/people`)).status).toBe(403);
  });

  it('refuses bad input with 422 naming the field, storing nothing', async () => {
    const person = await addPerson('Invoer Test');
    const bad = [
      [`${base}/consent/people`, { name: '', kind: 'resident' }, 'name'],
      [`${base}/consent/people`, { name: 'Y', kind: 'koning' }, 'kind'],
      [`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-02-30' }, 'validFrom'],
      [`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-05-01', validUntil: '2026-04-01' }, 'validUntil'],
      [`${base}/consent/people/${person.id}/consents`, { purpose: 'reclame', validFrom: '2026-05-01' }, 'purpose'],
    ] as const;
    for (const [url, payload, field] of bad) {
      const res = await editor.post(url, payload);
      expect(res.status, JSON.stringify(payload)).toBe(422);
      expect((await body<ErrorBody>(res)).error.details?.map((d) => d.path)).toContain(field);
    }
    expect(
      (await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-05-01', channelId: other.channelId }))
        .status,
    ).toBe(404);
    const detail = await body<{ consents: unknown[] }>(await editor.get(`${base}/consent/people/${person.id}`));
    expect(detail.consents).toEqual([]);
  });

  it('keeps the signed form encrypted on disk and gives it back whole; refuses a file that is not a form', async () => {
    const person = await addPerson('Formulier Test');
    const form = new FormData();
    form.set('file', new File([new Uint8Array(PNG_1PX)], 'handtekening.png', { type: 'image/png' }));
    const res = await editor.request('POST', `${base}/consent/people/${person.id}/files`, form);
    expect(res.status).toBe(201);
    const file = await body<{ id: string }>(res);
    const dir = path.join(path.dirname(t.deps.mediaDir), 'consent-forms', org.id);
    const [stored] = await readdir(dir);
    const onDisk = await readFile(path.join(dir, stored!));
    expect(onDisk.includes(PNG_1PX.subarray(1, 4))).toBe(false); // no "PNG" signature in the clear
    const back = await editor.get(`${base}/consent/files/${file.id}`);
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG_1PX)).toBe(true);
    const text = new FormData();
    text.set('file', new File(['gewoon tekst'], 'brief.txt', { type: 'text/plain' }));
    expect((await editor.request('POST', `${base}/consent/people/${person.id}/files`, text)).status).toBe(415);
    // A contributor may tag people but not read their signatures.
    expect((await (await loginAs(t, org.users.contributor.email)).get(`${base}/consent/files/${file.id}`)).status).toBe(403);
  });

  it('accepts a scanned form larger than an ordinary request (the upload limit, not the 1 MiB API limit)', async () => {
    const person = await addPerson('Scan Groot');
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_500_000, 0x20), Buffer.from('\n%%EOF\n')]);
    const form = new FormData();
    form.set('file', new File([new Uint8Array(scan)], 'toestemming.pdf', { type: 'application/pdf' }));
    const res = await editor.request('POST', `${base}/consent/people/${person.id}/files`, form);
    expect(res.status).toBe(201);
  });

  it('another organisation sees none of it and cannot tag its images with these people', async () => {
    const person = await addPerson('Isolatie Test');
    const stranger = await loginAs(t, other.users.admin.email);
    expect((await stranger.get(`/api/orgs/${other.id}/consent/people/${person.id}`)).status).toBe(404);
    expect((await stranger.get(`${base}/consent/people`)).status).toBe(404);
    const list = await body<{ items: Person[] }>(await stranger.get(`/api/orgs/${other.id}/consent/people`));
    expect(list.items).toEqual([]);
    const form = imageForm(PNG_1PX, 'Iemand');
    form.set('personIds', person.id);
    const res = await stranger.request('POST', `/api/orgs/${other.id}/media`, form);
    expect(res.status).toBe(422);
    expect((await body<{ items: unknown[] }>(await stranger.get(`/api/orgs/${other.id}/media`))).items).toEqual([]);
  });
});

describe('tagging after upload', () => {
  it('replaces who an image shows; refuses people of another organisation and strangers', async () => {
    const a = await addPerson('Tag Een');
    const b = await addPerson('Tag Twee');
    const image = await uploadTagged([a.id]);
    expect((await editor.request('PUT', `${base}/media/${image.id}/people`, { personIds: [b.id], showsPeople: true })).status).toBe(204);
    expect(await body(await editor.get(`${base}/media/${image.id}/people`))).toEqual({ showsPeople: true, people: [{ id: b.id, name: 'Tag Twee' }] });
    const stranger = await loginAs(t, other.users.admin.email);
    const theirs = await body<Person>(await stranger.post(`/api/orgs/${other.id}/consent/people`, { name: 'Elders', kind: 'guest' }));
    expect((await editor.request('PUT', `${base}/media/${image.id}/people`, { personIds: [theirs.id], showsPeople: true })).status).toBe(422);
    expect((await stranger.request('PUT', `/api/orgs/${other.id}/media/${image.id}/people`, { personIds: [], showsPeople: false })).status).toBe(404);
    expect(
      (await (await loginAs(t, org.users.viewer.email)).request('PUT', `${base}/media/${image.id}/people`, { personIds: [], showsPeople: false })).status,
    ).toBe(403);
    expect(await body(await editor.get(`${base}/media/${image.id}/people`))).toEqual({ showsPeople: true, people: [{ id: b.id, name: 'Tag Twee' }] });
  });
});

describe('the guard and the register', () => {
  it('blocks submitting a post whose image shows someone without consent for its channel, until the consent is recorded', async () => {
    const person = await addPerson('Kees Zonder');
    const image = await uploadTagged([person.id]);
    expect(image.people).toEqual([{ id: person.id, name: 'Kees Zonder' }]);
    const post = await body<{ id: string }>(
      await editor.post(`${base}/posts`, {
        baseText: 'Vandaag oogsten we de eerste tomaten.',
        mediaIds: [image.id],
        variants: [{ channelId: org.channelId, text: null }],
        scheduledLocal: localIn(3),
      }),
    );
    const refused = await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' });
    expect(refused.status).toBe(422);
    const error = await body<ErrorBody>(refused);
    expect(error.error.code).toBe('guard_blocked');
    expect(error.error.details).toEqual([
      {
        path: 'media.0.people',
        message: expect.stringContaining('Kees Zonder staat op deze afbeelding maar heeft geen geldige toestemming voor publicatie op Website'),
      },
    ]);

    // A consent for another purpose, or one ending before the planned time, does not count.
    await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'recruitment', validFrom: '2026-01-01' });
    await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01', validUntil: localIn(1).slice(0, 10) });
    expect((await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(422);

    await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01', channelId: org.channelId });
    expect((await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(200);
  });

  it('reminds (a warning, not a block) when an image is marked as showing people and nobody is tagged', async () => {
    const image = await uploadTagged([]);
    const post = await body<{ id: string; guard: { verdict: string; parts: { part: string; result: { findings: { rule: string }[] } }[] } }>(
      await editor.post(`${base}/posts`, { baseText: 'Een mooie dag in de tuin.', mediaIds: [image.id], variants: [{ channelId: org.channelId, text: null }] }),
    );
    const detail = await body<typeof post>(await editor.get(`${base}/posts/${post.id}`));
    expect(detail.guard.parts.flatMap((p) => p.result.findings.map((f) => f.rule))).toContain('consent_untagged');
    expect((await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(200);
  });
});

describe('the engine and the register', () => {
  it('does not send a scheduled post when the consent was withdrawn after approval (failed, privacy blocked)', async () => {
    const person = await addPerson('Piet Later');
    const consent = await body<Consent>(await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01' }));
    const image = await uploadTagged([person.id]);
    const post = await body<{ id: string }>(
      await editor.post(`${base}/posts`, { baseText: 'Piet speelt accordeon.', mediaIds: [image.id], variants: [{ channelId: org.channelId, text: null }] }),
    );
    await editor.post(`${base}/consent/consents/${consent.id}/withdraw`, { confirm: true });
    await t.database.db
      .update(posts)
      .set({ status: 'scheduled', scheduledAt: new Date(Date.now() - 1000) })
      .where(eq(posts.id, post.id));
    const scope = systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
    await claimDuePosts(t.database.db, 'w', 100);
    await publishClaimedPost(scope, post.id, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker: 'w' });
    const [row] = await t.database.db.select().from(posts).where(eq(posts.id, post.id));
    expect(row).toMatchObject({ status: 'failed', failureReason: 'system:privacy_blocked' });
    const [variant] = await t.database.db.select().from(postVariants).where(eq(postVariants.postId, post.id));
    expect(variant!.publishedAt).toBeNull();
    // The author and those who schedule are told it failed (the bell).
    const told = await t.database.db.select().from(notifications).where(eq(notifications.postId, post.id));
    expect(
      told
        .filter((n) => n.kind === 'post_failed')
        .map((n) => n.userId)
        .sort(),
    ).toEqual([org.users.admin.id, org.users.editor.id].sort());
  });
});

describe('withdrawal', () => {
  it('lists the published post that shows the person and, after confirming, takes it out of the website feed, each removal audited', async () => {
    const person = await addPerson('Truus Intrekken');
    const consent = await body<Consent>(await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01' }));
    const image = await uploadTagged([person.id]);
    const post = await body<{ id: string }>(
      await editor.post(`${base}/posts`, {
        baseText: 'Truus viert haar verjaardag.',
        mediaIds: [image.id],
        variants: [{ channelId: org.channelId, text: null }],
      }),
    );
    // As the engine leaves a published post on the website channel.
    await t.database.db.update(posts).set({ status: 'published', publishedAt: new Date() }).where(eq(posts.id, post.id));
    await t.database.db.update(postVariants).set({ publishedAt: new Date(), externalId: post.id }).where(eq(postVariants.postId, post.id));
    const feed = async () => (await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/feed.json`)).text();
    expect(await feed()).toContain('Truus viert');

    const list = await body<{ items: { postId: string; channel: { id: string } }[] }>(await editor.get(`${base}/consent/consents/${consent.id}/takedown`));
    expect(list.items).toEqual([expect.objectContaining({ postId: post.id, channel: expect.objectContaining({ id: org.channelId }) })]);
    expect((await editor.post(`${base}/consent/consents/${consent.id}/withdraw`, {})).status).toBe(422); // no confirmation
    const done = await editor.post(`${base}/consent/consents/${consent.id}/withdraw`, { confirm: true });
    expect(done.status).toBe(200);
    expect(await body<{ removed: { postId: string }[]; failed: unknown[] }>(done)).toMatchObject({ removed: [{ postId: post.id }], failed: [] });
    expect(await feed()).not.toContain('Truus viert');
    const actions = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['consent.withdrawn', 'post.taken_down']));
    expect((await editor.post(`${base}/consent/consents/${consent.id}/withdraw`, { confirm: true })).status).toBe(409);
    expect((await body<{ items: unknown[] }>(await editor.get(`${base}/consent/consents/${consent.id}/takedown`))).items).toEqual([]);
  });

  it('lists consents that end soon', async () => {
    const person = await addPerson('Bijna Verlopen');
    await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01', validUntil: localIn(5).slice(0, 10) });
    const res = await body<{ items: { person: { name: string } }[]; more: boolean }>(await editor.get(`${base}/consent/expiring?days=10`));
    expect(res.items.map((i) => i.person.name)).toContain('Bijna Verlopen');
    expect((await editor.get(`${base}/consent/expiring?days=0`)).status).toBe(422);
  });
});
