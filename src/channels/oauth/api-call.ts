// One HTTP call to a network's REST API through the outbound policy, and how its failure maps
// onto the engine's outcomes. Shared by the Mastodon and X adapters (thin clients: see
// ARCHITECTURE.md for why no client library).
import type { PublishOutcome } from '../channel-adapter';
import { parseRetryAfter } from '../../net/retry-after';
import { refusalIn, type Outbound } from '../../net/safe-fetch';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** The call never got an HTTP answer. `connect`: nothing was sent; `in-flight`: it may have arrived. */
export class TransportFailure extends Error {
  constructor(
    readonly stage: 'refused' | 'connect' | 'in-flight',
    cause: unknown,
  ) {
    super(`transport failure (${stage})`, { cause });
  }
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);

function codeOf(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 6 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export async function apiCall(
  net: Outbound,
  url: string,
  init: { method?: string; token?: string; json?: unknown; form?: FormData | URLSearchParams; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) body = init.form;
  let res: Response;
  try {
    res = await net.fetch(url, { method: init.method ?? 'GET', headers, body, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    if (refusalIn(error)) throw new TransportFailure('refused', error);
    throw new TransportFailure(CONNECT_CODES.has(codeOf(error) ?? '') ? 'connect' : 'in-flight', error);
  }
  const text = await res.text().catch(() => '');
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { error: text.slice(0, 200) };
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** When the network allows the next call: X and Mastodon send x-ratelimit-reset (epoch seconds, or an ISO time on Mastodon), else Retry-After. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const reset = headers.get('x-rate-limit-reset') ?? headers.get('x-ratelimit-reset');
  if (reset) {
    const at = /^\d+$/.test(reset) ? Number(reset) * 1000 : Date.parse(reset);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return parseRetryAfter(headers.get('retry-after'), now);
}

/** The outcome for an HTTP error answer to a create call (a 2xx is handled by the caller). */
export function errorOutcome(network: string, answer: ApiAnswer, where = ''): PublishOutcome {
  const message = String(answer.body.error ?? answer.body.detail ?? answer.body.title ?? answer.status);
  if (answer.status === 401) {
    // The grant is revoked or expired: no retry helps, a person must reconnect the channel.
    return {
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      reason: `${network}: koppeling ingetrokken of verlopen, opnieuw koppelen`,
      code: 'grant_revoked',
    };
  }
  if (answer.status === 429) {
    const wait = retryAfterMs(answer.headers);
    return {
      kind: 'failed',
      retryable: true,
      reason: `${network} is rate-limiting this account${where}`,
      code: 'rate_limited',
      ...(wait !== undefined && { retryAfterMs: wait }),
    };
  }
  if (answer.status >= 500) return { kind: 'unknown', reason: `${network} answered ${answer.status}${where}: ${message}`, code: 'no_confirmation' };
  if (answer.status === 403)
    return { kind: 'failed', retryable: false, reason: `${network} refused the post${where}: ${message}`, code: 'network_refused', params: { status: 403 } };
  return { kind: 'failed', retryable: false, reason: `${network} refused the post${where}: ${message}`, code: 'post_refused' };
}

export function transportOutcome(network: string, failure: TransportFailure, sentSafely: boolean): PublishOutcome {
  if (failure.stage === 'refused') return { kind: 'failed', retryable: false, reason: 'system:target_refused', channelProblem: true, code: 'target_refused' };
  if (failure.stage === 'connect') return { kind: 'failed', retryable: true, reason: 'system:unreachable', code: 'network_unreachable' };
  // An answer lost in flight: safe to resend only when the network deduplicates (Mastodon's Idempotency-Key).
  if (sentSafely) return { kind: 'failed', retryable: true, reason: `${network} did not answer; resending is safe`, code: 'network_busy' };
  return { kind: 'unknown', reason: `${network} did not confirm the post`, code: 'no_confirmation' };
}
