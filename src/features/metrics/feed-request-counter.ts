// Requests of the public feeds and their items' files, counted by Zorgpost itself: an in-memory
// tally per (channel, item) that is added to the running totals once a minute in one statement,
// never a write per request. A crash loses at most a minute of counts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

export const FEED_ITEM = 'feed';
const FLUSH_EVERY_MS = 60_000;

const tally = new Map<string, number>();

/** Counts one request: the feed itself (`FEED_ITEM`) or an item's file (its media id). */
export function countFeedRequest(channelId: string, item: string) {
  const key = `${channelId}|${item}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** Adds the tally to the stored totals and starts a new one; answers how many requests were written. */
export async function flushFeedRequests(db: Db): Promise<number> {
  if (tally.size === 0) return 0;
  const rows = [...tally].map(([key, n]) => {
    const [channel_id, item] = key.split('|');
    return { channel_id, item, n };
  });
  tally.clear();
  try {
    await db.execute(sql`
      INSERT INTO feed_request_counts (channel_id, item, count)
      SELECT x.channel_id, x.item, x.n FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(channel_id uuid, item text, n bigint)
      WHERE EXISTS (SELECT 1 FROM channels c WHERE c.id = x.channel_id)
      ON CONFLICT (channel_id, item) DO UPDATE SET count = feed_request_counts.count + excluded.count`);
  } catch (error) {
    // Put the counts back for the next flush rather than lose them on a passing fault.
    for (const r of rows) {
      const key = `${r.channel_id}|${r.item}`;
      tally.set(key, (tally.get(key) ?? 0) + r.n);
    }
    throw error;
  }
  return rows.reduce((s, r) => s + r.n, 0);
}

/** Flushes once a minute in a process that serves feeds; stop() flushes what is left. */
export function startFeedRequestFlush(db: Db, onError: (e: unknown) => void) {
  const timer = setInterval(() => flushFeedRequests(db).catch(onError), FLUSH_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await flushFeedRequests(db).catch(onError);
    },
  };
}
