import { and, asc, eq } from 'drizzle-orm';
import type { Channel, ReadingBlocked } from '../../contracts/channel';
import { channels, inboxPollState } from '../../db/schema';
import { ConnectError, type ChannelAdapter } from '../../channels/channel-adapter';
import { adapterFor, allAdapters, channelLimits } from '../../channels/registry';
import { can } from '../../domain/roles';
import { translate, type Lang } from '../../i18n/messages';
import type { Outbound } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import { readAgainSoon, readingBlockedOf } from '../inbox/reading-access';
import type { SecretBox } from '../secrets';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

export interface ChannelOpts {
  publicUrl: string;
  secrets: SecretBox;
  net: Outbound;
  lang: Lang;
}

type ChannelRow = typeof channels.$inferSelect;

export function channelView(scope: OrgScope, row: ChannelRow, publicUrl: string, readingBlocked: ReadingBlocked | null = null): Channel {
  const adapter = adapterFor(row.type);
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    slug: row.slug,
    active: row.active,
    // A webhook's URL may hold a password: adapters decide what readers and managers see.
    settings: adapter?.viewSettings ? adapter.viewSettings(row.settings, { manager: can(scope.role, 'channel.manage') }) : row.settings,
    connected: !adapter?.needsCredentials || !!row.credentials,
    lastError: row.lastError,
    readingBlocked,
    limits: adapter ? channelLimits(adapter, row.settings) : { maxLength: 0, partLength: null, maxMedia: 0, mediaTypes: [], requiresAltText: true },
    links: adapter ? adapter.links({ slug: row.slug, orgSlug: scope.orgSlug }, publicUrl) : [],
  };
}

export function channelTypes() {
  return allAdapters()
    .filter((a) => a.offeredOnScreen !== false)
    .map((a) => ({
      type: a.type,
      limits: a.limits,
      needsCredentials: a.needsCredentials,
      connectFields: a.connectFields,
      oauth: 'oauth' in a,
    }));
}

/**
 * Lets the network check the details, then seals the secret part for storage. An address that is
 * refused or cannot be reached gets one generic text on its field, whatever the cause (a refused
 * port, a timeout and a private address look alike); the cause goes to the server log and the
 * attempt to the audit trail.
 */
async function connectChannel(scope: OrgScope, adapter: ChannelAdapter, input: Record<string, string>, opts: ChannelOpts) {
  for (const field of adapter.connectFields) {
    if (field.required && !input[field.name]?.trim()) throw new AppError(422, 'channel_field_required', { field: field.name });
  }
  try {
    const connection = await adapter.connect(input, opts.net);
    return { settings: connection.settings, credentials: connection.credentials ? opts.secrets.seal(connection.credentials) : null, lastError: null };
  } catch (error) {
    if (!(error instanceof ConnectError)) throw error;
    if (error.problem?.unreachable) {
      const { field } = error.problem;
      await recordAudit(scope.db, {
        orgId: scope.orgId,
        actorId: scope.userId || null,
        action: 'channel.connect_refused',
        detail: { type: adapter.type, field },
      });
      throw new AppError(422, 'channel_address_unreachable', { field }, [
        { path: `connection.${field}`, message: translate(opts.lang, 'channel_address_unreachable', { field }) },
      ]);
    }
    throw new AppError(422, 'channel_connect_failed', { reason: error.message });
  }
}

const auditDetail = (row: ChannelRow) => ({ channelId: row.id, type: row.type, name: row.name, slug: row.slug });

export async function listChannels(scope: Authorized<'channel.read'>, publicUrl: string): Promise<Channel[]> {
  const rows = await scope.db
    .select({ channel: channels, readingBlocked: inboxPollState.readingBlocked })
    .from(channels)
    .leftJoin(inboxPollState, eq(inboxPollState.channelId, channels.id))
    .where(eq(channels.orgId, scope.orgId))
    .orderBy(asc(channels.name));
  return rows.map((r) => channelView(scope, r.channel, publicUrl, r.readingBlocked as ReadingBlocked | null));
}

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'kanaal';

export async function createChannel(
  scope: Authorized<'channel.manage'>,
  input: { type: string; name: string; slug?: string; connection?: Record<string, string> },
  opts: ChannelOpts,
): Promise<Channel> {
  const adapter = adapterFor(input.type);
  if (!adapter) throw new AppError(422, 'unknown_channel_type', { type: input.type });
  const slug = input.slug ?? slugify(input.name);
  const [taken] = await scope.db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.orgId, scope.orgId), eq(channels.slug, slug)));
  if (taken) throw new AppError(409, 'channel_slug_taken', { slug });
  const connection = await connectChannel(scope, adapter, input.connection ?? {}, opts);
  const row = await scope.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(channels)
      .values({ orgId: scope.orgId, type: input.type, name: input.name, slug, ...connection })
      .returning();
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'channel.connected', detail: auditDetail(created!) });
    return created!;
  });
  return channelView(scope, row, opts.publicUrl);
}

export async function updateChannel(
  scope: Authorized<'channel.manage'>,
  channelId: string,
  input: { name?: string; active?: boolean; connection?: Record<string, string> },
  opts: ChannelOpts,
): Promise<Channel> {
  const where = and(eq(channels.id, channelId), eq(channels.orgId, scope.orgId));
  const { connection, ...rest } = input;
  const changes: Partial<typeof channels.$inferInsert> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (connection) {
    const [current] = await scope.db.select({ type: channels.type }).from(channels).where(where);
    const adapter = current && adapterFor(current.type);
    if (!adapter) throw notFound('channel');
    Object.assign(changes, await connectChannel(scope, adapter, connection, opts));
  }
  const row = await scope.db.transaction(async (tx) => {
    const [before] = await tx.select().from(channels).where(where).for('update');
    if (!before) throw notFound('channel');
    if (!Object.keys(changes).length) return before;
    const [after] = await tx.update(channels).set(changes).where(where).returning();
    // Connecting, disconnecting and new connection details are security-relevant; a rename is not.
    const action = connection ? 'channel.reconnected' : before.active !== after!.active ? (after!.active ? 'channel.activated' : 'channel.deactivated') : null;
    if (action) await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action, detail: auditDetail(after!) });
    // New connection details may carry the inbox permissions the old ones lacked: read again now.
    if (connection) await readAgainSoon(tx, after!.id);
    return after!;
  });
  return channelView(scope, row, opts.publicUrl, await readingBlockedOf(scope.db, row.id));
}
