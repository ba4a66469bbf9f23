// Facebook Login as the OAuth flow of the Facebook and Instagram channels: the person logs in at
// Meta (authorisation code; Meta's web login takes the app secret at the exchange, no PKCE), we
// trade the code for a long-lived user token, read the pages they manage (/me/accounts) and let
// them pick one on our screen. Only the chosen page's token is stored (sealed); the user token and
// the other pages' tokens live only in the sealed choice state, for ten minutes.
import { ConnectError, type Connection } from '../channel-adapter';
import { isPublicAddress } from '../../net/public-address';
import type { AccountChoice, NeedsChoice, OAuthFlow } from '../oauth/oauth-flow';
import { GraphError, metaConfig, type MetaConfig } from './graph';
import { exchangeMetaCode, listMetaPages, metaAuthorizeUrl, type MetaPage } from './meta-login';
import { subscribePageWebhooks, webhooksConfigured } from './page-webhooks';

type Kind = 'facebook' | 'instagram';

function configOf(env: Record<string, string | undefined>): MetaConfig {
  const config = metaConfig(env as NodeJS.ProcessEnv);
  if (!config) throw new ConnectError('Facebook is not configured on this installation (META_APP_ID, META_APP_SECRET)', undefined, 'meta_not_configured');
  return config;
}

export function connectionForPage(kind: Kind, page: MetaPage): Connection {
  if (kind === 'facebook') return { settings: { pageId: page.id, pageName: page.name }, credentials: { pageToken: page.accessToken } };
  if (!page.instagram) throw new ConnectError('the chosen page has no linked Instagram professional account');
  return {
    settings: { igUserId: page.instagram.id, username: page.instagram.username, pageId: page.id, pageName: page.name },
    credentials: { pageToken: page.accessToken },
  };
}

export function metaOAuth(kind: Kind): OAuthFlow {
  return {
    async begin(_input, state, ctx) {
      const config = configOf(ctx.env);
      // Instagram downloads each image from an address of ours (/media/public/…): that must be public https.
      if (kind === 'instagram' && !isPublicAddress(ctx.redirectUri))
        throw new ConnectError(
          'Instagram fetches images from a public https address; this installation has none (PUBLIC_URL)',
          undefined,
          'instagram_needs_public_url',
        );
      return { authorizeUrl: metaAuthorizeUrl(config, ctx.redirectUri, state), pending: {} };
    },
    async finish(_pending, code, ctx): Promise<NeedsChoice> {
      const config = configOf(ctx.env);
      let pages: MetaPage[];
      try {
        const { userToken } = await exchangeMetaCode(ctx.net, config, code, ctx.redirectUri);
        pages = await listMetaPages(ctx.net, config, userToken);
      } catch (error) {
        if (error instanceof GraphError) throw new ConnectError(`Facebook refused the login: ${error.message}`);
        throw error;
      }
      const usable = kind === 'instagram' ? pages.filter((p) => p.instagram) : pages;
      if (usable.length === 0)
        throw new ConnectError(
          kind === 'instagram' ? 'none of your pages has a linked Instagram professional account' : 'this Facebook account manages no pages',
          undefined,
          kind === 'instagram' ? 'meta_no_instagram' : 'meta_no_pages',
        );
      const choices: AccountChoice[] = usable.map((p) =>
        kind === 'instagram' ? { id: p.id, label: `@${p.instagram!.username}`, detail: p.name } : { id: p.id, label: p.name },
      );
      return { choices, pending: { pages: usable } };
    },
    async choose(pending, choiceId, ctx) {
      const page = (pending.pages as MetaPage[]).find((p) => p.id === choiceId);
      if (!page) throw new ConnectError('not one of the pages offered');
      const connection = connectionForPage(kind, page);
      // Kept in the settings, so the channel can say whether Meta's events reach it (false: read every five minutes).
      if (webhooksConfigured(ctx.env)) connection.settings.webhooks = await subscribePageWebhooks(ctx.net, configOf(ctx.env), page);
      return connection;
    },
  };
}
