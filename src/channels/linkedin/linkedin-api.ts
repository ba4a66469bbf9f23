// LinkedIn's versioned REST API (Rest.li 2.0) and its OAuth 2.0 three-legged flow, as a thin client
// over the guarded fetch (src/net). Not linkedin-api-client: it sends through its own axios
// instance, which would bypass the address policy, and it only wraps what these few calls do.
//
// Every /rest call carries `LinkedIn-Version: YYYYMM` and `X-Restli-Protocol-Version: 2.0.0`.
// Errors: { status, serviceErrorCode, code, message }; 401 with REVOKED_ACCESS_TOKEN or
// EXPIRED_ACCESS_TOKEN ends the grant; 429 is a throttle (daily limits reset at midnight UTC).
import type { Outbound } from '../../net/safe-fetch';
import { parseRetryAfter } from '../../net/retry-after';

/**
 * The LinkedIn API version sent as `LinkedIn-Version: YYYYMM` on every /rest call. LinkedIn releases
 * a version a month and supports each for about a year, then answers 426 (NONEXISTENT_VERSION): this
 * must move forward at least once a year. 202610 (October 2026) is current in November 2026 and
 * runs until about October 2027. LINKEDIN_API_VERSION overrides it without a release.
 */
export const LINKEDIN_VERSION = process.env.LINKEDIN_API_VERSION?.match(/^\d{6}$/)?.[0] ?? '202610';

export interface LinkedInConfig {
  clientId: string;
  clientSecret: string;
  /** https://api.linkedin.com */
  apiUrl: string;
  /** https://www.linkedin.com (authorization page and token endpoint) */
  authUrl: string;
}

export function linkedInConfig(env: NodeJS.ProcessEnv = process.env): LinkedInConfig | null {
  if (!env.LINKEDIN_CLIENT_ID || !env.LINKEDIN_CLIENT_SECRET) return null;
  return {
    clientId: env.LINKEDIN_CLIENT_ID,
    clientSecret: env.LINKEDIN_CLIENT_SECRET,
    apiUrl: (env.LINKEDIN_API_URL ?? 'https://api.linkedin.com').replace(/\/$/, ''),
    authUrl: (env.LINKEDIN_AUTH_URL ?? 'https://www.linkedin.com').replace(/\/$/, ''),
  };
}

export function requireLinkedInConfig(): LinkedInConfig {
  const config = linkedInConfig();
  if (!config) throw new Error('LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET are not configured');
  return config;
}

export class LinkedInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'LinkedInError';
  }
  /** The grant is revoked or expired (or the token endpoint refused it): reconnect, never retry. */
  get grantGone() {
    return this.status === 401 || this.code === 'invalid_grant' || this.code === 'REVOKED_ACCESS_TOKEN' || this.code === 'EXPIRED_ACCESS_TOKEN';
  }
}

async function failure(res: Response): Promise<LinkedInError> {
  let body: { message?: string; code?: string; error?: string; error_description?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // No JSON body.
  }
  return new LinkedInError(
    res.status,
    body.code ?? body.error,
    body.message ?? body.error_description ?? `HTTP ${res.status}`,
    parseRetryAfter(res.headers.get('retry-after')),
  );
}

/** One /rest call with the versioning headers; answers the response (the caller reads what it needs). */
export async function restCall(net: Outbound, config: LinkedInConfig, accessToken: string, method: string, path: string, body?: unknown): Promise<Response> {
  const res = await net.fetch(`${config.apiUrl}/rest/${path}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      'linkedin-version': LINKEDIN_VERSION,
      'x-restli-protocol-version': '2.0.0',
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw await failure(res);
  return res;
}

/** Posting and the organisation's pages; the inbox reads and writes comments with the _feed permissions (Comments API since 202508). */
export const LINKEDIN_SCOPES = [
  'w_organization_social',
  'r_organization_social',
  'rw_organization_admin',
  'r_organization_social_feed',
  'w_organization_social_feed',
];

export function linkedInAuthorizeUrl(config: LinkedInConfig, redirectUri: string, state: string, codeChallenge?: string): string {
  const url = new URL(`${config.authUrl}/oauth/v2/authorization`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  url.searchParams.set('scope', LINKEDIN_SCOPES.join(' '));
  if (codeChallenge) {
    url.searchParams.set('code_challenge', codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

export interface LinkedInGrant {
  accessToken: string;
  /** ISO time; access tokens live 60 days. */
  expiresAt: string;
  refreshToken: string | null;
  refreshExpiresAt: string | null;
}

interface TokenAnswer {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
}

async function tokenCall(net: Outbound, config: LinkedInConfig, params: Record<string, string>): Promise<LinkedInGrant> {
  const res = await net.fetch(`${config.authUrl}/oauth/v2/accessToken`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...params, client_id: config.clientId, client_secret: config.clientSecret }),
  });
  if (!res.ok) throw await failure(res);
  const t = (await res.json()) as TokenAnswer;
  const at = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  return {
    accessToken: t.access_token,
    expiresAt: at(t.expires_in),
    refreshToken: t.refresh_token ?? null,
    refreshExpiresAt: t.refresh_token_expires_in ? at(t.refresh_token_expires_in) : null,
  };
}

export function exchangeLinkedInCode(net: Outbound, config: LinkedInConfig, code: string, redirectUri: string, codeVerifier?: string) {
  return tokenCall(net, config, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, ...(codeVerifier && { code_verifier: codeVerifier }) });
}

/** A new access token from the refresh token (the refresh token keeps its own, fixed expiry). */
export function refreshLinkedInToken(net: Outbound, config: LinkedInConfig, refreshToken: string) {
  return tokenCall(net, config, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

export interface LinkedInOrganisation {
  urn: string;
  id: string;
  name: string;
}

/** The organisations whose pages the person administers (organizationAcls, then each name). */
export async function listLinkedInOrganisations(net: Outbound, config: LinkedInConfig, accessToken: string): Promise<LinkedInOrganisation[]> {
  const orgs: LinkedInOrganisation[] = [];
  for (let start = 0; start < 1000; ) {
    const res = await restCall(net, config, accessToken, 'GET', `organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED&start=${start}&count=50`);
    const page = (await res.json()) as { elements: { organization: string }[]; paging?: { total?: number } };
    for (const acl of page.elements) {
      const id = acl.organization.split(':').pop()!;
      const org = (await (await restCall(net, config, accessToken, 'GET', `organizations/${encodeURIComponent(id)}`)).json()) as { localizedName?: string };
      orgs.push({ urn: acl.organization, id, name: org.localizedName ?? id });
    }
    start += page.elements.length;
    if (page.elements.length === 0 || start >= (page.paging?.total ?? start)) break;
  }
  return orgs;
}
