// Erasure on a data-protection request, after one confirmation (the search term typed again):
// the consent-register person with consents, tags and signed forms, the person's name in posts
// that have not left yet, and their notifications. Kept, with the reason: the audit trail (a legal
// obligation to account for what was published), published posts (take them down first, through
// the consent withdrawal), member accounts (removed under People, which ends their access), what a
// member's account did in the inbox (assigned, notes, answers, categories set, answers approved: who
// handled a message belongs with the message; the names go when the account itself is deleted) and
// their entries in the duty rota (the organisation's schedule: changed on the rota screen; an account's
// own slots and overrides go with the account), the posts they wrote, approved or commented on returning
// them (who wrote and approved what was published: post-work.ts). A former member (removed from the
// organisation, their account still there) is erased the same way: their notifications here go, their
// work records stay; their account is not this organisation's to delete (it may belong to others too).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { and, count, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DsrEraseResult } from '../../contracts/dsr';
import { consentFiles, consentPeople, notifications, posts, postVariants, auditEvents } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { formsDir } from '../consent/consent-files';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { auditCondition, ERASABLE_STATUSES, inboxWork, matchPerson } from './find-person-data';
import { postWork } from './post-work';

export const ERASED_MARK = '[verwijderd]';

const regexEscape = (q: string) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function erasePersonData(scope: Authorized<'org.manage'>, q: string, confirm: string, opts: { mediaDir: string }): Promise<DsrEraseResult> {
  if (confirm.trim() !== q) throw new AppError(422, 'dsr_confirm_mismatch', {}, [{ path: 'confirm', message: 'must equal q' }]);
  const m = await matchPerson(scope, q);
  const pattern = regexEscape(q);
  const erasable = and(m.postCondition, inArray(posts.status, [...ERASABLE_STATUSES]));
  const { result, storageKeys } = await scope.db.transaction(async (tx) => {
    const files = m.personIds.length
      ? await tx
          .select({ key: consentFiles.storageKey })
          .from(consentFiles)
          .where(and(eq(consentFiles.orgId, scope.orgId), inArray(consentFiles.personId, m.personIds)))
      : [];
    const people = m.personIds.length
      ? await tx
          .delete(consentPeople)
          .where(and(eq(consentPeople.orgId, scope.orgId), inArray(consentPeople.id, m.personIds)))
          .returning({ id: consentPeople.id })
      : [];
    const drafts = await tx.select({ id: posts.id }).from(posts).where(erasable);
    const draftIds = drafts.map((d) => d.id);
    if (draftIds.length) {
      await tx
        .update(posts)
        .set({ baseText: sql`regexp_replace(${posts.baseText}, ${pattern}, ${ERASED_MARK}, 'gi')`, version: sql`${posts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(posts.orgId, scope.orgId), inArray(posts.id, draftIds)));
      await tx
        .update(postVariants)
        .set({ text: sql`regexp_replace(${postVariants.text}, ${pattern}, ${ERASED_MARK}, 'gi')` })
        .where(and(eq(postVariants.orgId, scope.orgId), inArray(postVariants.postId, draftIds)));
    }
    const notes = m.accountIds.length
      ? await tx
          .delete(notifications)
          .where(and(eq(notifications.orgId, scope.orgId), inArray(notifications.userId, m.accountIds)))
          .returning({ id: notifications.id })
      : [];
    const [audit] = await tx
      .select({ n: count() })
      .from(auditEvents)
      .where(auditCondition(scope, m, q));
    const [published] = await tx
      .select({ n: count() })
      .from(posts)
      .where(and(m.postCondition, notInArray(posts.status, [...ERASABLE_STATUSES])));
    const inbox = await inboxWork(tx, scope.orgId, m.accountIds);
    const onPosts = await postWork(tx, scope.orgId, m.accountIds);
    const erased = { consentPeople: people.length, forms: files.length, draftMentions: draftIds.length, notifications: notes.length };
    const members = m.accounts.filter((a) => !a.former).length;
    // Counts and ids only: the audit trail never holds the name that was erased.
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'dsr.erased',
      detail: { ...erased, personIds: people.map((p) => p.id), formerMemberIds: m.accounts.filter((a) => a.former).map((a) => a.id) },
    });
    const kept: DsrEraseResult['kept'] = [
      { what: 'audit', count: audit?.n ?? 0, reason: 'legal_obligation' },
      { what: 'published_posts', count: published?.n ?? 0, reason: 'takedown_first' },
      // A former member has no access left to end: only members count here.
      { what: 'members', count: members, reason: 'remove_member' },
      { what: 'inbox_work', count: inbox.assigned + inbox.notes + inbox.replies + inbox.categoriesSet + inbox.approvals, reason: 'work_record' },
      { what: 'duty_rota', count: inbox.dutyRota, reason: 'edit_rota' },
      { what: 'post_work', count: onPosts.written + onPosts.approved + onPosts.comments, reason: 'work_record' },
    ];
    return { result: { erased, kept }, storageKeys: files.map((f) => f.key) };
  });
  // The rows are gone; now the encrypted files (a leftover file without its row is unreadable junk, never the other way round).
  for (const key of storageKeys) await rm(path.join(formsDir(opts.mediaDir), key), { force: true });
  return result;
}
