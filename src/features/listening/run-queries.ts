// Runs listening queries against every source that can search: the organisation's channels whose
// adapter has `search` (Bluesky, Mastodon) and the query's own news and review feeds (RSS/Atom,
// conditional GET). A query is claimed with a lease (FOR UPDATE SKIP LOCKED), so no query is read
// by two workers at once; what a source returns is matched again on our side (match-query: case,
// diacritics, hashtags) and stored idempotently, in a transaction that first checks the lease is
// still ours. Each source keeps its own state on the query: a network's Retry-After is kept, and a
// failing source is marked and tried again after a back-off — never in a loop.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { adapterFor, allAdapters } from '../../channels/registry';
import { ChannelReadError, type FoundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, listeningQueries, listeningSources } from '../../db/schema';
import { type ListeningQuery, matchQuery, type QueryLang } from '../../listening/match-query';
import { log } from '../../log/logger';
import { FeedError, type FeedItem, fetchFeed } from '../../net/feed-fetch';
import type { Outbound } from '../../net/safe-fetch';
import { sentimentOf } from '../../sentiment/sentiment';
import { retryDelayMs } from '../publishing/retry-policy';
import type { SecretBox } from '../secrets';
import { matcherOf, type QueryRow } from './queries';
import { type Found, storeFound } from './store-found';

export const RUN_EVERY_MS = 5 * 60_000;
export const RUN_LEASE_MS = 2 * 60_000;
/** A source that failed and will not pass by itself (a refused grant, a page that is no feed) waits this long at least. */
const HARD_FAILURE_WAIT_MS = 60 * 60_000;
/** Search calls per source and run: a query with many words does not hold a worker. */
const MAX_SEARCHES = 12;

export interface ListeningDeps {
  secrets: SecretBox;
  net: Outbound;
}

class LeaseLost extends Error {}
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Claims active queries that are due and that no other worker holds. */
export async function claimDueQueries(db: Db, worker: string, limit = 5, leaseMs = RUN_LEASE_MS): Promise<string[]> {
  const result = await db.execute(sql`
    UPDATE listening_queries SET lease_owner = ${worker}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval
    WHERE id IN (
      SELECT id FROM listening_queries
      WHERE active AND next_run_at <= now() AND (lease_until IS NULL OR lease_until < now())
      ORDER BY next_run_at LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * The texts to send to a network's search. The search is only a first filter (every item is
 * matched again here), but the local AppView matches a case-sensitive substring: Bluesky gets each
 * term as written, lowercase and capitalised.
 */
export function searchTexts(networkType: string, q: ListeningQuery): string[] {
  const terms = [
    ...q.keywords.map((k) => k.replace(/\*$/, '')),
    ...q.phrases,
    ...q.orgNames,
    ...q.mentions.map((m) => m.replace(/^@/, '').split('@')[0]!),
    ...(networkType === 'mastodon' ? q.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)) : q.hashtags.map((h) => h.replace(/^#/, ''))),
  ].filter((t) => t.trim().length > 0);
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t);
    if (networkType === 'bluesky') {
      out.add(t.toLowerCase());
      out.add(t.charAt(0).toUpperCase() + t.slice(1).toLowerCase());
    }
  }
  return [...out].slice(0, MAX_SEARCHES);
}

const langOf = (lang: string | null | undefined): QueryLang | null => {
  const l = lang?.toLowerCase().slice(0, 2);
  return l === 'nl' || l === 'en' ? l : null;
};

/** The item as stored, if the query matches it on our side. */
function judge(q: ListeningQuery, base: Omit<Found, 'sentiment' | 'sentimentScore'>): { found: Found; terms: string[] } | null {
  const text = base.title && !base.text.includes(base.title) ? `${base.title}\n${base.text}` : base.text;
  const given = langOf(base.lang);
  const mood = sentimentOf(text, given ?? undefined);
  const result = matchQuery(q, { text, lang: given ?? mood.lang });
  if (!result.matched) return null;
  return { found: { ...base, lang: base.lang ?? mood.lang, sentiment: mood.sentiment, sentimentScore: mood.score }, terms: result.terms };
}

interface SourceRead {
  key: string;
  read(state: typeof listeningSources.$inferSelect): Promise<{ found: Found[]; etag?: string | null; lastModified?: string | null }>;
}

function channelSource(channel: typeof channels.$inferSelect, q: ListeningQuery, deps: ListeningDeps): SourceRead | null {
  const adapter = adapterFor(channel.type);
  if (!adapter?.search || (channel.type !== 'bluesky' && channel.type !== 'mastodon')) return null;
  const source = channel.type;
  return {
    key: `channel:${channel.id}`,
    async read() {
      const seen = new Map<string, FoundItem>();
      for (const text of searchTexts(channel.type, q)) {
        const page = await adapter.search!({
          settings: channel.settings,
          credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
          net: deps.net,
          query: text,
          cursor: null,
        });
        for (const item of page.items) seen.set(item.externalId, item);
      }
      return {
        found: [...seen.values()].map((i) => ({
          source,
          sourceKey: `channel:${channel.id}`,
          externalId: i.externalId,
          authorHandle: i.author.handle,
          authorName: i.author.displayName,
          title: null,
          text: i.text,
          lang: i.lang,
          url: i.url,
          writtenAt: new Date(i.createdAt),
        })) as Found[],
      };
    },
  };
}

function feedSource(url: string, deps: ListeningDeps): SourceRead {
  const key = `feed:${url}`;
  return {
    key,
    async read(state) {
      const answer = await fetchFeed(deps.net, url, { etag: state.etag, lastModified: state.lastModified });
      if (answer.status === 'not-modified') return { found: [] };
      const host = new URL(url).host;
      return {
        etag: answer.etag,
        lastModified: answer.lastModified,
        found: answer.items.map((i: FeedItem) => ({
          source: 'feed' as const,
          sourceKey: key,
          externalId: i.id,
          authorHandle: answer.title ?? host,
          authorName: null,
          title: i.title,
          text: i.summary ?? i.title ?? '',
          lang: null,
          url: i.url,
          writtenAt: i.publishedAt ?? new Date(),
        })) as Found[],
      };
    },
  };
}

export interface RunTally {
  stored: number;
  sources: number;
  failed: number;
}

/** Reads every source of one claimed query that is not waiting out a failure. */
export async function runQuery(db: Db, queryId: string, worker: string, deps: ListeningDeps, leaseMs = RUN_LEASE_MS): Promise<RunTally> {
  const tally: RunTally = { stored: 0, sources: 0, failed: 0 };
  const mine = and(eq(listeningQueries.id, queryId), eq(listeningQueries.leaseOwner, worker));
  const [query] = await db.select().from(listeningQueries).where(mine);
  if (!query) return tally;
  const q = matcherOf(query);
  const searchTypes = allAdapters().flatMap((a) => (a.search ? [a.type] : []));
  const searchable = searchTypes.length
    ? await db
        .select()
        .from(channels)
        .where(and(eq(channels.orgId, query.orgId), eq(channels.active, true), isNull(channels.lastError), inArray(channels.type, searchTypes)))
    : [];
  const sources = [...searchable.flatMap((c) => channelSource(c, q, deps) ?? []), ...query.feedUrls.map((u) => feedSource(u, deps))];
  if (sources.length)
    await db
      .insert(listeningSources)
      .values(sources.map((s) => ({ queryId, sourceKey: s.key, orgId: query.orgId })))
      .onConflictDoNothing();
  const states = new Map((await db.select().from(listeningSources).where(eq(listeningSources.queryId, queryId))).map((s) => [s.sourceKey, s]));
  try {
    for (const source of sources) {
      const state = states.get(source.key)!;
      if (state.nextTryAt.getTime() > Date.now()) continue;
      tally.sources++;
      try {
        const answer = await source.read(state);
        tally.stored += await storeRead(db, query, mine, source.key, answer, leaseMs);
      } catch (error) {
        if (error instanceof LeaseLost) throw error;
        tally.failed++;
        await sourceFailed(db, query, source.key, state.failures + 1, error);
      }
    }
    await db
      .update(listeningQueries)
      .set({ nextRunAt: new Date(Date.now() + RUN_EVERY_MS), lastRunAt: new Date(), leaseOwner: null, leaseUntil: null })
      .where(mine);
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
    log.warn({ queryId, worker }, 'listening run lost its lease; another worker runs this query');
  }
  return tally;
}

async function storeRead(
  db: Db,
  query: QueryRow,
  mine: ReturnType<typeof and>,
  key: string,
  answer: Awaited<ReturnType<SourceRead['read']>>,
  leaseMs: number,
): Promise<number> {
  const q = matcherOf(query);
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: listeningQueries.id })
      .from(listeningQueries)
      .where(and(mine, sql`${listeningQueries.leaseUntil} > now()`))
      .for('update');
    if (!held) throw new LeaseLost();
    let stored = 0;
    for (const item of answer.found) {
      if (!item.text.trim() || Number.isNaN(item.writtenAt.getTime())) continue;
      const judged = judge(q, item);
      if (!judged) continue;
      if ((await storeFound(tx, query.orgId, query.id, judged.found, judged.terms)).matched) stored++;
    }
    await tx
      .update(listeningSources)
      .set({
        failures: 0,
        lastError: null,
        lastReadAt: new Date(),
        nextTryAt: new Date(),
        ...(answer.etag !== undefined && { etag: answer.etag }),
        ...(answer.lastModified !== undefined && { lastModified: answer.lastModified }),
      })
      .where(and(eq(listeningSources.queryId, query.id), eq(listeningSources.sourceKey, key)));
    await tx
      .update(listeningQueries)
      .set({ leaseUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
      .where(mine);
    return stored;
  });
}

async function sourceFailed(db: Db, query: QueryRow, key: string, failures: number, error: unknown) {
  const read = error instanceof ChannelReadError ? error : null;
  const feed = error instanceof FeedError ? error : null;
  const retryAfter = read?.opts.retryAfterMs;
  // A passing fault backs off; one that will not pass by itself waits an hour or more.
  const hard = (read && !read.opts.retryable) || (feed && feed.reason !== 'unreachable' && !(feed.reason === 'http' && (feed.httpStatus ?? 0) >= 500));
  const delay = hard ? Math.max(retryDelayMs(failures), HARD_FAILURE_WAIT_MS) : Math.max(retryDelayMs(failures, retryAfter), RUN_EVERY_MS);
  const message = ((error as Error).message ?? String(error)).slice(0, 300);
  await db
    .update(listeningSources)
    .set({ failures, lastError: message, nextTryAt: new Date(Date.now() + delay), lastReadAt: new Date() })
    .where(and(eq(listeningSources.queryId, query.id), eq(listeningSources.sourceKey, key)));
  log.warn({ queryId: query.id, source: key.startsWith('feed:') ? 'feed' : key, failures, retryAfterMs: retryAfter }, 'listening source failed');
}

/** One turn: claims what is due and runs it. */
export async function runDueQueries(db: Db, worker: string, deps: ListeningDeps, limit = 5): Promise<RunTally> {
  const total: RunTally = { stored: 0, sources: 0, failed: 0 };
  for (const id of await claimDueQueries(db, worker, limit)) {
    const t = await runQuery(db, id, worker, deps);
    total.stored += t.stored;
    total.sources += t.sources;
    total.failed += t.failed;
  }
  return total;
}
