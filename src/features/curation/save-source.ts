// Adding, changing and removing a trusted source (admins: the list is the guard's policy on
// links). A feed address must pass the outbound policy; a changed feed starts afresh (no
// validators, no failure mark). Every change is in the audit trail, without the addresses.
import { and, count, eq } from 'drizzle-orm';
import type { SourceInput, SourcePatch } from '../../contracts/curation';
import type { Db } from '../../db/client';
import { trustedSources } from '../../db/schema';
import type { Outbound } from '../../net/safe-fetch';
import { refusalIn } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { findSource, MAX_SOURCES } from './list-sources';
import { seedDefaultSources } from './seed-sources';

type Scope = Authorized<'org.manage'>;

/** A feed address Zorgpost may fetch: the outbound policy's check (a name that does not resolve yet is the fetch's problem, shown on the source). */
async function checkFeedUrl(net: Outbound, url: string | null | undefined): Promise<void> {
  if (!url) return;
  try {
    await net.check(url);
  } catch (error) {
    const refused = refusalIn(error);
    if (refused?.reason === 'unresolvable') return;
    throw new AppError(422, 'source_feed_refused', {}, [{ path: 'feedUrl', message: 'source_feed_refused' }]);
  }
}

/** The unique index a statement ran into, if that is why it failed. */
function uniqueIndexHit(error: unknown): string | null {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const pg = e as { code?: string; constraint?: string; message?: string };
    if (pg.code === '23505') return pg.constraint ?? pg.message ?? '';
  }
  return null;
}

async function writing<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const hit = uniqueIndexHit(error);
    if (hit?.includes('trusted_sources_org_name_idx')) throw new AppError(409, 'source_name_taken', {}, [{ path: 'name', message: 'source_name_taken' }]);
    if (hit?.includes('trusted_sources_org_feed_idx')) throw new AppError(409, 'source_feed_taken', {}, [{ path: 'feedUrl', message: 'source_feed_taken' }]);
    throw error;
  }
}

export async function addSource(scope: Scope, input: SourceInput, net: Outbound): Promise<string> {
  await checkFeedUrl(net, input.feedUrl);
  return writing(() =>
    scope.db.transaction(async (tx: Db) => {
      // The defaults first, so a new source never stands in for one of them (and a refused add stores nothing).
      await seedDefaultSources(tx, scope.orgId);
      const [n] = await tx.select({ n: count() }).from(trustedSources).where(eq(trustedSources.orgId, scope.orgId));
      if ((n?.n ?? 0) >= MAX_SOURCES) throw new AppError(422, 'sources_limit', { max: MAX_SOURCES });
      const [row] = await tx
        .insert(trustedSources)
        .values({ orgId: scope.orgId, name: input.name, domain: input.domain, feedUrl: input.feedUrl ?? null, active: input.active })
        .returning({ id: trustedSources.id });
      await recordAudit(tx, {
        orgId: scope.orgId,
        actorId: scope.userId,
        action: 'source.added',
        detail: { sourceId: row!.id, domain: input.domain, feed: Boolean(input.feedUrl) },
      });
      return row!.id;
    }),
  );
}

export async function updateSource(scope: Scope, id: string, patch: SourcePatch, net: Outbound): Promise<void> {
  const before = await findSource(scope, id);
  await checkFeedUrl(net, patch.feedUrl);
  const feedChanged = patch.feedUrl !== undefined && patch.feedUrl !== before.feedUrl;
  const resumed = patch.active === true && !before.active;
  await writing(() =>
    scope.db.transaction(async (tx: Db) => {
      await tx
        .update(trustedSources)
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.domain !== undefined ? { domain: patch.domain } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
          // A new feed address is fetched soon, from scratch; a resumed feed is fetched at once.
          ...(feedChanged
            ? {
                feedUrl: patch.feedUrl,
                etag: null,
                lastModified: null,
                lastStatus: null,
                lastError: null,
                lastErrorStatus: null,
                failingSince: null,
                failures: 0,
                nextFetchAt: new Date(),
              }
            : {}),
          ...(resumed && !feedChanged ? { nextFetchAt: new Date() } : {}),
          updatedAt: new Date(),
        })
        .where(and(eq(trustedSources.id, id), eq(trustedSources.orgId, scope.orgId)));
      const changed = (Object.keys(patch) as (keyof SourcePatch)[]).filter((k) => patch[k] !== undefined && patch[k] !== before[k]).sort();
      await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'source.changed', detail: { sourceId: id, changed } });
    }),
  );
}

export async function removeSource(scope: Scope, id: string): Promise<void> {
  const source = await findSource(scope, id);
  await scope.db.transaction(async (tx: Db) => {
    await tx.delete(trustedSources).where(and(eq(trustedSources.id, id), eq(trustedSources.orgId, scope.orgId)));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'source.removed', detail: { sourceId: id, domain: source.domain } });
  });
}
