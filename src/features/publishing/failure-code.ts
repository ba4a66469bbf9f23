// Why a publication did not go out, as a code with parameters the web app says in the person's
// language ("De server van Bluesky is niet bereikbaar; we proberen het om 10:32 opnieuw").
// Adapters may name the code themselves; the reasons Zorgpost writes ("system:unreachable")
// map to codes here, and anything else is a network's own refusal.
import type { PublishOutcome } from '../../channels/channel-adapter';
import type { FailureCodeName, PostFailure } from '../../contracts/post';

const SYSTEM_CODES: Record<string, FailureCodeName> = {
  unreachable: 'network_unreachable',
  target_refused: 'target_refused',
  redirect_refused: 'target_refused',
  no_confirmation: 'no_confirmation',
  privacy_blocked: 'privacy_blocked',
  throttled: 'rate_limited',
  crisis_hold: 'crisis_hold',
};

type Failed = Exclude<PublishOutcome, { kind: 'published' }>;

/** The failure of one channel's send, for the post's `failure` column. */
export function failureOf(outcome: Failed, channel: { type: string; name: string }, retryAt: Date | null): PostFailure {
  const system = outcome.reason.startsWith('system:') ? SYSTEM_CODES[outcome.reason.split(':')[1] ?? ''] : undefined;
  const code = outcome.code ?? system ?? (outcome.kind === 'unknown' ? 'no_confirmation' : 'network_refused');
  return {
    code,
    params: { network: channel.type, channel: channel.name, ...outcome.params, ...(retryAt ? { retryAt: retryAt.toISOString() } : {}) },
  };
}

/** A failure Zorgpost decides on its own (no network involved). */
export const systemFailure = (code: FailureCodeName, params: Record<string, string | number> = {}): PostFailure => ({ code, params });
