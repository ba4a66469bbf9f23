// Stores a page of items read from a network: triaged and weighed on the way in, each once
// (unique per channel and network id, ON CONFLICT DO NOTHING), linked to our post when the
// thread's root is one (or, for a quote, the post quoted). Answers only what was new, so only that is announced.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { InboundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { inboxItems, postVariants } from '../../db/schema';
import { sentimentOf } from '../../sentiment/sentiment';
import { triageText } from '../../triage/triage';
import { dueTimes, type OrgTargets } from './response-targets';

export interface StoredItem {
  id: string;
  category: string;
  urgent: boolean;
}

const langOf = (lang: string | null): 'nl' | 'en' | undefined => {
  const two = lang?.slice(0, 2).toLowerCase();
  return two === 'nl' || two === 'en' ? two : undefined;
};

/** Our posts on this channel whose network id is one of these thread roots (a Mastodon thread's id lists its parts). */
async function ourPosts(db: Db, channelId: string, roots: string[]): Promise<Map<string, string>> {
  if (!roots.length) return new Map();
  const rows = await db
    .select({ postId: postVariants.postId, externalId: postVariants.externalId })
    .from(postVariants)
    .where(
      and(
        eq(postVariants.channelId, channelId),
        or(inArray(postVariants.externalId, roots), inArray(sql`split_part(${postVariants.externalId}, ',', 1)`, roots)),
      ),
    );
  const out = new Map<string, string>();
  for (const r of rows) for (const id of (r.externalId ?? '').split(',')) out.set(id, r.postId);
  return out;
}

export async function storeInbound(
  db: Db,
  channel: { id: string; orgId: string },
  items: InboundItem[],
  org: OrgTargets,
  now = new Date(),
): Promise<StoredItem[]> {
  if (!items.length) return [];
  // A quote starts its own thread; the post it quotes is what it reacts to.
  const quoted = (item: InboundItem) => (item.kind === 'quote' ? item.parentExternalId : null);
  const posts = await ourPosts(db, channel.id, [...new Set(items.flatMap((i) => [i.threadExternalId, quoted(i) ?? []].flat()))]);
  // A page arrives at one moment: its due times differ only by category (working time is costly to count).
  const dueByCategory = new Map<string, ReturnType<typeof dueTimes>>();
  const rows = items.map((item) => {
    const lang = langOf(item.lang);
    const triage = triageText(item.text, lang);
    const mood = sentimentOf(item.text, triage.lang);
    if (!dueByCategory.has(triage.category)) dueByCategory.set(triage.category, dueTimes(triage.category, now, org));
    const due = dueByCategory.get(triage.category);
    return {
      orgId: channel.orgId,
      channelId: channel.id,
      externalId: item.externalId,
      kind: item.kind,
      threadKey: item.threadExternalId,
      parentExternalId: item.parentExternalId,
      authorExternalId: item.author.externalId,
      authorHandle: item.author.handle,
      authorName: item.author.displayName,
      text: item.text,
      attachments: Math.min(item.attachments ?? 0, 100),
      lang: item.lang ?? triage.lang,
      url: item.url,
      writtenAt: new Date(item.createdAt),
      receivedAt: now,
      postId: posts.get(item.threadExternalId) ?? posts.get(quoted(item) ?? '') ?? null,
      category: triage.category,
      urgent: triage.urgent || triage.category === 'crisis',
      sentiment: mood.sentiment,
      sentimentScore: mood.score,
      dueAt: due?.dueAt ?? null,
      warnAt: due?.warnAt ?? null,
    };
  });
  return db
    .insert(inboxItems)
    .values(rows)
    .onConflictDoNothing({ target: [inboxItems.channelId, inboxItems.externalId] })
    .returning({ id: inboxItems.id, category: inboxItems.category, urgent: inboxItems.urgent });
}
