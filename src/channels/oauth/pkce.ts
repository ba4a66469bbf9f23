// OAuth 2.0 authorisation code with PKCE (RFC 7636, S256): the verifier never leaves the server
// until the token exchange, so a stolen authorisation code is useless to anyone else.
import { createHash, randomBytes } from 'node:crypto';

export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** 32 random bytes → a 43-character base64url verifier (RFC 7636 §4.1 allows 43–128). */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier), method: 'S256' };
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The authorisation URL with the standard parameters; `extra` for network-specific ones. */
export function authorizeUrl(
  base: string,
  p: { clientId: string; redirectUri: string; scope: string; state: string; pkce: Pkce },
  extra: Record<string, string> = {},
): string {
  const url = new URL(base);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: p.clientId,
    redirect_uri: p.redirectUri,
    scope: p.scope,
    state: p.state,
    code_challenge: p.pkce.challenge,
    code_challenge_method: p.pkce.method,
    ...extra,
  }).toString();
  return url.toString();
}
