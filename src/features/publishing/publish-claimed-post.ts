// Sends a post this worker has claimed to each of its channels, exactly once:
// - "publishing" and each variant's start mark are stored before the network is called;
// - a failure that reached nothing is retried later with backoff (Retry-After respected);
// - an unknown outcome is never resent: the post becomes "unconfirmed" and is reconciled by
//   reading the account (src/features/publishing/reconcile-unconfirmed.ts);
// - a variant that may have been sent by a dead worker is looked up before anything is resent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishRequest } from '../../channels/channel-adapter';
import { adapterFor } from '../../channels/registry';
import type { Db } from '../../db/client';
import { judgePost, type GuardInput } from '../guard/check-post';
import type { OrgScope } from '../org-scope';
import type { SecretBox } from '../secrets';
import type { Outbound } from '../../net/safe-fetch';
import { loadPostsWithParts, type PostWithParts } from '../posts/load-post-parts';
import {
  clearStarted,
  engineTransition,
  finishMany,
  markChannelProblem,
  markStartedMany,
  markVariantPublished,
  renewLease,
  throttleChannel,
  throttledUntil,
  type Finish,
  type StartMark,
} from './engine-steps';
import { batcher, type Batched } from './batcher';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './retry-policy';
import { guardBlocks } from '../guard/guard-blocks';
import type { PostFailure } from '../../contracts/post';
import { failureOf, systemFailure } from './failure-code';
import { publicMediaUrl } from '../media/public-media-link';
import { type ConsentCheck, loadConsentCheck } from '../consent/consent-check';
import { recordAudit } from '../audit/record-audit';
import type { ConsentPurpose } from '../../contracts/consent';
import { sentHash } from '../../domain/content-hash';

export interface PublishDeps {
  mediaDir: string;
  secrets: SecretBox;
  net: Outbound;
  /** The installation's address: media get a public, expiring link from it when it is public https (Instagram). */
  config?: { publicUrl: string };
}

/** The engine's shared statements: a worker's sends in flight mark and finish together. */
export interface EngineBatch {
  start: Batched<StartMark, boolean>;
  finish: Batched<Finish, boolean>;
  /** Sends waiting for the network's answer: their finishes are on their way. */
  sending: number;
}

export function engineBatch(db: Db): EngineBatch {
  const batch: EngineBatch = {
    start: batcher((marks) => markStartedMany(db, marks)),
    // A finish waits a few milliseconds for the other answers in flight, so a burst shares its transactions.
    finish: batcher((items) => finishMany(db, items), { lingerMs: 10, expecting: () => batch.sending > 0 }),
    sending: 0,
  };
  return batch;
}

/** A post's channels with what each adapter needs to send it, and the guard's input, from its loaded parts. */
export function prepareSending({ post, org, variants, media }: PostWithParts, deps: PublishDeps, consent?: ConsentCheck) {
  const guardInput: GuardInput = {
    settings: org.guardSettings,
    variants: variants.map(({ variant, channel }) => ({ channelId: channel.id, text: variant.text, name: channel.name })),
    files: media.map((m) => ({ id: m.id, altText: m.altText })),
    consent,
  };
  const unpublished = variants.filter(({ variant }) => !variant.publishedAt);
  const sends = unpublished.map(({ variant, channel }) => ({
    variant,
    channel,
    adapter: adapterFor(channel.type),
    request: {
      postId: post.id,
      text: variant.text ?? post.baseText,
      media: media.map((m) => ({
        id: m.id,
        mimeType: m.mimeType,
        altText: m.altText,
        read: () => readFile(path.join(deps.mediaDir, m.storageKey)),
        publicUrl: publicMediaUrl(deps.secrets, deps.config?.publicUrl, m.id),
        fileName: m.fileName,
        sizeBytes: m.sizeBytes,
        width: m.width,
        height: m.height,
        durationMs: m.durationMs,
      })),
      channel: { id: channel.id, slug: channel.slug, orgSlug: org.slug, settings: channel.settings },
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

/** Loads one post of the scope's organisation with its parts (reconciliation, and a send without a batch). */
export async function loadOne(scope: OrgScope, postId: string): Promise<PostWithParts | undefined> {
  return (await loadPostsWithParts(scope.db, [postId], scope.orgId))[0];
}

/** One network's part of a publication, as the audit trail keeps it. */
interface NetworkOutcome {
  channelId: string;
  network: string;
  outcome: 'published' | 'published_earlier' | 'found' | 'refused' | 'unknown' | 'maybe_sent';
  externalId: string | null;
  /** sha256 of the text and media (ids and alt texts) handed to the network. */
  sent?: string;
  /** The failure code Zorgpost gives a refusal (never the network's own words). */
  code?: string | null;
}

/** A send whose outcome is unknown is in the trail too: what may have gone out, and where. */
async function auditUnknown(scope: OrgScope, postId: string, networks: NetworkOutcome[]) {
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: null, action: 'post.publish_unknown', detail: { postId, networks } });
}

/** A channel's last error when the network revoked or expired the grant (token-refresh.ts, the outcome code). */
const GRANT_GONE = 'system:failure:grant_revoked:';

export async function publishClaimedPost(
  scope: OrgScope,
  postId: string,
  deps: PublishDeps & { worker: string; batch?: EngineBatch; loaded?: PostWithParts },
): Promise<void> {
  const { db } = scope;
  const { worker } = deps;
  const loaded = deps.loaded ?? (await loadOne(scope, postId));
  if (!loaded) return;
  const { post } = loaded;
  if (post.status !== 'publishing' || post.leaseOwner !== worker) return;
  const batch = deps.batch ?? engineBatch(db);
  // Only codes Zorgpost writes itself go into the audit trail, never a network's message.
  const reasonCode = (reason: string) => (reason.startsWith('system:') ? reason : null);
  // The audit trail's account of each network: which channel, what happened, the network's id for
  // the post and a hash of exactly what was sent there (never the text itself).
  const networks: NetworkOutcome[] = loaded.variants
    .filter(({ variant }) => variant.publishedAt)
    .map(({ variant, channel }) => ({ channelId: channel.id, network: channel.type, outcome: 'published_earlier', externalId: variant.externalId }));
  const finish = (f: Omit<Finish, 'post' | 'worker'>) => batch.finish({ post, worker, ...f });
  const fail = (reason: string, failure: PostFailure, detail: Record<string, unknown> = { reason: reasonCode(reason) }, changes = {}) =>
    finish({ event: 'publish_failed', reason, changes: { failureReason: reason, failure, ...changes }, detail: { ...detail, networks } });

  // Consent must still hold now, for the channels still to send to (no statement without tagged images).
  const consent = await loadConsentCheck(
    scope,
    loaded.media.map((m) => m.id),
    unpublishedTargets(loaded.variants),
    new Date(),
    post.purpose as ConsentPurpose,
  );
  const { sends, guardInput } = prepareSending(loaded, deps, consent);
  // Last check before anything leaves: the text may predate a stricter organisation setting.
  // The verdict is cached per content version, so this scans only what no earlier step scanned.
  const guard = judgePost(post, guardInput);
  if (guard.verdict === 'block' && !guard.overridden) {
    guardBlocks.inc({ stage: 'publication' });
    await fail('system:privacy_blocked', systemFailure('privacy_blocked'));
    return;
  }

  const renew = setInterval(() => void renewLease(db, post.id, worker).catch(() => {}), LEASE_MS / 3);
  try {
    let last: { id: string; found: { externalId: string; externalUrl: string | null } } | undefined;
    const keep = async () => {
      // A variant's answer is stored before the next one is sent; the last one goes with the finish.
      if (last) await markVariantPublished(db, last.id, last.found);
      last = undefined;
    };
    for (const { variant, channel, adapter, request } of sends) {
      await keep();
      if (!adapter) {
        await fail(`${channel.name}: no adapter for "${channel.type}"`, systemFailure('no_adapter', { network: channel.type, channel: channel.name }));
        return;
      }
      if (variant.publishStartedAt) {
        // A previous attempt may have reached the network: look before sending again.
        const found = adapter.findPublished ? await adapter.findPublished(request).catch(() => undefined) : undefined;
        if (found) {
          last = { id: variant.id, found };
          networks.push({ channelId: channel.id, network: channel.type, outcome: 'found', externalId: found.externalId, sent: sentHash(request) });
          continue;
        }
        if (found === undefined && !adapter.idempotent) {
          networks.push({ channelId: channel.id, network: channel.type, outcome: 'maybe_sent', externalId: null, sent: sentHash(request) });
          await auditUnknown(scope, post.id, networks);
          await engineTransition(db, post, worker, 'publish_unknown', `${channel.name}: an earlier attempt may have been sent`, {
            failure: systemFailure('maybe_sent', { network: channel.type, channel: channel.name }),
          });
          return;
        }
      }
      if (channel.lastError?.startsWith(GRANT_GONE)) {
        // The network ended the grant (token refresh or an earlier post): only reconnecting helps, so
        // the post fails now with that reason instead of calling the network again and again.
        const reason = `${channel.name}: opnieuw koppelen`;
        await fail(reason, systemFailure('grant_revoked', { network: channel.type, channel: channel.name }), { channelId: channel.id });
        return;
      }
      const throttled = throttledUntil(channel);
      if (throttled) {
        // The network asked to slow down: wait, without counting it as a failed attempt.
        await engineTransition(db, post, worker, 'release', 'system:throttled', { nextAttemptAt: throttled });
        return;
      }
      if (!(await batch.start({ variantId: variant.id, postId: post.id, worker }))) {
        // Crisis mode or a lost lease: nothing was sent; hand the post back, held if paused.
        await engineTransition(db, post, worker, 'release', 'system:crisis_hold', { heldAt: new Date() });
        return;
      }
      batch.sending++;
      const outcome = await adapter
        .publish(request)
        .catch((error: unknown) => ({
          kind: 'unknown' as const,
          reason: error instanceof Error ? error.message : String(error),
        }))
        .finally(() => batch.sending--);
      if (outcome.kind === 'published') {
        last = { id: variant.id, found: outcome };
        networks.push({ channelId: channel.id, network: channel.type, outcome: 'published', externalId: outcome.externalId, sent: sentHash(request) });
        continue;
      }
      // A code the web app translates ("system:unreachable") gets the channel's name as its parameter.
      const coded = outcome.reason.startsWith('system:');
      const reason = coded ? `${outcome.reason}:${channel.name}` : `${channel.name}: ${outcome.reason}`;
      if (outcome.kind === 'unknown') {
        networks.push({ channelId: channel.id, network: channel.type, outcome: 'unknown', externalId: null, sent: sentHash(request) });
        await auditUnknown(scope, post.id, networks);
        await engineTransition(db, post, worker, 'publish_unknown', reason, { failureReason: reason, failure: failureOf(outcome, channel, null) });
        return;
      }
      await clearStarted(db, variant.id);
      networks.push({ channelId: channel.id, network: channel.type, outcome: 'refused', externalId: null, code: outcome.code ?? null });
      // A coded problem is kept as a code the web app translates ("check the app password"), not the network's English.
      const channelReason = coded ? reason : outcome.code ? `system:failure:${outcome.code}:${channel.type}:${channel.name}` : outcome.reason;
      if (outcome.channelProblem) await markChannelProblem(db, channel.id, channelReason);
      if (outcome.retryable && outcome.retryAfterMs) await throttleChannel(db, channel.id, new Date(Date.now() + outcome.retryAfterMs));
      const attempts = post.attempts + 1;
      if (outcome.retryable && attempts < MAX_ATTEMPTS) {
        const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, outcome.retryAfterMs));
        await engineTransition(db, post, worker, 'release', reason, {
          attempts,
          nextAttemptAt,
          failureReason: reason,
          failure: failureOf(outcome, channel, nextAttemptAt),
        });
      } else {
        await fail(reason, failureOf(outcome, channel, null), { channelId: channel.id, attempts }, { attempts });
      }
      return;
    }
    await finish({
      event: 'publish_succeeded',
      reason: null,
      changes: { publishedAt: 'now', failureReason: null, failure: null, nextAttemptAt: null },
      detail: { channelIds: sends.map(({ channel }) => channel.id), networks },
      variant: last,
    });
  } finally {
    clearInterval(renew);
  }
}
