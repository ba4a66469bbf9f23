import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { countByHour, type HourCount, mad, median, replayEarlyWarning } from '../../src/listening/early-warning.ts';

// A replayed stream: six weeks of hourly counts for one query with a daily rhythm (quiet nights,
// busy afternoons, calmer weekends) and seeded Poisson noise, in the organisation's time zone.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function poisson(lambda: number, r: () => number): number {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r();
  } while (p > l);
  return k - 1;
}

const START = DateTime.fromISO('2026-09-07T00:00', { zone: 'Europe/Amsterdam' }); // a Monday
const HOURS = 6 * 7 * 24;

interface StreamOptions {
  seed?: number;
  scale?: number;
  /** Growth per week (0.1 = 10% more each week). */
  weeklyGrowth?: number;
  negativeShare?: number;
  spike?: { at: number; hours: number; extra: number; negativeShare: number };
}

function stream(o: StreamOptions = {}): HourCount[] {
  const r = rng(o.seed ?? 7);
  const out: HourCount[] = [];
  for (let i = 0; i < HOURS; i++) {
    const t = START.plus({ hours: i });
    const daily = 0.5 + 6 * Math.max(0, Math.sin(((t.hour - 7) / 16) * Math.PI)); // 0.5 at night, ~6.5 mid-afternoon
    const weekend = t.weekday >= 6 ? 0.6 : 1;
    const growth = (1 + (o.weeklyGrowth ?? 0)) ** (i / (7 * 24));
    let total = poisson(daily * weekend * growth * (o.scale ?? 1), r);
    let negative = 0;
    for (let k = 0; k < total; k++) if (r() < (o.negativeShare ?? 0.15)) negative++;
    if (o.spike && i >= o.spike.at && i < o.spike.at + o.spike.hours) {
      const extra = poisson(o.spike.extra, r);
      total += extra;
      for (let k = 0; k < extra; k++) if (r() < o.spike.negativeShare) negative++;
    }
    out.push({ hour: t.toUTC().toISO()!, total, negative });
  }
  return out;
}

// The spike starts on a Wednesday of week five at 14:00 local time and goes on for five hours.
const SPIKE_AT = 4 * 7 * 24 + 2 * 24 + 14;
const spikeHour = START.plus({ hours: SPIKE_AT }).toUTC().toISO({ suppressMilliseconds: true });

describe('early warning on a replayed stream', () => {
  const org = { id: 'q-org', aboutOrganisation: true };
  const theme = { id: 'q-theme', aboutOrganisation: false };

  it('stays silent for weeks of ordinary traffic with its daily rhythm, over several seeds', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(replayEarlyWarning(theme, stream({ seed })), `seed ${seed}`).toEqual([]);
  });

  it('raises exactly one alert at the start of a spike, not again while it lasts', () => {
    const alerts = replayEarlyWarning(org, stream({ spike: { at: SPIKE_AT, hours: 5, extra: 40, negativeShare: 0.7 } }));
    expect(alerts).toHaveLength(1);
    const [a] = alerts;
    expect(a!.hour).toBe(spikeHour);
    expect(a!.reasons).toEqual(['volume', 'negative-share']);
    expect(a!.figures.total).toBeGreaterThan(a!.baseline.median + 20);
    expect(a!.baseline.hours).toBe(4 * 5); // weekdays at 14:00 over four weeks
    expect(a).toMatchObject({ queryId: 'q-org', aboutOrganisation: true, suggestCrisisMode: true });
  });

  it('alerts again for a second spike after a quiet cooldown, and says a theme query is not about the organisation', () => {
    const s = stream({ spike: { at: SPIKE_AT, hours: 3, extra: 40, negativeShare: 0.7 } });
    const second = stream({ seed: 99, spike: { at: SPIKE_AT + 48, hours: 2, extra: 40, negativeShare: 0.1 } });
    const merged = s.map((c, i) => (i >= SPIKE_AT + 48 && i < SPIKE_AT + 50 ? second[i]! : c));
    const alerts = replayEarlyWarning(theme, merged);
    expect(alerts.map((a) => a.hour)).toEqual([
      spikeHour,
      START.plus({ hours: SPIKE_AT + 48 })
        .toUTC()
        .toISO({ suppressMilliseconds: true }),
    ]);
    expect(alerts[1]!.reasons).toEqual(['volume']);
    expect(alerts.every((a) => !a.suggestCrisisMode && !a.aboutOrganisation)).toBe(true);
  });

  it('does not alert on a gentle rise week after week', () => {
    for (const seed of [11, 12, 13]) expect(replayEarlyWarning(theme, stream({ seed, weeklyGrowth: 0.1 }))).toEqual([]);
  });

  it('a quiet query does not alarm on a handful of messages', () => {
    const quiet = stream({ scale: 0.05, spike: { at: SPIKE_AT, hours: 1, extra: 4, negativeShare: 1 } });
    expect(quiet[SPIKE_AT]!.total).toBeGreaterThanOrEqual(3);
    expect(replayEarlyWarning(org, quiet)).toEqual([]);
  });

  it('alerts on a turn to negative at the usual volume', () => {
    const s = stream({ seed: 21, scale: 3 });
    s[SPIKE_AT] = { ...s[SPIKE_AT]!, negative: Math.round(s[SPIKE_AT]!.total * 0.8) };
    const alerts = replayEarlyWarning(org, s);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ hour: spikeHour, reasons: ['negative-share'], suggestCrisisMode: true });
  });

  it('a positive rush about the organisation alerts without suggesting crisis mode', () => {
    const alerts = replayEarlyWarning(org, stream({ spike: { at: SPIKE_AT, hours: 2, extra: 40, negativeShare: 0.02 } }));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ reasons: ['volume'], aboutOrganisation: true, suggestCrisisMode: false });
  });
});

describe('early-warning helpers', () => {
  it('median and MAD resist one outlier', () => {
    expect(median([3, 1, 2, 100])).toBe(2.5);
    expect(mad([2, 2, 3, 3, 100])).toBeCloseTo(1.4826, 3);
  });
  it('counts items per UTC hour with their negatives', () => {
    expect(
      countByHour([
        { at: '2026-10-01T10:15:00Z', sentiment: 'negative' },
        { at: '2026-10-01T10:59:59Z', sentiment: 'positive' },
        { at: '2026-10-01T11:00:00+02:00', sentiment: 'negative' },
      ]),
    ).toEqual([
      { hour: '2026-10-01T09:00:00Z', total: 1, negative: 1 },
      { hour: '2026-10-01T10:00:00Z', total: 2, negative: 1 },
    ]);
  });
});
