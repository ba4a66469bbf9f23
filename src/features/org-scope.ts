// The one mechanism for tenant isolation and permissions. Every organisation-scoped domain
// function takes an `OrgScope`: it can only be made from a verified membership, and it carries
// the organisation id that every query filters on. `authorize` turns a role check into a
// branded scope, so a function that needs a permission says so in its signature.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { memberships, organisations } from '../db/schema';
import { can, isRole, type Action, type Role } from '../domain/roles';
import { AppError, notFound } from './errors';

export interface OrgScope {
  readonly db: Db;
  readonly orgId: string;
  readonly orgSlug: string;
  readonly timeZone: string;
  readonly userId: string;
  readonly role: Role;
}

declare const granted: unique symbol;
/** A scope whose person has been checked for action A. */
export type Authorized<A extends Action> = OrgScope & { readonly [granted]: A };

/** Loads the membership of `userId` in `orgId`; not a member → 404, so existence does not leak. */
export async function openOrgScope(db: Db, orgId: string, userId: string): Promise<OrgScope> {
  const [row] = await db
    .select({ role: memberships.role, slug: organisations.slug, timeZone: organisations.timeZone })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!row || !isRole(row.role)) throw notFound('organisation');
  return { db, orgId, orgSlug: row.slug, timeZone: row.timeZone, userId, role: row.role };
}

export function authorize<A extends Action>(scope: OrgScope, action: A): Authorized<A> {
  if (!can(scope.role, action)) throw new AppError(403, 'forbidden', { role: scope.role });
  return scope as Authorized<A>;
}

/** The publishing engine acts for the organisation itself, not for a person (no user id). */
export function systemScope(db: Db, org: { id: string; slug: string; timeZone: string }): OrgScope {
  return { db, orgId: org.id, orgSlug: org.slug, timeZone: org.timeZone, userId: '', role: 'admin' };
}
