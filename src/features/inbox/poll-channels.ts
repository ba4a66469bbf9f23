// Reads reactions from every channel whose adapter can (fetchInbound), each on its own schedule.
// A channel is claimed with a lease like a post (FOR UPDATE SKIP LOCKED): two workers never read
// the same channel at once, and a dead worker's lease runs out so another takes over. Each page
// is stored and the cursor moved in one statement that first checks the lease is still ours:
// a worker that lost its lease stores nothing and moves nothing, and what it read is read again
// by the new holder (stored once: unique per channel and network id). The network's Retry-After
// is kept; a refused grant marks the channel for reconnecting, as publishing does. Each network
// is read at its adapter's own pace (`inboundPollMs`: its rate limits and how fast people expect
// an answer there), kept in the channel's next_poll_at; a backlog left over is read again soon, and
// so is a channel Meta's webhook announced something for while it was being read (nudged_at).
import { and, eq, sql } from 'drizzle-orm';
import { adapterFor, allAdapters } from '../../channels/registry';
import { ChannelReadError } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, inboxPollState, qaHours } from '../../db/schema';
import { log } from '../../log/logger';
import type { Outbound } from '../../net/safe-fetch';
import { markChannelProblem } from '../publishing/engine-steps';
import { retryDelayMs } from '../publishing/retry-policy';
import type { SecretBox } from '../secrets';
import { announceCrisis } from './announce-crisis';
import { loadOrgTargets } from './response-targets';
import { insertPage, type PreparedPage, pageHasUrgent, pageJson, preparePage, type StoredItem } from './store-inbound';
import { collectQuestions, EARLY_SLACK_MINUTES } from '../qa/queue';

/** The pace of an adapter that declares none, and the soonest return to a channel with a backlog left. */
export const POLL_EVERY_MS = 60_000;
export const POLL_LEASE_MS = 60_000;
/** Pages read in one turn; the rest waits for the next turn (a long-unread channel does not hold a worker). */
const MAX_PAGES = 25;

export interface InboxDeps {
  secrets: SecretBox;
  net: Outbound;
}

class LeaseLost extends Error {}

/** How often a channel of this adapter is read. */
export const pollIntervalMs = (adapter: { inboundPollMs?: number }) => adapter.inboundPollMs ?? POLL_EVERY_MS;

const readingTypes = () => allAdapters().flatMap((a) => (a.fetchInbound ? [a.type] : []));
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Claims channels due for reading that no other worker holds (creating their poll state on first sight). */
export async function claimDueChannels(db: Db, worker: string, limit = 10, leaseMs = POLL_LEASE_MS): Promise<string[]> {
  const types = readingTypes();
  if (!types.length) return [];
  const typeList = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  await db.execute(sql`
    INSERT INTO inbox_poll_state (channel_id, org_id)
    SELECT c.id, c.org_id FROM channels c
    WHERE c.type IN (${typeList}) AND c.active AND NOT EXISTS (SELECT 1 FROM inbox_poll_state s WHERE s.channel_id = c.id)
    ON CONFLICT DO NOTHING`);
  const result = await db.execute(sql`
    UPDATE inbox_poll_state SET lease_owner = ${worker}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval, nudged_at = NULL
    WHERE channel_id IN (
      SELECT s.channel_id FROM inbox_poll_state s JOIN channels c ON c.id = s.channel_id
      WHERE c.type IN (${typeList}) AND c.active AND c.last_error IS NULL
        AND s.next_poll_at <= now() AND (s.lease_until IS NULL OR s.lease_until < now())
      ORDER BY s.next_poll_at LIMIT ${limit}
      FOR UPDATE OF s SKIP LOCKED)
    RETURNING channel_id`);
  return rowsOf<{ channel_id: string }>(result).map((r) => r.channel_id);
}

export interface PollTally {
  stored: number;
  urgent: number;
  pages: number;
}

/** Reads one claimed channel until it has nothing newer (or MAX_PAGES), storing as it goes. */
export async function pollChannel(db: Db, channelId: string, worker: string, deps: InboxDeps, leaseMs = POLL_LEASE_MS): Promise<PollTally> {
  const tally: PollTally = { stored: 0, urgent: 0, pages: 0 };
  const mine = and(eq(inboxPollState.channelId, channelId), eq(inboxPollState.leaseOwner, worker));
  const [row] = await db
    .select({ channel: channels, cursor: inboxPollState.cursor, failures: inboxPollState.failures })
    .from(inboxPollState)
    .innerJoin(channels, eq(channels.id, inboxPollState.channelId))
    .where(mine);
  if (!row) return tally;
  const { channel } = row;
  const adapter = adapterFor(channel.type);
  if (!adapter?.fetchInbound) return tally;
  const [org, hours] = await Promise.all([
    loadOrgTargets(db, channel.orgId),
    // The windows of the channel's question hours: a page with nothing written in one skips the
    // collecting query (an hour planned during this read collects its questions when its queue is read).
    db
      .select({ from: sql<string>`${qaHours.startsAt} - make_interval(mins => ${EARLY_SLACK_MINUTES})`, to: qaHours.endsAt })
      .from(qaHours)
      .where(eq(qaHours.channelId, channel.id)),
  ]);
  const windows = hours.map((h) => ({ from: new Date(h.from).getTime(), to: new Date(h.to).getTime() }));
  const inQuestionHour = (items: { createdAt: string }[]) =>
    windows.length > 0 &&
    items.some((item) => {
      const at = new Date(item.createdAt).getTime();
      return windows.some((w) => at >= w.from && at <= w.to);
    });
  let cursor = row.cursor;
  let backlog = false;
  /** A part the network refused (direct messages without their permission) while the rest was read. */
  let blocked: ChannelReadError['opts']['blocked'];
  try {
    const fetchPage = (from: string | null) =>
      adapter.fetchInbound!({
        settings: channel.settings,
        credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
        net: deps.net,
        cursor: from,
      });
    /** Stores a page and moves the cursor in one statement, if the lease is still ours. */
    const store = async (answer: Awaited<ReturnType<typeof fetchPage>>, prepared: PreparedPage) => {
      // The lease check moves the cursor (no row: the lease is no longer ours, and the insert, which
      // needs that row, stores nothing); the items go in in the same statement, so they commit with
      // the cursor or not at all, and the row stays locked until they are in.
      const statement = sql`
        WITH held AS (
          UPDATE inbox_poll_state SET cursor = ${answer.cursor}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval
          WHERE channel_id = ${channel.id} AND lease_owner = ${worker} AND lease_until > now()
          RETURNING channel_id
        ), stored AS (${insertPage(pageJson(channel, answer.items, org, new Date(), prepared), sql`EXISTS (SELECT 1 FROM held)`)})
        SELECT (SELECT count(*) FROM held)::int AS held, s.id, s.category, s.urgent FROM (SELECT 1) AS one LEFT JOIN stored s ON true`;
      const run = async (q: Db) => {
        const rows = rowsOf<{ held: number } & StoredItem>(await q.execute(statement));
        if (!rows[0]?.held) throw new LeaseLost();
        return rows.filter((r) => r.id !== null).map(({ id, category, urgent }) => ({ id, category, urgent }));
      };
      // A page with nothing urgent and nothing in a question hour is that one statement, atomic on its
      // own (no BEGIN/COMMIT). Otherwise what follows joins its transaction: the people on duty hear of
      // a crisis at once (written with the item: never for one that did not commit), and questions of a
      // running question hour join its queue as they arrive.
      const urgent = pageHasUrgent(prepared);
      const collect = inQuestionHour(answer.items);
      if (!urgent && !collect) return run(db);
      return db.transaction(async (tx) => {
        const stored = await run(tx);
        if (urgent) await announceCrisis(tx, { itemIds: stored.filter((s) => s.urgent).map((s) => s.id) });
        if (collect) await collectQuestions(tx, { channelId: channel.id, itemIds: stored.map((s) => s.id) });
        return stored;
      });
    };
    let next: ReturnType<typeof fetchPage> | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await (next ?? fetchPage(cursor));
      next = null;
      tally.pages++;
      blocked ??= answer.blocked;
      // The next page is read from the network while this one is triaged and stored (its failure
      // surfaces when it is awaited; dropped unread when this page's lease is lost).
      const moved = answer.cursor !== cursor;
      const goOn = moved && answer.more !== false && (answer.items.length > 0 || Boolean(answer.more)) && page + 1 < MAX_PAGES;
      if (goOn) {
        next = fetchPage(answer.cursor);
        next.catch(() => {});
      }
      // Triage (and the lookup of our posts) before the page's statement: no lock is held while it
      // runs, and it gives way to API requests. (Triaging the next page while this one is stored was
      // measured: no faster, and the API's median latency during the ingest doubled; docs/benchmarks.md.)
      const fresh = await store(answer, await preparePage(db, channel.id, answer.items));
      tally.stored += fresh.length;
      tally.urgent += fresh.filter((s) => s.urgent).length;
      cursor = answer.cursor;
      backlog = Boolean(answer.more) && moved;
      if (!goOn) break;
    }
    const every = backlog ? Math.min(POLL_EVERY_MS, pollIntervalMs(adapter)) : pollIntervalMs(adapter);
    await db
      .update(inboxPollState)
      .set({
        // A webhook event during this read may be newer than what it read: then read again at the next turn.
        nextPollAt: sql`CASE WHEN ${inboxPollState.nudgedAt} IS NOT NULL THEN now() ELSE now() + ${`${every} milliseconds`}::interval END`,
        nudgedAt: null,
        leaseOwner: null,
        leaseUntil: null,
        failures: 0,
        lastError: null,
        retryAfterUntil: null,
        lastPolledAt: sql`now()`,
        // A read that succeeds clears what the channels screen said (after a reconnect), unless a part is still refused.
        readingBlocked: blocked ?? null,
      })
      .where(mine);
  } catch (error) {
    if (error instanceof LeaseLost) {
      log.warn({ channelId, worker }, 'inbox poll lost its lease; another worker reads this channel');
      return tally;
    }
    await pollFailed(db, channel, row.failures + 1, worker, error);
  }
  return tally;
}

async function pollFailed(db: Db, channel: typeof channels.$inferSelect, failures: number, worker: string, error: unknown) {
  const read = error instanceof ChannelReadError ? error : null;
  // A network's refusal is ours to word; any other error (a query, a bug) is named by its kind and code
  // only, since its message can quote the SQL with the page's texts, and last_error is shown on screens.
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.cause?.code ?? (error as { code?: unknown })?.code;
  const message = read ? read.message : `internal error${typeof code === 'string' ? ` (${code})` : ''}`;
  if (read?.opts.channelProblem) {
    await markChannelProblem(db, channel.id, `system:failure:grant_revoked:${channel.type}:${channel.name}`);
  }
  const retryAfter = read?.opts.retryAfterMs;
  // Passing faults back off; a refusal that is not passing is looked at again much later.
  const delay = read && !read.opts.retryable ? Math.max(retryDelayMs(failures), 15 * 60_000) : retryDelayMs(failures, retryAfter);
  // Why, for the channels screen; a passing fault changes nothing there.
  const blocked = read?.opts.blocked ?? (read?.opts.channelProblem ? 'revoked' : read && !read.opts.retryable ? 'other' : undefined);
  await db
    .update(inboxPollState)
    .set({
      nextPollAt: new Date(Date.now() + delay),
      retryAfterUntil: retryAfter !== undefined ? new Date(Date.now() + retryAfter) : null,
      failures,
      lastError: message.slice(0, 500),
      ...(blocked && { readingBlocked: blocked }),
      leaseOwner: null,
      leaseUntil: null,
      lastPolledAt: sql`now()`,
    })
    .where(and(eq(inboxPollState.channelId, channel.id), eq(inboxPollState.leaseOwner, worker)));
  log.warn({ channelId: channel.id, type: channel.type, failures, retryAfterMs: retryAfter, error: read ? undefined : message }, 'inbox poll failed');
}

/** One turn: claims what is due and reads it. */
export async function pollDueChannels(db: Db, worker: string, deps: InboxDeps, limit = 10): Promise<PollTally> {
  const total: PollTally = { stored: 0, urgent: 0, pages: 0 };
  for (const id of await claimDueChannels(db, worker, limit)) {
    const t = await pollChannel(db, id, worker, deps);
    total.stored += t.stored;
    total.urgent += t.urgent;
    total.pages += t.pages;
  }
  return total;
}
