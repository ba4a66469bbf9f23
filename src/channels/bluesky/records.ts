// Writing Bluesky post records, shared by publishing and replying: strong references, reading a
// record back, creating one under a fixed key (a repeat collides instead of duplicating), and how
// a failed login or createRecord becomes an outcome.
import type { AppBskyFeedPost } from '@atproto/api';
import type { PublishOutcome } from '../channel-adapter';
import { parseRetryAfter } from '../../net/retry-after';
import { type BlueskyLoginError, TARGET_REFUSED, UNREACHABLE, type BlueskySession } from './session';
import { describeFailure, type Failure } from './transport';

export const COLLECTION = 'app.bsky.feed.post';

export interface StrongRef {
  uri: string;
  cid: string;
}

export function postUrl(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}

export function parseAtUri(uri: string): { repo: string; collection: string; rkey: string } {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!match) throw new Error(`not a Bluesky record address: ${uri}`);
  return { repo: match[1]!, collection: match[2]!, rkey: match[3]! };
}

function isNotFound(failure: Failure): boolean {
  return failure.error === 'RecordNotFound' || failure.status === 404;
}

/** The record under `rkey` in the session's repository, or null when there is none. */
export async function readRecord(session: BlueskySession, rkey: string): Promise<{ ref: StrongRef; value: AppBskyFeedPost.Record } | null> {
  try {
    const { data } = await session.agent.com.atproto.repo.getRecord({ repo: session.did, collection: COLLECTION, rkey });
    return { ref: { uri: data.uri, cid: data.cid ?? '' }, value: data.value as AppBskyFeedPost.Record };
  } catch (thrown) {
    if (isNotFound(describeFailure(thrown))) return null;
    throw thrown;
  }
}

/**
 * Creates one record under a fixed key. If the key is already taken (an earlier publish of the
 * same post got through) the existing record counts as ours: the PDS answers such a collision
 * with an error (500 from the reference PDS), so after ANY failure the key is read back first.
 */
export async function createOnce(session: BlueskySession, rkey: string, record: AppBskyFeedPost.Record): Promise<StrongRef | Failure> {
  try {
    const { data } = await session.agent.com.atproto.repo.createRecord({
      repo: session.did,
      collection: COLLECTION,
      rkey,
      record: record as unknown as Record<string, unknown>,
    });
    return { uri: data.uri, cid: data.cid };
  } catch (thrown) {
    const failure = describeFailure(thrown);
    try {
      const existing = await readRecord(session, rkey);
      if (existing) return existing.ref;
    } catch {
      // Cannot tell; classify the original failure.
    }
    return failure;
  }
}

/** Bluesky says when a rate limit resets (ratelimit-reset, epoch seconds) or sends Retry-After. */
export function retryAfter(failure: Failure): { retryAfterMs?: number } {
  const reset = Number(failure.headers?.['ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return { retryAfterMs: Math.max(0, reset * 1000 - Date.now()) };
  const ms = parseRetryAfter(failure.headers?.['retry-after']);
  return ms === undefined ? {} : { retryAfterMs: ms };
}

export function isRef(x: StrongRef | Failure): x is StrongRef {
  return 'uri' in x;
}

export function classifyCreateFailure(failure: Failure, where: string): PublishOutcome {
  // Transport details (refused port, timeout, reset) stay in the server log: see transport.ts.
  if (failure.refused) return { kind: 'failed', retryable: false, reason: TARGET_REFUSED, channelProblem: true };
  if (failure.transport === 'connect') return { kind: 'failed', retryable: true, reason: UNREACHABLE };
  if (failure.transport === 'in-flight') return { kind: 'unknown', reason: `Bluesky did not confirm the post${where}`, code: 'no_confirmation' };
  const status = failure.status ?? 0;
  if (status === 429)
    return { kind: 'failed', retryable: true, reason: `Bluesky is rate-limiting this account${where}`, code: 'rate_limited', ...retryAfter(failure) };
  if (status >= 500 || status === 0) {
    return { kind: 'unknown', reason: `Bluesky answered ${status || 'an error'} to the post${where}: ${failure.message}`, code: 'no_confirmation' };
  }
  if (status === 401) return { kind: 'failed', retryable: true, reason: `Bluesky session expired${where}`, code: 'session_expired' };
  return { kind: 'failed', retryable: false, reason: `Bluesky refused the post${where}: ${failure.message}`, code: 'post_refused' };
}

/** How a refused or failed login is reported (nothing was written). */
export function loginFailureOutcome(error: BlueskyLoginError): PublishOutcome {
  return {
    kind: 'failed',
    retryable: error.retryable,
    reason: error.message,
    // Logging in writes nothing: a transport problem is the network's, a refusal the account's.
    code:
      error.message === UNREACHABLE
        ? 'network_unreachable'
        : error.message === TARGET_REFUSED
          ? 'target_refused'
          : error.retryable
            ? 'network_busy'
            : 'credentials_refused',
    ...(error.failure ? retryAfter(error.failure) : {}),
    // A refused login is the account's problem, not this post's.
    ...(!error.retryable && { channelProblem: true }),
  };
}
