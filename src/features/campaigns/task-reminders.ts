// Reminds a task's owner once when its deadline is within 24 hours and the task is still open:
// the sweep sets reminded_at in the same statement that picks the tasks (a second worker finds
// nothing). The bell always; a mail as the person's notification settings say.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { toLocal } from '../../domain/local-time';
import { notify } from '../notifications/notify';

export const REMIND_BEFORE_HOURS = 24;

export async function remindDueTasks(db: Db, limit = 100): Promise<number> {
  const result = await db.execute(sql`
    WITH due AS (
      SELECT t.id FROM campaign_tasks t
      WHERE t.done_at IS NULL AND t.reminded_at IS NULL AND t.due_at IS NOT NULL AND t.owner_id IS NOT NULL
        AND t.due_at <= now() + make_interval(hours => ${REMIND_BEFORE_HOURS})
      ORDER BY t.due_at LIMIT ${limit}
      FOR UPDATE OF t SKIP LOCKED
    )
    UPDATE campaign_tasks t SET reminded_at = now() FROM due, organisations o
    WHERE t.id = due.id AND o.id = t.org_id
    RETURNING t.id, t.org_id, t.owner_id, t.campaign_id, t.title, t.due_at, o.time_zone`);
  type Row = { id: string; org_id: string; owner_id: string; campaign_id: string; title: string; due_at: string | Date; time_zone: string };
  const rows = (result as unknown as { rows: Row[] }).rows;
  for (const r of rows) {
    const due = toLocal(new Date(r.due_at), r.time_zone).replace('T', ' ');
    await notify(db, {
      orgId: r.org_id,
      kind: 'campaign_task_due',
      params: { campaignId: r.campaign_id, taskId: r.id, title: r.title, due },
      userIds: [r.owner_id],
    });
  }
  return rows.length;
}
