// Stores what a query found: each item once per organisation, network and network id (a second
// read, or a second query, finds the row), and once across sources — an item whose address or
// normalised text another source already brought in is the same item (its dedupe keys), so it
// gains the query's match but no second row. Sentiment is given on the way in.
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listeningMatches, listeningResultKeys, listeningResults } from '../../db/schema';
import { dedupeKeys, normalise } from '../../listening/match-query';
import type { SentimentLabel } from '../../sentiment/sentiment';

export interface Found {
  source: 'bluesky' | 'mastodon' | 'feed';
  sourceKey: string;
  externalId: string;
  authorHandle: string | null;
  authorName: string | null;
  title: string | null;
  text: string;
  lang: string | null;
  url: string | null;
  writtenAt: Date;
  sentiment: SentimentLabel;
  sentimentScore: number;
}

// Below this many characters two texts alike are often different people saying "thank you".
const TEXT_KEY_MIN = 40;

/** The item's keys: its address, its text with its author, and a longer text on its own. */
export function keysOf(item: Pick<Found, 'text' | 'url' | 'authorHandle'>): string[] {
  const keys = dedupeKeys({ text: item.text, author: item.authorHandle, url: item.url });
  const plain = normalise(item.text).replace(/\s+/g, ' ').trim();
  if (plain.length >= TEXT_KEY_MIN) keys.push(`plain:${createHash('sha256').update(plain).digest('hex').slice(0, 32)}`);
  return keys;
}

/** Stores the item (if new) and the query's match (if new); `matched` says whether the match is new. */
export async function storeFound(db: Db, orgId: string, queryId: string, item: Found, terms: string[]): Promise<{ resultId: string; matched: boolean }> {
  let resultId = (
    await db
      .select({ id: listeningResults.id })
      .from(listeningResults)
      .where(and(eq(listeningResults.orgId, orgId), eq(listeningResults.source, item.source), eq(listeningResults.externalId, item.externalId)))
  )[0]?.id;
  const keys = keysOf(item);
  if (!resultId && keys.length) {
    resultId = (
      await db
        .select({ id: listeningResultKeys.resultId })
        .from(listeningResultKeys)
        .where(and(eq(listeningResultKeys.orgId, orgId), inArray(listeningResultKeys.key, keys)))
        .limit(1)
    )[0]?.id;
  }
  if (!resultId) {
    const [row] = await db
      .insert(listeningResults)
      .values({ orgId, ...item, text: item.text.slice(0, 5000) })
      .onConflictDoNothing()
      .returning({ id: listeningResults.id });
    resultId =
      row?.id ??
      (
        await db
          .select({ id: listeningResults.id })
          .from(listeningResults)
          .where(and(eq(listeningResults.orgId, orgId), eq(listeningResults.source, item.source), eq(listeningResults.externalId, item.externalId)))
      )[0]!.id;
    if (keys.length)
      await db
        .insert(listeningResultKeys)
        .values(keys.map((key) => ({ orgId, key, resultId: resultId! })))
        .onConflictDoNothing();
  }
  const [match] = await db
    .insert(listeningMatches)
    .values({ queryId, resultId, orgId, terms, writtenAt: item.writtenAt })
    .onConflictDoNothing()
    .returning({ id: listeningMatches.resultId });
  return { resultId, matched: Boolean(match) };
}
