// The demo organisation: people for every role, posts in the past and the future, and a second
// start that adds nothing. Its password is this installation's own, never one in the repository.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memberships, organisations, posts } from '../../src/db/schema.ts';
import { ROLES } from '../../src/domain/roles.ts';
import { resolveDemoPassword } from '../../src/demo/demo-password.ts';
import { demoEmail, seedDemo, setDemoPasswords } from '../../src/demo/seed-demo.ts';
import { passwordProblem } from '../../src/features/auth/password-policy.ts';
import { createTestApp, loginAs, type TestApp } from '../support/test-app.ts';

const DEMO = 'demo-test-wachtwoord-7x';
let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-demo-'));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

it('creates the demo once, with a login for every role and posts before and after today', async () => {
  expect(await seedDemo(t.database.db, DEMO)).toEqual({ created: true });
  expect(await seedDemo(t.database.db, DEMO)).toEqual({ created: false });
  const db = t.database.db;
  expect((await db.select({ n: count() }).from(organisations))[0]!.n).toBe(1);
  const [org] = await db.select().from(organisations);
  expect((await db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, org!.id)))[0]!.n).toBe(ROLES.length);
  const all = await db.select().from(posts);
  expect(all.some((p) => p.status === 'published' && p.scheduledAt! < new Date())).toBe(true);
  expect(all.some((p) => p.status === 'scheduled' && p.scheduledAt! > new Date())).toBe(true);

  for (const role of ROLES) {
    const client = await loginAs(t, demoEmail(role), DEMO);
    const session = (await (await client.get('/api/auth/session')).json()) as { memberships: { role: string }[] };
    expect(session.memberships[0]!.role).toBe(role);
  }
});

it('generates a random password per installation, kept owner-only so a restart prints the same one', async () => {
  const first = resolveDemoPassword(dir, undefined);
  expect(first.source).toBe('generated');
  expect(first.changed).toBe(true);
  expect(passwordProblem(first.password)).toBeNull();
  expect((await stat(first.file)).mode & 0o777).toBe(0o600);
  const again = resolveDemoPassword(dir, undefined);
  expect(again).toMatchObject({ password: first.password, source: 'file', changed: false });

  const other = await mkdtemp(path.join(os.tmpdir(), 'zp-demo-'));
  try {
    expect(resolveDemoPassword(other, undefined).password).not.toBe(first.password);
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});

it('ZORGPOST_DEMO_PASSWORD sets it (policy checked); a changed password reaches the existing demo accounts', async () => {
  expect(() => resolveDemoPassword(dir, 'welkom123456')).toThrow(/ZORGPOST_DEMO_PASSWORD/);
  // The password earlier versions printed in the README is refused too.
  expect(() => resolveDemoPassword(dir, 'zorgpost-demo')).toThrow(/common/);
  const chosen = resolveDemoPassword(dir, 'een-eigen-demo-wachtwoord');
  expect(chosen).toMatchObject({ source: 'env', changed: true });
  await setDemoPasswords(t.database.db, chosen.password);
  await expect(loginAs(t, demoEmail('admin'), DEMO)).rejects.toThrow(/401/);
  expect((await loginAs(t, demoEmail('admin'), 'een-eigen-demo-wachtwoord')).csrf).toBeTruthy();
});
