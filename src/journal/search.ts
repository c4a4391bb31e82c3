// Finding entries by date (issue 7). Pure. An entry's day is the calendar day the user entered with it
// (`at` keeps its own UTC offset), so a record made in Berlin reads the same when opened in New York.
import type { JournalEntry, JournalKind } from './types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day an entry happened, as the user wrote it: "2026-11-02". */
export function entryDay(entry: Pick<JournalEntry, 'at'>): string {
  return entry.at.slice(0, 10);
}

/** The time of day as the user wrote it: "21:40". */
export function entryTime(entry: Pick<JournalEntry, 'at'>): string {
  return entry.at.slice(11, 16);
}

/** The UTC offset the time was written in: "+01:00", or "+00:00" for "Z". */
export function entryOffset(entry: Pick<JournalEntry, 'at'>): string {
  const match = /([+-]\d{2}:\d{2}|Z)$/i.exec(entry.at);
  if (!match) return '';
  return match[1]!.toUpperCase() === 'Z' ? '+00:00' : match[1]!;
}

export interface JournalQuery {
  /** First day to include (YYYY-MM-DD), or empty for no lower bound. */
  from?: string;
  /** Last day to include (YYYY-MM-DD), or empty for no upper bound. */
  to?: string;
  kinds?: readonly JournalKind[];
}

/**
 * Entries between `from` and `to` (both inclusive, either may be empty), oldest first by the moment
 * they happened. A range given backwards (to before from) is read the way round the user meant.
 */
export function searchJournal(entries: readonly JournalEntry[], query: JournalQuery = {}): JournalEntry[] {
  let from = query.from && ISO_DAY.test(query.from) ? query.from : '';
  let to = query.to && ISO_DAY.test(query.to) ? query.to : '';
  if (from && to && from > to) [from, to] = [to, from];
  const kinds = query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : null;
  return entries
    .filter((entry) => {
      const day = entryDay(entry);
      if (from && day < from) return false;
      if (to && day > to) return false;
      return kinds ? kinds.has(entry.kind) : true;
    })
    .sort((a, b) => instant(a) - instant(b) || a.createdAt - b.createdAt);
}

function instant(entry: JournalEntry): number {
  const time = Date.parse(entry.at);
  return Number.isNaN(time) ? entry.createdAt : time;
}

/** "2026-11-02T21:40:00+01:00" from the parts a form gives, with the offset the browser had then. */
export function journalTimestamp(day: string, time: string, offsetMinutes: number): string {
  // getTimezoneOffset() is minutes *behind* UTC (UTC+1 gives -60), so the sign flips.
  const ahead = -offsetMinutes;
  const sign = ahead >= 0 ? '+' : '-';
  const abs = Math.abs(ahead);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
