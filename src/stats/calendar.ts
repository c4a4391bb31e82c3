// Calendar days in the user's own time zone (issue 6). A streak counts local midnights, not 24-hour
// spans: a day is a "YYYY-MM-DD" label read with Intl in the given zone, and the distance between two
// labels is counted on the proleptic calendar (UTC date arithmetic on the labels themselves), so a
// 23- or 25-hour DST day is still exactly one day. Pure: the zone and the time are parameters.

/** A local calendar day, "YYYY-MM-DD". */
export type Day = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day in `timeZone` at the instant `at` (epoch ms). */
export function localDay(at: number, timeZone: string): Day {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Days since 1970-01-01 on the calendar (not in any zone): a label's position on the day line. */
export function dayNumber(day: Day): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
}

export function dayFromNumber(n: number): Day {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

/** "YYYY-MM" of a day: the bucket older days are folded into. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** The user's time zone as the browser knows it (for callers; logic takes the zone as a parameter). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The first instant after `now` that falls on the next local day (DST-safe: found, not assumed 24 h away). */
export function nextLocalMidnight(now: number, timeZone: string): number {
  const today = localDay(now, timeZone);
  // Days are at most 25 hours long (DST), so the next day begins within 26 hours: binary search.
  let low = now;
  let high = now + 26 * 3_600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDay(middle, timeZone) === today) low = middle;
    else high = middle;
  }
  return high;
}

/** An ISO 8601 time with the local offset ("2026-11-22T14:05:00+01:00"), as the journal stores `at`. */
export function isoWithOffset(at: number, offsetMinutes: number): string {
  const local = new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
