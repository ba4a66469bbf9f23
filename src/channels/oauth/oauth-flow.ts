// Networks connected by an OAuth redirect (Mastodon, X) instead of a form. The adapter's
// `oauth` starts the flow (returns where to send the person and what to keep server-side under
// the state, see oauth-state.ts) and finishes it with the code the network hands back.
import type { ChannelAdapter, Connection } from '../channel-adapter';
import type { Outbound } from '../../net/safe-fetch';

export interface OAuthContext {
  /** Our callback address, registered with the network. */
  redirectUri: string;
  net: Outbound;
  /** Installation configuration (client ids and secrets from the environment). */
  env: Record<string, string | undefined>;
}

export interface OAuthStart {
  authorizeUrl: string;
  /** Kept sealed under the state until the callback (PKCE verifier, client credentials). */
  pending: Record<string, unknown>;
}

/** One account or page the person may connect (a Facebook Page, a LinkedIn organisation page). */
export interface AccountChoice {
  id: string;
  label: string;
  /** A second line, e.g. the page an Instagram account is linked to. */
  detail?: string;
}

/** The login worked and the person manages several accounts: they pick one on our screen. */
export interface NeedsChoice {
  choices: AccountChoice[];
  /** Kept sealed server-side until the choice (tokens of every page); never sent to the browser. */
  pending: Record<string, unknown>;
}

export const needsChoice = (x: Connection | NeedsChoice): x is NeedsChoice => 'choices' in x;

export interface OAuthFlow<R extends Connection | NeedsChoice = Connection | NeedsChoice> {
  /** `input`: the connect fields (Mastodon: the instance address); `state` goes into the authorise URL. */
  begin(input: Record<string, string>, state: string, ctx: OAuthContext): Promise<OAuthStart>;
  /** The code from the redirect → the connection, or the accounts to choose from (Meta, LinkedIn). */
  finish(pending: Record<string, unknown>, code: string, ctx: OAuthContext): Promise<R>;
  /** The connection for the account the person picked among `finish`'s choices. */
  choose?(pending: Record<string, unknown>, choiceId: string, ctx: OAuthContext): Promise<Connection>;
  /** New credentials before the access token expires (X); throws GrantRevoked when the grant is gone. */
  refresh?(credentials: Record<string, unknown>, ctx: Omit<OAuthContext, 'redirectUri'>): Promise<Record<string, unknown>>;
}

export type OAuthAdapter = ChannelAdapter & { oauth: OAuthFlow };

export function isOAuthAdapter(a: ChannelAdapter | undefined): a is OAuthAdapter {
  return !!a && 'oauth' in a;
}

/** The network refused the grant (revoked, expired, invalid_grant): the channel must be reconnected. */
export class GrantRevoked extends Error {}

/** Reads a token endpoint answer; `invalid_grant` and 401 mean the grant is gone. */
export async function readTokenAnswer(res: Response, network: string): Promise<Record<string, unknown>> {
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok && typeof body.access_token === 'string') return body;
  if (res.status === 401 || body.error === 'invalid_grant')
    throw new GrantRevoked(`${network} refused the authorisation (${String(body.error ?? res.status)})`);
  throw new Error(`${network} token endpoint answered ${res.status}: ${String(body.error ?? '')}`);
}
