// Listening factory: a query about the organisation with two results and an alert, stored
// directly as the worker would leave them (for the screen's browser and accessibility tests).
import type { Db } from '../../src/db/client.ts';
import { listeningAlerts, listeningMatches, listeningQueries, listeningResults } from '../../src/db/schema.ts';

/** A query about the organisation with two results and an alert (as the worker would leave them). */
export async function seedListening(db: Db, orgId: string): Promise<string> {
  const [q] = await db
    .insert(listeningQueries)
    .values({ orgId, name: 'Over ons', orgNames: ['Zorggroep Rivierenland'], keywords: ['dagbesteding'] })
    .returning();
  const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
  const rows = await db
    .insert(listeningResults)
    .values([
      {
        orgId,
        source: 'bluesky',
        sourceKey: 'channel:x',
        externalId: 'at://did:plc:a/app.bsky.feed.post/1',
        authorHandle: 'dochter.bsky.social',
        text: 'Boos en verdrietig: de dagbesteding van Zorggroep Rivierenland sluit.',
        url: 'https://bsky.app/profile/dochter.bsky.social/post/1',
        writtenAt: new Date(hour.getTime() + 10 * 60_000),
        sentiment: 'negative',
        sentimentScore: -0.6,
      },
      {
        orgId,
        source: 'feed',
        sourceKey: 'feed:https://regio.example/rss',
        externalId: 'rss-1',
        authorHandle: 'Regionieuws',
        title: 'Open dag bij Zorggroep Rivierenland',
        text: 'Iedereen is welkom op de open dag.',
        url: 'https://regio.example/open-dag',
        writtenAt: new Date(hour.getTime() + 20 * 60_000),
        sentiment: 'positive',
        sentimentScore: 0.5,
      },
    ])
    .returning();
  await db
    .insert(listeningMatches)
    .values(rows.map((r) => ({ queryId: q!.id, resultId: r.id, orgId, terms: ['Zorggroep Rivierenland'], writtenAt: r.writtenAt })));
  await db.insert(listeningAlerts).values({
    orgId,
    queryId: q!.id,
    hour,
    reasons: ['volume', 'negative-share'],
    total: 40,
    negative: 32,
    baselineMedian: 2,
    baselineNegativeShare: 0.1,
    aboutOrganisation: true,
    suggestCrisisMode: true,
    resultIds: [rows[0]!.id],
  });
  return q!.id;
}
