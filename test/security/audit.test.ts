// The audit trail: every security-relevant act in the post flow and the guard settings is
// recorded (never a post's text), only admins read it, page by page, and a changed entry shows
// as a broken hash chain at exactly that entry.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { auditEvents } from '../../src/db/schema.ts';
import { GENESIS, recordAudit } from '../../src/features/audit/record-audit.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { buildPost, postRow } from '../support/post-factory.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type AuditItem = { seq: number; action: string; actor: { id: string; name: string } | null; detail: Record<string, unknown>; at: string };
type AuditPage = { items: AuditItem[]; nextCursor: number | null };
type Chain = { intact: boolean; checked: number; brokenAtSeq: number | null; problem: string | null };

const LEAK = 'Mevrouw Jansen (Tiel) herstelt van haar hartinfarct op onze hartbewaking. Beterschap!';
const TEXT = 'Kom op zaterdag naar onze open dag in de Hoofdstraat! Iedereen is welkom.';

async function setup() {
  const org = await buildOrg(t);
  const base = `/api/orgs/${org.id}`;
  const [contributor, editor, approver, admin] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.admin.email),
  ]);
  return { org, base, contributor, editor, approver, admin };
}

async function trail(admin: Client, base: string, query = ''): Promise<AuditItem[]> {
  const all: AuditItem[] = [];
  let cursor: number | null = null;
  do {
    const res = await admin.get(`${base}/audit?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as AuditPage;
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** These tests build a chain from its first entry: the setup's logins are cleared first. */
const clearTrail = (orgId: string) => t.database.db.execute(sql`DELETE FROM audit_events WHERE org_id = ${orgId}`);

const verify = async (admin: Client, base: string) => {
  const res = await admin.get(`${base}/audit/verify`);
  expect(res.status).toBe(200);
  return (await res.json()) as Chain;
};

async function post(who: Client, base: string, channelId: string, text = TEXT) {
  const res = await who.post(`${base}/posts`, { baseText: text, variants: [{ channelId, text: null }] });
  return ((await res.json()) as { id: string }).id;
}
const act = (who: Client, base: string, id: string, event: string, reason?: string) =>
  who.post(`${base}/posts/${id}/transitions`, reason ? { event, reason } : { event });

describe('what the audit trail records', () => {
  it('records approvals, returns, publications, cancellations, overrides and guard setting changes, without texts', async () => {
    const { org, base, contributor, editor, approver, admin } = await setup();

    const a = await post(contributor, base, org.channelId);
    expect((await act(contributor, base, a, 'submit')).status).toBe(200);
    expect((await act(approver, base, a, 'request_changes', 'Graag de datum erbij.')).status).toBe(200);
    expect((await act(contributor, base, a, 'submit')).status).toBe(200);
    expect((await act(approver, base, a, 'approve')).status).toBe(200);
    expect((await editor.post(`${base}/posts/${a}/publish-now`)).status).toBe(200);

    const b = await post(contributor, base, org.channelId);
    expect((await act(editor, base, b, 'cancel')).status).toBe(200);

    const c = await post(contributor, base, org.channelId, LEAK);
    expect((await approver.post(`${base}/posts/${c}/guard-override`, { reason: 'Mevrouw Jansen gaf schriftelijk toestemming.' })).status).toBe(200);

    const settings = { severities: { 'person.name': 'warn' }, allow: { staff: [{ name: 'Dr. Pieter de Vries', role: 'arts' }] } };
    expect((await admin.request('PUT', `${base}/guard/settings`, settings)).status).toBe(200);

    const items = await trail(admin, base);
    const byAction = (action: string) => items.filter((i) => i.action === action);
    expect(byAction('post.returned')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: org.users.approver.id }), detail: expect.objectContaining({ postId: a }) }),
    ]);
    expect(byAction('post.approved')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: org.users.approver.id }), detail: { postId: a, from: 'in_review', to: 'approved' } }),
    ]);
    expect(byAction('post.publish_now')[0]).toMatchObject({ actor: { id: org.users.editor.id }, detail: { postId: a } });
    expect(byAction('post.published')[0]).toMatchObject({ actor: null, detail: { postId: a, channelIds: [org.channelId] } });
    expect(byAction('post.cancelled')[0]).toMatchObject({ actor: { id: org.users.editor.id }, detail: { postId: b, from: 'draft', to: 'cancelled' } });
    expect(byAction('guard.overridden')[0]).toMatchObject({ actor: { id: org.users.approver.id }, detail: { postId: c } });
    expect(byAction('guard.settings_changed')[0]).toMatchObject({
      actor: { id: org.users.admin.id },
      detail: { severities: { 'person.name': { from: null, to: 'warn' } }, allowLists: { staff: { from: 0, to: 1 } } },
    });
    // Newest first, numbered without gaps.
    expect(items.map((i) => i.seq)).toEqual(items.map((_, i) => items.length - i));

    // Neither post texts, nor the override's or return's reasons, nor names from the allow-list.
    const stored = JSON.stringify(items);
    for (const secret of ['Hoofdstraat', 'Jansen', 'toestemming', 'datum erbij', 'Pieter']) expect(stored).not.toContain(secret);

    expect(await verify(admin, base)).toEqual({ intact: true, checked: items.length, brokenAtSeq: null, problem: null });
  });

  it("records a publication that fails for good, with Zorgpost's reason code only", async () => {
    const { org, base, admin } = await setup();
    // A post the engine holds whose text the guard blocks at the last check before sending.
    const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [org.channelId], text: LEAK });
    await t.database.db.execute(
      sql`UPDATE posts SET status = 'publishing', lease_owner = 'w-audit', lease_expires_at = now() + interval '1 minute' WHERE id = ${id}`,
    );
    const scope = systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
    await publishClaimedPost(scope, id, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker: 'w-audit' });
    expect((await postRow(t.database.db, id)).status).toBe('failed');
    const items = await trail(admin, base, '&action=post.publish');
    expect(items).toEqual([
      expect.objectContaining({ action: 'post.publish_failed', actor: null, detail: { postId: id, reason: 'system:privacy_blocked', networks: [] } }),
    ]);
  });
});

describe('reading the audit trail', () => {
  it('is for admins only', async () => {
    const { base, editor, approver } = await setup();
    for (const who of [editor, approver]) {
      expect((await who.get(`${base}/audit`)).status).toBe(403);
      expect((await who.get(`${base}/audit/verify`)).status).toBe(403);
    }
  });

  it('returns every event across pages, and filters on an action prefix', async () => {
    const { org, base, admin } = await setup();
    // The four logins of the setup are in the trail already.
    const logins = await trail(admin, base, '&action=auth.');
    expect(logins.map((i) => i.action)).toEqual(['auth.login', 'auth.login', 'auth.login', 'auth.login']);
    for (let i = 0; i < 60; i++) {
      await recordAudit(t.database.db, { orgId: org.id, actorId: org.users.admin.id, action: i % 3 ? 'post.approved' : 'guard.overridden', detail: { n: i } });
    }
    const seen: number[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const res = await admin.get(`${base}/audit?limit=25${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as AuditPage;
      expect(page.items.length).toBeLessThanOrEqual(25);
      seen.push(...page.items.map((i) => i.seq));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 64 }, (_, i) => 64 - i));

    const guard = await trail(admin, base, '&action=guard.');
    expect(guard).toHaveLength(20);
    expect(guard.every((i) => i.action === 'guard.overridden')).toBe(true);
    expect(await trail(admin, base, '&action=crisis.')).toEqual([]);
    expect((await admin.get(`${base}/audit?action=${encodeURIComponent("x' OR 1=1")}`)).status).toBe(422);
    expect((await admin.get(`${base}/audit?cursor=abc`)).status).toBe(422);
    expect((await admin.get(`${base}/audit?limit=5000`)).status).toBe(422);
  });

  it('reports the chain broken at the entry someone changed in the database', async () => {
    const { org, base, admin } = await setup();
    await clearTrail(org.id);
    for (let i = 1; i <= 5; i++)
      await recordAudit(t.database.db, { orgId: org.id, actorId: null, action: 'post.published', detail: { postId: `p${i}`, b: 1, a: 2 } });
    expect(await verify(admin, base)).toMatchObject({ intact: true, checked: 5 });
    await t.database.db.execute(sql`UPDATE audit_events SET detail = '{"postId":"someone-else","a":2,"b":1}' WHERE org_id = ${org.id} AND seq = 3`);
    expect(await verify(admin, base)).toEqual({ intact: false, checked: 2, brokenAtSeq: 3, problem: 'hash_mismatch' });
    await t.database.db.execute(sql`DELETE FROM audit_events WHERE org_id = ${org.id} AND seq = 3`);
    expect(await verify(admin, base)).toMatchObject({ intact: false, brokenAtSeq: 4, problem: 'seq_gap' });
  });

  it('accepts entries hashed before canonical JSON (detail keys in written order), and still catches a change', async () => {
    const { org, base, admin } = await setup();
    await clearTrail(org.id);
    // As the first version of recordAudit wrote crisis.resume: keys in insertion order.
    const at = new Date();
    const detail = { pausedAt: '2026-11-01T10:00:00.000Z', heldBack: 3 };
    const hash = createHash('sha256')
      .update(JSON.stringify([GENESIS, 1, org.users.editor.id, 'crisis.resume', detail, at.toISOString()]))
      .digest('hex');
    await t.database.db
      .insert(auditEvents)
      .values({ orgId: org.id, seq: 1, actorId: org.users.editor.id, action: 'crisis.resume', detail, at, prevHash: GENESIS, hash });
    await recordAudit(t.database.db, { orgId: org.id, actorId: null, action: 'post.published', detail: { postId: 'x' } });
    expect(await verify(admin, base)).toEqual({ intact: true, checked: 2, brokenAtSeq: null, problem: null });
    await t.database.db.execute(
      sql`UPDATE audit_events SET detail = '{"pausedAt":"2026-11-01T10:00:00.000Z","heldBack":0}' WHERE org_id = ${org.id} AND seq = 1`,
    );
    expect(await verify(admin, base)).toMatchObject({ intact: false, brokenAtSeq: 1, problem: 'hash_mismatch' });
  });

  it('keeps one unbroken chain when many acts are recorded at the same time', async () => {
    const { org, base, admin } = await setup();
    await clearTrail(org.id);
    const other = await t.database.another();
    try {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          recordAudit(i % 2 ? other.db : t.database.db, { orgId: org.id, actorId: null, action: 'post.published', detail: { n: i } }),
        ),
      );
    } finally {
      await other.close();
    }
    expect(await verify(admin, base)).toEqual({ intact: true, checked: 30, brokenAtSeq: null, problem: null });
  });
});
