// Issue 6: the streak counts the user's local calendar days, whatever the month, leap day or DST change.
import { describe, expect, it } from 'vitest';
import { localDay, daysBetween, nextLocalMidnight } from '../../../src/stats/calendar';
import {
  checkContactTime,
  computeStreak,
  milestoneProgress,
  milestoneToCelebrate,
  nextMilestone,
  previousMilestone,
  type Restart,
} from '../../../src/stats/streak';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const contact = (iso: string): Restart => ({ at: at(iso), kind: 'contact' });

describe('local calendar days', () => {
  it('reads the day in the given zone, not the machine’s', () => {
    const instant = at('2026-03-01T03:30:00Z');
    expect(localDay(instant, NY)).toBe('2026-02-28');
    expect(localDay(instant, BERLIN)).toBe('2026-03-01');
  });

  it('counts across month ends and leap days', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('finds the next local midnight across a 23-hour day (New York, spring forward)', () => {
    const evening = at('2026-03-08T04:00:00Z'); // 23:00 on 7 March in New York
    expect(new Date(nextLocalMidnight(evening, NY)).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    const next = at('2026-03-08T05:00:00Z'); // 00:00 on 8 March, a 23-hour day
    expect(new Date(nextLocalMidnight(next, NY)).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});

describe('the streak', () => {
  it('is 23 days on the 24th of a month begun on the 1st, and 0 on the first day', () => {
    expect(computeStreak({ startedAt: '2026-10-01', restarts: [], now: at('2026-10-24T12:00:00Z'), timeZone: BERLIN }).days).toBe(23);
    expect(computeStreak({ startedAt: '2026-10-01', restarts: [], now: at('2026-10-01T12:00:00Z'), timeZone: BERLIN }).days).toBe(0);
  });

  it('turns over at local midnight in each zone, not at UTC midnight', () => {
    const input = { startedAt: '2026-06-01', restarts: [] };
    // 23:30 UTC on 1 June: already 2 June in Berlin, still 1 June in New York.
    const now = at('2026-06-01T23:30:00Z');
    expect(computeStreak({ ...input, now, timeZone: BERLIN }).days).toBe(1);
    expect(computeStreak({ ...input, now, timeZone: NY }).days).toBe(0);
  });

  it('crosses a leap day: 28 February to 1 March 2028 is two days', () => {
    const streak = computeStreak({ startedAt: '2028-02-28', restarts: [], now: at('2028-03-01T09:00:00Z'), timeZone: BERLIN });
    expect(streak.days).toBe(2);
  });

  for (const [zone, springForward, fallBack] of [
    [NY, '2026-03-08', '2026-11-01'],
    [BERLIN, '2026-03-29', '2026-10-25'],
  ] as const) {
    it(`gains exactly one day at each local midnight across DST changes in ${zone}`, () => {
      for (const change of [springForward, fallBack]) {
        // Noon UTC is morning or afternoon of the same calendar day in both zones.
        let midnight = Date.parse(`${change}T12:00:00Z`);
        const hours: number[] = [];
        for (const n of [1, 2, 3]) {
          const previous = midnight;
          midnight = nextLocalMidnight(midnight, zone);
          if (n > 1) hours.push((midnight - previous) / 3_600_000);
          const streakAt = (now: number) => computeStreak({ startedAt: change, restarts: [], now, timeZone: zone }).days;
          expect(streakAt(midnight - 60_000)).toBe(n - 1);
          expect(streakAt(midnight + 60_000)).toBe(n);
        }
        // The change day itself ends at the first midnight; the days after are ordinary again.
        const changeDayLength = (nextLocalMidnight(Date.parse(`${change}T12:00:00Z`), zone) - nextLocalMidnight(Date.parse(`${change}T12:00:00Z`) - 86_400_000, zone)) / 3_600_000;
        expect([23, 25]).toContain(changeDayLength);
        expect(hours).toEqual([24, 24]);
      }
    });
  }

  it('starts again from logged contact and keeps the best streak', () => {
    const now = at('2026-11-22T12:00:00Z');
    const before = computeStreak({ startedAt: '2026-10-01', restarts: [], now, timeZone: BERLIN });
    expect(before).toEqual({ days: 52, best: 52, startedOn: '2026-10-01' });
    const after = computeStreak({ startedAt: '2026-10-01', restarts: [contact('2026-11-22T08:00:00Z')], now, timeZone: BERLIN });
    expect(after).toEqual({ days: 0, best: 52, startedOn: '2026-11-22' });
  });

  it('keeps the longest of several streaks as the best', () => {
    const restarts = [contact('2026-01-11T10:00:00Z'), contact('2026-03-01T10:00:00Z'), contact('2026-03-05T10:00:00Z')];
    const streak = computeStreak({ startedAt: '2026-01-01', restarts, now: at('2026-03-20T10:00:00Z'), timeZone: NY });
    expect(streak).toEqual({ days: 15, best: 49, startedOn: '2026-03-05' });
  });

  it('counts a restart on the contact’s local day (late evening in New York is the day before in UTC terms… and after)', () => {
    // 22:00 on 9 March in New York is 02:00 on 10 March UTC: the restart day is the 9th there.
    const restarts = [contact('2026-03-10T02:00:00Z')];
    const streak = computeStreak({ startedAt: '2026-03-01', restarts, now: at('2026-03-12T15:00:00Z'), timeZone: NY });
    expect(streak.startedOn).toBe('2026-03-09');
    expect(streak.days).toBe(3);
  });

  it('treats a start date in the future as a streak not yet begun', () => {
    expect(computeStreak({ startedAt: '2026-12-24', restarts: [], now: at('2026-11-22T12:00:00Z'), timeZone: BERLIN }).days).toBe(0);
  });
});

describe('milestones', () => {
  it('names the next one and how far along the ring is', () => {
    expect(nextMilestone(0, null)).toBe(1);
    expect(nextMilestone(23, null)).toBe(30);
    expect(previousMilestone(23, null)).toBe(14);
    expect(milestoneProgress(23, null)).toBeCloseTo(9 / 16);
    expect(nextMilestone(365, null)).toBeNull();
    expect(milestoneProgress(400, null)).toBe(1);
  });

  it('includes the user’s own goal', () => {
    expect(nextMilestone(23, 25)).toBe(25);
    expect(nextMilestone(400, 500)).toBe(500);
  });

  it('celebrates the highest reached once, and not again', () => {
    expect(milestoneToCelebrate(10, null, [])).toBe(7);
    expect(milestoneToCelebrate(10, null, [1, 3, 7])).toBeNull();
    expect(milestoneToCelebrate(14, null, [1, 3, 7])).toBe(14);
    expect(milestoneToCelebrate(0, null, [])).toBeNull();
  });
});

describe('logging contact', () => {
  const now = at('2026-11-22T12:00:00Z');
  const context = { now, startedAt: '2026-10-01', timeZone: BERLIN };

  it('accepts a time between the start date and now', () => {
    expect(checkContactTime(at('2026-11-20T18:00:00Z'), context)).toEqual({ ok: true });
    expect(checkContactTime(now, context)).toEqual({ ok: true });
  });

  it('refuses a time in the future', () => {
    expect(checkContactTime(at('2026-11-22T14:00:00Z'), context)).toEqual({ ok: false, reason: 'future' });
  });

  it('refuses a time before the start date, by the local calendar', () => {
    // 23:30 UTC on 30 September is already 1 October in Berlin: allowed there, refused in New York.
    const lateEvening = at('2026-09-30T23:30:00Z');
    expect(checkContactTime(lateEvening, context)).toEqual({ ok: true });
    expect(checkContactTime(lateEvening, { ...context, timeZone: NY })).toEqual({ ok: false, reason: 'before-start' });
  });

  it('refuses a time that is not a time', () => {
    expect(checkContactTime(Number.NaN, context)).toEqual({ ok: false, reason: 'invalid' });
  });
});
