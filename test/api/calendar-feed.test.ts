// The calendar feed (RFC 5545): a secret address per person, revocable and regenerable; the
// planned posts at the right local hour in Europe/Amsterdam on both sides of the daylight-saving
// changes (last Sunday of March and of October), even when the server runs in UTC. The output is
// read back with a small RFC 5545 parser (unfolding, properties with parameters).
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

const ZONE = 'Europe/Amsterdam';
let t: TestApp;
let org: TestOrg;
let editor: Client;
const zoneBefore = process.env.TZ;

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: unfold (CRLF + space), then NAME;PARAM=V;...:VALUE per line; components by BEGIN/END. */
function parseIcs(text: string): { lines: Prop[]; events: Prop[][] } {
  expect(text.includes('\r\n')).toBe(true);
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const lines = unfolded.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return { name: name!.toUpperCase(), params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
  });
  const events: Prop[][] = [];
  let current: Prop[] | null = null;
  for (const l of lines) {
    if (l.name === 'BEGIN' && l.value === 'VEVENT') current = [];
    else if (l.name === 'END' && l.value === 'VEVENT') {
      events.push(current!);
      current = null;
    } else current?.push(l);
  }
  return { lines, events };
}

/** The next last Sunday of `month` at least a week ahead (so the feed's window holds it). */
function nextLastSunday(month: number): DateTime {
  for (let year = DateTime.now().year; ; year++) {
    const end = DateTime.fromObject({ year, month }, { zone: ZONE }).endOf('month').startOf('day');
    const sunday = end.minus({ days: end.weekday % 7 });
    if (sunday > DateTime.now().plus({ days: 7 })) return sunday;
  }
}

beforeAll(async () => {
  // As on a server: the process runs in UTC, the organisation plans in Amsterdam.
  process.env.TZ = 'UTC';
  t = await createTestApp();
  org = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
});
afterAll(async () => {
  process.env.TZ = zoneBefore;
  await t.close();
});

async function newAddress(client = editor, orgId = org.id) {
  const res = await client.post(`/api/orgs/${orgId}/calendar-feed`);
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.url).toMatch(/^https:\/\/zorg\.example\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return new URL(body.url).pathname;
}

describe('calendar feed', () => {
  it('shows planned posts at 09:00 Amsterdam time the day before and after both daylight-saving changes', async () => {
    const march = nextLastSunday(3);
    const october = nextLastSunday(10);
    const days = [march.minus({ days: 1 }), march.plus({ days: 1 }), october.minus({ days: 1 }), october.plus({ days: 1 })].map((d) => d.set({ hour: 9 }));
    const ids: string[] = [];
    for (const [i, d] of days.entries())
      ids.push(await buildPost(t.database.db, { orgId: org.id, channelIds: [org.channelId], scheduledAt: d.toJSDate(), text: `Bericht ${i}\nmeer tekst` }));
    const draft = await buildPost(t.database.db, { orgId: org.id, channelIds: [], status: 'draft', scheduledAt: days[0]!.toJSDate(), text: 'Nog een concept' });
    const other = await buildOrg(t);
    await buildPost(t.database.db, { orgId: other.id, channelIds: [], scheduledAt: days[0]!.toJSDate(), text: 'Van een ander' });

    const res = await t.app.request(await newAddress());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const { lines, events } = parseIcs(await res.text());
    expect(lines[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(lines.find((l) => l.name === 'VERSION')?.value).toBe('2.0');
    // The zone's own rules travel with the feed.
    expect(lines.filter((l) => l.name === 'TZID').map((l) => l.value)).toContain(ZONE);
    expect(lines.some((l) => l.name === 'BEGIN' && l.value === 'DAYLIGHT')).toBe(true);

    const byUid = new Map(events.map((e) => [e.find((p) => p.name === 'UID')!.value, e]));
    expect(byUid.has(`${draft}@zorgpost`)).toBe(false);
    expect(events.some((e) => e.some((p) => p.value.includes('Van een ander')))).toBe(false);
    for (const [i, id] of ids.entries()) {
      const event = byUid.get(`${id}@zorgpost`)!;
      const start = event.find((p) => p.name === 'DTSTART')!;
      expect(start.params.TZID).toBe(ZONE);
      expect(start.value).toBe(`${days[i]!.toFormat('yyyyMMdd')}T090000`);
      // The same instant as planned: 08:00 UTC in winter time, 07:00 UTC in summer time.
      const instant = DateTime.fromFormat(start.value, "yyyyMMdd'T'HHmmss", { zone: start.params.TZID });
      expect(instant.toUTC().hour).toBe(i === 0 || i === 3 ? 8 : 7);
      expect(event.find((p) => p.name === 'SUMMARY')!.value).toBe(`Bericht ${i} (Website)`);
      // RFC 5545 §3.8.7.2: the stamp is in UTC.
      expect(event.find((p) => p.name === 'DTSTAMP')!.value).toMatch(/^\d{8}T\d{6}Z$/);
    }
  });

  it('stops working when revoked, and a new address replaces the old one', async () => {
    const first = await newAddress();
    const second = await newAddress();
    expect((await t.app.request(first)).status).toBe(404);
    expect((await t.app.request(second)).status).toBe(200);
    const status = await (await editor.get(`/api/orgs/${org.id}/calendar-feed`)).json();
    expect(status).toMatchObject({ active: true });
    expect(status.url).toBeUndefined();
    expect((await editor.del(`/api/orgs/${org.id}/calendar-feed`)).status).toBe(200);
    expect((await t.app.request(second)).status).toBe(404);
    expect(await (await editor.get(`/api/orgs/${org.id}/calendar-feed`)).json()).toEqual({ active: false, createdAt: null });
  });

  it('answers 404 for an unknown or malformed token', async () => {
    expect((await t.app.request(`/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await t.app.request('/calendar/kort.ics')).status).toBe(404);
  });
});
