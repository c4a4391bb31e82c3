// The event log's shape and its pure maths (issue 6): daily aggregates per kind and site, older days
// folded into monthly totals, a capped list of recent events, the streak's restarts, and the ids of
// batches already applied so a report re-sent after a stopped worker is never counted twice.
import { addDays, localDay, monthOf, type Day } from './calendar';
import type { Restart } from './streak';

export type EventKind = 'blocked' | 'hidden' | 'peek' | 'urge' | 'contact' | 'journal';

export interface LoggedEvent {
  kind: EventKind;
  /** A site id from the registry, or 'other'. */
  site?: string;
  /** Index of the person in the settings, when known (never their name or a URL). */
  person?: number;
  /** How many (hidden units arrive in batches). Default 1. */
  count?: number;
  /** When it happened, epoch ms. */
  at: number;
  /** The sender's id for this report: the same id applied twice counts once. */
  id?: string;
}

export interface RecentEvent {
  kind: EventKind;
  site?: string;
  person?: number;
  count: number;
  at: number;
}

export interface EventLog {
  v: 1;
  /** Local calendar day → "kind:site" → count, for the latest DAYS_KEPT days. */
  days: Record<Day, Record<string, number>>;
  /** "YYYY-MM" → "kind:site" → count, for days folded out of `days`. */
  months: Record<string, Record<string, number>>;
  /** The latest events, newest last. */
  recent: RecentEvent[];
  /** What started the streak again (contact; peeks in strict mode), oldest first. */
  restarts: Restart[];
  /** Ids of the latest applied reports, oldest first. */
  applied: string[];
}

export const DAYS_KEPT = 400;
export const RECENT_LIMIT = 200;
export const RESTARTS_LIMIT = 1000;
export const APPLIED_LIMIT = 2000;

export function emptyLog(): EventLog {
  return { v: 1, days: {}, months: {}, recent: [], restarts: [], applied: [] };
}

/** A stored value read back; anything missing (an older or damaged shape) starts empty. */
export function readLog(value: unknown): EventLog {
  const log = emptyLog();
  if (typeof value !== 'object' || value === null) return log;
  const stored = value as Partial<EventLog>;
  const record = (x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, Record<string, number>>) : {});
  return {
    v: 1,
    days: record(stored.days),
    months: record(stored.months),
    recent: Array.isArray(stored.recent) ? stored.recent : [],
    restarts: Array.isArray(stored.restarts) ? stored.restarts : [],
    applied: Array.isArray(stored.applied) ? stored.applied : [],
  };
}

function bucketKey(kind: EventKind, site: string | undefined): string {
  return `${kind}:${site ?? 'other'}`;
}

function addTo(table: Record<string, Record<string, number>>, slot: string, key: string, count: number): void {
  const bucket = (table[slot] ??= {});
  bucket[key] = (bucket[key] ?? 0) + count;
}

export interface ApplyOptions {
  timeZone: string;
  /** Strict mode was on when these arrived: a peek starts the streak again. */
  strict: boolean;
}

/**
 * The log with `events` added. Returns a new log (the input is not changed), so a write is one
 * storage set of the whole result: all of a batch, or none of it.
 */
export function applyEvents(log: EventLog, events: readonly LoggedEvent[], { timeZone, strict }: ApplyOptions): EventLog {
  const next: EventLog = {
    v: 1,
    days: structuredClone(log.days),
    months: structuredClone(log.months),
    recent: [...log.recent],
    restarts: [...log.restarts],
    applied: [...log.applied],
  };
  const applied = new Set(next.applied);
  let newest: Day | null = null;
  for (const event of events) {
    if (event.id !== undefined) {
      if (applied.has(event.id)) continue;
      applied.add(event.id);
      next.applied.push(event.id);
    }
    const count = event.count ?? 1;
    const day = localDay(event.at, timeZone);
    if (newest === null || day > newest) newest = day;
    addTo(next.days, day, bucketKey(event.kind, event.site), count);
    next.recent.push({ kind: event.kind, site: event.site, person: event.person, count, at: event.at });
    if (event.kind === 'contact' || (event.kind === 'peek' && strict)) {
      next.restarts.push({ at: event.at, kind: event.kind });
    }
  }
  next.recent = next.recent.slice(-RECENT_LIMIT);
  next.applied = next.applied.slice(-APPLIED_LIMIT);
  next.restarts.sort((a, b) => a.at - b.at);
  next.restarts = next.restarts.slice(-RESTARTS_LIMIT);
  return newest === null ? next : foldOldDays(next, newest);
}

/** Days more than DAYS_KEPT before `today` move into their month's totals; nothing is lost. */
export function foldOldDays(log: EventLog, today: Day): EventLog {
  const oldest = addDays(today, -(DAYS_KEPT - 1));
  const stale = Object.keys(log.days).filter((day) => day < oldest);
  if (stale.length === 0) return log;
  const days = { ...log.days };
  const months = structuredClone(log.months);
  for (const day of stale) {
    for (const [key, count] of Object.entries(days[day] ?? {})) addTo(months, monthOf(day), key, count);
    delete days[day];
  }
  return { ...log, days, months };
}

function sumKind(bucket: Record<string, number> | undefined, kind: EventKind): number {
  let total = 0;
  for (const [key, count] of Object.entries(bucket ?? {})) if (key.startsWith(`${kind}:`)) total += count;
  return total;
}

/** How many of `kind` on one local day. */
export function countOnDay(log: EventLog, day: Day, kind: EventKind): number {
  return sumKind(log.days[day], kind);
}

/** How many of `kind` in all (days and folded months). */
export function countTotal(log: EventLog, kind: EventKind): number {
  let total = 0;
  for (const bucket of Object.values(log.days)) total += sumKind(bucket, kind);
  for (const bucket of Object.values(log.months)) total += sumKind(bucket, kind);
  return total;
}

/** Blocked visits and hidden items for the `length` days up to `today`, oldest first. */
export function dailySeries(log: EventLog, today: Day, length = 30): { day: Day; blocked: number; hidden: number }[] {
  return Array.from({ length }, (_, i) => {
    const day = addDays(today, i - (length - 1));
    return { day, blocked: countOnDay(log, day, 'blocked'), hidden: countOnDay(log, day, 'hidden') };
  });
}
