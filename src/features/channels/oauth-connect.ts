// Connecting a channel through the network's login page (Mastodon, X): start stores the flow's
// secrets under a single-use state bound to the session and organisation and answers where to
// send the person; the callback consumes the state, checks the permission again, lets the
// adapter exchange the code and stores the channel with its tokens sealed.
import { and, eq } from 'drizzle-orm';
import type { Channel } from '../../contracts/channel';
import { channels } from '../../db/schema';
import type { Db } from '../../db/client';
import { ConnectError } from '../../channels/channel-adapter';
import { isOAuthAdapter } from '../../channels/oauth/oauth-flow';
import { consumeOAuthState, createOAuthState, newOAuthState } from './oauth-state';
import { adapterFor } from '../../channels/registry';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { authorize, openOrgScope, type Authorized } from '../org-scope';
import { channelView, type ChannelOpts } from './channels';

export interface OAuthOpts extends ChannelOpts {
  sessionHash: string;
  /** Installation configuration with the networks' client ids and secrets (X_CLIENT_ID, ...). */
  env: Record<string, string | undefined>;
}

/** The one callback address registered with every network. */
export const oauthRedirectUri = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/api/oauth/callback`;

export async function startOAuthConnect(
  scope: Authorized<'channel.manage'>,
  input: { type: string; name: string; channelId?: string; connection?: Record<string, string> },
  opts: OAuthOpts,
): Promise<{ authorizeUrl: string }> {
  const adapter = adapterFor(input.type);
  if (!isOAuthAdapter(adapter)) throw new AppError(422, 'channel_oauth_unsupported', { type: input.type });
  if (input.channelId) {
    const [row] = await scope.db
      .select({ type: channels.type })
      .from(channels)
      .where(and(eq(channels.id, input.channelId), eq(channels.orgId, scope.orgId)));
    if (!row || row.type !== input.type) throw notFound('channel');
  }
  for (const field of adapter.connectFields) {
    if (field.required && !input.connection?.[field.name]?.trim()) throw new AppError(422, 'channel_field_required', { field: field.name });
  }
  const ctx = { redirectUri: oauthRedirectUri(opts.publicUrl), net: opts.net, env: opts.env };
  const state = newOAuthState();
  let started: Awaited<ReturnType<typeof adapter.oauth.begin>>;
  try {
    started = await adapter.oauth.begin(input.connection ?? {}, state, ctx);
  } catch (error) {
    if (error instanceof ConnectError) {
      const field = error.problem?.field;
      throw field ? new AppError(422, 'channel_address_unreachable', { field }) : new AppError(422, 'channel_connect_failed', { reason: error.message });
    }
    throw error;
  }
  await createOAuthState(
    scope.db,
    opts.secrets,
    {
      orgId: scope.orgId,
      sessionHash: opts.sessionHash,
      channelType: input.type,
      payload: { pending: started.pending, name: input.name, channelId: input.channelId ?? null },
    },
    state,
  );
  return { authorizeUrl: started.authorizeUrl };
}

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || 'kanaal';

/** The network sent the person back. Returns the channel connected or reconnected. */
export async function finishOAuthConnect(db: Db, query: { state?: string; code?: string; error?: string }, userId: string, opts: OAuthOpts): Promise<Channel> {
  const found = await consumeOAuthState(db, opts.secrets, query.state ?? '', { sessionHash: opts.sessionHash });
  if (!found) throw new AppError(400, 'oauth_state_invalid');
  const scope = authorize(await openOrgScope(db, found.orgId, userId), 'channel.manage');
  const adapter = adapterFor(found.channelType);
  if (!isOAuthAdapter(adapter)) throw new AppError(422, 'channel_oauth_unsupported', { type: found.channelType });
  // The person said no on the network's page, or the network refused: nothing is stored.
  if (query.error || !query.code) throw new AppError(422, 'channel_connect_failed', { reason: query.error ?? 'no code' });
  const payload = found.payload as { pending: Record<string, unknown>; name: string; channelId: string | null };
  let connection: Awaited<ReturnType<typeof adapter.oauth.finish>>;
  try {
    connection = await adapter.oauth.finish(payload.pending, query.code, { redirectUri: oauthRedirectUri(opts.publicUrl), net: opts.net, env: opts.env });
  } catch (error) {
    if (error instanceof ConnectError) throw new AppError(422, 'channel_connect_failed', { reason: error.message });
    throw error;
  }
  const sealed = { settings: connection.settings, credentials: connection.credentials ? opts.secrets.seal(connection.credentials) : null, lastError: null };
  const row = await db.transaction(async (tx) => {
    if (payload.channelId) {
      const [after] = await tx
        .update(channels)
        .set(sealed)
        .where(and(eq(channels.id, payload.channelId), eq(channels.orgId, scope.orgId)))
        .returning();
      if (!after) throw notFound('channel');
      await recordAudit(tx, {
        orgId: scope.orgId,
        actorId: userId,
        action: 'channel.reconnected',
        detail: { channelId: after.id, type: after.type, name: after.name, slug: after.slug },
      });
      return after;
    }
    // A free slug: the name's, with a number when taken.
    const base = slugify(payload.name);
    const taken = new Set((await tx.select({ slug: channels.slug }).from(channels).where(eq(channels.orgId, scope.orgId))).map((r) => r.slug));
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    const [created] = await tx
      .insert(channels)
      .values({ orgId: scope.orgId, type: found.channelType, name: payload.name, slug, ...sealed })
      .returning();
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: userId,
      action: 'channel.connected',
      detail: { channelId: created!.id, type: created!.type, name: created!.name, slug },
    });
    return created!;
  });
  return channelView(scope, row, opts.publicUrl);
}
