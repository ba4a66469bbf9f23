// The pre-publication checklist at approval, the audit screen's filters, paging and PDF, and a
// data-protection request (find, export, erase) through the API, with permissions and isolation.
import { inflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, consentPeople, notifications, posts } from '../../src/db/schema.ts';
import { DEFAULT_CHECKLIST } from '../../src/domain/default-checklist.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string } };
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let editor: Client;
let contributor: Client;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t, { checklist: 'default' });
  other = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  editor = await loginAs(t, org.users.editor.email);
  contributor = await loginAs(t, org.users.contributor.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

const body = async <T>(res: Response) => (await res.json()) as T;
async function submitted(text: string): Promise<string> {
  const created = await contributor.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }] });
  expect(created.status).toBe(201);
  const { id } = await body<{ id: string }>(created);
  expect((await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' })).status).toBe(200);
  return id;
}

describe('the pre-publication checklist', () => {
  it('starts with the default set from the guidelines; only admins change it', async () => {
    const list = await body<{ questions: { id: string }[]; customised: boolean }>(await editor.get(`${base}/checklist`));
    expect(list).toMatchObject({ customised: false });
    expect(list.questions.map((q) => q.id)).toEqual(DEFAULT_CHECKLIST.map((q) => q.id));
    expect((await editor.request('PUT', `${base}/checklist`, { questions: [] })).status).toBe(403);
    const dup = await admin.request('PUT', `${base}/checklist`, { questions: [DEFAULT_CHECKLIST[0], DEFAULT_CHECKLIST[0]] });
    expect(dup.status).toBe(422);
  });

  it('refuses an approval with an unconfirmed question, naming it, and records a full one with the content hash', async () => {
    const id = await submitted('Open dag in de tuin zaterdag.');
    const partial = DEFAULT_CHECKLIST.slice(0, 2).map((q) => q.id);
    const refused = await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve', checklist: partial });
    expect(refused.status).toBe(422);
    const err = await body<ErrorBody>(refused);
    expect(err.error.code).toBe('checklist_unconfirmed');
    expect(err.error.message).toContain(DEFAULT_CHECKLIST[2]!.nl.slice(0, 30));
    const [still] = await t.database.db.select({ status: posts.status }).from(posts).where(eq(posts.id, id));
    expect(still?.status).toBe('in_review');

    const ok = await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve', checklist: DEFAULT_CHECKLIST.map((q) => q.id) });
    expect(ok.status).toBe(200);
    const shown = await body<{
      confirmations: { approver: { id: string }; current: boolean; contentHash: string; answers: { id: string; confirmed: boolean }[] }[];
    }>(await contributor.get(`${base}/posts/${id}/checklist`));
    expect(shown.confirmations).toHaveLength(1);
    expect(shown.confirmations[0]).toMatchObject({ approver: { id: org.users.editor.id }, current: true });
    expect(shown.confirmations[0]!.answers.every((a) => a.confirmed)).toBe(true);
    const audit = await body<{ items: { action: string; detail: Record<string, unknown> }[] }>(await admin.get(`${base}/audit?postId=${id}`));
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['post.checklist_confirmed', 'post.approved']));
    expect(audit.items.find((a) => a.action === 'post.checklist_confirmed')?.detail).toMatchObject({ contentHash: shown.confirmations[0]!.contentHash });
  });

  it('an admin edits and reorders the questions; approval then asks exactly those', async () => {
    const questions = [{ id: 'eigen-vraag', nl: 'Past dit bij onze huisstijl?', en: 'Does this fit our house style?' }, { ...DEFAULT_CHECKLIST[1]! }];
    const saved = await admin.request('PUT', `${base}/checklist`, { questions });
    expect(saved.status).toBe(200);
    const id = await submitted('Nieuwe collega’s welkom.');
    const en = await editor.request('POST', `${base}/posts/${id}/transitions`, { event: 'approve', checklist: ['profession'] }, { 'accept-language': 'en' });
    expect(en.status).toBe(422);
    expect((await body<ErrorBody>(en)).error.message).toContain('Does this fit our house style?');
    expect((await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve', checklist: ['eigen-vraag', 'profession'] })).status).toBe(200);
    // The other organisation's checklist is its own.
    const otherAdmin = await loginAs(t, other.users.admin.email);
    expect((await body<{ questions: unknown[] }>(await otherAdmin.get(`/api/orgs/${other.id}/checklist`))).questions).toEqual([]);
    expect((await otherAdmin.get(`${base}/checklist`)).status).toBe(404);
  });
});

describe('the audit screen', () => {
  it('filters by person, kind and period and pages with a cursor without losing entries', async () => {
    const byEditor = await body<{ items: { actor: { id: string } | null; action: string }[] }>(
      await admin.get(`${base}/audit?actorId=${org.users.editor.id}&limit=200`),
    );
    expect(byEditor.items.length).toBeGreaterThan(0);
    expect(byEditor.items.every((e) => e.actor?.id === org.users.editor.id)).toBe(true);
    const kind = await body<{ items: { action: string }[] }>(await admin.get(`${base}/audit?action=checklist.`));
    expect(kind.items.map((e) => e.action)).toEqual(['checklist.changed']);
    const future = await body<{ items: unknown[] }>(await admin.get(`${base}/audit?from=2099-01-01`));
    expect(future.items).toEqual([]);
    const all = await body<{ items: { seq: number }[] }>(await admin.get(`${base}/audit?limit=200`));
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const page: { items: { seq: number }[]; nextCursor: number | null } = await body(
        await admin.get(`${base}/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((e) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.seq));
    expect((await admin.get(`${base}/audit?actorId=nobody`)).status).toBe(422);
    expect((await admin.get(`${base}/audit?from=0000-01-01`)).status).toBe(422);
    expect((await editor.get(`${base}/audit`)).status).toBe(403);
  });

  it('records a post’s creation and edit with the changed field names, never the text', async () => {
    const created = await contributor.post(`${base}/posts`, { baseText: 'Eerste versie', variants: [{ channelId: org.channelId, text: null }] });
    const { id, version } = await body<{ id: string; version: number }>(created);
    expect((await contributor.patch(`${base}/posts/${id}`, { version, baseText: 'Tweede versie' })).status).toBe(200);
    const trail = await body<{ items: { action: string; detail: Record<string, unknown> }[] }>(await admin.get(`${base}/audit?postId=${id}`));
    expect(trail.items.map((e) => e.action)).toEqual(['post.edited', 'post.created']);
    expect(trail.items[0]!.detail).toMatchObject({ fields: ['baseText'] });
    expect(JSON.stringify(trail.items)).not.toContain('versie');
  });

  it('exports a PDF for an auditor with the organisation, the filter and the chain result', async () => {
    const res = await admin.get(`${base}/audit/export?format=pdf&action=post.`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The page text sits in deflated streams, each character as a hex code of the standard font.
    const text = pdfText(pdf);
    const [row] = await t.database.db.query.organisations.findMany({ where: (o, { eq }) => eq(o.id, org.id) });
    expect(text).toContain(row!.name);
    expect(text).toContain('Intact');
    expect(text).toContain('action=post.');
    expect(text).toContain('post.checklist_confirmed');
    expect(text).not.toContain('checklist.changed');
    const jsonl = await (await admin.get(`${base}/audit/export?format=jsonl&action=checklist.`)).text();
    expect(
      jsonl
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).action),
    ).toEqual(['checklist.changed']);
  });
});

/** The text drawn on the pages: every deflated stream inflated, the hex strings of each text line joined. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = '';
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const inflated = inflateSync(pdf.subarray(start, end)).toString('latin1');
      // A word is drawn as [<hex> kerning <hex> …] TJ: join the pieces.
      for (const line of inflated.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
        out += `${[...line[1]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join('')}`;
      }
    } catch {
      // not a deflated stream (fonts, images)
    }
  }
  return out;
}

describe('a data-protection request', () => {
  it('finds a person across posts, the consent register, members and audit; erases only what may be erased', async () => {
    const person = await body<{ id: string }>(await editor.post(`${base}/consent/people`, { name: 'Hendrika Bosman', kind: 'resident' }));
    const draft = await body<{ id: string }>(
      await contributor.post(`${base}/posts`, {
        baseText: 'Mevrouw Hendrika Bosman wordt 100!',
        variants: [{ channelId: org.channelId, text: 'Feest voor hendrika bosman' }],
      }),
    );
    const reviewed = await submitted('Hendrika Bosman in de moestuin.');
    await editor.post(`${base}/posts/${reviewed}/transitions`, { event: 'approve', checklist: ['eigen-vraag', 'profession'] });
    // Same name in another organisation: never found.
    const otherEditor = await loginAs(t, other.users.editor.email);
    await otherEditor.post(`/api/orgs/${other.id}/consent/people`, { name: 'Hendrika Bosman', kind: 'resident' });

    expect((await editor.get(`${base}/dsr?q=Hendrika`)).status).toBe(403);
    expect((await admin.get(`${base}/dsr?q=Hb`)).status).toBe(422);
    const found = await body<{
      consentPeople: { items: { id: string }[]; total: number };
      posts: { items: { id: string; erasable: boolean }[]; total: number };
      audit: { total: number };
    }>(await admin.get(`${base}/dsr?q=hendrika%20bosman`));
    expect(found.consentPeople.items.map((p) => p.id)).toEqual([person.id]);
    expect(found.posts.items.map((p) => [p.id, p.erasable]).sort()).toEqual(
      [
        [draft.id, true],
        [reviewed, false],
      ].sort(),
    );
    expect(found.audit.total).toBeGreaterThan(0); // consent.person_added names the person's id
    const exported = await admin.get(`${base}/dsr/export?q=hendrika%20bosman`);
    expect(exported.headers.get('content-disposition')).toContain('attachment');

    // Members by e-mail.
    const byMail = await body<{ members: { items: { id: string }[] } }>(await admin.get(`${base}/dsr?q=${encodeURIComponent(org.users.viewer.email)}`));
    expect(byMail.members.items.map((m) => m.id)).toEqual([org.users.viewer.id]);

    expect((await admin.post(`${base}/dsr/erase`, { q: 'Hendrika Bosman', confirm: 'Hendrika' })).status).toBe(422);
    const erased = await admin.post(`${base}/dsr/erase`, { q: 'Hendrika Bosman', confirm: 'Hendrika Bosman' });
    expect(erased.status).toBe(200);
    const result = await body<{ erased: Record<string, number>; kept: { what: string; count: number }[] }>(erased);
    expect(result.erased).toMatchObject({ consentPeople: 1, draftMentions: 1 });
    expect(result.kept).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'published_posts', count: 1 })]));

    const db = t.database.db;
    expect(await db.select().from(consentPeople).where(eq(consentPeople.id, person.id))).toEqual([]);
    const [d] = await db.select({ text: posts.baseText }).from(posts).where(eq(posts.id, draft.id));
    expect(d?.text).toBe('Mevrouw [verwijderd] wordt 100!');
    const [r] = await db.select({ text: posts.baseText }).from(posts).where(eq(posts.id, reviewed));
    expect(r?.text).toContain('Hendrika Bosman');
    const theirs = await db.select().from(consentPeople).where(eq(consentPeople.orgId, other.id));
    expect(theirs.map((p) => p.name)).toContain('Hendrika Bosman');
    const trail = await db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['dsr.searched', 'dsr.exported', 'dsr.erased']));
    expect(JSON.stringify(trail.map((a) => a.detail))).not.toContain('Hendrika');
  });

  it('erases the notifications of a member found by e-mail, and the chain still holds', async () => {
    await t.database.db.insert(notifications).values({ orgId: org.id, userId: org.users.viewer.id, kind: 'post_approved' });
    const res = await admin.post(`${base}/dsr/erase`, { q: org.users.viewer.email, confirm: org.users.viewer.email });
    expect((await body<{ erased: { notifications: number } }>(res)).erased.notifications).toBe(1);
    expect(await t.database.db.select().from(notifications).where(eq(notifications.userId, org.users.viewer.id))).toEqual([]);
    expect(await body<{ intact: boolean }>(await admin.get(`${base}/audit/verify`))).toMatchObject({ intact: true });
  });
});
