import { and, asc, eq } from 'drizzle-orm';
import type { Channel } from '../../contracts/channel';
import { channels } from '../../db/schema';
import { ConnectError, type ChannelAdapter } from '../../channels/channel-adapter';
import { adapterFor, allAdapters } from '../../channels/registry';
import type { SecretBox } from '../secrets';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

type ChannelRow = typeof channels.$inferSelect;

export function channelView(scope: OrgScope, row: ChannelRow, publicUrl: string): Channel {
  const adapter = adapterFor(row.type);
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    slug: row.slug,
    active: row.active,
    settings: row.settings,
    connected: !adapter?.needsCredentials || !!row.credentials,
    lastError: row.lastError,
    limits: adapter?.limits ?? { maxLength: 0, partLength: null, maxMedia: 0, mediaTypes: [], requiresAltText: true },
    links: adapter ? adapter.links({ slug: row.slug, orgSlug: scope.orgSlug }, publicUrl) : [],
  };
}

export function channelTypes() {
  return allAdapters().map((a) => ({ type: a.type, limits: a.limits, needsCredentials: a.needsCredentials, connectFields: a.connectFields }));
}

/** Lets the network check the details, then seals the secret part for storage. */
async function connectChannel(adapter: ChannelAdapter, input: Record<string, string>, secrets: SecretBox) {
  for (const field of adapter.connectFields) {
    if (field.required && !input[field.name]?.trim()) throw new AppError(422, 'channel_field_required', { field: field.name });
  }
  try {
    const connection = await adapter.connect(input);
    return { settings: connection.settings, credentials: connection.credentials ? secrets.seal(connection.credentials) : null, lastError: null };
  } catch (error) {
    if (error instanceof ConnectError) throw new AppError(422, 'channel_connect_failed', { reason: error.message });
    throw error;
  }
}

export async function listChannels(scope: Authorized<'channel.read'>, publicUrl: string): Promise<Channel[]> {
  const rows = await scope.db.select().from(channels).where(eq(channels.orgId, scope.orgId)).orderBy(asc(channels.name));
  return rows.map((r) => channelView(scope, r, publicUrl));
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
  opts: { publicUrl: string; secrets: SecretBox },
): Promise<Channel> {
  const adapter = adapterFor(input.type);
  if (!adapter) throw new AppError(422, 'unknown_channel_type', { type: input.type });
  const slug = input.slug ?? slugify(input.name);
  const [taken] = await scope.db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.orgId, scope.orgId), eq(channels.slug, slug)));
  if (taken) throw new AppError(409, 'channel_slug_taken', { slug });
  const connection = await connectChannel(adapter, input.connection ?? {}, opts.secrets);
  const [row] = await scope.db
    .insert(channels)
    .values({ orgId: scope.orgId, type: input.type, name: input.name, slug, ...connection })
    .returning();
  return channelView(scope, row!, opts.publicUrl);
}

export async function updateChannel(
  scope: Authorized<'channel.manage'>,
  channelId: string,
  input: { name?: string; active?: boolean; connection?: Record<string, string> },
  opts: { publicUrl: string; secrets: SecretBox },
): Promise<Channel> {
  const where = and(eq(channels.id, channelId), eq(channels.orgId, scope.orgId));
  const { connection, ...rest } = input;
  const changes: Partial<typeof channels.$inferInsert> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (connection) {
    const [current] = await scope.db.select({ type: channels.type }).from(channels).where(where);
    const adapter = current && adapterFor(current.type);
    if (!adapter) throw notFound('channel');
    Object.assign(changes, await connectChannel(adapter, connection, opts.secrets));
  }
  const [row] = Object.keys(changes).length
    ? await scope.db.update(channels).set(changes).where(where).returning()
    : await scope.db.select().from(channels).where(where);
  if (!row) throw notFound('channel');
  return channelView(scope, row, opts.publicUrl);
}
