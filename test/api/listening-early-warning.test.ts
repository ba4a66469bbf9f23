// The early warning on a replayed stream: four weeks of ordinary traffic about the organisation,
// then one hour with a burst of angry messages. The live sweep, run as the hours pass, raises no
// alert before the burst, exactly one at it (not a second as the burst goes on, nor when a second
// worker judges the same hour again), tells the comms people in the app and by mail with the
// messages that caused it, and suggests crisis mode because the query names the organisation.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningAlertList } from '../../src/contracts/listening.ts';
import { listeningMatches, listeningQueries, listeningResults, mailOutbox, notifications } from '../../src/db/schema.ts';
import { sweepEarlyWarnings } from '../../src/features/listening/early-warning-sweep.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

const HOUR = 3_600_000;
let t: TestApp;
let org: TestOrg;
let viewer: Client;
let queryId: string;
// A Wednesday, 14:00 Amsterdam time (13:00 UTC): the burst.
const SPIKE = Date.parse('2026-11-18T13:00:00Z');
const START = SPIKE - 28 * 24 * HOUR;

let seq = 0;
async function replay(from: number, until: number, perHour: (hour: number) => { total: number; negative: number }) {
  const rows: (typeof listeningResults.$inferInsert)[] = [];
  for (let h = from; h < until; h += HOUR) {
    const { total, negative } = perHour(h);
    for (let i = 0; i < total; i++) {
      const n = seq++;
      rows.push({
        orgId: org.id,
        source: 'bluesky',
        sourceKey: 'channel:test',
        externalId: `at://did:plc:x/app.bsky.feed.post/${n}`,
        authorHandle: `persoon${n}.test`,
        text: i < negative ? `Schandalig hoe Zorggroep Rivierenland met mijn moeder omgaat (${n})` : `Zorggroep Rivierenland organiseert een open dag (${n})`,
        url: `https://bsky.app/profile/persoon${n}.test/post/${n}`,
        writtenAt: new Date(h + ((i * 7) % 60) * 60_000),
        sentiment: i < negative ? 'negative' : 'neutral',
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    const stored = await t.database.db
      .insert(listeningResults)
      .values(rows.slice(i, i + 500))
      .returning({ id: listeningResults.id, writtenAt: listeningResults.writtenAt });
    await t.database.db
      .insert(listeningMatches)
      .values(stored.map((r) => ({ queryId, resultId: r.id, orgId: org.id, terms: ['Zorggroep Rivierenland'], writtenAt: r.writtenAt })));
  }
}

beforeAll(async () => {
  t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1', SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' });
  org = await buildOrg(t);
  viewer = await loginAs(t, org.users.viewer.email);
  const [q] = await t.database.db
    .insert(listeningQueries)
    .values({ orgId: org.id, name: 'Over ons', orgNames: ['Zorggroep Rivierenland'], createdAt: new Date(START) })
    .returning();
  queryId = q!.id;
  // Ordinary traffic: 0–3 messages an hour in the daytime, now and then a negative one.
  await replay(START, SPIKE, (h) => {
    const local = new Date(h).getUTCHours() + 1;
    const day = Math.floor(h / (24 * HOUR));
    return local >= 8 && local <= 20 ? { total: (day + local) % 4, negative: (day + local) % 7 === 0 ? 1 : 0 } : { total: 0, negative: 0 };
  });
});
afterAll(() => t.close());

const alertsNow = () =>
  t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.orgId, org.id), eq(notifications.kind, 'listening_alert')));

describe('early warning on a replayed stream', () => {
  it('no alert before the burst, exactly one at it, none again for the same burst', async () => {
    // The sweep as it would run in the hours before the burst (it catches up two days at most).
    for (let at = SPIKE - 47 * HOUR; at <= SPIKE + 10 * 60_000; at += 6 * HOUR) expect(await sweepEarlyWarnings(t.database.db, new Date(at))).toEqual([]);
    expect(await sweepEarlyWarnings(t.database.db, new Date(SPIKE + 10 * 60_000))).toEqual([]);

    // The burst: 40 messages in the hour, 32 of them negative.
    await replay(SPIKE, SPIKE + HOUR, () => ({ total: 40, negative: 32 }));
    const raised = await sweepEarlyWarnings(t.database.db, new Date(SPIKE + HOUR + 5 * 60_000));
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ hour: '2026-11-18T13:00:00Z', aboutOrganisation: true, suggestCrisisMode: true });
    expect(raised[0]!.reasons).toContain('volume');

    // It goes on the next hour: no second alert for the same burst.
    await replay(SPIKE + HOUR, SPIKE + 2 * HOUR, () => ({ total: 35, negative: 30 }));
    expect(await sweepEarlyWarnings(t.database.db, new Date(SPIKE + 2 * HOUR + 5 * 60_000))).toEqual([]);
    // A second worker that judges the burst hour again (its marks reset) raises nothing new either.
    await t.database.db
      .update(listeningQueries)
      .set({ evaluatedUntil: new Date(SPIKE - HOUR), lastSpikeHour: null })
      .where(eq(listeningQueries.id, queryId));
    expect(await sweepEarlyWarnings(t.database.db, new Date(SPIKE + HOUR + 5 * 60_000))).toEqual([]);

    // In the app: one alert with the messages of that hour, negative first, and the crisis suggestion.
    const list = (await (await viewer.get(`/api/orgs/${org.id}/listening/alerts`)).json()) as ListeningAlertList;
    expect(list.items).toHaveLength(1);
    const alert = list.items[0]!;
    expect(alert).toMatchObject({ query: { id: queryId, name: 'Over ons' }, total: 40, negative: 32, suggestCrisisMode: true });
    expect(alert.items).toHaveLength(20);
    expect(alert.items.every((i) => i.sentiment === 'negative')).toBe(true);

    // Told to who may switch crisis mode (editor, admin), not the viewer; by mail with the messages and the crisis link.
    const told = await alertsNow();
    expect(told.map((n) => n.userId).sort()).toEqual([org.users.admin.id, org.users.editor.id].sort());
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.users.editor.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Overweeg de crisismodus');
    expect(mails[0]!.body).toContain('De berichten van dat uur:');
    expect(mails[0]!.body).toMatch(/- \[negatief\] persoon\d+\.test: Schandalig hoe Zorggroep Rivierenland/);
    expect(mails[0]!.body).toContain('https://zorg.example/crisis');
    expect(mails[0]!.body).toContain(`https://zorg.example/listening?alert=${alert.id}`);
  });
});
