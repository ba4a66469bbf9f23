// Logging in to a Bluesky account with an app password. Sessions are kept in memory per
// account and resumed, because Bluesky limits how often an account may log in (createSession
// is rate-limited per account: tens per five minutes, a few hundred per day).
import { createHash } from 'node:crypto';
import { AtpAgent, type AtpSessionData } from '@atproto/api';
import { z } from 'zod';
import type { Outbound } from '../../net/safe-fetch';
import { describeFailure, timedFetch, type Failure } from './transport';

import { DEFAULT_SERVICE } from './bluesky-profile';

export { DEFAULT_SERVICE };
const REQUEST_TIMEOUT_MS = 30_000;

export const BlueskyCredentialsSchema = z.object({
  service: z.url({ protocol: /^https?$/ }).default(DEFAULT_SERVICE),
  identifier: z.string().trim().min(1),
  appPassword: z.string().min(1),
});
export type BlueskyCredentials = z.infer<typeof BlueskyCredentialsSchema>;

export const LOGIN_FAILED = 'Bluesky login failed: check handle and app password';
/** Stored as a post's or channel's reason; the web app shows it translated. */
export const UNREACHABLE = 'system:unreachable';
export const TARGET_REFUSED = 'system:target_refused';

/** Login did not succeed; `retryable` says whether trying again later can help. */
export class BlueskyLoginError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly failure?: Failure,
  ) {
    super(message);
    this.name = 'BlueskyLoginError';
  }
}

export function parseCredentials(raw: Record<string, unknown> | null): BlueskyCredentials {
  const parsed = BlueskyCredentialsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new BlueskyLoginError('Bluesky credentials are incomplete: service, handle and app password are needed', false);
  }
  return parsed.data;
}

export interface BlueskySession {
  agent: AtpAgent;
  did: string;
  handle: string;
}

const sessions = new Map<string, AtpSessionData>();

function cacheKey(c: BlueskyCredentials): string {
  return createHash('sha256').update(`${c.service}\n${c.identifier}\n${c.appPassword}`).digest('hex');
}

function newAgent(service: string, key: string, net: Outbound): AtpAgent {
  return new AtpAgent({
    service,
    // Every request, also to the PDS a DID document names after login, passes the outbound policy.
    fetch: timedFetch(REQUEST_TIMEOUT_MS, net.fetch),
    persistSession: (event, session) => {
      if (session && (event === 'create' || event === 'update')) sessions.set(key, session);
      else sessions.delete(key);
    },
  });
}

/** Drops the kept session of these credentials, so the next openSession logs in afresh. */
export function forgetSession(credentials: BlueskyCredentials): void {
  sessions.delete(cacheKey(credentials));
}

export async function openSession(credentials: BlueskyCredentials, net: Outbound): Promise<BlueskySession> {
  const key = cacheKey(credentials);
  const cached = sessions.get(key);
  if (cached) {
    const agent = newAgent(credentials.service, key, net);
    try {
      await agent.resumeSession(cached);
      if (agent.session) return { agent, did: agent.session.did, handle: agent.session.handle };
    } catch {
      sessions.delete(key); // expired or revoked: log in afresh
    }
  }
  const agent = newAgent(credentials.service, key, net);
  try {
    const { data } = await agent.login({ identifier: credentials.identifier, password: credentials.appPassword });
    return { agent, did: data.did, handle: data.handle };
  } catch (thrown) {
    throw loginError(thrown);
  }
}

function loginError(thrown: unknown): BlueskyLoginError {
  const failure = describeFailure(thrown);
  // Logging in writes nothing, so any transport problem is safe to retry.
  if (failure.refused) return new BlueskyLoginError(TARGET_REFUSED, false, failure);
  if (failure.transport) return new BlueskyLoginError(UNREACHABLE, true, failure);
  const status = failure.status ?? 0;
  if (status === 429) return new BlueskyLoginError('Bluesky is limiting logins for this account; trying again later', true, failure);
  if (status >= 500 || status === 0) {
    return new BlueskyLoginError(`Bluesky could not log in right now (${status || failure.message})`, true, failure);
  }
  if (failure.error === 'AccountTakedown') {
    return new BlueskyLoginError('Bluesky login failed: this account has been suspended', false, failure);
  }
  if (failure.error === 'AuthFactorTokenRequired') {
    return new BlueskyLoginError(`${LOGIN_FAILED} (use an app password, not the account password)`, false, failure);
  }
  return new BlueskyLoginError(LOGIN_FAILED, false, failure);
}
