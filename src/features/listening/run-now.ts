// "Run now" from the screen: the same leased run a worker makes, claimed for this query only, so a
// person and a worker never read one query at once (409 while a worker holds it).
import { sql } from 'drizzle-orm';
import type { ListeningQueryView } from '../../contracts/listening';
import { AppError } from '../errors';
import { type Authorized, authorize } from '../org-scope';
import { getQuery, loadQuery } from './queries';
import { type ListeningDeps, RUN_LEASE_MS, runQuery } from './run-queries';

export async function runQueryNow(scope: Authorized<'inbox.manage'>, id: string, deps: ListeningDeps): Promise<ListeningQueryView> {
  await loadQuery(scope, id);
  const worker = `person:${scope.userId}:${Date.now()}`;
  const claimed = await scope.db.execute(sql`
    UPDATE listening_queries SET lease_owner = ${worker}, lease_until = now() + ${`${RUN_LEASE_MS} milliseconds`}::interval
    WHERE id = ${id} AND org_id = ${scope.orgId} AND (lease_until IS NULL OR lease_until < now())
    RETURNING id`);
  if (!(claimed as { rows: unknown[] }).rows.length) throw new AppError(409, 'listening_query_busy');
  await runQuery(scope.db, id, worker, deps);
  return getQuery(authorize(scope, 'inbox.read'), id);
}
