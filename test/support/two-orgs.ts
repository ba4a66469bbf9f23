// Two organisations on one app, with the first one's admin logged in: the set-up of the tests about a
// member leaving and about data-protection requests (the second organisation is where isolation shows).
import { afterAll, beforeAll, expect } from 'vitest';
import type { DsrResult } from '../../src/contracts/dsr.ts';
import { memberships, users } from '../../src/db/schema.ts';
import type { Role } from '../../src/domain/roles.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from './test-app.ts';

export interface TwoOrgs {
  t: TestApp;
  org: TestOrg;
  other: TestOrg;
  /** The first organisation's admin. */
  admin: Client;
  /** `/api/orgs/{org.id}` */
  base: string;
}

export async function twoOrgs(env: Record<string, string> = {}): Promise<TwoOrgs> {
  const t = await createTestApp(env);
  const [org, other] = [await buildOrg(t), await buildOrg(t)];
  return { t, org, other, admin: await loginAs(t, org.users.admin.email), base: `/api/orgs/${org.id}` };
}

/**
 * Two organisations for the whole test file: made in `beforeAll`, closed in `afterAll`. The object
 * answered is filled once `beforeAll` ran, so read its fields inside hooks and tests only.
 */
export function twoOrgsForFile(env: Record<string, string> = {}): TwoOrgs {
  const s = {} as TwoOrgs;
  beforeAll(async () => {
    Object.assign(s, await twoOrgs(env));
  });
  afterAll(() => s.t?.close());
  return s;
}

/** An account that cannot log in, a member of `memberOf` (when given) with `role`. */
export async function addAccount(t: TestApp, name: string, email: string, memberOf?: TestOrg, role: Role = 'editor') {
  const [u] = await t.database.db.insert(users).values({ email, name, passwordHash: 'x' }).returning();
  if (memberOf) await t.database.db.insert(memberships).values({ orgId: memberOf.id, userId: u!.id, role });
  return u!;
}

/** Removes a member through the API, as the admin of the organisation at `base`. */
export async function removeThrough(admin: Client, base: string, userId: string): Promise<void> {
  expect((await admin.del(`${base}/members/${userId}`)).status).toBe(204);
}

/** A data-protection search through the API. */
export async function dsrSearch(admin: Client, base: string, q: string): Promise<DsrResult> {
  const res = await admin.get(`${base}/dsr?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as DsrResult;
}
