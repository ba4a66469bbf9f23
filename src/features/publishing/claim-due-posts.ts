// The row is the schedule: due posts are claimed with one atomic statement, so any number of
// processes can sweep at once and each post is taken by exactly one of them.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

export interface ClaimedPost {
  id: string;
  orgId: string;
  orgSlug: string;
  timeZone: string;
}

export async function claimDuePosts(db: Db, limit = 20): Promise<ClaimedPost[]> {
  type Row = { id: string; org_id: string; slug: string; time_zone: string };
  // Both drivers (PGlite and node-postgres) answer raw SQL with `{ rows }`.
  const result = (await db.execute(sql`
    WITH due AS (
      SELECT id FROM posts
      WHERE status = 'scheduled' AND scheduled_at <= now()
      ORDER BY scheduled_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE posts p SET status = 'publishing', updated_at = now(), version = p.version + 1
      FROM due WHERE p.id = due.id
      RETURNING p.id, p.org_id
    ), logged AS (
      INSERT INTO post_events (org_id, post_id, action, from_status, to_status)
      SELECT org_id, id, 'start_publishing', 'scheduled', 'publishing' FROM claimed
    )
    SELECT c.id, c.org_id, o.slug, o.time_zone FROM claimed c JOIN organisations o ON o.id = c.org_id`)) as unknown as { rows: Row[] };
  return result.rows.map((r) => ({ id: r.id, orgId: r.org_id, orgSlug: r.slug, timeZone: r.time_zone }));
}
