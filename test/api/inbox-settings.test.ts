// The inbox settings the settings screen edits: working hours per weekday are kept and count in
// the targets; bad input answers 422 naming the field in the requester's language, stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

let t: TestApp;
let org: TestOrg;
let editor: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}/inbox/settings`;
});
afterAll(() => t?.close());

const workingHours = {
  start: '09:00',
  end: '17:00',
  days: [1, 2, 3, 4, 5],
  byDay: [
    { day: 1, start: '08:00', end: '17:00' },
    { day: 5, start: '09:00', end: '12:30' },
  ],
};

describe('inbox settings', () => {
  it('keeps working hours per weekday with the other settings', async () => {
    const res = await editor.patch(base, { workingHours, phone: '0344 123 456', crisisRegion: 'us', repliesNeedApproval: true });
    expect(res.status).toBe(200);
    const got = await (await editor.get(base)).json();
    expect(got).toEqual({ workingHours, phone: '0344 123 456', crisisRegion: 'us', repliesNeedApproval: true });
  });

  it('names a day that ends before it starts, and a bad time, in Dutch or English; nothing is stored', async () => {
    const before = await (await editor.get(base)).json();
    const bad = { ...workingHours, byDay: [{ day: 5, start: '13:00', end: '12:30' }] };
    const res = await editor.patch(base, { workingHours: bad, phone: '0800 000' });
    expect(res.status).toBe(422);
    const nl = (await res.json()) as ErrorBody;
    expect(nl.error.details).toEqual([{ path: 'workingHours.byDay.0.end', message: 'Het einde moet na het begin liggen.' }]);

    const en = await editor.request('PATCH', base, { workingHours: { ...workingHours, start: '0900' } }, { 'accept-language': 'en' });
    expect(en.status).toBe(422);
    expect(((await en.json()) as ErrorBody).error.details).toEqual([{ path: 'workingHours.start', message: 'Enter a time like 09:00.' }]);

    const twice = await editor.patch(base, { workingHours: { ...workingHours, byDay: [workingHours.byDay[0], workingHours.byDay[0]] } });
    expect(((await twice.json()) as ErrorBody).error.details?.[0]?.message).toBe('Elke weekdag mag maar één keer voorkomen.');
    expect(await (await editor.get(base)).json()).toEqual(before);
  });
});
