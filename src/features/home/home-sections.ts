// What each home section holds, as SQL on the organisation's posts, and who sees it. One place:
// the home page, its counts in the menu and each section's full list all use these definitions.
import { sql, type SQL } from 'drizzle-orm';
import { HOME_COMING_DAYS, type HomeSectionKey } from '../../contracts/home';
import { posts } from '../../db/schema';
import { can } from '../../domain/roles';
import type { OrgScope } from '../org-scope';

export type Who = 'mine' | 'org';

interface SectionRule {
  /** Whether this person sees the section at all. */
  visible(scope: OrgScope): boolean;
  /** The posts it holds (always within the scope's organisation: the caller adds org_id). */
  where(scope: OrgScope, who: Who): SQL;
  /** Whether the person must act on these posts (counted in the menu). */
  actionable(scope: OrgScope): boolean;
}

const mine = (scope: OrgScope) => sql`${posts.authorId} = ${scope.userId}::uuid`;
const status = (s: string) => sql`${posts.status} = ${s}`;
const schedules = (scope: OrgScope) => can(scope.role, 'post.schedule');
const writes = (scope: OrgScope) => can(scope.role, 'post.write');
/** Midnight `days` days after today's, in the organisation's time zone, as an instant. */
const dayStart = (scope: OrgScope, days: number) =>
  sql`((date_trunc('day', now() at time zone ${scope.timeZone}) + ${`${days} days`}::interval) at time zone ${scope.timeZone})`;
const planned = (scope: OrgScope, who: Who, from: number, to: number) =>
  sql`${posts.status} <> 'cancelled' and ${posts.scheduledAt} >= ${dayStart(scope, from)} and ${posts.scheduledAt} < ${dayStart(scope, to)}${
    who === 'mine' ? sql` and ${mine(scope)}` : sql``
  }`;
/** Failures: an editor sees the organisation's (they can retry), a writer only their own. */
const failures = (s: string) => ({
  visible: (scope: OrgScope) => schedules(scope) || writes(scope),
  where: (scope: OrgScope) => (schedules(scope) ? status(s) : sql`${status(s)} and ${mine(scope)}`),
  actionable: () => true,
});

export const SECTION_RULES: Record<HomeSectionKey, SectionRule> = {
  // The approval chain: only the people of the step the post waits on (never its author or editors).
  to_approve: {
    visible: (scope) => can(scope.role, 'post.review'),
    where: (scope) => sql`${status('in_review')} and ${posts.waitingFor} @> array[${scope.userId}]::uuid[]`,
    actionable: () => true,
  },
  returned: { visible: writes, where: (scope) => sql`${status('changes_requested')} and ${mine(scope)}`, actionable: () => true },
  my_drafts: { visible: writes, where: (scope) => sql`${status('draft')} and ${mine(scope)}`, actionable: () => false },
  to_schedule: { visible: schedules, where: () => status('approved'), actionable: () => true },
  failed: failures('failed'),
  unconfirmed: failures('unconfirmed'),
  today: { visible: () => true, where: (scope, who) => planned(scope, who, 0, 1), actionable: () => false },
  coming: { visible: () => true, where: (scope, who) => planned(scope, who, 1, 1 + HOME_COMING_DAYS), actionable: () => false },
};

/** A section's order: planned time (unplanned ones by creation), then id — stable for paging. */
export const sectionSortAt = sql`coalesce(${posts.scheduledAt}, ${posts.createdAt})`;
