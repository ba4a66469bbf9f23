// Everything the organisation holds about one person, found by (part of) a name or e-mail address:
// members and former members (an account no longer a member that left a trace here: former-member-trace.ts),
// consent-register people, posts whose text mentions them, their notifications, what their
// account did in the inbox (assigned to them, notes and answers they wrote, categories they set, answers
// they approved), their entries in the inbox's duty rota, the posts they wrote, approved or commented on
// returning them (post-work.ts) and the audit entries by or about them. Always within the organisation.
import { and, count, desc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { DsrResult } from '../../contracts/dsr';
import {
  auditEvents,
  consentFiles,
  consentPeople,
  consents,
  inboxDutyOverrides,
  inboxDutySlots,
  inboxItems,
  inboxNotes,
  inboxReplies,
  mediaPeople,
  memberships,
  notifications,
  posts,
  postVariants,
  users,
} from '../../db/schema';
import type { Db } from '../../db/client';
import type { PostStatus } from '../../domain/post-lifecycle';
import type { OrgScope } from '../org-scope';
import { leftTraceIn } from './former-member-trace';
import { postWork } from './post-work';

export const DSR_CAP = 200;
/** Posts whose mentions may be erased: not yet approved, so nothing of them has left. */
export const ERASABLE_STATUSES: readonly PostStatus[] = ['draft', 'changes_requested'];

export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface PersonMatches {
  /** The accounts found, members and former members alike, ordered by name. */
  accounts: { id: string; name: string; email: string; role: string | null; former: boolean }[];
  /** Their ids: what a former member's account did here is listed, exported and kept as a member's. */
  accountIds: string[];
  personIds: string[];
  postCondition: SQL;
}

export async function matchPerson(scope: OrgScope, q: string): Promise<PersonMatches> {
  const like = likePattern(q);
  const [accounts, people] = await Promise.all([
    scope.db
      .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
      .from(users)
      .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, scope.orgId)))
      // A former member only with a trace in this organisation: a namesake elsewhere stays invisible.
      .where(and(or(ilike(users.name, like), ilike(users.email, like)), or(isNotNull(memberships.userId), leftTraceIn(scope.orgId))))
      .orderBy(users.name, users.id),
    scope.db
      .select({ id: consentPeople.id })
      .from(consentPeople)
      .where(and(eq(consentPeople.orgId, scope.orgId), ilike(consentPeople.name, like))),
  ]);
  const postCondition = and(
    eq(posts.orgId, scope.orgId),
    or(
      ilike(posts.baseText, like),
      sql`EXISTS (SELECT 1 FROM ${postVariants} WHERE ${postVariants.postId} = ${posts.id} AND ${postVariants.text} ILIKE ${like})`,
    ),
  )!;
  return {
    accounts: accounts.map((a) => ({ ...a, former: a.role === null })),
    accountIds: accounts.map((a) => a.id),
    personIds: people.map((p) => p.id),
    postCondition,
  };
}

/** The ids as bound values for `->>'…' IN (…)`: a JSON field's text, where a column's inArray does not apply. */
const idList = (ids: string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

export function auditCondition(scope: OrgScope, m: PersonMatches, q: string): SQL | undefined {
  const about: SQL[] = [];
  if (m.accountIds.length) {
    about.push(inArray(auditEvents.actorId, m.accountIds), sql`${auditEvents.detail}->>'userId' IN (${idList(m.accountIds)})`);
  }
  if (m.personIds.length) about.push(sql`${auditEvents.detail}->>'personId' IN (${idList(m.personIds)})`);
  about.push(sql`${auditEvents.detail}->>'email' ILIKE ${likePattern(q)}`);
  return and(eq(auditEvents.orgId, scope.orgId), or(...about));
}

/**
 * The inbox rows that name these accounts as the one who did something: items assigned to them, notes
 * and answers they wrote, categories they set, approvals they gave to answers (inbox_replies.approvals);
 * and the duty rota's weekly slots and overrides that name them (on or off duty, or set by them). On
 * deleting an account the first four columns go to null (ON DELETE SET NULL), its slots and the overrides
 * for it go (CASCADE), an override it set keeps no setter, and an approval keeps the bare account id (a
 * JSON value, no reference). The erasure keeps all of it while the account exists (erase-person-data.ts).
 */
export async function inboxWork(db: Db, orgId: string, accountIds: string[]): Promise<DsrResult['inboxWork']> {
  if (!accountIds.length) return { assigned: 0, notes: 0, replies: 0, categoriesSet: 0, approvals: 0, dutyRota: 0 };
  const [[items], [notes], [replies], [approvals], [slots], [overrides]] = await Promise.all([
    db
      .select({
        assigned: sql<number>`count(*) FILTER (WHERE ${inArray(inboxItems.assigneeId, accountIds)})::int`,
        categoriesSet: sql<number>`count(*) FILTER (WHERE ${inArray(inboxItems.categorySetBy, accountIds)})::int`,
      })
      .from(inboxItems)
      .where(and(eq(inboxItems.orgId, orgId), or(inArray(inboxItems.assigneeId, accountIds), inArray(inboxItems.categorySetBy, accountIds)))),
    db
      .select({ n: count() })
      .from(inboxNotes)
      .where(and(eq(inboxNotes.orgId, orgId), inArray(inboxNotes.authorId, accountIds))),
    db
      .select({ n: count() })
      .from(inboxReplies)
      .where(and(eq(inboxReplies.orgId, orgId), inArray(inboxReplies.authorId, accountIds))),
    // One approval per step given: each element of the answer's approvals with their account id.
    db
      .select({
        n: sql<number>`coalesce(sum((SELECT count(*) FROM jsonb_array_elements(${inboxReplies.approvals}) a WHERE a->>'userId' IN (${idList(accountIds)}))), 0)::int`,
      })
      .from(inboxReplies)
      .where(and(eq(inboxReplies.orgId, orgId), sql`jsonb_array_length(${inboxReplies.approvals}) > 0`)),
    db
      .select({ n: count() })
      .from(inboxDutySlots)
      .where(and(eq(inboxDutySlots.orgId, orgId), inArray(inboxDutySlots.userId, accountIds))),
    db
      .select({ n: count() })
      .from(inboxDutyOverrides)
      .where(and(eq(inboxDutyOverrides.orgId, orgId), or(inArray(inboxDutyOverrides.userId, accountIds), inArray(inboxDutyOverrides.createdBy, accountIds)))),
  ]);
  return {
    assigned: Number(items?.assigned ?? 0),
    notes: Number(notes?.n ?? 0),
    replies: Number(replies?.n ?? 0),
    categoriesSet: Number(items?.categoriesSet ?? 0),
    approvals: Number(approvals?.n ?? 0),
    dutyRota: Number(slots?.n ?? 0) + Number(overrides?.n ?? 0),
  };
}

export async function findPersonData(scope: OrgScope, q: string): Promise<DsrResult> {
  const m = await matchPerson(scope, q);
  const none = sql`false`;
  const [peopleRows, peopleTotal, postRows, postTotal, notes, inbox, written, auditRows, auditTotal] = await Promise.all([
    scope.db
      .select({
        id: consentPeople.id,
        name: consentPeople.name,
        kind: consentPeople.kind,
        note: consentPeople.note,
        consents: sql<number>`(SELECT count(*)::int FROM ${consents} WHERE ${consents.personId} = ${consentPeople.id})`,
        forms: sql<number>`(SELECT count(*)::int FROM ${consentFiles} WHERE ${consentFiles.personId} = ${consentPeople.id})`,
        taggedMedia: sql<number>`(SELECT count(*)::int FROM ${mediaPeople} WHERE ${mediaPeople.personId} = ${consentPeople.id})`,
      })
      .from(consentPeople)
      .where(m.personIds.length ? inArray(consentPeople.id, m.personIds.slice(0, DSR_CAP)) : none)
      .orderBy(consentPeople.name),
    m.personIds.length,
    scope.db
      .select({ id: posts.id, status: posts.status, text: posts.baseText })
      .from(posts)
      .where(m.postCondition)
      .orderBy(desc(posts.createdAt))
      .limit(DSR_CAP),
    scope.db.select({ n: count() }).from(posts).where(m.postCondition),
    m.accountIds.length
      ? scope.db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.orgId, scope.orgId), inArray(notifications.userId, m.accountIds)))
      : [{ n: 0 }],
    inboxWork(scope.db, scope.orgId, m.accountIds),
    postWork(scope.db, scope.orgId, m.accountIds),
    scope.db
      .select({ seq: auditEvents.seq, action: auditEvents.action, at: auditEvents.at, detail: auditEvents.detail })
      .from(auditEvents)
      .where(auditCondition(scope, m, q))
      .orderBy(desc(auditEvents.seq))
      .limit(DSR_CAP),
    scope.db
      .select({ n: count() })
      .from(auditEvents)
      .where(auditCondition(scope, m, q)),
  ]);
  return {
    query: q,
    cap: DSR_CAP,
    members: { items: m.accounts.slice(0, DSR_CAP), total: m.accounts.length },
    consentPeople: {
      items: peopleRows.map((p) => ({ ...p, consents: Number(p.consents), forms: Number(p.forms), taggedMedia: Number(p.taggedMedia) })),
      total: peopleTotal,
    },
    posts: {
      items: postRows.map((p) => ({ ...p, erasable: ERASABLE_STATUSES.includes(p.status as PostStatus) })),
      total: postTotal[0]?.n ?? 0,
    },
    notifications: { total: notes[0]?.n ?? 0 },
    inboxWork: inbox,
    postWork: written,
    audit: { items: auditRows.map((a) => ({ ...a, at: a.at.toISOString() })), total: auditTotal[0]?.n ?? 0 },
  };
}
