// Logging in and out as a person notices it: the cookie, the messages, the lockout, and that a
// database leak does not hand out sessions.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.ts';
import { buildOrg, createTestApp, loginAs, PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string } };
type SessionBody = { csrfToken: string; user: { email: string }; memberships: { organisation: { id: string }; role: string }[] };

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp(); // PUBLIC_URL https://zorg.example
  org = await buildOrg(t);
});
afterAll(() => t.close());

function login(email: string, password: string, app: TestApp = t, headers: Record<string, string> = {}) {
  return app.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

const session = (cookie: string) => t.app.request('/api/auth/session', { headers: { cookie } });
const cookieAttributes = (header: string) => header.split(';').map((p) => p.trim().toLowerCase());

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax, Secure session cookie and returns the CSRF token', async () => {
    const res = await login(org.users.editor.email, PASSWORD);
    expect(res.status).toBe(200);
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^zp_session=[^;]{20,}/);
    const attrs = cookieAttributes(header);
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('secure');
    expect(attrs).toContain('path=/');
    const body = (await res.json()) as SessionBody;
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(20);
    expect(body.user.email).toBe(org.users.editor.email);
    expect(body.memberships).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ id: org.id }), role: 'editor' })]);
    // The CSRF token is not the cookie.
    expect(header).not.toContain(body.csrfToken);

    const cookie = header.split(';')[0]!;
    const again = await session(cookie);
    expect(again.status).toBe(200);
    expect(((await again.json()) as SessionBody).csrfToken).toBe(body.csrfToken);
  });

  it('accepts the e-mail address typed in capitals', async () => {
    const res = await login(org.users.viewer.email.toUpperCase(), PASSWORD);
    expect(res.status).toBe(200);
  });

  it('leaves out Secure when the public address is plain http', async () => {
    const plain = await createTestApp({ PUBLIC_URL: 'http://intranet.local:3000' });
    try {
      const plainOrg = await buildOrg(plain);
      const res = await login(plainOrg.users.viewer.email, PASSWORD, plain);
      expect(res.status).toBe(200);
      const attrs = cookieAttributes(res.headers.get('set-cookie') ?? '');
      expect(attrs).toContain('httponly');
      expect(attrs).toContain('samesite=lax');
      expect(attrs).not.toContain('secure');
    } finally {
      await plain.close();
    }
  });

  it('answers a wrong password exactly like an unknown e-mail address (401 login_failed)', async () => {
    const wrong = await login(org.users.approver.email, 'wrong password!');
    const unknown = await login('niemand@example.nl', 'wrong password!');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const a = (await wrong.json()) as ErrorBody;
    const b = (await unknown.json()) as ErrorBody;
    expect(a.error.code).toBe('login_failed');
    expect(a).toEqual(b);
    expect(a.error.message).toBe('E-mailadres of wachtwoord klopt niet.');

    const en = (await (await login('niemand@example.nl', 'x', t, { 'accept-language': 'en' })).json()) as ErrorBody;
    expect(en.error.message).toBe('E-mail address or password is incorrect.');
  });

  it('after 10 failures from one address refuses even the right password from there with 429 (address + e-mail; see test/security/auth.test.ts)', async () => {
    const email = org.users.contributor.email;
    for (let i = 1; i <= 10; i++) {
      const res = await login(email, `gok nummer ${i}`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const right = await login(email, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.headers.get('set-cookie')).toBeNull();
    const body = (await right.json()) as ErrorBody;
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toContain('15');

    // Someone else can still log in.
    expect((await login(org.users.admin.email, PASSWORD)).status).toBe(200);
  });
});

describe('logout', () => {
  it('ends the session: the old cookie no longer works', async () => {
    const client = await loginAs(t, org.users.editor.email);
    expect((await session(client.cookie)).status).toBe(200);
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie') ?? '').toMatch(/zp_session=;|max-age=0|expires=thu, 01 jan 1970/i);

    const after = await session(client.cookie);
    expect(after.status).toBe(401);
    expect(((await after.json()) as ErrorBody).error.code).toBe('not_authenticated');
    expect((await client.get(`/api/orgs/${org.id}/posts`)).status).toBe(401);
  });

  it('needs the CSRF token, so another site cannot log you out', async () => {
    const client = await loginAs(t, org.users.editor.email);
    const res = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie: client.cookie } });
    expect(res.status).toBe(403);
    expect((await session(client.cookie)).status).toBe(200);
  });

  it('logout-all ends every session of the person at once, and only theirs', async () => {
    const laptop = await loginAs(t, org.users.approver.email);
    const phone = await loginAs(t, org.users.approver.email);
    const colleague = await loginAs(t, org.users.viewer.email);
    expect(laptop.cookie).not.toBe(phone.cookie);
    expect((await session(laptop.cookie)).status).toBe(200);
    expect((await session(phone.cookie)).status).toBe(200);

    expect((await laptop.post('/api/auth/logout-all')).status).toBe(204);
    expect((await session(laptop.cookie)).status).toBe(401);
    expect((await session(phone.cookie)).status).toBe(401);
    expect((await session(colleague.cookie)).status).toBe(200);
  });
});

describe('sessions at rest', () => {
  it('stores a hash of the token, never the cookie value', async () => {
    const client = await loginAs(t, org.users.admin.email);
    const token = decodeURIComponent(client.cookie.slice('zp_session='.length));
    expect(token.length).toBeGreaterThanOrEqual(20);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, org.users.admin.id));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.tokenHash).not.toBe(token);
      expect(Object.values(row).map(String).join(' ')).not.toContain(token);
    }
    // A stolen row cannot be replayed as a cookie.
    for (const row of rows) {
      expect((await session(`zp_session=${row.tokenHash}`)).status).toBe(401);
    }
  });
});
