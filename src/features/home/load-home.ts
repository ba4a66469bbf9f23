// The home page of one person in one organisation: every visible section's count (one statement
// over the organisation's posts) and its first few posts (one short statement per section).
import { and, asc, eq, sql } from 'drizzle-orm';
import { HOME_SECTION_ITEMS, HOME_SECTIONS, type Home, type HomeSectionKey } from '../../contracts/home';
import { organisations, posts, users } from '../../db/schema';
import type { Authorized, OrgScope } from '../org-scope';
import { summaries, summaryColumns } from '../posts/post-view';
import { SECTION_RULES, sectionSortAt, type Who } from './home-sections';

const visibleSections = (scope: OrgScope) => HOME_SECTIONS.filter((key) => SECTION_RULES[key].visible(scope));

/** Each visible section's number of posts, counted in one pass over the organisation's posts. */
export async function countHomeSections(
  scope: Authorized<'post.read'>,
  who: Who = 'org',
): Promise<{ key: HomeSectionKey; count: number; actionable: boolean }[]> {
  const keys = visibleSections(scope);
  if (!keys.length) return [];
  const columns = Object.fromEntries(keys.map((key) => [key, sql<number>`count(*) filter (where ${SECTION_RULES[key].where(scope, who)})::int`]));
  const [row] = await scope.db.select(columns).from(posts).where(eq(posts.orgId, scope.orgId));
  return keys.map((key) => ({ key, count: Number(row?.[key] ?? 0), actionable: SECTION_RULES[key].actionable(scope) }));
}

/** The first posts of one section, after `after` in the section's order. */
export function sectionPosts(scope: OrgScope, key: HomeSectionKey, who: Who, limit: number, after: { at: string; id: string } | null = null) {
  const filters = [eq(posts.orgId, scope.orgId), SECTION_RULES[key].where(scope, who)];
  if (after) filters.push(sql`(${sectionSortAt}, ${posts.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  return scope.db
    .select({ ...summaryColumns(scope), sortAt: sql<string>`to_char(${sectionSortAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(...filters))
    .orderBy(asc(sectionSortAt), asc(posts.id))
    .limit(limit);
}

export async function loadHome(scope: Authorized<'post.read'>, who: Who = 'org'): Promise<Home> {
  const [counts, [org], today] = await Promise.all([
    countHomeSections(scope, who),
    scope.db.select({ pausedAt: organisations.pausedAt }).from(organisations).where(eq(organisations.id, scope.orgId)),
    scope.db.execute(sql`select to_char(now() at time zone ${scope.timeZone}, 'YYYY-MM-DD') as today`),
  ]);
  const sections = await Promise.all(
    counts.map(async (section) => ({
      ...section,
      items: section.count ? summaries(await sectionPosts(scope, section.key, who, HOME_SECTION_ITEMS)) : [],
    })),
  );
  return {
    today: (today as unknown as { rows: { today: string }[] }).rows[0]?.today ?? '',
    crisis: { active: Boolean(org?.pausedAt), since: org?.pausedAt?.toISOString() ?? null },
    sections,
    waiting: sections.filter((s) => s.actionable).reduce((sum, s) => sum + s.count, 0),
  };
}
