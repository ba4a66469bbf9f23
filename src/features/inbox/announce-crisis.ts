// The people on duty hear of a crisis at once: a bell notification and a mail straight away (not
// held by a digest or a muted kind), with the referral to offer. Each urgent item is announced
// once: the statement that picks it also marks it (FOR UPDATE SKIP LOCKED), in the caller's
// transaction, so the announcement commits with the mark or not at all — however many workers run.
import { eq, sql } from 'drizzle-orm';
import { inboxSettingsOf } from '../../contracts/inbox-settings';
import type { Db } from '../../db/client';
import { channels, organisations } from '../../db/schema';
import { notify } from '../notifications/notify';
import { peopleOnDuty } from './duty-rota';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Announces urgent items not announced yet (only `itemIds` when given); answers how many. */
export async function announceCrisis(db: Db, opts: { itemIds?: string[]; actorId?: string | null; limit?: number } = {}): Promise<number> {
  if (opts.itemIds && !opts.itemIds.length) return 0;
  const only = opts.itemIds
    ? sql`AND i.id IN (${sql.join(
        opts.itemIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    WITH due AS (
      SELECT i.id FROM inbox_items i
      WHERE i.urgent AND i.duty_notified_at IS NULL AND i.state <> 'done' ${only}
      ORDER BY i.received_at LIMIT ${opts.limit ?? 50}
      FOR UPDATE OF i SKIP LOCKED
    )
    UPDATE inbox_items i SET duty_notified_at = now() FROM due WHERE i.id = due.id
    RETURNING i.id, i.org_id, i.channel_id`);
  const rows = rowsOf<{ id: string; org_id: string; channel_id: string }>(result);
  for (const r of rows) {
    const [[org], [channel], duty] = await Promise.all([
      db.select({ settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, r.org_id)),
      db.select({ name: channels.name }).from(channels).where(eq(channels.id, r.channel_id)),
      peopleOnDuty(db, r.org_id),
    ]);
    await notify(db, {
      orgId: r.org_id,
      kind: 'inbox_urgent',
      params: { itemId: r.id, channel: channel?.name ?? '', region: inboxSettingsOf(org?.settings).crisisRegion },
      userIds: duty.userIds,
      actorId: opts.actorId,
      urgent: true,
    });
  }
  return rows.length;
}

/** The worker's sweep: an item that became urgent outside reading (or whose announcement was rolled back). */
export async function announcePendingCrises(db: Db): Promise<number> {
  return db.transaction((tx) => announceCrisis(tx));
}
