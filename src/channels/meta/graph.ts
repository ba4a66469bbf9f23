// A thin client for Meta's Graph API, used by the Facebook Pages and Instagram adapters. Every call
// goes through the installation's guarded fetch (src/net); no SDK: facebook-nodejs-business-sdk
// brings its own HTTP stack (axios), which would bypass the address policy.
//
// Error shape (Graph API "Handling Errors"): { error: { message, type, code, error_subcode, fbtrace_id } }.
// Rate limits are not told with Retry-After but in X-Business-Use-Case-Usage / X-App-Usage headers
// (estimated_time_to_regain_access, minutes).
import type { PublishOutcome } from '../channel-adapter';
import type { Outbound } from '../../net/safe-fetch';
import { refusalIn } from '../../net/safe-fetch';

/**
 * The Graph API version in every path. Meta supports a version for at least two years after its
 * release; v21.0 (October 2024) ends around October 2026, so November 2026 needs a newer one.
 * v24.0 (October 2025) runs until about October 2027. META_GRAPH_VERSION overrides it without a release.
 */
export const GRAPH_VERSION = process.env.META_GRAPH_VERSION?.match(/^v\d+\.\d$/)?.[0] ?? 'v24.0';

export interface MetaConfig {
  appId: string;
  appSecret: string;
  /** https://graph.facebook.com; a contract server in tests. */
  graphUrl: string;
  /** Where the person logs in: https://www.facebook.com. */
  dialogUrl: string;
  /** The app has Meta's Human Agent permission (META_HUMAN_AGENT): answers to direct messages may use the HUMAN_AGENT tag. */
  humanAgent: boolean;
}

/** META_HUMAN_AGENT as the configuration takes it (src/config/config.ts validates it at boot). */
export const humanAgentOn = (env: NodeJS.ProcessEnv = process.env) => ['true', '1', 'yes'].includes(env.META_HUMAN_AGENT ?? '');

/** The installation's Meta app (META_APP_ID, META_APP_SECRET), or null when none is configured. */
export function metaConfig(env: NodeJS.ProcessEnv = process.env): MetaConfig | null {
  if (!env.META_APP_ID || !env.META_APP_SECRET) return null;
  return {
    appId: env.META_APP_ID,
    appSecret: env.META_APP_SECRET,
    graphUrl: (env.META_GRAPH_URL ?? 'https://graph.facebook.com').replace(/\/$/, ''),
    dialogUrl: (env.META_DIALOG_URL ?? 'https://www.facebook.com').replace(/\/$/, ''),
    humanAgent: humanAgentOn(env),
  };
}

export function requireMetaConfig(): MetaConfig {
  const config = metaConfig();
  if (!config) throw new Error('META_APP_ID and META_APP_SECRET are not configured');
  return config;
}

/** Graph error codes meaning "slow down": app (4), user (17), page (32), action (613), business use case (80001-80014). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
/** 190: token invalid, expired or revoked; 102: session; 10 and 200-299: permission withdrawn. */
const GRANT_CODES = new Set([102, 190, 10]);

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly subcode: number | undefined,
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'GraphError';
  }
  get rateLimited() {
    return RATE_LIMIT_CODES.has(this.code) || (this.code >= 80001 && this.code <= 80014) || this.status === 429;
  }
  get grantGone() {
    return GRANT_CODES.has(this.code) || (this.code >= 200 && this.code <= 299);
  }
}

/** The longest estimated_time_to_regain_access (minutes) in Meta's usage headers, in ms. */
export function regainAccessMs(headers: Headers): number | undefined {
  let minutes = 0;
  for (const name of ['x-business-use-case-usage', 'x-app-usage', 'x-ad-account-usage']) {
    const raw = headers.get(name);
    if (!raw) continue;
    try {
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k === 'estimated_time_to_regain_access' && typeof x === 'number') minutes = Math.max(minutes, x);
            else walk(x);
          }
        }
      };
      walk(JSON.parse(raw));
    } catch {
      // A header we cannot read tells us nothing.
    }
  }
  return minutes > 0 ? minutes * 60_000 : undefined;
}

export type GraphParams = Record<string, string | undefined>;

/** One Graph call. GET/DELETE send params in the query, POST as a form (or the given multipart body). */
export async function graphCall<T>(
  net: Outbound,
  config: Pick<MetaConfig, 'graphUrl'>,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  params: GraphParams,
  body?: FormData,
): Promise<T> {
  const url = new URL(`${config.graphUrl}/${GRAPH_VERSION}/${path.replace(/^\//, '')}`);
  const defined = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  let init: RequestInit = { method };
  if (method === 'POST') {
    const form = body ?? new URLSearchParams(defined);
    if (body) for (const [k, v] of defined) body.append(k, v);
    init = { method, body: form };
  } else {
    for (const [k, v] of defined) url.searchParams.set(k, v);
  }
  const res = await net.fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = {};
  }
  if (!res.ok) {
    const e = (json as { error?: { message?: string; code?: number; error_subcode?: number } }).error ?? {};
    throw new GraphError(res.status, e.code ?? 0, e.error_subcode, e.message ?? `HTTP ${res.status}`, regainAccessMs(res.headers));
  }
  return json as T;
}

/** Where a publish step failed and whether anything may have been created. */
export function graphFailure(network: string, error: unknown, step: 'before' | 'create'): PublishOutcome {
  if (refusalIn(error)) return { kind: 'failed', retryable: false, reason: 'system:target_refused', channelProblem: true };
  if (!(error instanceof GraphError)) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'UND_ERR_CONNECT_TIMEOUT')
      return { kind: 'failed', retryable: true, reason: 'system:unreachable' };
    // The request may have reached Meta: only the creating call leaves an unknown outcome.
    if (step === 'create') return { kind: 'unknown', reason: `${network} did not confirm the post`, code: 'no_confirmation' };
    return { kind: 'failed', retryable: true, reason: `${network} could not be reached: ${String((error as Error).message)}`, code: 'network_unreachable' };
  }
  if (error.rateLimited) {
    return {
      kind: 'failed',
      retryable: true,
      reason: `${network} is rate-limiting this account (code ${error.code})`,
      code: 'rate_limited',
      // Meta gives no Retry-After; without its usage estimate wait a quarter of an hour.
      retryAfterMs: error.retryAfterMs ?? 15 * 60_000,
    };
  }
  if (error.grantGone) {
    // A revoked or expired grant is not cured by trying again: the channel must be reconnected.
    return {
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      reason: `${network} no longer accepts the connection: ${error.message}`,
      code: 'grant_revoked',
    };
  }
  if (error.status >= 500 && step === 'create')
    return { kind: 'unknown', reason: `${network} answered ${error.status}: ${error.message}`, code: 'no_confirmation' };
  if (error.status >= 500) return { kind: 'failed', retryable: true, reason: `${network} answered ${error.status}: ${error.message}`, code: 'network_busy' };
  return { kind: 'failed', retryable: false, reason: `${network} refused the post: ${error.message}`, code: 'post_refused' };
}
