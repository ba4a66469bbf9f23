// The quick route's suggested times: a week before at 10:00 (two days before when the event is
// sooner, never in the past), at the event's start, and the next working day at 10:00 — in the
// organisation's zone, across daylight-saving changes and Dutch public holidays.
import { describe, expect, it } from 'vitest';
import { offsetsOf, planQuickCampaign } from '../../src/domain/quick-campaign-plan.ts';
import { resolveLocalTime } from '../../src/domain/local-time.ts';

const zone = 'Europe/Amsterdam';
const utc = (local: string) => resolveLocalTime(local, zone).utc.toISOString();

describe('planQuickCampaign', () => {
  it('plans a week before at 10:00, at the start, and the next working day at 10:00', () => {
    const plan = planQuickCampaign('2026-11-05T14:00', zone, new Date('2026-10-01T00:00Z'));
    expect(plan).toEqual({ announcement: '2026-10-29T10:00', during: '2026-11-05T14:00', lookBack: '2026-11-06T10:00' });
  });

  it('keeps 10:00 local across the change to summer time (the announcement in winter, the event in summer)', () => {
    const plan = planQuickCampaign('2026-03-30T14:00', zone, new Date('2026-03-01T00:00Z'))!;
    expect(plan.announcement).toBe('2026-03-23T10:00');
    expect(utc(plan.announcement)).toBe('2026-03-23T09:00:00.000Z'); // CET, UTC+1
    expect(utc(plan.lookBack)).toBe('2026-03-31T08:00:00.000Z'); // CEST, UTC+2
  });

  it('skips the weekend after the clocks go back: Saturday’s event looks back on Monday at 10:00 winter time', () => {
    const plan = planQuickCampaign('2026-10-24T11:00', zone, new Date('2026-10-01T00:00Z'))!;
    expect(plan.lookBack).toBe('2026-10-26T10:00');
    expect(utc(plan.lookBack)).toBe('2026-10-26T09:00:00.000Z');
    expect(utc(plan.announcement)).toBe('2026-10-17T08:00:00.000Z'); // still summer time
  });

  it('moves an event in the spring-forward gap to the hour that exists', () => {
    expect(planQuickCampaign('2026-03-29T02:30', zone, new Date('2026-03-01T00:00Z'))!.during).toBe('2026-03-29T03:30');
  });

  it('skips public holidays for the look-back (Christmas Eve looks back on the Monday after)', () => {
    expect(planQuickCampaign('2026-12-24T19:00', zone, new Date('2026-12-01T00:00Z'))!.lookBack).toBe('2026-12-28T10:00');
  });

  it('announces two days before when the event is sooner than a week, and never in the past', () => {
    expect(planQuickCampaign('2026-11-05T14:00', zone, new Date('2026-11-01T12:00Z'))!.announcement).toBe('2026-11-03T10:00');
    expect(planQuickCampaign('2026-11-05T14:00', zone, new Date('2026-11-03T12:00Z'))!.announcement).toBe('2026-11-04T10:00');
    // The day itself: the next quarter hour at least 30 minutes from now (13:05 local → 13:45).
    const soon = planQuickCampaign('2026-11-05T16:00', zone, new Date('2026-11-05T12:05Z'))!;
    expect(soon.announcement).toBe('2026-11-05T13:45');
    // Twenty minutes before the event: halfway there.
    expect(planQuickCampaign('2026-11-05T16:00', zone, new Date('2026-11-05T14:40Z'))!.announcement).toBe('2026-11-05T15:50');
  });

  it('plans nothing for an event that has begun', () => {
    expect(planQuickCampaign('2026-11-05T14:00', zone, new Date('2026-11-05T14:00Z'))).toBeNull();
  });

  it('reads the offsets back from planned times, and plans the same times again from them', () => {
    const plan = { announcement: '2026-10-30T09:30', during: '2026-11-05T14:30', lookBack: '2026-11-09T11:00' };
    const offsets = offsetsOf('2026-11-05T14:00', plan, zone);
    expect(offsets).toEqual({ announcementDaysBefore: 6, announcementTime: '09:30', duringMinutes: 30, lookBackWorkingDays: 2, lookBackTime: '11:00' });
    expect(planQuickCampaign('2026-11-05T14:00', zone, new Date('2026-10-01T00:00Z'), offsets)).toEqual(plan);
  });
});
