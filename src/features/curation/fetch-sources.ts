// Following the trusted sources' feeds. A source is claimed with a lease (FOR UPDATE SKIP
// LOCKED), so two workers never fetch one feed at once and a dead worker's claim runs out. Each
// fetch is a conditional GET (the ETag and Last-Modified of the last answer): an unchanged feed
// costs a 304. Items are stored once per source and item id, in the transaction that first checks
// the lease is still ours. A failing feed is marked on the source (reason, since when) and fetched
// again only after a back-off that grows in hours; an answer clears the mark.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sourceItems, trustedSources } from '../../db/schema';
import { log } from '../../log/logger';
import { FeedError, type FeedItem, fetchFeed } from '../../net/feed-fetch';
import { httpLinkOrNull } from '../../net/http-link';
import type { Outbound } from '../../net/safe-fetch';

export const FETCH_EVERY_MS = 60 * 60_000;
export const FETCH_LEASE_MS = 2 * 60_000;
const HOUR_MS = 3_600_000;

/** After the n-th failure in a row: 1, 2, 4, 8, 16, then 24 hours. */
export function backOffMs(failures: number): number {
  return Math.min(2 ** Math.max(0, failures - 1), 24) * HOUR_MS;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Claims sources whose feed is due and that no other worker holds; `sourceId` claims that one now (an admin's "fetch now"). */
export async function claimDueSources(
  db: Db,
  worker: string,
  opts: { limit?: number; orgId?: string; sourceId?: string; leaseMs?: number } = {},
): Promise<string[]> {
  const lease = `${opts.leaseMs ?? FETCH_LEASE_MS} milliseconds`;
  const result = await db.execute(sql`
    UPDATE trusted_sources SET lease_owner = ${worker}, lease_until = now() + ${lease}::interval
    WHERE id IN (
      SELECT id FROM trusted_sources
      WHERE active AND feed_url IS NOT NULL AND (lease_until IS NULL OR lease_until < now())
        ${opts.sourceId ? sql`AND id = ${opts.sourceId}` : sql`AND next_fetch_at <= now()`}
        ${opts.orgId ? sql`AND org_id = ${opts.orgId}` : sql``}
      ORDER BY next_fetch_at LIMIT ${opts.limit ?? 10}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 cannot be stored in PostgreSQL text
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storable = (s: string | null) => (s === null ? null : s.replace(UNSTORABLE, '\uFFFD'));
/** A feed's id as the key to store it once; a very long one by its hash. */
const keyOf = (id: string) => (id.length > 500 ? `sha256:${createHash('sha256').update(id).digest('hex')}` : storable(id)!);

class LeaseLost extends Error {}

export type FetchOutcome = 'stored' | 'not-modified' | 'failed' | 'lease-lost' | 'not-claimed';

/** Fetches one claimed source and records the outcome on it; returns what happened and how many items were new. */
export async function fetchSource(db: Db, sourceId: string, worker: string, net: Outbound): Promise<{ outcome: FetchOutcome; fresh: number }> {
  const mine = and(eq(trustedSources.id, sourceId), eq(trustedSources.leaseOwner, worker));
  const [source] = await db.select().from(trustedSources).where(mine);
  if (!source?.feedUrl) return { outcome: 'not-claimed', fresh: 0 };
  const release = { leaseOwner: null, leaseUntil: null, lastFetchedAt: sql`now()`, updatedAt: sql`now()` };
  let answer: Awaited<ReturnType<typeof fetchFeed>>;
  try {
    answer = await fetchFeed(net, source.feedUrl, { etag: source.etag, lastModified: source.lastModified });
  } catch (error) {
    const feedError = error instanceof FeedError ? error : new FeedError('unreachable', (error as Error).message);
    const failures = source.failures + 1;
    log.warn({ sourceId, orgId: source.orgId, reason: feedError.reason, failures }, 'trusted source feed failed');
    await db
      .update(trustedSources)
      .set({
        ...release,
        lastStatus: 'failed',
        lastError: feedError.reason,
        lastErrorStatus: feedError.httpStatus ?? null,
        failingSince: sql`coalesce(${trustedSources.failingSince}, now())`,
        failures,
        nextFetchAt: sql`now() + ${`${backOffMs(failures)} milliseconds`}::interval`,
      })
      .where(mine);
    return { outcome: 'failed', fresh: 0 };
  }
  const healthy = {
    ...release,
    lastStatus: 'ok',
    lastError: null,
    lastErrorStatus: null,
    failingSince: null,
    failures: 0,
    nextFetchAt: sql`now() + ${`${FETCH_EVERY_MS} milliseconds`}::interval`,
  };
  try {
    return await db.transaction(async (tx) => {
      const [held] = await tx
        .select({ id: trustedSources.id })
        .from(trustedSources)
        .where(and(mine, sql`${trustedSources.leaseUntil} > now()`))
        .for('update');
      if (!held) throw new LeaseLost();
      if (answer.status === 'not-modified') {
        await tx.update(trustedSources).set(healthy).where(mine);
        return { outcome: 'not-modified' as const, fresh: 0 };
      }
      const fresh = await storeItems(tx, source, answer.items);
      await tx
        .update(trustedSources)
        .set({ ...healthy, etag: answer.etag, lastModified: answer.lastModified })
        .where(mine);
      return { outcome: 'stored' as const, fresh };
    });
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
    log.warn({ sourceId, worker }, 'trusted source fetch lost its lease; another worker fetches it');
    return { outcome: 'lease-lost', fresh: 0 };
  }
}

async function storeItems(tx: Db, source: typeof trustedSources.$inferSelect, items: FeedItem[]): Promise<number> {
  const seen = new Set<string>();
  const rows = items.flatMap((item) => {
    const itemKey = keyOf(item.id);
    if (seen.has(itemKey)) return [];
    seen.add(itemKey);
    const published = item.publishedAt && !Number.isNaN(item.publishedAt.getTime()) ? item.publishedAt : null;
    return [
      {
        orgId: source.orgId,
        sourceId: source.id,
        itemKey,
        title: storable(item.title),
        // Only a plain web address becomes a link on the reading list (never javascript: or data:).
        url: httpLinkOrNull(item.url),
        summary: storable(item.summary),
        publishedAt: published,
        // Newest first by publication, but an item dated in the future waits no one's turn.
        sortAt: published ? sql`least(${published.toISOString()}::timestamptz, now())` : sql`now()`,
      },
    ];
  });
  let fresh = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const stored = await tx
      .insert(sourceItems)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing({ target: [sourceItems.sourceId, sourceItems.itemKey] })
      .returning({ id: sourceItems.id });
    fresh += stored.length;
  }
  return fresh;
}

/** The worker's round: add the defaults to organisations that have none yet, then fetch every due feed. */
export async function fetchDueSources(db: Db, worker: string, net: Outbound, opts: { orgId?: string; stopped?: () => boolean } = {}) {
  const tally = { fetched: 0, fresh: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDueSources(db, worker, { limit: 10, orgId: opts.orgId });
    const done = await Promise.all(claimed.map((id) => fetchSource(db, id, worker, net)));
    for (const d of done) {
      tally.fetched++;
      tally.fresh += d.fresh;
      if (d.outcome === 'failed') tally.failed++;
    }
    if (claimed.length < 10 || opts.stopped?.()) return tally;
  }
}
