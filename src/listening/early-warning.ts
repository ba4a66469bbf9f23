// Early warning for a listening query, per hour: is this hour's volume, or its share of negative
// messages, far above what this query normally sees at this kind of hour? Pure (no I/O, no clock).
//
// Baseline: the same hour of the day on the same kind of day (weekday or weekend, in the
// organisation's time zone) over the last `baselineWeeks` weeks. Robust figures: the median and
// the MAD (median absolute deviation, × 1.4826 to match a standard deviation; floored at √median,
// the Poisson spread, and 1), so one earlier spike in the baseline does not hide the next. A volume
// alert needs all of: a robust z ≥ zVolume, at least minCount messages, a rise of at least minRise
// messages over the median (so a quiet query does not alarm on three messages) and at least
// minRatio × the median. A negative-share alert needs minCount messages, a share at least
// minShareRise above the pooled baseline share, minRise/2 more negative messages than that share
// predicts, and a binomial z ≥ zShare. A spike that goes on does not alert again: a new alert needs
// `cooldownHours` hours without a spike first. docs/listening.md explains the choices.
import { DateTime } from 'luxon';

export interface HourCount {
  /** Start of the hour, ISO 8601 (UTC or with offset). */
  hour: string;
  total: number;
  negative: number;
}

export interface EarlyWarningOptions {
  timeZone: string;
  baselineWeeks: number;
  /** Fewest same-kind hours in the baseline before the query can alert at all. */
  minBaselineHours: number;
  minCount: number;
  minRise: number;
  zVolume: number;
  /** The hour must also hold at least this multiple of the median. */
  minRatio: number;
  minShareRise: number;
  /** Binomial z of the negative count against the baseline share. */
  zShare: number;
  cooldownHours: number;
}

export const EARLY_WARNING_DEFAULTS: EarlyWarningOptions = {
  timeZone: 'Europe/Amsterdam',
  baselineWeeks: 4,
  minBaselineHours: 6,
  minCount: 15,
  minRise: 10,
  zVolume: 5,
  minRatio: 2,
  minShareRise: 0.25,
  zShare: 5,
  cooldownHours: 6,
};

export interface Baseline {
  /** Same-kind hours the baseline was computed from. */
  hours: number;
  median: number;
  mad: number;
  negativeShare: number;
}

export interface EarlyWarningAlert {
  queryId: string;
  hour: string;
  reasons: ('volume' | 'negative-share')[];
  figures: { total: number; negative: number; negativeShare: number; robustZ: number };
  baseline: Baseline;
  aboutOrganisation: boolean;
  /** The spike is about the organisation itself and mostly negative: suggest switching on crisis mode. */
  suggestCrisisMode: boolean;
}

export interface ListeningQueryRef {
  id: string;
  /** The query names the organisation itself (its names, handles), not only its themes. */
  aboutOrganisation: boolean;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation, scaled to estimate a standard deviation. */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** Earlier hourly counts keyed by local wall-clock hour ("2026-10-06T15") in the organisation's zone. */
export interface HistoryIndex {
  timeZone: string;
  byLocalHour: ReadonlyMap<string, HourCount>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localKey = (y: number, m: number, d: number, h: number) => {
  // Date.UTC normalises day underflow (day 0 → last day of the previous month): calendar arithmetic only.
  const dt = new Date(Date.UTC(y, m - 1, d, h));
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}T${pad(dt.getUTCHours())}`;
};
const isWeekend = (y: number, m: number, d: number) => {
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * Index every hour the query was listening, quiet hours as zero counts (fillHours does that). In
 * the autumn night that repeats an hour, the later of the two stands for both.
 */
export function indexHistory(history: Iterable<HourCount>, timeZone: string): HistoryIndex {
  const byLocalHour = new Map<string, HourCount>();
  for (const c of history) {
    const t = DateTime.fromISO(c.hour, { zone: timeZone });
    byLocalHour.set(localKey(t.year, t.month, t.day, t.hour), c);
  }
  return { timeZone, byLocalHour };
}

/** The baseline for `hour`: the same local hour on earlier days of the same kind within baselineWeeks. */
export function baselineFor(hour: string, index: HistoryIndex, opts: EarlyWarningOptions): Baseline {
  const at = DateTime.fromISO(hour, { zone: index.timeZone });
  const weekend = isWeekend(at.year, at.month, at.day);
  const totals: number[] = [];
  let negatives = 0;
  let all = 0;
  for (let d = 1; d <= opts.baselineWeeks * 7; d++) {
    if (isWeekend(at.year, at.month, at.day - d) !== weekend) continue;
    // Only hours the query was listening: before it started there is no baseline, not a zero.
    const c = index.byLocalHour.get(localKey(at.year, at.month, at.day - d, at.hour));
    if (!c) continue;
    totals.push(c.total);
    negatives += c.negative;
    all += c.total;
  }
  return { hours: totals.length, median: median(totals), mad: mad(totals), negativeShare: all ? negatives / all : 0 };
}

/** Is this hour a spike against its baseline? Returns the reasons (empty: no spike). */
export function spikeReasons(c: HourCount, b: Baseline, opts: EarlyWarningOptions): { reasons: EarlyWarningAlert['reasons']; z: number } {
  // Floor the spread: a baseline of mostly zeros has MAD 0; Poisson noise is about √median.
  const spread = Math.max(b.mad, Math.sqrt(b.median), 1);
  const z = (c.total - b.median) / spread;
  const reasons: EarlyWarningAlert['reasons'] = [];
  if (b.hours < opts.minBaselineHours || c.total < opts.minCount) return { reasons, z };
  if (z >= opts.zVolume && c.total - b.median >= opts.minRise && c.total >= opts.minRatio * b.median) reasons.push('volume');
  // The negative count against the baseline share, as a binomial z (the share floored at 5%, so a
  // query that was never negative does not alarm on its first few complaints).
  const p0 = Math.max(b.negativeShare, 0.05);
  const expected = p0 * c.total;
  const zNeg = (c.negative - expected) / Math.sqrt(c.total * p0 * (1 - p0));
  const share = c.negative / c.total;
  if (share - b.negativeShare >= opts.minShareRise && c.negative - expected >= opts.minRise / 2 && zNeg >= opts.zShare) reasons.push('negative-share');
  return { reasons, z };
}

const utcKey = (hour: string) => DateTime.fromISO(hour, { setZone: true }).toUTC().toISO({ suppressMilliseconds: true })!;

/**
 * Walks an hourly series (missing hours count as zero) and returns the alerts a live sweep would
 * have raised, in order. `series` may be unsorted; each hour is judged only on the hours before it.
 */
export function replayEarlyWarning(query: ListeningQueryRef, series: readonly HourCount[], options: Partial<EarlyWarningOptions> = {}): EarlyWarningAlert[] {
  const opts = { ...EARLY_WARNING_DEFAULTS, ...options };
  const filled = fillHours(series);
  const history = indexHistory(filled, opts.timeZone);
  const alerts: EarlyWarningAlert[] = [];
  let lastSpike: string | undefined;
  for (const current of filled) {
    const result = evaluateHour(query, current, history, lastSpike, opts);
    if (result.spike) lastSpike = current.hour;
    if (result.alert) alerts.push(result.alert);
  }
  return alerts;
}

/** The series from its first to its last hour, UTC keys, hours without messages as zero counts. */
export function fillHours(series: readonly HourCount[]): HourCount[] {
  const byHour = new Map<string, HourCount>();
  for (const c of series) byHour.set(utcKey(c.hour), { ...c, hour: utcKey(c.hour) });
  const hours = [...byHour.keys()].sort();
  if (hours.length === 0) return [];
  const out: HourCount[] = [];
  const end = DateTime.fromISO(hours.at(-1)!, { zone: 'utc' });
  for (let t = DateTime.fromISO(hours[0]!, { zone: 'utc' }); t <= end; t = t.plus({ hours: 1 })) {
    const key = t.toISO({ suppressMilliseconds: true })!;
    out.push(byHour.get(key) ?? { hour: key, total: 0, negative: 0 });
  }
  return out;
}

/**
 * One hour of the live sweep: `history` indexes the query's earlier hourly counts (indexHistory);
 * `lastSpikeHour` is the last hour that was a spike (alerted or not), for the cooldown.
 */
export function evaluateHour(
  query: ListeningQueryRef,
  current: HourCount,
  history: HistoryIndex,
  lastSpikeHour: string | undefined,
  options: Partial<EarlyWarningOptions> = {},
): { spike: boolean; alert: EarlyWarningAlert | null } {
  const opts = { ...EARLY_WARNING_DEFAULTS, ...options };
  const baseline = baselineFor(current.hour, history, opts);
  const { reasons, z } = spikeReasons(current, baseline, opts);
  if (reasons.length === 0) return { spike: false, alert: null };
  const sinceLast = lastSpikeHour ? DateTime.fromISO(current.hour).diff(DateTime.fromISO(lastSpikeHour), 'hours').hours : Number.POSITIVE_INFINITY;
  if (sinceLast <= opts.cooldownHours) return { spike: true, alert: null };
  const negativeShare = current.total ? current.negative / current.total : 0;
  return {
    spike: true,
    alert: {
      queryId: query.id,
      hour: utcKey(current.hour),
      reasons,
      figures: { total: current.total, negative: current.negative, negativeShare, robustZ: Math.round(z * 10) / 10 },
      baseline,
      aboutOrganisation: query.aboutOrganisation,
      suggestCrisisMode: query.aboutOrganisation && (reasons.includes('negative-share') || negativeShare >= 0.5),
    },
  };
}

/** Hourly counts (UTC hours) of dated items with a sentiment, for one query. */
export function countByHour(items: readonly { at: Date | string; sentiment: 'positive' | 'negative' | 'neutral' }[]): HourCount[] {
  const out = new Map<string, HourCount>();
  for (const it of items) {
    const hour = DateTime.fromJSDate(new Date(it.at), { zone: 'utc' }).startOf('hour').toISO({ suppressMilliseconds: true })!;
    const c = out.get(hour) ?? { hour, total: 0, negative: 0 };
    c.total++;
    if (it.sentiment === 'negative') c.negative++;
    out.set(hour, c);
  }
  return [...out.values()].sort((a, b) => (a.hour < b.hour ? -1 : 1));
}
