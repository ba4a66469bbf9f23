// Connecting a channel through the network's login page (Mastodon, X, Facebook, Instagram, LinkedIn): start stores the flow's
// secrets under a single-use state bound to the session and organisation and answers where to
// send the person; the callback consumes the state, checks the permission again, lets the
// adapter exchange the code and stores the channel with its tokens sealed. Where the login gives
// access to several pages (Meta, LinkedIn), the callback keeps them under a second state and the
// person picks one on /channels/choose.
import { readAgainSoon, readingBlockedOf } from '../inbox/reading-access';
import { and, eq } from 'drizzle-orm';
import type { Channel } from '../../contracts/channel';
import type { OAuthChoices } from '../../contracts/channel-oauth';
import { translate, type MessageKey } from '../../i18n/messages';
import { channels } from '../../db/schema';
import type { Db } from '../../db/client';
import { ConnectError, type Connection } from '../../channels/channel-adapter';
import { type AccountChoice, isOAuthAdapter, needsChoice } from '../../channels/oauth/oauth-flow';
import { consumeOAuthState, createOAuthState, newOAuthState, peekOAuthState } from './oauth-state';
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
  const ctx = oauthContext(opts);
  const state = newOAuthState();
  let started: Awaited<ReturnType<typeof adapter.oauth.begin>>;
  try {
    started = await adapter.oauth.begin(input.connection ?? {}, state, ctx);
  } catch (error) {
    if (error instanceof ConnectError) {
      const field = error.problem?.field;
      throw field ? new AppError(422, 'channel_address_unreachable', { field }) : connectFailed(error);
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

type StatePayload = { pending: Record<string, unknown>; name: string; channelId: string | null };
/** The accounts to pick from, kept under a second single-use state until the person chooses. */
type ChoicePayload = StatePayload & { stage: 'choose'; choices: AccountChoice[] };

const connectFailed = (error: ConnectError) =>
  error.key ? new AppError(422, error.key as MessageKey) : new AppError(422, 'channel_connect_failed', { reason: error.message });

/** The network sent the person back. Returns the channel connected or reconnected, or where the
 *  person picks the page to connect (`pick`: the choice state, for /channels/choose). */
export async function finishOAuthConnect(
  db: Db,
  query: { state?: string; code?: string; error?: string },
  userId: string,
  opts: OAuthOpts,
): Promise<{ channel: Channel } | { pick: string }> {
  const found = await consumeOAuthState(db, opts.secrets, query.state ?? '', { sessionHash: opts.sessionHash });
  if (!found || (found.payload as Partial<ChoicePayload>).stage === 'choose') throw new AppError(400, 'oauth_state_invalid');
  const scope = authorize(await openOrgScope(db, found.orgId, userId), 'channel.manage');
  const adapter = adapterFor(found.channelType);
  if (!isOAuthAdapter(adapter)) throw new AppError(422, 'channel_oauth_unsupported', { type: found.channelType });
  // The person said no on the network's page, or the network refused: nothing is stored.
  if (query.error || !query.code) throw new AppError(422, 'channel_connect_failed', { reason: query.error ?? 'no code' });
  const payload = found.payload as StatePayload;
  let connection: Awaited<ReturnType<typeof adapter.oauth.finish>>;
  try {
    connection = await adapter.oauth.finish(payload.pending, query.code, oauthContext(opts));
  } catch (error) {
    if (error instanceof ConnectError) throw connectFailed(error);
    throw error;
  }
  if (needsChoice(connection)) {
    const pick = newOAuthState();
    const choice: ChoicePayload = {
      stage: 'choose',
      pending: connection.pending,
      choices: connection.choices,
      name: payload.name,
      channelId: payload.channelId,
    };
    await createOAuthState(db, opts.secrets, { orgId: scope.orgId, sessionHash: opts.sessionHash, channelType: found.channelType, payload: choice }, pick);
    return { pick };
  }
  return { channel: await storeConnection(scope, found.channelType, payload, connection, userId, opts) };
}

const oauthContext = (opts: OAuthOpts) => ({ redirectUri: oauthRedirectUri(opts.publicUrl), net: opts.net, env: opts.env });

async function openChoice(scope: Authorized<'channel.manage'>, pick: string, opts: OAuthOpts, consume: boolean) {
  const owner = { sessionHash: opts.sessionHash, orgId: scope.orgId };
  const found = consume ? await consumeOAuthState(scope.db, opts.secrets, pick, owner) : await peekOAuthState(scope.db, opts.secrets, pick, owner);
  const payload = found?.payload as ChoicePayload | undefined;
  if (!found || payload?.stage !== 'choose') throw new AppError(404, 'oauth_choice_expired');
  return { type: found.channelType, payload };
}

/** The pages the person may connect after logging in at the network (nothing secret). */
export async function listOAuthChoices(scope: Authorized<'channel.manage'>, pick: string, opts: OAuthOpts): Promise<OAuthChoices> {
  const { type, payload } = await openChoice(scope, pick, opts, false);
  return { type, name: payload.name, choices: payload.choices };
}

/** Connects the page the person picked; the choice state is used once. */
export async function chooseOAuthAccount(scope: Authorized<'channel.manage'>, input: { pick: string; choiceId: string }, opts: OAuthOpts): Promise<Channel> {
  // Checked before the state is used up: a wrong id leaves the choice open.
  const peeked = await openChoice(scope, input.pick, opts, false);
  if (!peeked.payload.choices.some((c) => c.id === input.choiceId))
    throw new AppError(422, 'validation_failed', {}, [{ path: 'choiceId', message: translate(opts.lang, 'oauth_choice_unknown') }]);
  const { type, payload } = await openChoice(scope, input.pick, opts, true);
  const adapter = adapterFor(type);
  if (!isOAuthAdapter(adapter) || !adapter.oauth.choose) throw new AppError(422, 'channel_oauth_unsupported', { type });
  let connection: Connection;
  try {
    connection = await adapter.oauth.choose(payload.pending, input.choiceId, oauthContext(opts));
  } catch (error) {
    if (error instanceof ConnectError) throw connectFailed(error);
    throw error;
  }
  return storeConnection(scope, type, payload, connection, scope.userId, opts);
}

/** Stores a new channel (or the reconnected one) with its tokens sealed. */
async function storeConnection(
  scope: Authorized<'channel.manage'>,
  type: string,
  payload: StatePayload,
  connection: Connection,
  userId: string,
  opts: OAuthOpts,
): Promise<Channel> {
  const expires = typeof connection.settings.tokenExpiresAt === 'string' ? new Date(connection.settings.tokenExpiresAt) : null;
  const sealed = {
    settings: connection.settings,
    credentials: connection.credentials ? opts.secrets.seal(connection.credentials) : null,
    lastError: null,
    tokenExpiresAt: expires,
  };
  const row = await scope.db.transaction(async (tx) => {
    if (payload.channelId) {
      const [after] = await tx
        .update(channels)
        .set(sealed)
        .where(and(eq(channels.id, payload.channelId), eq(channels.orgId, scope.orgId)))
        .returning();
      if (!after) throw notFound('channel');
      // The new grant may carry the inbox permissions the old one lacked: read again now.
      await readAgainSoon(tx, after.id);
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
      .values({ orgId: scope.orgId, type, name: payload.name, slug, ...sealed })
      .returning();
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: userId,
      action: 'channel.connected',
      detail: { channelId: created!.id, type: created!.type, name: created!.name, slug },
    });
    return created!;
  });
  return channelView(scope, row, opts.publicUrl, await readingBlockedOf(scope.db, row.id));
}
