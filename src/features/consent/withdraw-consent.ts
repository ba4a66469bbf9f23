// Withdrawing a consent: the takedown list shows every publication of a post whose images show
// the person on a channel no other consent of theirs still covers; after one confirmation each is
// removed from its network through the channel's adapter, and each removal is in the audit trail.
import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import { PUBLICATION_PURPOSE, type TakedownItem, type WithdrawResult } from '../../contracts/consent';
import { channels, consents, mediaPeople, postMedia, postVariants } from '../../db/schema';
import type { Outbound } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import type { SecretBox } from '../secrets';
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
  if (consent.purpose !== PUBLICATION_PURPOSE) return [];
  const [rows, remaining] = await Promise.all([
    scope.db
      .selectDistinct({ variant: postVariants, channel: channels })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .innerJoin(postMedia, eq(postMedia.postId, postVariants.postId))
      .innerJoin(mediaPeople, and(eq(mediaPeople.mediaId, postMedia.mediaId), eq(mediaPeople.personId, consent.personId)))
      .where(and(eq(postVariants.orgId, scope.orgId), isNotNull(postVariants.publishedAt), isNull(postVariants.removedAt))),
    // The person's other consents for publication that still hold: their channels stay.
    scope.db
      .select({ channelId: consents.channelId })
      .from(consents)
      .where(
        and(
          eq(consents.orgId, scope.orgId),
          eq(consents.personId, consent.personId),
          eq(consents.purpose, PUBLICATION_PURPOSE),
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
  });
  const result: WithdrawResult = { removed: [], failed: [] };
  for (const target of targets) {
    const { variant, channel } = target;
    const adapter = adapterFor(channel.type);
    const detail = { postId: variant.postId, channelId: channel.id, consentId: consent.id, personId: consent.personId };
    try {
      if (!adapter) throw new Error(`no adapter for "${channel.type}"`);
      await adapter.remove({
        externalId: variant.externalId ?? variant.postId,
        settings: channel.settings,
        credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
        net: deps.net,
      });
      await scope.db.transaction(async (tx) => {
        await tx
          .update(postVariants)
          .set({ removedAt: new Date() })
          .where(and(eq(postVariants.id, variant.id), eq(postVariants.orgId, scope.orgId)));
        await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'post.taken_down', detail });
      });
      result.removed.push(item(target));
    } catch (error) {
      // The network's own words stay out of the trail (they may quote the post); the person sees them.
      await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'post.takedown_failed', detail });
      result.failed.push({ ...item(target), reason: error instanceof Error ? error.message.slice(0, 300) : String(error) });
    }
  }
  return result;
}
