// Builds posts directly in the database, for engine tests that need many or need a given state.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { channels, posts, postVariants } from '../../src/db/schema.ts';
import type { PostStatus } from '../../src/domain/post-lifecycle.ts';
import type { SecretBox } from '../../src/features/secrets.ts';

export async function buildWebhookChannel(db: Db, orgId: string, url: string, secrets?: SecretBox, slug = 'intranet') {
  const [row] = await db
    .insert(channels)
    // As connecting stores it: the URL sealed with the secret. Without a secret box, the shape of channels connected before 2026-11 (URL in settings).
    .values(
      secrets
        ? { orgId, type: 'webhook', name: 'Intranet', slug, settings: { target: new URL(url).origin }, credentials: secrets.seal({ url, secret: 's3cret' }) }
        : { orgId, type: 'webhook', name: 'Intranet', slug, settings: { url }, credentials: null },
    )
    .returning();
  return row!.id;
}

export async function buildPost(db: Db, o: { orgId: string; channelIds: string[]; status?: PostStatus; scheduledAt?: Date; text?: string }): Promise<string> {
  const [post] = await db
    .insert(posts)
    .values({
      orgId: o.orgId,
      baseText: o.text ?? 'Onze open dag is zaterdag van 10 tot 16 uur.',
      status: o.status ?? 'scheduled',
      scheduledAt: o.scheduledAt ?? new Date(Date.now() - 1000),
    })
    .returning();
  if (o.channelIds.length) await db.insert(postVariants).values(o.channelIds.map((channelId) => ({ orgId: o.orgId, postId: post!.id, channelId })));
  return post!.id;
}

export async function postRow(db: Db, id: string) {
  const result = await db.execute(sql`SELECT status, attempts, next_attempt_at, held_at, lease_owner, failure_reason FROM posts WHERE id = ${id}`);
  return (
    result as unknown as {
      rows: {
        status: string;
        attempts: number;
        next_attempt_at: Date | string | null;
        held_at: unknown;
        lease_owner: string | null;
        failure_reason: string | null;
      }[];
    }
  ).rows[0]!;
}
