// Planning a question hour through the API, as the tests about its people need it: on the organisation's
// channel, 19:00–20:00 local `inDays` from today, without announcement drafts.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { QaHour } from '../../src/contracts/qa-hour.ts';
import { type Client, localIn, type TestOrg } from './test-app.ts';

/** Plans the hour as `as` in organisation `o`; answers its id. */
export async function planHour(as: Client, o: TestOrg, hostId: string, moderatorId: string, opts: { title?: string; inDays?: number } = {}): Promise<string> {
  const inDays = opts.inDays ?? 3;
  const res = await as.post(`/api/orgs/${o.id}/qa-hours`, {
    channelId: o.channelId,
    title: opts.title ?? `Spreekuur ${randomUUID().slice(0, 8)}`,
    hashtag: 'SpreekuurGriep',
    startLocal: localIn(inDays, '19:00'),
    endLocal: localIn(inDays, '20:00'),
    hostId,
    moderatorId,
    announce: false,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as QaHour).id;
}
