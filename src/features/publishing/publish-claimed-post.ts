// Sends a post this worker has claimed to each of its channels, exactly once:
// - "publishing" and each variant's start mark are stored before the network is called;
// - a failure that reached nothing is retried later with backoff (Retry-After respected);
// - an unknown outcome is never resent: the post becomes "unconfirmed" and is reconciled by
//   reading the account (src/features/publishing/reconcile-unconfirmed.ts);
// - a variant that may have been sent by a dead worker is looked up before anything is resent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { PublishRequest } from '../../channels/channel-adapter';
import { adapterFor } from '../../channels/registry';
import { channels, media, postMedia, postVariants } from '../../db/schema';
import { judgePost, orgGuardSettings, type GuardInput } from '../guard/check-post';
import type { OrgScope } from '../org-scope';
import type { SecretBox } from '../secrets';
import type { Outbound } from '../../net/safe-fetch';
import { findPost, type PostRow } from '../posts/find-post';
import {
  clearStarted,
  engineFinish,
  engineTransition,
  markChannelProblem,
  markStarted,
  markVariantPublished,
  renewLease,
  throttleChannel,
} from './engine-steps';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './retry-policy';
import { guardBlocks } from '../guard/guard-blocks';
import { loadConsentCheck } from '../consent/consent-check';

export interface PublishDeps {
  mediaDir: string;
  secrets: SecretBox;
  net: Outbound;
}

/** A post's channels with what each adapter needs to send it, and the guard's input, in one go. */
export async function loadPostForSending(scope: OrgScope, post: PostRow, deps: PublishDeps) {
  const [variants, files, settings] = await Promise.all([
    scope.db
      .select({ variant: postVariants, channel: channels })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(postVariants.postId, post.id), eq(postVariants.orgId, scope.orgId))),
    scope.db
      .select({ m: media })
      .from(postMedia)
      .innerJoin(media, eq(media.id, postMedia.mediaId))
      .where(and(eq(postMedia.postId, post.id), eq(postMedia.orgId, scope.orgId)))
      .orderBy(postMedia.position),
    orgGuardSettings(scope),
  ]);
  const guardInput: GuardInput = {
    settings,
    variants: variants.map(({ variant, channel }) => ({ channelId: channel.id, text: variant.text, name: channel.name })),
    files: files.map(({ m }) => ({ id: m.id, altText: m.altText })),
    consent: await loadConsentCheck(
      scope,
      files.map(({ m }) => m.id),
      unpublishedTargets(variants),
      new Date(),
    ),
  };
  const unpublished = variants.filter(({ variant }) => !variant.publishedAt);
  const sends = unpublished.map(({ variant, channel }) => ({
    variant,
    channel,
    adapter: adapterFor(channel.type),
    request: {
      postId: post.id,
      text: variant.text ?? post.baseText,
      media: files.map(({ m }) => ({
        id: m.id,
        mimeType: m.mimeType,
        altText: m.altText,
        read: () => readFile(path.join(deps.mediaDir, m.storageKey)),
      })),
      channel: { id: channel.id, slug: channel.slug, orgSlug: scope.orgSlug, settings: channel.settings },
      credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
      net: deps.net,
    } satisfies PublishRequest,
  }));
  return { sends, guardInput };
}

/** The channels still to send to: consent is checked for those (a published variant is history). */
function unpublishedTargets(variants: { variant: { publishedAt: Date | null }; channel: { id: string; name: string } }[]) {
  return variants.filter(({ variant }) => !variant.publishedAt).map(({ channel }) => ({ channelId: channel.id, name: channel.name }));
}

export async function publishClaimedPost(scope: OrgScope, postId: string, deps: PublishDeps & { worker: string }): Promise<void> {
  const { db } = scope;
  const { worker } = deps;
  const post = await findPost(scope, postId);
  if (post.status !== 'publishing' || post.leaseOwner !== worker) return;
  // Only codes Zorgpost writes itself go into the audit trail, never a network's message.
  const reasonCode = (reason: string) => (reason.startsWith('system:') ? reason : null);
  const fail = (reason: string) => engineFinish(db, post, worker, 'publish_failed', reason, { failureReason: reason }, { reason: reasonCode(reason) });

  const { sends, guardInput } = await loadPostForSending(scope, post, deps);
  // Last check before anything leaves: the text may predate a stricter organisation setting.
  const guard = judgePost(post, guardInput);
  if (guard.verdict === 'block' && !guard.overridden) {
    guardBlocks.inc({ stage: 'publication' });
    await fail('system:privacy_blocked');
    return;
  }

  const renew = setInterval(() => void renewLease(db, post.id, worker).catch(() => {}), LEASE_MS / 3);
  try {
    for (const { variant, channel, adapter, request } of sends) {
      if (!adapter) {
        await fail(`${channel.name}: no adapter for "${channel.type}"`);
        return;
      }
      if (variant.publishStartedAt) {
        // A previous attempt may have reached the network: look before sending again.
        const found = adapter.findPublished ? await adapter.findPublished(request).catch(() => undefined) : undefined;
        if (found) {
          await markVariantPublished(db, variant.id, found);
          continue;
        }
        if (found === undefined && !adapter.idempotent) {
          await engineTransition(db, post, worker, 'publish_unknown', 'unconfirmed', `${channel.name}: an earlier attempt may have been sent`);
          return;
        }
      }
      if (channel.throttledUntil && channel.throttledUntil.getTime() > Date.now()) {
        // The network asked to slow down: wait, without counting it as a failed attempt.
        await engineTransition(db, post, worker, 'release', 'scheduled', 'system:throttled', { nextAttemptAt: channel.throttledUntil });
        return;
      }
      if (!(await markStarted(db, variant.id, post.id, worker))) {
        // Crisis mode or a lost lease: nothing was sent; hand the post back, held if paused.
        await engineTransition(db, post, worker, 'release', 'scheduled', 'system:crisis_hold', { heldAt: new Date() });
        return;
      }
      const outcome = await adapter.publish(request).catch((error: unknown) => ({
        kind: 'unknown' as const,
        reason: error instanceof Error ? error.message : String(error),
      }));
      if (outcome.kind === 'published') {
        await markVariantPublished(db, variant.id, outcome);
        continue;
      }
      // A code the web app translates ("system:unreachable") gets the channel's name as its parameter.
      const coded = outcome.reason.startsWith('system:');
      const reason = coded ? `${outcome.reason}:${channel.name}` : `${channel.name}: ${outcome.reason}`;
      if (outcome.kind === 'unknown') {
        await engineTransition(db, post, worker, 'publish_unknown', 'unconfirmed', reason, { failureReason: reason });
        return;
      }
      await clearStarted(db, variant.id);
      if (outcome.channelProblem) await markChannelProblem(db, channel.id, coded ? reason : outcome.reason);
      if (outcome.retryable && outcome.retryAfterMs) await throttleChannel(db, channel.id, new Date(Date.now() + outcome.retryAfterMs));
      const attempts = post.attempts + 1;
      if (outcome.retryable && attempts < MAX_ATTEMPTS) {
        const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, outcome.retryAfterMs));
        await engineTransition(db, post, worker, 'release', 'scheduled', reason, { attempts, nextAttemptAt, failureReason: reason });
      } else {
        await engineFinish(db, post, worker, 'publish_failed', reason, { attempts, failureReason: reason }, { channelId: channel.id, attempts });
      }
      return;
    }
    await engineFinish(
      db,
      post,
      worker,
      'publish_succeeded',
      null,
      { publishedAt: new Date(), failureReason: null, nextAttemptAt: null },
      { channelIds: sends.map(({ channel }) => channel.id) },
    );
  } finally {
    clearInterval(renew);
  }
}
