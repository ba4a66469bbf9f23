// Probes of logging in and getting in (issue 7, findings 3, 4 and the audit events of 15): limits
// that slow guessing but cannot lock anyone out, the client address only through trusted proxies,
// the password policy, change, reset by an admin, invitations that reveal no accounts, and the
// audit trail of each. In-process app on PGlite, and on PostgreSQL with ZP_TEST_DB=postgres.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithMembership } from '../../src/cli/user-create.ts';
import { clientAddress, parseTrustedProxies } from '../../src/config/trusted-proxies.ts';
import { loadConfig } from '../../src/config/config.ts';
import { auditEvents, invitations, loginAttempts, passwordResets, users } from '../../src/db/schema.ts';
import { buildOrg, createTestApp, loginAs, PASSWORD, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string } };

const PROXY = '10.0.0.1';
let t: TestApp; // TRUST_PROXY=10.0.0.1
let plain: TestApp; // no TRUST_PROXY
let org: TestOrg;
beforeAll(async () => {
  [t, plain] = await Promise.all([createTestApp({ TRUST_PROXY: `${PROXY},fd00::/8` }), createTestApp()]);
  org = await buildOrg(t);
});
afterAll(async () => {
  await Promise.all([t.close(), plain.close()]);
});

/** A login as it arrives over a socket from `peer`, optionally with an X-Forwarded-For header. */
function login(app: TestApp, email: string, password: string, peer: string, forwardedFor?: string, lang = 'nl') {
  return app.app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: peer } } },
  );
}

const code = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
const post = (app: TestApp, url: string, body: unknown) =>
  app.app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const auditOf = (app: TestApp, orgId: string, action: string) =>
  app.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)));
/** Moves every counted failure back in time, as if the window had passed. */
const age = (app: TestApp, minutes: number) => app.database.db.update(loginAttempts).set({ at: sql`${loginAttempts.at} - make_interval(mins => ${minutes})` });

describe('client address (TRUST_PROXY)', () => {
  const trusted = parseTrustedProxies('10.0.0.1,fd00::/8');
  it('believes X-Forwarded-For only from a trusted proxy, from the right, and never the client-written part', () => {
    expect(clientAddress('192.0.2.9', '203.0.113.5', null)).toBe('192.0.2.9');
    expect(clientAddress('192.0.2.9', '203.0.113.5', trusted)).toBe('192.0.2.9'); // peer is no proxy
    expect(clientAddress('10.0.0.1', '203.0.113.5', trusted)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:10.0.0.1', '203.0.113.5', trusted)).toBe('203.0.113.5');
    expect(clientAddress('10.0.0.1', '1.2.3.4, 203.0.113.5', trusted)).toBe('203.0.113.5'); // 1.2.3.4 is the client's own claim
    expect(clientAddress('10.0.0.1', '203.0.113.5, fd00::7', trusted)).toBe('203.0.113.5'); // two proxies
    expect(clientAddress('10.0.0.1', 'nonsense', trusted)).toBe('10.0.0.1');
  });

  it('refuses a TRUST_PROXY that is not a list of addresses or ranges, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8,proxy.local' })).toThrow(/TRUST_PROXY.*proxy\.local/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, ::1, 10.0.0.0/8' }).trustedProxies).not.toBeNull();
  });
});

describe('login limits', () => {
  it('without TRUST_PROXY, X-Forwarded-For is ignored: rotating it does not escape the limit', async () => {
    const o = await buildOrg(plain);
    for (let i = 1; i <= 10; i++) {
      expect((await login(plain, o.users.viewer.email, `gok ${i}`, '192.0.2.7', `198.51.100.${i}`)).status).toBe(401);
    }
    const blocked = await login(plain, o.users.viewer.email, PASSWORD, '192.0.2.7', '198.51.100.200');
    expect(blocked.status).toBe(429);
    expect(await code(blocked)).toBe('too_many_attempts');
    // The person from their own address is not blocked.
    expect((await login(plain, o.users.viewer.email, PASSWORD, '192.0.2.8')).status).toBe(200);
  });

  it('(a) 50 failures from one proxied address against many e-mails do not block another e-mail from that address', async () => {
    for (let i = 0; i < 50; i++) {
      const email = i % 5 === 0 ? org.users.editor.email : `gok-${i}@example.nl`;
      expect((await login(t, email, `fout-${i}`, PROXY, '203.0.113.50')).status).toBe(401);
    }
    const started = Date.now();
    const res = await login(t, org.users.contributor.email, PASSWORD, PROXY, '203.0.113.50');
    expect(res.status).toBe(200);
    // Slowed down (the address is past its soft limit), not refused.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    // Everyone else behind the same proxy is neither blocked nor slowed.
    const other = Date.now();
    expect((await login(t, org.users.editor.email, PASSWORD, PROXY, '203.0.113.51')).status).toBe(200);
    expect(Date.now() - other).toBeLessThan(900);
  });

  it('(b) guessing from address A does not stop the person logging in from address B; A waits, then the right password works', async () => {
    const o = await buildOrg(t);
    const victim = o.users.approver.email;
    for (let i = 1; i <= 10; i++) expect((await login(t, victim, `raden ${i}`, PROXY, '198.51.100.66')).status).toBe(401);
    const fromA = await login(t, victim, PASSWORD, PROXY, '198.51.100.66');
    expect(fromA.status).toBe(429); // the right password is not even checked from the guessing pair
    expect(((await fromA.json()) as ErrorBody).error.message).toMatch(/15 minuten/);
    expect((await login(t, victim, PASSWORD, PROXY, '198.51.100.77')).status).toBe(200);

    await age(t, 16);
    expect((await login(t, victim, PASSWORD, PROXY, '198.51.100.66')).status).toBe(200);
  });

  it('a burst of parallel guesses gets no more than the 10 tries of the pair', async () => {
    const o = await buildOrg(t);
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => (await login(t, o.users.contributor.email, `parallel ${i}`, PROXY, '198.51.100.31')).status),
    );
    expect(answers.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
    expect(answers.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('ten guesses every 15 minutes never keep a known account locked', async () => {
    const o = await buildOrg(t);
    const victim = o.users.viewer.email;
    for (let round = 0; round < 4; round++) {
      for (let i = 1; i <= 10; i++) await login(t, victim, `ronde ${round} gok ${i}`, PROXY, '198.51.100.99');
      expect((await login(t, victim, PASSWORD, PROXY, `198.51.100.${10 + round}`)).status, `round ${round}`).toBe(200);
      await age(t, 15);
    }
    expect((await login(t, victim, PASSWORD, PROXY, '198.51.100.99')).status).toBe(200);
  });

  it('records failures (never the password) and the lock-out in the audit trail of the account’s organisations', async () => {
    const o = await buildOrg(t);
    for (let i = 1; i <= 10; i++) await login(t, o.users.editor.email, `geheim-gok-${i}`, PROXY, '198.51.100.123');
    const failed = await auditOf(t, o.id, 'auth.login_failed');
    expect(failed).toHaveLength(10);
    expect(failed[0]!.detail).toMatchObject({ email: o.users.editor.email, address: '198.51.100.123' });
    expect(JSON.stringify(failed)).not.toContain('geheim-gok');
    const locked = await auditOf(t, o.id, 'auth.locked_out');
    expect(locked).toHaveLength(1);
    expect(locked[0]!.detail).toMatchObject({ address: '198.51.100.123', minutes: 15 });
  });
});

describe('password change', () => {
  it('needs the current password, applies the policy with clear messages, ends the OTHER sessions only', async () => {
    const o = await buildOrg(t);
    const email = o.users.editor.email;
    const here = await loginAs(t, email);
    const phone = await loginAs(t, email);
    const change = (body: unknown, lang = 'nl') => here.request('POST', '/api/auth/password', body, { 'accept-language': lang });

    const wrong = await change({ currentPassword: 'niet mijn wachtwoord', newPassword: 'rivier lamp zonnig 42' });
    expect(wrong.status).toBe(422);
    expect(await code(wrong)).toBe('current_password_wrong');

    const cases: [string, string, RegExp][] = [
      ['kort-1', 'password_too_short', /minstens 12 tekens/],
      ['Welkom2026!!!', 'password_common', /veelgebruikte wachtwoorden/],
      ['password123456', 'password_common', /veelgebruikte/],
      [email, 'password_is_email', /e-mailadres/],
    ];
    for (const [candidate, expected, message] of cases) {
      const res = await change({ currentPassword: PASSWORD, newPassword: candidate });
      expect(res.status, candidate).toBe(422);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe(expected);
      expect(body.error.message).toMatch(message);
    }
    const en = (await (await change({ currentPassword: PASSWORD, newPassword: 'short' }, 'en')).json()) as ErrorBody;
    expect(en.error.message).toBe('Choose a password of at least 12 characters.');
    // Nothing changed so far: the old password still works.
    expect((await loginAs(t, email)).csrf).toBeTruthy();

    const ok = await change({ currentPassword: PASSWORD, newPassword: 'rivier lamp zonnig 42' });
    expect(ok.status).toBe(204);
    expect((await here.get('/api/auth/session')).status).toBe(200);
    expect((await phone.get('/api/auth/session')).status).toBe(401);
    await expect(loginAs(t, email)).rejects.toThrow(/401/);
    expect((await loginAs(t, email, 'rivier lamp zonnig 42')).csrf).toBeTruthy();
    expect(await auditOf(t, o.id, 'auth.password_changed')).toHaveLength(1);
  });

  it('needs a session and the CSRF token', async () => {
    const client = await loginAs(t, org.users.viewer.email);
    const noCsrf = await t.app.request('/api/auth/password', {
      method: 'POST',
      headers: { cookie: client.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'rivier lamp zonnig 42' }),
    });
    expect(noCsrf.status).toBe(403);
    expect((await post(t, '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'rivier lamp zonnig 42' })).status).toBe(401);
  });

  it('guessing the current password through the change form meets the login limit', async () => {
    const o = await buildOrg(t);
    const client = await loginAs(t, o.users.contributor.email);
    for (let i = 0; i < 10; i++) {
      expect((await client.post('/api/auth/password', { currentPassword: `gok ${i} xx`, newPassword: 'rivier lamp zonnig 42' })).status).toBe(422);
    }
    const res = await client.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'rivier lamp zonnig 42' });
    expect(res.status).toBe(429);
  });
});

describe('reset by an admin', () => {
  let o: TestOrg;
  let admin: Client;
  beforeAll(async () => {
    o = await buildOrg(t);
    admin = await loginAs(t, o.users.admin.email);
  });
  const makeLink = async (userId: string, client = admin) => client.post(`/api/orgs/${o.id}/members/${userId}/password-reset`);
  const tokenOf = (link: string) => link.split('#')[1]!;

  it('gives a one-time link (hash stored) that sets a new password and ends every session; a second use says so', async () => {
    const before = await loginAs(t, o.users.viewer.email);
    const res = await makeLink(o.users.viewer.id);
    expect(res.status).toBe(201);
    const { link, expiresAt } = (await res.json()) as { link: string; expiresAt: string };
    expect(link).toMatch(/^https:\/\/zorg\.example\/reset#[\w-]{40,}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const token = tokenOf(link);
    const rows = await t.database.db.select().from(passwordResets).where(eq(passwordResets.userId, o.users.viewer.id));
    expect(JSON.stringify(rows)).not.toContain(token);

    const check = await post(t, '/api/auth/reset/check', { token });
    expect(check.status).toBe(200);
    expect(await check.json()).toMatchObject({ email: o.users.viewer.email });

    const weak = await post(t, '/api/auth/reset', { token, password: 'wachtwoord12' });
    expect(weak.status).toBe(422);
    expect(await code(weak)).toBe('password_common');

    expect((await post(t, '/api/auth/reset', { token, password: 'nieuw en lang genoeg 7' })).status).toBe(204);
    expect((await before.get('/api/auth/session')).status).toBe(401);
    expect((await loginAs(t, o.users.viewer.email, 'nieuw en lang genoeg 7')).csrf).toBeTruthy();

    const again = await post(t, '/api/auth/reset', { token, password: 'nog een ander wachtwoord 8' });
    expect(again.status).toBe(410);
    const body = (await again.json()) as ErrorBody;
    expect(body.error.code).toBe('link_used');
    expect(body.error.message).toMatch(/al gebruikt/);
    expect(await code(await post(t, '/api/auth/reset/check', { token }))).toBe('link_used');
    expect((await auditOf(t, o.id, 'auth.password_reset_link_created')).length).toBeGreaterThanOrEqual(1);
    expect(await auditOf(t, o.id, 'auth.password_reset')).toHaveLength(1);
  });

  it('an expired link says so; a newer link replaces an older unused one', async () => {
    const first = tokenOf(((await (await makeLink(o.users.approver.id)).json()) as { link: string }).link);
    const second = tokenOf(((await (await makeLink(o.users.approver.id)).json()) as { link: string }).link);
    expect(await code(await post(t, '/api/auth/reset/check', { token: first }))).toBe('link_unknown');
    await t.database.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, o.users.approver.id));
    const expired = await post(t, '/api/auth/reset', { token: second, password: 'nieuw en lang genoeg 7' });
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as ErrorBody).error.message).toMatch(/verlopen/);
    expect((await loginAs(t, o.users.approver.email)).csrf).toBeTruthy(); // unchanged
  });

  it('only an admin of an organisation the person belongs to can make one', async () => {
    const editor = await loginAs(t, o.users.editor.email);
    expect((await makeLink(o.users.viewer.id, editor)).status).toBe(403);
    const stranger = await buildOrg(t);
    expect((await makeLink(stranger.users.viewer.id)).status).toBe(404);
    const otherAdmin = await loginAs(t, stranger.users.admin.email);
    expect((await otherAdmin.post(`/api/orgs/${o.id}/members/${o.users.viewer.id}/password-reset`)).status).toBe(404);
  });

  it('refuses a link for someone who also works in an organisation where this admin is not an admin (no cross-tenant takeover)', async () => {
    const other = await buildOrg(t);
    // other's admin joins o (by invitation) as a viewer: o's admin must not be able to take that account over.
    const token = (
      (await (await admin.post(`/api/orgs/${o.id}/invitations`, { email: other.users.admin.email, role: 'viewer' })).json()) as { link: string }
    ).link.split('#')[1];
    const joiner = await loginAs(t, other.users.admin.email);
    expect((await joiner.post('/api/invitations/join', { token })).status).toBe(200);
    const res = await makeLink(other.users.admin.id);
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('reset_other_organisations');
    // Someone only in the admin's own organisation still gets a link.
    expect((await joiner.post(`/api/orgs/${other.id}/members/${other.users.editor.id}/password-reset`)).status).toBe(201);
  });
});

describe('invitations', () => {
  let o: TestOrg;
  let admin: Client;
  let elsewhere: TestOrg;
  beforeAll(async () => {
    o = await buildOrg(t);
    elsewhere = await buildOrg(t);
    admin = await loginAs(t, o.users.admin.email);
  });
  const invite = (email: string, role = 'contributor') => admin.post(`/api/orgs/${o.id}/invitations`, { email, role });
  const tokenOf = async (res: Response) => ((await res.json()) as { link: string }).link.split('#')[1]!;

  it('answers the same whether the address has an account elsewhere or not, and never reveals a name', async () => {
    const existing = await invite(elsewhere.users.editor.email);
    const fresh = await invite('nog.geen.account@example.nl');
    expect(existing.status).toBe(201);
    expect(fresh.status).toBe(201);
    const a = (await existing.json()) as Record<string, unknown>;
    const b = (await fresh.json()) as Record<string, unknown>;
    const shape = (x: Record<string, unknown>) => JSON.stringify(x, (_k, v) => (typeof v === 'string' ? 's' : v));
    expect(shape(a)).toBe(shape(b));
    expect(JSON.stringify(a)).not.toContain(`editor ${elsewhere.slug.slice(4)}`); // the account's name
    expect(JSON.stringify(a)).not.toMatch(/name/i);
    const pending = (await (await admin.get(`/api/orgs/${o.id}/invitations`)).json()) as { email: string }[];
    expect(pending.map((p) => p.email).sort()).toEqual([elsewhere.users.editor.email, 'nog.geen.account@example.nl'].sort());
    // Nobody joined yet.
    const members = (await (await admin.get(`/api/orgs/${o.id}/members`)).json()) as { email: string }[];
    expect(members.map((m) => m.email)).not.toContain(elsewhere.users.editor.email);
  });

  it('a new person sets name and password (policy checked) through the link and is a member with that role', async () => {
    const token = await tokenOf(await invite('Nieuwe.Collega@Example.nl', 'approver'));
    const info = await post(t, '/api/invitations/check', { token });
    expect(await info.json()).toMatchObject({ organisation: expect.any(String), email: 'nieuwe.collega@example.nl', role: 'approver' });
    expect(await code(await post(t, '/api/invitations/accept', { token, name: 'Nieuwe Collega', password: 'welkom123456' }))).toBe('password_common');
    expect((await post(t, '/api/invitations/accept', { token, name: 'Nul\u0000teken', password: 'een goed lang wachtwoord' })).status).toBe(422);
    const accepted = await post(t, '/api/invitations/accept', { token, name: 'Nieuwe Collega', password: 'een goed lang wachtwoord' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('set-cookie')).toMatch(/zp_session=/);
    const session = (await accepted.json()) as { memberships: { organisation: { id: string }; role: string }[] };
    expect(session.memberships).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ id: o.id }), role: 'approver' })]);
    expect((await loginAs(t, 'nieuwe.collega@example.nl', 'een goed lang wachtwoord')).csrf).toBeTruthy();
    const reused = await post(t, '/api/invitations/accept', { token, name: 'X', password: 'een ander lang wachtwoord' });
    expect(reused.status).toBe(410);
    expect((await auditOf(t, o.id, 'member.joined'))[0]!.detail).toMatchObject({ role: 'approver', newAccount: true });
  });

  it('an existing account cannot be taken over through the link: it joins by logging in with its own e-mail', async () => {
    const email = elsewhere.users.viewer.email;
    const token = await tokenOf(await invite(email, 'editor'));
    const takeover = await post(t, '/api/invitations/accept', { token, name: 'Overnemer', password: 'een overname wachtwoord' });
    expect(takeover.status).toBe(409);
    expect(await code(takeover)).toBe('invitation_needs_login');
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(user!.name).not.toBe('Overnemer');
    expect((await loginAs(t, email)).csrf).toBeTruthy(); // password unchanged

    const someoneElse = await loginAs(t, elsewhere.users.approver.email);
    const wrongPerson = await someoneElse.post('/api/invitations/join', { token });
    expect(wrongPerson.status).toBe(403);
    expect(await code(wrongPerson)).toBe('invitation_other_email');

    const invitee = await loginAs(t, email);
    const joined = await invitee.post('/api/invitations/join', { token });
    expect(joined.status).toBe(200);
    const session = (await joined.json()) as { memberships: { organisation: { id: string }; role: string }[] };
    expect(session.memberships.find((m) => m.organisation.id === o.id)?.role).toBe('editor');
  });

  it('a withdrawn invitation no longer works; only admins invite; members already here get 409', async () => {
    const res = await invite('ingetrokken@example.nl');
    const token = await tokenOf(res);
    const [row] = await t.database.db.select().from(invitations).where(eq(invitations.email, 'ingetrokken@example.nl'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await admin.del(`/api/orgs/${o.id}/invitations/${row!.id}`)).status).toBe(204);
    expect(await code(await post(t, '/api/invitations/check', { token }))).toBe('link_unknown');
    expect(await auditOf(t, o.id, 'member.invitation_withdrawn')).toHaveLength(1);

    const editor = await loginAs(t, o.users.editor.email);
    expect((await editor.post(`/api/orgs/${o.id}/invitations`, { email: 'x@example.nl', role: 'admin' })).status).toBe(403);
    expect((await editor.get(`/api/orgs/${o.id}/invitations`)).status).toBe(403);
    expect(await code(await invite(o.users.viewer.email))).toBe('member_exists');
  });
});

describe('audit of roles and membership', () => {
  it('records role changes and removals with who, whom, from and to', async () => {
    const o = await buildOrg(t);
    const admin = await loginAs(t, o.users.admin.email);
    expect((await admin.patch(`/api/orgs/${o.id}/members/${o.users.viewer.id}`, { role: 'editor' })).status).toBe(200);
    expect((await admin.del(`/api/orgs/${o.id}/members/${o.users.contributor.id}`)).status).toBe(204);
    const [changed] = await auditOf(t, o.id, 'member.role_changed');
    expect(changed).toMatchObject({ actorId: o.users.admin.id, detail: { userId: o.users.viewer.id, from: 'viewer', to: 'editor' } });
    const [removed] = await auditOf(t, o.id, 'member.removed');
    expect(removed).toMatchObject({ actorId: o.users.admin.id, detail: { userId: o.users.contributor.id, role: 'contributor' } });
  });
});

describe('user create (CLI)', () => {
  it('applies the same password policy', async () => {
    const input = { email: 'cli@example.nl', name: 'Cli', orgSlug: 'cli-org', role: 'admin' };
    await expect(createUserWithMembership(t.database.db, { ...input, password: 'welkom123456' })).rejects.toThrow(/commonly used/);
    await expect(createUserWithMembership(t.database.db, { ...input, password: 'kort' })).rejects.toThrow(/at least 12/);
    await expect(createUserWithMembership(t.database.db, { ...input, password: 'cli@example.nl' })).rejects.toThrow(/e-mail/);
    expect(await createUserWithMembership(t.database.db, { ...input, password: 'een lang cli wachtwoord' })).toMatch(/admin/);
  });
});
