// Stores a page of items read from a network: triaged and weighed on the way in, each once
// (unique per channel and network id, ON CONFLICT DO NOTHING), linked to our post when the
// thread's root is one (or, for a quote, the post quoted). Answers only what was new, so only that is announced.
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { InboundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { postVariants } from '../../db/schema';
import { type Sentiment, sentimentOf } from '../../sentiment/sentiment';
import { type Triage, triageText } from '../../triage/triage';
import { dueTimes, type OrgTargets } from './response-targets';

export interface StoredItem {
  id: string;
  category: string;
  urgent: boolean;
}

const langOf = (lang: string | null): 'nl' | 'en' | undefined => {
  const two = lang?.slice(0, 2).toLowerCase();
  return two === 'nl' || two === 'en' ? two : undefined;
};

/** Our posts on this channel whose network id is one of these thread roots (a Mastodon thread's id lists its parts). */
async function ourPosts(db: Db, channelId: string, roots: string[]): Promise<Map<string, string>> {
  if (!roots.length) return new Map();
  const rows = await db
    .select({ postId: postVariants.postId, externalId: postVariants.externalId })
    .from(postVariants)
    .where(
      and(
        eq(postVariants.channelId, channelId),
        or(inArray(postVariants.externalId, roots), inArray(sql`split_part(${postVariants.externalId}, ',', 1)`, roots)),
      ),
    );
  const out = new Map<string, string>();
  for (const r of rows) for (const id of (r.externalId ?? '').split(',')) out.set(id, r.postId);
  return out;
}

/** What triage and sentiment make of one item. */
export interface Classified {
  triage: Triage;
  mood: Sentiment;
}

/** The API is served by the same process: a page's triage gives way to it at least this often. */
const SLICE_MS = 20;

/** Triage and sentiment of a page, giving way to other work (API requests) every SLICE_MS. The
 *  engine calls it before it opens the page's transaction, so no lock is held while it runs. */
export async function classifyPage(items: InboundItem[]): Promise<Classified[]> {
  const out: Classified[] = [];
  let slice = performance.now();
  for (const item of items) {
    const triage = triageText(item.text, langOf(item.lang));
    out.push({ triage, mood: sentimentOf(item.text, triage.lang) });
    if (performance.now() - slice >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  return out;
}

// A quote starts its own thread; the post it quotes is what it reacts to.
const quoted = (item: InboundItem) => (item.kind === 'quote' ? item.parentExternalId : null);

/** What storing a page needs besides the page: its triage and our posts it reacts to. */
export interface PreparedPage {
  classified: Classified[];
  posts: Map<string, string>;
}

/** The page's triage and our posts it reacts to, the lookup running while the page is triaged.
 *  The engine prepares a page before it opens the page's transaction (nothing locked meanwhile). */
export async function preparePage(db: Db, channelId: string, items: InboundItem[]): Promise<PreparedPage> {
  if (!items.length) return { classified: [], posts: new Map() };
  const posts = ourPosts(db, channelId, [...new Set(items.flatMap((i) => [i.threadExternalId, quoted(i) ?? []].flat()))]);
  const classified = await classifyPage(items);
  return { classified, posts: await posts };
}

export async function storeInbound(
  db: Db,
  channel: { id: string; orgId: string },
  items: InboundItem[],
  org: OrgTargets,
  now = new Date(),
  /** The page's preparePage, when done beforehand (same items, same order). */
  prepared?: PreparedPage,
): Promise<StoredItem[]> {
  if (!items.length) return [];
  const json = pageJson(channel, items, org, now, prepared ?? (await preparePage(db, channel.id, items)));
  const result = await db.execute(insertPage(json));
  return (result as unknown as { rows: StoredItem[] }).rows;
}

/** The rows of a page as one JSON text (for insertPage), with their triage and due times. */
export function pageJson(channel: { id: string; orgId: string }, items: InboundItem[], org: OrgTargets, now: Date, prepared: PreparedPage): string {
  const { classified: page, posts } = prepared;
  // A page arrives at one moment: its due times differ only by category (working time is costly to count).
  const dueByCategory = new Map<string, ReturnType<typeof dueTimes>>();
  const rows = items.map((item, i) => {
    const { triage, mood } = page[i]!;
    if (!dueByCategory.has(triage.category)) dueByCategory.set(triage.category, dueTimes(triage.category, now, org));
    const due = dueByCategory.get(triage.category);
    return {
      org_id: channel.orgId,
      channel_id: channel.id,
      external_id: item.externalId,
      kind: item.kind,
      thread_key: item.threadExternalId,
      parent_external_id: item.parentExternalId,
      author_external_id: item.author.externalId,
      author_handle: item.author.handle,
      author_name: item.author.displayName,
      text: item.text,
      attachments: Math.min(item.attachments ?? 0, 100),
      lang: item.lang ?? triage.lang,
      url: item.url,
      written_at: new Date(item.createdAt),
      received_at: now,
      post_id: posts.get(item.threadExternalId) ?? posts.get(quoted(item) ?? '') ?? null,
      category: triage.category,
      urgent: triage.urgent || triage.category === 'crisis',
      sentiment: mood.sentiment,
      sentiment_score: mood.score,
      due_at: due?.dueAt ?? null,
      warn_at: due?.warnAt ?? null,
    };
  });
  // A lone surrogate (an emoji cut in half) becomes U+FFFD, as the driver writes it in a parameter:
  // the server refuses it in JSON. JSON.stringify writes one as an escape (`\ud83d`), so only a page
  // with such an escape is written again with a replacer (a replacer on every page cost as much as
  // the rest of building it; a backslash typed before `ud8…` takes that path too, harmlessly).
  const json = JSON.stringify(rows);
  if (!SURROGATE_ESCAPE.test(json)) return json;
  return JSON.stringify(rows, (_key, value) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value));
}

/** Whether a page holds an item triage found urgent (its store then also announces: a transaction). */
export const pageHasUrgent = (prepared: PreparedPage) => prepared.classified.some((c) => c.triage.urgent || c.triage.category === 'crisis');

/** The insert of a page given as one JSON parameter, not one per column and row: building the SQL
 *  of an 80-row insert through the query builder cost as much CPU as triaging the page
 *  (docs/benchmarks.md). Each item once (ON CONFLICT DO NOTHING); answers only what was new.
 *  `onlyIf`: a condition on the whole page (the engine's lease, checked in the same statement). */
export function insertPage(json: string, onlyIf?: SQL): SQL {
  return sql`
    INSERT INTO inbox_items (${sql.raw(COLUMN_NAMES)})
    SELECT ${sql.raw(COLUMN_NAMES)}
    FROM json_to_recordset(${json}::json) AS r(${sql.raw(COLUMN_TYPES)})
    ${onlyIf ? sql`WHERE ${onlyIf}` : sql``}
    ON CONFLICT (channel_id, external_id) DO NOTHING
    RETURNING id, category, urgent`;
}

const LONE_SURROGATE = /\p{Cs}/gu;
const SURROGATE_ESCAPE = /\\ud[89a-f]/;
/** The columns written, with their types (the rows above use these names). */
const COLUMNS: [string, string][] = [
  ['org_id', 'uuid'],
  ['channel_id', 'uuid'],
  ['external_id', 'text'],
  ['kind', 'text'],
  ['thread_key', 'text'],
  ['parent_external_id', 'text'],
  ['author_external_id', 'text'],
  ['author_handle', 'text'],
  ['author_name', 'text'],
  ['text', 'text'],
  ['attachments', 'smallint'],
  ['lang', 'text'],
  ['url', 'text'],
  ['written_at', 'timestamptz'],
  ['received_at', 'timestamptz'],
  ['post_id', 'uuid'],
  ['category', 'text'],
  ['urgent', 'boolean'],
  ['sentiment', 'text'],
  ['sentiment_score', 'real'],
  ['due_at', 'timestamptz'],
  ['warn_at', 'timestamptz'],
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name).join(', ');
const COLUMN_TYPES = COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');
