import { z } from '@hono/zod-openapi';
import { ChannelSchema, ChannelTypeSchema, CreateChannelBody, UpdateChannelBody } from '../../contracts/channel';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { channelTypes, createChannel, listChannels, updateChannel } from '../../features/channels/channels';
import { authorize } from '../../features/org-scope';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { json, jsonBody, route, router } from '../openapi';

export const channelRoutes = router();

const channelOpts = (c: Context<AppEnv>) => ({
  publicUrl: c.get('deps').config.publicUrl,
  secrets: c.get('deps').secrets,
  net: c.get('deps').net,
  lang: c.get('lang'),
});

channelRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/channel-types',
    tags: ['channels'],
    request: { params: OrgIdParam },
    responses: { 200: json(z.array(ChannelTypeSchema)) },
  }),
  async (c) => {
    authorize(c.get('scope'), 'channel.read');
    return c.json(channelTypes(), 200);
  },
);

channelRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/channels',
    tags: ['channels'],
    request: { params: OrgIdParam },
    responses: { 200: json(z.array(ChannelSchema)) },
  }),
  async (c) => c.json(await listChannels(authorize(c.get('scope'), 'channel.read'), c.get('deps').config.publicUrl), 200),
);

channelRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/channels',
    tags: ['channels'],
    request: { params: OrgIdParam, ...jsonBody(CreateChannelBody) },
    responses: { 201: json(ChannelSchema, 'Created') },
  }),
  async (c) => c.json(await createChannel(authorize(c.get('scope'), 'channel.manage'), c.req.valid('json'), channelOpts(c)), 201),
);

channelRoutes.openapi(
  route({
    method: 'patch',
    path: '/api/orgs/{orgId}/channels/{id}',
    tags: ['channels'],
    request: { params: OrgItemParam, ...jsonBody(UpdateChannelBody) },
    responses: { 200: json(ChannelSchema) },
  }),
  async (c) => c.json(await updateChannel(authorize(c.get('scope'), 'channel.manage'), c.req.valid('param').id, c.req.valid('json'), channelOpts(c)), 200),
);
