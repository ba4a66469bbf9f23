// Items nearing their response-time target warn the person they are assigned to, once: the
// sweep marks warned_at in the same statement that picks them (a second worker finds nothing).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';

export async function warnNearingTargets(db: Db, limit = 100): Promise<number> {
  const result = await db.execute(sql`
    WITH due AS (
      SELECT i.id FROM inbox_items i
      WHERE i.warned_at IS NULL AND i.first_response_at IS NULL AND i.state <> 'done'
        AND i.warn_at <= now() AND i.assignee_id IS NOT NULL
      ORDER BY i.warn_at LIMIT ${limit}
      FOR UPDATE OF i SKIP LOCKED
    )
    UPDATE inbox_items i SET warned_at = now() FROM due WHERE i.id = due.id
    RETURNING i.id, i.org_id, i.assignee_id`);
  const rows = (result as unknown as { rows: { id: string; org_id: string; assignee_id: string }[] }).rows;
  for (const r of rows) await notify(db, { orgId: r.org_id, kind: 'inbox_due_soon', params: { itemId: r.id }, userIds: [r.assignee_id] });
  return rows.length;
}
