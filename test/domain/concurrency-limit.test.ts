// Password hashing waits its turn: never more argon2 runs at once than the limit (the cores
// minus one), so a burst of logins leaves a core for every other request.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { concurrencyLimit } from '../../src/features/auth/concurrency-limit.ts';

it('runs at most the limit at once, the rest in order, and passes on results and errors', async () => {
  const slot = concurrencyLimit(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const task = (i: number) =>
    slot(async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await sleep(10);
      running--;
      if (i === 3) throw new Error('fout 3');
      return i * 10;
    });
  const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
  expect(most).toBe(2);
  expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([0, 10, 20, 'fout 3', 40, 50]);
});
