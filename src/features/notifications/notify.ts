// Tells the people concerned that something happened: one row per person for the bell, and, for
// those who want e-mail, a mail in the outbox (written in the same transaction, so a mail is never
// queued for a change that did not commit) or a place in tomorrow's digest.
// Called with one line from the post workflow, the engine, crisis mode and the consent sweep.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { NotificationKind } from '../../contracts/notification';
import type { Db } from '../../db/client';
import { mailOutbox, memberships, notifications, notificationSettings, organisations, posts, users } from '../../db/schema';
import { type Action, can, isRole } from '../../domain/roles';
import { mailConfig } from './mail-config';
import { detailOf, linkOf, singleMail, titleOf } from './notification-text';

export interface NotifyInput {
  orgId: string;
  kind: NotificationKind;
  postId?: string | null;
  params?: Record<string, string>;
  /** Who: these people, and/or every member whose role may do this. */
  userIds?: (string | null | undefined)[];
  permission?: Action;
  /** Also the post's author (postId must be set). */
  author?: boolean;
  /** The person who caused it is not told about their own act. */
  actorId?: string | null;
  /** More lines for the mail (not the bell), in the recipient's language: e.g. the messages behind an alert. */
  mailDetails?: (lang: 'nl' | 'en') => string[];
  /** Someone may need help now (a crisis for the people on duty): a mail at once, whatever the person muted or bundled. */
  urgent?: boolean;
}

// What a step of the post workflow tells whom.
const POST_EVENT_NOTICES: Record<string, Pick<NotifyInput, 'kind' | 'permission' | 'author'>> = {
  submit: { kind: 'post_submitted', permission: 'post.review' },
  approve: { kind: 'post_approved', author: true },
  request_changes: { kind: 'post_returned', author: true },
  publish_failed: { kind: 'post_failed', author: true, permission: 'post.schedule' },
  publish_unknown: { kind: 'post_unconfirmed', author: true, permission: 'post.schedule' },
};

/** The one line the post workflow and the engine call after a status change. */
export async function notifyPostEvent(db: Db, e: { orgId: string; postId: string; event: string; actorId?: string | null }): Promise<void> {
  const notice = POST_EVENT_NOTICES[e.event];
  if (notice) await notify(db, { orgId: e.orgId, postId: e.postId, actorId: e.actorId, ...notice });
}

export async function notify(db: Db, input: NotifyInput): Promise<void> {
  const members = await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.orgId, input.orgId));
  const wanted = new Set(input.userIds?.filter((id): id is string => Boolean(id)));
  let authorId: string | null = null;
  if (input.postId) {
    const [post] = await db
      .select({ authorId: posts.authorId })
      .from(posts)
      .where(and(eq(posts.id, input.postId), eq(posts.orgId, input.orgId)));
    authorId = post?.authorId ?? null;
    if (input.author && authorId) wanted.add(authorId);
  }
  const recipients = members
    .filter((m) => wanted.has(m.userId) || (input.permission && isRole(m.role) && can(m.role, input.permission)))
    .map((m) => m.userId)
    .filter((id) => id !== input.actorId)
    // Nobody approves their own post: a submission is not "waiting for" its author.
    .filter((id) => input.kind !== 'post_submitted' || id !== authorId);
  if (!recipients.length) return;
  const [people, [org]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, s: notificationSettings })
      .from(users)
      .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
      .where(and(inArray(users.id, recipients), ne(users.email, ''))),
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.orgId)),
  ]);
  const params = input.params ?? {};
  const postId = input.postId ?? null;
  const mail = mailConfig();
  for (const p of people) {
    if (!input.urgent && p.s?.mutedKinds.includes(input.kind)) continue;
    const byMail = mail !== null && (input.urgent || (p.s?.email ?? true));
    const digest = byMail && !input.urgent && (p.s?.digest ?? false);
    // The mail first, so the notice can point at it: settling the notice withdraws it while unsent.
    let mailId: string | null = null;
    if (byMail && !digest) {
      const lang = p.locale === 'en' ? 'en' : 'nl';
      const text = singleMail(lang, {
        name: p.name,
        org: org?.name ?? '',
        title: titleOf(lang, input.kind, params),
        link: linkOf(input.kind, postId, params),
        ...(input.mailDetails && { details: input.mailDetails(lang) }),
        detail: detailOf(lang, input.kind, params),
      });
      const [queued] = await db
        .insert(mailOutbox)
        .values({ userId: p.id, orgId: input.orgId, toAddress: p.email, lang, ...text })
        .returning({ id: mailOutbox.id });
      mailId = queued?.id ?? null;
    }
    await db.insert(notifications).values({
      orgId: input.orgId,
      userId: p.id,
      kind: input.kind,
      postId,
      params,
      mail: !byMail ? 'none' : digest ? 'digest' : 'queued',
      mailId,
    });
  }
}
