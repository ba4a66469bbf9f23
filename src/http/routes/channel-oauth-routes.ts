// Connecting a channel through the network's login page (src/features/channels/oauth-connect.ts).
import { OrgIdParam } from '../../contracts/common';
import { ChannelSchema } from '../../contracts/channel';
import { ChooseOAuthBody, OAuthCallbackQuery, OAuthChoiceQuery, OAuthChoicesSchema, StartOAuthAnswer, StartOAuthBody } from '../../contracts/channel-oauth';
import { chooseOAuthAccount, finishOAuthConnect, listOAuthChoices, startOAuthConnect } from '../../features/channels/oauth-connect';
import { AppError } from '../../features/errors';
import { authorize } from '../../features/org-scope';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { json, jsonBody, route, router } from '../openapi';

export const channelOAuthRoutes = router();

const oauthOpts = (c: Context<AppEnv>, sessionHash: string) => ({
  publicUrl: c.get('deps').config.publicUrl,
  secrets: c.get('deps').secrets,
  net: c.get('deps').net,
  lang: c.get('lang'),
  sessionHash,
  // Client ids and secrets per installation (X_CLIENT_ID, X_CLIENT_SECRET; see .env.example).
  env: process.env,
});

channelOAuthRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/channels/oauth',
    tags: ['channels'],
    request: { params: OrgIdParam, ...jsonBody(StartOAuthBody) },
    responses: { 200: json(StartOAuthAnswer) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'channel.manage');
    return c.json(await startOAuthConnect(scope, c.req.valid('json'), oauthOpts(c, c.get('session')!.tokenHash)), 200);
  },
);

channelOAuthRoutes.openapi(
  route({
    method: 'get',
    path: '/api/oauth/callback',
    tags: ['channels'],
    request: { query: OAuthCallbackQuery },
    responses: { 302: { description: 'Back to the channels page, with ?connected={id} or ?oauth_error={key}, or to /channels/choose?pick={state}' } },
  }),
  async (c) => {
    const session = c.get('session');
    const back = `${c.get('deps').config.publicUrl}/channels`;
    if (!session) return c.redirect(`${back}?oauth_error=not_authenticated`, 302);
    try {
      const done = await finishOAuthConnect(c.get('deps').db, c.req.valid('query'), session.userId, oauthOpts(c, session.tokenHash));
      // Several pages: the person picks one on our screen (web/src/pages/ChooseAccountPage.tsx).
      if ('pick' in done) return c.redirect(`${back}/choose?pick=${encodeURIComponent(done.pick)}`, 302);
      return c.redirect(`${back}?connected=${done.channel.id}`, 302);
    } catch (error) {
      if (error instanceof AppError) return c.redirect(`${back}?oauth_error=${encodeURIComponent(error.key)}`, 302);
      throw error;
    }
  },
);

channelOAuthRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/channels/oauth/choices',
    tags: ['channels'],
    request: { params: OrgIdParam, query: OAuthChoiceQuery },
    responses: { 200: json(OAuthChoicesSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'channel.manage');
    return c.json(await listOAuthChoices(scope, c.req.valid('query').pick, oauthOpts(c, c.get('session')!.tokenHash)), 200);
  },
);

channelOAuthRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/channels/oauth/choose',
    tags: ['channels'],
    request: { params: OrgIdParam, ...jsonBody(ChooseOAuthBody) },
    responses: { 201: json(ChannelSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'channel.manage');
    return c.json(await chooseOAuthAccount(scope, c.req.valid('json'), oauthOpts(c, c.get('session')!.tokenHash)), 201);
  },
);
