// Whether an account left a trace in one organisation: the test that lets a data-protection request find
// a former staff member (removed from the organisation, their account still there) and never an account
// the organisation knows nothing of, such as a namesake in another organisation. Every record that names
// the account and outlives the membership counts, always with this organisation's id: the audit trail
// (as actor or about them), inbox work, the duty rota, notifications, posts and their approvals, events and
// comments, campaign tasks and question hours.
import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  auditEvents,
  campaignTasks,
  inboxDutyOverrides,
  inboxDutySlots,
  inboxItems,
  inboxNotes,
  inboxReplies,
  notifications,
  postApprovals,
  postComments,
  postEvents,
  posts,
  qaHours,
  users,
} from '../../db/schema';

/**
 * True for the outer query's `users` row when the organisation holds a record naming it. Each test is an
 * uncorrelated `IN (SELECT …)`: PostgreSQL reads each table's rows of this organisation once and probes a
 * hash per account found by name, instead of scanning the organisation's audit trail again for every
 * namesake (a correlated EXISTS took 49 s for 2,000 namesakes against 50,000 audit entries).
 */
export function leftTraceIn(orgId: string): SQL {
  const u = users.id;
  const named = (table: PgTable & { orgId: AnyColumn }, column: AnyColumn) =>
    sql`${u} IN (SELECT ${column} FROM ${table} WHERE ${table.orgId} = ${orgId} AND ${column} IS NOT NULL)`;
  return or(
    named(auditEvents, auditEvents.actorId),
    sql`${u}::text IN (SELECT ${auditEvents.detail}->>'userId' FROM ${auditEvents} WHERE ${auditEvents.orgId} = ${orgId} AND ${auditEvents.detail}->>'userId' IS NOT NULL)`,
    named(inboxItems, inboxItems.assigneeId),
    named(inboxItems, inboxItems.categorySetBy),
    named(inboxNotes, inboxNotes.authorId),
    named(inboxReplies, inboxReplies.authorId),
    sql`${u}::text IN (SELECT a->>'userId' FROM ${inboxReplies}, jsonb_array_elements(${inboxReplies.approvals}) a WHERE ${inboxReplies.orgId} = ${orgId})`,
    named(inboxDutySlots, inboxDutySlots.userId),
    named(inboxDutyOverrides, inboxDutyOverrides.userId),
    named(inboxDutyOverrides, inboxDutyOverrides.createdBy),
    named(notifications, notifications.userId),
    named(posts, posts.authorId),
    named(postApprovals, postApprovals.userId),
    named(postEvents, postEvents.actorId),
    named(postComments, postComments.authorId),
    named(campaignTasks, campaignTasks.ownerId),
    named(qaHours, qaHours.hostId),
    named(qaHours, qaHours.moderatorId),
    named(qaHours, qaHours.createdBy),
  )!;
}
