// Listening queries: what an organisation listens for (managers write them, everyone reads them),
// with the state of each source a query reads, so a failing feed or network shows on the query.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ListeningQueryInput, ListeningQueryView } from '../../contracts/listening';
import type { Db } from '../../db/client';
import { channels, listeningQueries, listeningSources } from '../../db/schema';
import type { ListeningQuery, QueryLang } from '../../listening/match-query';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

export type QueryRow = typeof listeningQueries.$inferSelect;

const notFoundQuery = () => new AppError(404, 'not_found', { thing: '@thing_listening_query' });

/** The query as the pure matcher wants it. */
export function matcherOf(q: QueryRow): ListeningQuery {
  return {
    keywords: q.keywords,
    phrases: q.phrases,
    hashtags: q.hashtags,
    mentions: q.mentions,
    orgNames: q.orgNames,
    exclude: q.exclude,
    languages: q.languages.filter((l): l is QueryLang => l === 'nl' || l === 'en'),
  };
}

/** A query about the organisation itself (its names or handles), not only its themes. */
export const isAboutOrganisation = (q: Pick<QueryRow, 'orgNames' | 'mentions'>) => q.orgNames.length > 0 || q.mentions.length > 0;

/** Same words once each (the matcher normalises; here only exact repeats go). */
const unique = (a: string[]) => [...new Set(a)];

function columnsOf(input: ListeningQueryInput) {
  return {
    name: input.name,
    keywords: unique(input.keywords),
    phrases: unique(input.phrases),
    hashtags: unique(input.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`))),
    mentions: unique(input.mentions.map((m) => (m.startsWith('@') ? m : `@${m}`))),
    orgNames: unique(input.orgNames),
    exclude: unique(input.exclude),
    languages: unique(input.languages),
    feedUrls: unique(input.feedUrls),
    active: input.active,
  };
}

async function viewsOf(db: Db, orgId: string, rows: QueryRow[]): Promise<ListeningQueryView[]> {
  if (!rows.length) return [];
  const states = await db
    .select()
    .from(listeningSources)
    .where(
      and(
        eq(listeningSources.orgId, orgId),
        inArray(
          listeningSources.queryId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const names = new Map((await db.select({ id: channels.id, name: channels.name }).from(channels).where(eq(channels.orgId, orgId))).map((c) => [c.id, c.name]));
  return rows.map((q) => ({
    id: q.id,
    name: q.name,
    keywords: q.keywords,
    phrases: q.phrases,
    hashtags: q.hashtags,
    mentions: q.mentions,
    orgNames: q.orgNames,
    exclude: q.exclude,
    languages: matcherOf(q).languages,
    feedUrls: q.feedUrls,
    active: q.active,
    aboutOrganisation: isAboutOrganisation(q),
    lastRunAt: q.lastRunAt?.toISOString() ?? null,
    sources: states
      .filter((s) => s.queryId === q.id)
      .map((s) => ({
        key: s.sourceKey,
        label: s.sourceKey.startsWith('channel:') ? (names.get(s.sourceKey.slice(8)) ?? s.sourceKey) : s.sourceKey.replace(/^feed:/, ''),
        lastReadAt: s.lastReadAt?.toISOString() ?? null,
        lastError: s.lastError,
        nextTryAt: s.nextTryAt.toISOString(),
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  }));
}

export async function loadQuery(scope: OrgScope, id: string): Promise<QueryRow> {
  const [row] = await scope.db
    .select()
    .from(listeningQueries)
    .where(and(eq(listeningQueries.id, id), eq(listeningQueries.orgId, scope.orgId)));
  if (!row) throw notFoundQuery();
  return row;
}

export async function listQueries(scope: Authorized<'inbox.read'>): Promise<ListeningQueryView[]> {
  const rows = await scope.db
    .select()
    .from(listeningQueries)
    .where(eq(listeningQueries.orgId, scope.orgId))
    .orderBy(asc(listeningQueries.name), asc(listeningQueries.id));
  return viewsOf(scope.db, scope.orgId, rows);
}

export async function getQuery(scope: Authorized<'inbox.read'>, id: string): Promise<ListeningQueryView> {
  return (await viewsOf(scope.db, scope.orgId, [await loadQuery(scope, id)]))[0]!;
}

export async function createQuery(scope: Authorized<'inbox.manage'>, input: ListeningQueryInput): Promise<ListeningQueryView> {
  const row = await scope.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(listeningQueries)
      .values({ orgId: scope.orgId, ...columnsOf(input) })
      .returning();
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'listening.query_create', detail: { queryId: created!.id } });
    return created!;
  });
  return (await viewsOf(scope.db, scope.orgId, [row]))[0]!;
}

export async function updateQuery(scope: Authorized<'inbox.manage'>, id: string, input: ListeningQueryInput): Promise<ListeningQueryView> {
  const row = await scope.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(listeningQueries)
      // Changed words are read at once, not at the old schedule.
      .set({ ...columnsOf(input), updatedAt: new Date(), nextRunAt: new Date() })
      .where(and(eq(listeningQueries.id, id), eq(listeningQueries.orgId, scope.orgId)))
      .returning();
    if (!updated) throw notFoundQuery();
    // Feeds no longer listed leave with their state.
    const keep = new Set(updated.feedUrls.map((u) => `feed:${u}`));
    const states = await tx.select({ key: listeningSources.sourceKey }).from(listeningSources).where(eq(listeningSources.queryId, id));
    const gone = states.map((s) => s.key).filter((k) => k.startsWith('feed:') && !keep.has(k));
    if (gone.length) await tx.delete(listeningSources).where(and(eq(listeningSources.queryId, id), inArray(listeningSources.sourceKey, gone)));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'listening.query_update', detail: { queryId: id } });
    return updated;
  });
  return (await viewsOf(scope.db, scope.orgId, [row]))[0]!;
}

export async function deleteQuery(scope: Authorized<'inbox.manage'>, id: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(listeningQueries)
      .where(and(eq(listeningQueries.id, id), eq(listeningQueries.orgId, scope.orgId)))
      .returning({ id: listeningQueries.id });
    if (!gone) throw notFoundQuery();
    // What no other query matched goes with it (its dedupe keys by cascade).
    await tx.execute(
      sql`DELETE FROM listening_results r WHERE r.org_id = ${scope.orgId} AND NOT EXISTS (SELECT 1 FROM listening_matches m WHERE m.result_id = r.id)`,
    );
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'listening.query_delete', detail: { queryId: id } });
  });
}
