// The organisation's live-state version: one short string that changes whenever a post of the
// organisation changes (status, publication result, text, time, a new or deleted post) or crisis
// mode is switched. Every writer of a post sets updated_at, so the newest updated_at (an index
// lookup, posts_org_updated_idx), the number of posts and the crisis switch moment say it all.
//
// Many open tabs ask often; the answer is kept per organisation for a moment, so the database
// sees at most one question per organisation per VERSION_TTL_MS per process, however many ask.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Authorized } from '../org-scope';

export const VERSION_TTL_MS = 1000;

type Cached = { version: string; at: number; pending?: Promise<string> };
const caches = new WeakMap<Db, Map<string, Cached>>();

async function readVersion(db: Db, orgId: string): Promise<string> {
  const result = await db.execute(sql`
    SELECT o.paused_at::text AS paused,
      (SELECT max(p.updated_at)::text FROM posts p WHERE p.org_id = o.id) AS changed,
      (SELECT count(*)::int FROM posts p WHERE p.org_id = o.id) AS total
    FROM organisations o WHERE o.id = ${orgId}`);
  const row = (result as unknown as { rows: { paused: string | null; changed: string | null; total: number }[] }).rows[0];
  // Hashed: the version says "something changed", never when or how many.
  return createHash('sha256')
    .update(`${orgId}|${row?.paused ?? ''}|${row?.changed ?? ''}|${row?.total ?? 0}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The organisation's current version (at most VERSION_TTL_MS old); concurrent askers share one query. */
export async function orgVersion(scope: Authorized<'post.read'>, now = Date.now()): Promise<string> {
  let cache = caches.get(scope.db);
  if (!cache) {
    cache = new Map();
    caches.set(scope.db, cache);
  }
  const hit = cache.get(scope.orgId);
  if (hit && now - hit.at < VERSION_TTL_MS) return hit.pending ?? hit.version;
  const pending = readVersion(scope.db, scope.orgId);
  const entry: Cached = { version: hit?.version ?? '', at: now, pending };
  cache.set(scope.orgId, entry);
  try {
    entry.version = await pending;
    return entry.version;
  } catch (error) {
    cache.delete(scope.orgId);
    throw error;
  } finally {
    entry.pending = undefined;
  }
}
