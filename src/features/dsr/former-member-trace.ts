// Whether an account left a trace in one organisation: the test that lets a data-protection request find
// a former staff member (removed from the organisation, their account still there) and never an account
// the organisation knows nothing of, such as a namesake in another organisation. Every record that names
// the account and outlives the membership counts, always with this organisation's id: the audit trail
// (as actor or about them), inbox work, the duty rota, notifications, posts and their approvals, events and
// comments, campaign tasks and question hours.
import { or, type SQL, sql } from 'drizzle-orm';
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

/** True for the outer query's `users` row when the organisation holds a record naming it. */
export function leftTraceIn(orgId: string): SQL {
  const u = users.id;
  const exists = (from: SQL, where: SQL) => sql`EXISTS (SELECT 1 FROM ${from} WHERE ${where})`;
  return or(
    exists(sql`${auditEvents}`, sql`${auditEvents.orgId} = ${orgId} AND (${auditEvents.actorId} = ${u} OR ${auditEvents.detail}->>'userId' = ${u}::text)`),
    exists(sql`${inboxItems}`, sql`${inboxItems.orgId} = ${orgId} AND (${inboxItems.assigneeId} = ${u} OR ${inboxItems.categorySetBy} = ${u})`),
    exists(sql`${inboxNotes}`, sql`${inboxNotes.orgId} = ${orgId} AND ${inboxNotes.authorId} = ${u}`),
    exists(
      sql`${inboxReplies}`,
      sql`${inboxReplies.orgId} = ${orgId} AND (${inboxReplies.authorId} = ${u} OR ${inboxReplies.approvals} @> jsonb_build_array(jsonb_build_object('userId', ${u}::text)))`,
    ),
    exists(sql`${inboxDutySlots}`, sql`${inboxDutySlots.orgId} = ${orgId} AND ${inboxDutySlots.userId} = ${u}`),
    exists(
      sql`${inboxDutyOverrides}`,
      sql`${inboxDutyOverrides.orgId} = ${orgId} AND (${inboxDutyOverrides.userId} = ${u} OR ${inboxDutyOverrides.createdBy} = ${u})`,
    ),
    exists(sql`${notifications}`, sql`${notifications.orgId} = ${orgId} AND ${notifications.userId} = ${u}`),
    exists(sql`${posts}`, sql`${posts.orgId} = ${orgId} AND ${posts.authorId} = ${u}`),
    exists(sql`${postApprovals}`, sql`${postApprovals.orgId} = ${orgId} AND ${postApprovals.userId} = ${u}`),
    exists(sql`${postEvents}`, sql`${postEvents.orgId} = ${orgId} AND ${postEvents.actorId} = ${u}`),
    exists(sql`${postComments}`, sql`${postComments.orgId} = ${orgId} AND ${postComments.authorId} = ${u}`),
    exists(sql`${campaignTasks}`, sql`${campaignTasks.orgId} = ${orgId} AND ${campaignTasks.ownerId} = ${u}`),
    exists(sql`${qaHours}`, sql`${qaHours.orgId} = ${orgId} AND (${qaHours.hostId} = ${u} OR ${qaHours.moderatorId} = ${u} OR ${qaHours.createdBy} = ${u})`),
  )!;
}
