// When a published post's figures are read again: often while they move (the first 48 hours),
// then daily for 30 days, then weekly until 90 days, then never. Pure, so the engine and its
// tests share one rule.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The steps of the decaying schedule: up to `until` (age since publication), one read every `every`. */
export const SNAPSHOT_STEPS: readonly { until: number; every: number }[] = [
  { until: 6 * HOUR, every: HOUR },
  { until: 48 * HOUR, every: 4 * HOUR },
  { until: 30 * DAY, every: DAY },
  { until: 90 * DAY, every: 7 * DAY },
];

/** The schedule ends this long after publication. */
export const SNAPSHOT_HORIZON_MS = SNAPSHOT_STEPS.at(-1)!.until;

/** The first read: an hour after publication (a read at once would show zeros). */
export function firstSnapshotAt(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + SNAPSHOT_STEPS[0]!.every);
}

/** The read after one taken at `takenAt`; null once the post is past the horizon. */
export function nextSnapshotAt(publishedAt: Date, takenAt: Date): Date | null {
  const age = takenAt.getTime() - publishedAt.getTime();
  const step = SNAPSHOT_STEPS.find((s) => age < s.until);
  if (!step) return null;
  const next = takenAt.getTime() + step.every;
  // The last read lands on the horizon itself, not a week beyond it.
  const end = publishedAt.getTime() + SNAPSHOT_HORIZON_MS;
  if (next > end) return age < SNAPSHOT_HORIZON_MS - HOUR ? new Date(end) : null;
  return new Date(next);
}
