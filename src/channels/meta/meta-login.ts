// Facebook Login for a Page (and the Instagram account linked to it): the person logs in at Meta,
// we exchange the code for a user token, trade that for a long-lived one (60 days), and read the
// person's pages with /me/accounts. A page token obtained with a long-lived user token does not
// expire, so a connected Page or Instagram channel needs no refresh; it ends only when the person
// revokes the app or loses the page role (Graph error 190 → "opnieuw koppelen").
import type { Outbound } from '../../net/safe-fetch';
import { GRAPH_VERSION, graphCall, type MetaConfig } from './graph';

/**
 * Facebook Pages: publish and manage; Instagram: content publishing through the linked page. The
 * inbox: reading comments (pages_read_user_content), answering them (pages_manage_engagement),
 * a private answer to a comment and Messenger conversations (pages_messaging), Instagram comments and tags
 * (instagram_manage_comments) and Instagram direct messages (instagram_manage_messages).
 * A channel connected before these were asked answers Graph error 10/200 when read: its reading waits for a
 * reconnect (the poll state says why), its publishing goes on.
 */
export const META_SCOPES = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'pages_read_user_content',
  'pages_manage_engagement',
  'pages_messaging',
  'instagram_manage_comments',
  'pages_manage_metadata',
  'instagram_manage_messages',
];

export function metaAuthorizeUrl(config: MetaConfig, redirectUri: string, state: string): string {
  const url = new URL(`${config.dialogUrl}/${GRAPH_VERSION}/dialog/oauth`);
  url.searchParams.set('client_id', config.appId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', META_SCOPES.join(','));
  return url.toString();
}

interface TokenAnswer {
  access_token: string;
  token_type?: string;
  expires_in?: number;
}

/** The code from the login redirect → a long-lived user token (two documented exchanges). */
export async function exchangeMetaCode(
  net: Outbound,
  config: MetaConfig,
  code: string,
  redirectUri: string,
): Promise<{ userToken: string; expiresAt: string | null }> {
  const short = await graphCall<TokenAnswer>(net, config, 'GET', 'oauth/access_token', {
    client_id: config.appId,
    client_secret: config.appSecret,
    redirect_uri: redirectUri,
    code,
  });
  const long = await graphCall<TokenAnswer>(net, config, 'GET', 'oauth/access_token', {
    grant_type: 'fb_exchange_token',
    client_id: config.appId,
    client_secret: config.appSecret,
    fb_exchange_token: short.access_token,
  });
  return { userToken: long.access_token, expiresAt: long.expires_in ? new Date(Date.now() + long.expires_in * 1000).toISOString() : null };
}

export interface MetaPage {
  id: string;
  name: string;
  /** The page token (never shown to anyone; sealed when a channel is connected). */
  accessToken: string;
  instagram: { id: string; username: string } | null;
}

interface AccountsAnswer {
  data: { id: string; name: string; access_token: string; instagram_business_account?: { id: string; username?: string } }[];
  paging?: { next?: string; cursors?: { after?: string } };
}

/** Every page the person manages, with its page token and linked Instagram professional account. */
export async function listMetaPages(net: Outbound, config: MetaConfig, userToken: string): Promise<MetaPage[]> {
  const pages: MetaPage[] = [];
  let after: string | undefined;
  // Pages come in pages of 25; follow the cursor (bounded: nobody manages thousands of pages).
  for (let i = 0; i < 40; i++) {
    const answer = await graphCall<AccountsAnswer>(net, config, 'GET', 'me/accounts', {
      fields: 'id,name,access_token,instagram_business_account{id,username}',
      access_token: userToken,
      limit: '100',
      after,
    });
    for (const p of answer.data) {
      const ig = p.instagram_business_account;
      pages.push({ id: p.id, name: p.name, accessToken: p.access_token, instagram: ig ? { id: ig.id, username: ig.username ?? ig.id } : null });
    }
    after = answer.paging?.next ? answer.paging.cursors?.after : undefined;
    if (!after) break;
  }
  return pages;
}
