// The no-contact streak (issue 6): pure functions of the start date, the restarts (logged contact,
// and peeks made while strict mode was on), `now` and the time zone. A streak is counted in local
// calendar days: started today is 0 days, yesterday 1 day.
import { daysBetween, localDay, type Day } from './calendar';

export const MILESTONES = [1, 3, 7, 14, 30, 60, 90, 180, 365] as const;

/** Something that starts the count again: logged contact, or a peek in strict mode. */
export interface Restart {
  at: number;
  kind: 'contact' | 'peek';
}

export interface StreakInput {
  /** settings.streak.startedAt: the first day of no contact. */
  startedAt: Day | null;
  restarts: readonly Restart[];
  now: number;
  timeZone: string;
}

export interface Streak {
  /** Days of the current streak. */
  days: number;
  /** The longest streak so far, the current one included; a restart never lowers it. */
  best: number;
  /** The first day of the current streak. */
  startedOn: Day | null;
}

export function computeStreak({ startedAt, restarts, now, timeZone }: StreakInput): Streak {
  const today = localDay(now, timeZone);
  const restartDays = restarts.map((r) => localDay(r.at, timeZone)).sort();
  let start: Day | null = startedAt ?? restartDays[0] ?? null;
  if (start === null) return { days: 0, best: 0, startedOn: null };
  let best = 0;
  for (const day of restartDays) {
    // Restarts before the start date belong to an earlier story; contact is refused there anyway.
    if (day <= start) continue;
    best = Math.max(best, daysBetween(start, day));
    start = day;
  }
  // A start date in the future (set ahead by the user) reads as a streak that has not begun: 0.
  const days = Math.max(0, daysBetween(start, today));
  return { days, best: Math.max(best, days), startedOn: start };
}

/** The fixed milestones and the user's own goal, ascending, without duplicates. */
export function milestonesFor(goalDays: number | null): number[] {
  const all = new Set<number>(MILESTONES);
  if (goalDays) all.add(goalDays);
  return [...all].sort((a, b) => a - b);
}

/** The next milestone after `days`, or null when every one is behind. */
export function nextMilestone(days: number, goalDays: number | null): number | null {
  return milestonesFor(goalDays).find((m) => m > days) ?? null;
}

/** The milestone last passed (0 before the first): where the progress ring starts. */
export function previousMilestone(days: number, goalDays: number | null): number {
  return milestonesFor(goalDays).filter((m) => m <= days).at(-1) ?? 0;
}

/** How far from the previous milestone to the next one, 0..1 (1 once every milestone is behind). */
export function milestoneProgress(days: number, goalDays: number | null): number {
  const next = nextMilestone(days, goalDays);
  if (next === null) return 1;
  const previous = previousMilestone(days, goalDays);
  return (days - previous) / (next - previous);
}

/**
 * The milestone to celebrate now, or null: the highest one reached in this streak and not yet
 * celebrated. Each is celebrated once a streak; opening the popup on day 10 celebrates 7, not 1, 3, 7.
 */
export function milestoneToCelebrate(days: number, goalDays: number | null, celebrated: readonly number[]): number | null {
  const reached = milestonesFor(goalDays).filter((m) => m <= days);
  const highest = reached.at(-1);
  if (highest === undefined || celebrated.includes(highest)) return null;
  return highest;
}

export type ContactRefusal = 'future' | 'before-start' | 'invalid';

/** A contact time the user entered: not in the future, not before the no-contact start date. */
export function checkContactTime(
  at: number,
  { now, startedAt, timeZone }: { now: number; startedAt: Day | null; timeZone: string },
): { ok: true } | { ok: false; reason: ContactRefusal } {
  if (!Number.isFinite(at)) return { ok: false, reason: 'invalid' };
  // A minute's grace: "now" typed into the form is a little behind the clock by the time it arrives.
  if (at > now + 60_000) return { ok: false, reason: 'future' };
  if (startedAt !== null && localDay(at, timeZone) < startedAt) return { ok: false, reason: 'before-start' };
  return { ok: true };
}
