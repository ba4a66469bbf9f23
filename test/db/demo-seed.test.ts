// The demo organisation: people for every role, posts in the past and the future, and a second
// start that adds nothing.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memberships, organisations, posts } from '../../src/db/schema.ts';
import { ROLES } from '../../src/domain/roles.ts';
import { DEMO_PASSWORD, demoEmail, seedDemo } from '../../src/demo/seed-demo.ts';
import { createTestApp, loginAs, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('creates the demo once, with a login for every role and posts before and after today', async () => {
  expect(await seedDemo(t.database.db)).toEqual({ created: true });
  expect(await seedDemo(t.database.db)).toEqual({ created: false });
  const db = t.database.db;
  expect((await db.select({ n: count() }).from(organisations))[0]!.n).toBe(1);
  const [org] = await db.select().from(organisations);
  expect((await db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, org!.id)))[0]!.n).toBe(ROLES.length);
  const all = await db.select().from(posts);
  expect(all.some((p) => p.status === 'published' && p.scheduledAt! < new Date())).toBe(true);
  expect(all.some((p) => p.status === 'scheduled' && p.scheduledAt! > new Date())).toBe(true);

  for (const role of ROLES) {
    const client = await loginAs(t, demoEmail(role), DEMO_PASSWORD);
    const session = (await (await client.get('/api/auth/session')).json()) as { memberships: { role: string }[] };
    expect(session.memberships[0]!.role).toBe(role);
  }
});
