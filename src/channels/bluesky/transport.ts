// HTTP for the Bluesky client: a fetch with a time limit that says, when it fails, whether the
// request could have reached the server. That difference decides between "failed, try again"
// and "unknown, never retry blindly" once a write is involved.
import { XRPCError } from '@atproto/api';
import { refusalIn } from '../../net/safe-fetch';
import { log } from '../../log/logger';

export type TransportPhase = 'connect' | 'in-flight';

export class TransportError extends Error {
  constructor(
    readonly phase: TransportPhase,
    message: string,
    options?: { cause?: unknown; refused?: boolean },
  ) {
    super(message, options);
    this.name = 'TransportError';
    this.refused = options?.refused ?? false;
  }
  /** The outbound policy refused the address (or a redirect): trying again cannot help. */
  readonly refused: boolean;
}

// Errors raised before a single byte of the request left this machine.
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_INVALID_URL',
]);

function codesIn(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 6) return [];
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === 'string' ? [e.code] : [];
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((x) => codesIn(x, depth + 1)) : [];
  return [...own, ...nested, ...codesIn(e.cause, depth + 1)];
}

function phaseOf(error: unknown): TransportPhase {
  const codes = codesIn(error);
  return codes.length > 0 && codes.every((c) => CONNECT_CODES.has(c)) ? 'connect' : 'in-flight';
}

/**
 * `fetch` (the outbound policy's, src/net/safe-fetch.ts) with a time limit. The messages are
 * generic on purpose (they reach people: a refused port, a timeout and a refused address must
 * look alike); the details go to the server log.
 */
export function timedFetch(timeoutMs: number, fetchImpl: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await fetchImpl(input, { ...init, signal });
    } catch (error) {
      const refusal = refusalIn(error);
      const detail = refusal?.message ?? codesIn(error)[0] ?? (error as Error)?.message ?? String(error);
      log.warn({ cause: timeout.aborted ? `no answer within ${timeoutMs / 1000} s` : detail }, 'bluesky request failed');
      if (refusal) throw new TransportError('connect', 'the address cannot be reached', { cause: error, refused: true });
      if (timeout.aborted) throw new TransportError('in-flight', 'no answer in time', { cause: error });
      const phase = phaseOf(error);
      throw new TransportError(phase, phase === 'connect' ? 'the address cannot be reached' : 'the connection was lost', { cause: error });
    }
  };
}

export interface Failure {
  /** Set when no HTTP answer came back. */
  transport?: TransportPhase;
  /** The outbound policy refused the address or a redirect. */
  refused?: boolean;
  /** HTTP status of the answer, if there was one. */
  status?: number;
  /** XRPC error name, e.g. "AuthenticationRequired". */
  error?: string;
  message: string;
  /** Response headers, when there was a response. */
  headers?: Record<string, string | undefined>;
}

/** What went wrong with an XRPC call, from whatever the client threw. */
export function describeFailure(thrown: unknown): Failure {
  let cause: unknown = thrown;
  for (let i = 0; i < 6 && cause; i++) {
    if (cause instanceof TransportError) return { transport: cause.phase, message: cause.message, ...(cause.refused && { refused: true }) };
    cause = (cause as { cause?: unknown }).cause;
  }
  if (thrown instanceof XRPCError) {
    const status = thrown.status >= 100 ? thrown.status : undefined;
    return { status, error: thrown.error, message: thrown.message || thrown.error, headers: thrown.headers };
  }
  return { message: (thrown as Error)?.message ?? String(thrown) };
}
