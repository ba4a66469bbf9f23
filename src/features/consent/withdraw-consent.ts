// Withdrawing a consent: the takedown list shows every publication of a post for the consent's
// purpose whose images show the person, on a channel no other consent of theirs for that purpose
// still covers; after one confirmation each is removed from its network through the channel's
// adapter (src/features/consent/takedowns.ts: retried when it fails), each attempt in the audit trail.
import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { TakedownItem, WithdrawResult } from '../../contracts/consent';
import { channels, consents, mediaPeople, postMedia, posts, postVariants, takedowns } from '../../db/schema';
import type { Outbound } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import type { SecretBox } from '../secrets';
import { runTakedowns } from './takedowns';
import { validAt } from './valid-at';

type ConsentRow = typeof consents.$inferSelect;

async function findConsent(scope: OrgScope, consentId: string): Promise<ConsentRow> {
  const [row] = await scope.db
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.orgId, scope.orgId)));
  if (!row) throw new AppError(404, 'not_found', { thing: '@thing_consent' });
  return row;
}

async function publicationsShowing(scope: OrgScope, consent: ConsentRow) {
  const [rows, remaining] = await Promise.all([
    scope.db
      .selectDistinct({ variant: postVariants, channel: channels })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      // Only posts for the purpose this consent was for: a recruitment consent says nothing about the news.
      .innerJoin(posts, and(eq(posts.id, postVariants.postId), eq(posts.purpose, consent.purpose)))
      .innerJoin(postMedia, eq(postMedia.postId, postVariants.postId))
      .innerJoin(mediaPeople, and(eq(mediaPeople.mediaId, postMedia.mediaId), eq(mediaPeople.personId, consent.personId)))
      .where(and(eq(postVariants.orgId, scope.orgId), isNotNull(postVariants.publishedAt), isNull(postVariants.removedAt))),
    // The person's other consents for the same purpose that still hold: their channels stay.
    scope.db
      .select({ channelId: consents.channelId })
      .from(consents)
      .where(
        and(
          eq(consents.orgId, scope.orgId),
          eq(consents.personId, consent.personId),
          eq(consents.purpose, consent.purpose),
          ne(consents.id, consent.id),
          validAt(new Date()),
        ),
      ),
  ]);
  const covered = (channelId: string) => remaining.some((r) => r.channelId === null || r.channelId === channelId);
  return rows.filter(({ channel }) => !covered(channel.id)).sort((a, b) => b.variant.publishedAt!.getTime() - a.variant.publishedAt!.getTime());
}

const item = ({ variant, channel }: Awaited<ReturnType<typeof publicationsShowing>>[number]): TakedownItem => ({
  postId: variant.postId,
  variantId: variant.id,
  channel: { id: channel.id, name: channel.name },
  externalUrl: variant.externalUrl,
  publishedAt: variant.publishedAt!.toISOString(),
});

export async function takedownList(scope: Authorized<'consent.manage'>, consentId: string): Promise<TakedownItem[]> {
  return (await publicationsShowing(scope, await findConsent(scope, consentId))).map(item);
}

export async function withdrawConsent(
  scope: Authorized<'consent.manage'>,
  consentId: string,
  deps: { secrets: SecretBox; net: Outbound },
): Promise<WithdrawResult> {
  const consent = await findConsent(scope, consentId);
  if (consent.withdrawnAt) throw new AppError(409, 'consent_already_withdrawn');
  const targets = await publicationsShowing(scope, consent);
  await scope.db.transaction(async (tx) => {
    const done = await tx
      .update(consents)
      .set({ withdrawnAt: new Date(), withdrawnBy: scope.userId })
      .where(and(eq(consents.id, consent.id), eq(consents.orgId, scope.orgId), isNull(consents.withdrawnAt)))
      .returning({ id: consents.id });
    if (!done.length) throw new AppError(409, 'consent_already_withdrawn');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'consent.withdrawn',
      detail: { personId: consent.personId, consentId: consent.id, takedowns: targets.length },
    });
    if (targets.length) {
      await tx
        .insert(takedowns)
        .values(targets.map(({ variant }) => ({ orgId: scope.orgId, consentId: consent.id, variantId: variant.id, requestedBy: scope.userId })))
        .onConflictDoNothing();
    }
  });
  // Each removal is tried now; one that fails stays queued and the worker tries it again.
  const outcomes = new Map((await runTakedowns(scope.db, deps, { consentId: consent.id })).map((o) => [o.variantId, o]));
  const result: WithdrawResult = { removed: [], failed: [] };
  for (const target of targets) {
    const outcome = outcomes.get(target.variant.id);
    if (outcome?.status === 'done') result.removed.push(item(target));
    else result.failed.push({ ...item(target), reason: outcome?.error ?? '', retrying: outcome?.status !== 'failed' });
  }
  return result;
}
