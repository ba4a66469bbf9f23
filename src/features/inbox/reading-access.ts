// What the channels screen says about the inbox's reading of a channel, and reading again at once
// after a reconnect (a refused read waits a quarter of an hour or more; the new grant should show
// its effect within a minute). The reason is cleared by the next read that succeeds.
import { eq, sql } from 'drizzle-orm';
import type { ReadingBlocked } from '../../contracts/channel';
import type { Db } from '../../db/client';
import { inboxPollState } from '../../db/schema';

export async function readingBlockedOf(db: Db, channelId: string): Promise<ReadingBlocked | null> {
  const [row] = await db.select({ blocked: inboxPollState.readingBlocked }).from(inboxPollState).where(eq(inboxPollState.channelId, channelId));
  return (row?.blocked as ReadingBlocked | undefined) ?? null;
}

/** A reconnected channel is due for reading now (its back-off forgotten); a read under way finishes first. The network
 *  has just accepted the new grant, so "revoked" is over; whether it carries the inbox permissions only a read tells. */
export async function readAgainSoon(db: Db, channelId: string): Promise<void> {
  await db
    .update(inboxPollState)
    .set({
      nextPollAt: sql`now()`,
      failures: 0,
      readingBlocked: sql`case when ${inboxPollState.readingBlocked} = 'revoked' then null else ${inboxPollState.readingBlocked} end`,
    })
    .where(eq(inboxPollState.channelId, channelId));
}
