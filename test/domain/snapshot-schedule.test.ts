import { describe, expect, it } from 'vitest';
import { firstSnapshotAt, nextSnapshotAt } from '../../src/domain/snapshot-schedule.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const published = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(published.getTime() + ms);
const gap = (takenAfter: number) => {
  const next = nextSnapshotAt(published, at(takenAfter));
  return next ? next.getTime() - at(takenAfter).getTime() : null;
};

describe('snapshot schedule', () => {
  it('reads often in the first 48 hours, daily to 30 days, weekly to 90 days, then stops', () => {
    expect(firstSnapshotAt(published)).toEqual(at(HOUR));
    expect(gap(HOUR)).toBe(HOUR);
    expect(gap(10 * HOUR)).toBe(4 * HOUR);
    expect(gap(3 * DAY)).toBe(DAY);
    expect(gap(31 * DAY)).toBe(7 * DAY);
    expect(nextSnapshotAt(published, at(88 * DAY))).toEqual(at(90 * DAY));
    expect(nextSnapshotAt(published, at(90 * DAY))).toBeNull();
  });

  it('counts a whole schedule of about 60 reads per post', () => {
    let n = 1;
    for (let t: Date | null = firstSnapshotAt(published); t; t = nextSnapshotAt(published, t)) n++;
    expect(n).toBeGreaterThan(40);
    expect(n).toBeLessThan(70);
  });
});
