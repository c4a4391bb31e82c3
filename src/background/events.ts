// The event store's entry point (issue 6 owns the whole store): every count the extension keeps goes
// through recordEvents, which serialises read-modify-write cycles on storage.local so reports from
// many tabs at once are never lost. Times are parameters (epoch ms), never read from a hidden clock.
import { browser } from 'wxt/browser';
import type { EventSite } from '../messages';

export type EventKind = 'blocked' | 'hidden' | 'peek' | 'urge' | 'contact' | 'journal';

export interface EventInput {
  kind: EventKind;
  site?: EventSite;
  /** Index of the person in the settings, when known (never their name or a URL). */
  person?: number;
  /** How many (hidden units arrive in batches). Default 1. */
  count?: number;
  /** When it happened, epoch ms. */
  at: number;
}

export const EVENTS_KEY = 'events';

export interface EventLog {
  /** Local calendar day (YYYY-MM-DD) → "kind:site" → count. */
  days: Record<string, Record<string, number>>;
  /** The latest events, newest last, capped. */
  recent: { kind: EventKind; site?: EventSite; person?: number; count: number; at: number }[];
}

export const RECENT_LIMIT = 200;

export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function applyEvents(log: EventLog, events: readonly EventInput[]): EventLog {
  const days = { ...log.days };
  const recent = [...log.recent];
  for (const event of events) {
    const count = event.count ?? 1;
    const day = localDay(event.at);
    const key = `${event.kind}:${event.site ?? 'other'}`;
    const bucket = { ...(days[day] ?? {}) };
    bucket[key] = (bucket[key] ?? 0) + count;
    days[day] = bucket;
    recent.push({ kind: event.kind, site: event.site, person: event.person, count, at: event.at });
  }
  return { days, recent: recent.slice(-RECENT_LIMIT) };
}

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every earlier storage write in this worker has finished. */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function recordEvents(events: readonly EventInput[]): Promise<void> {
  if (events.length === 0) return Promise.resolve();
  return serialised(async () => {
    const stored = await browser.storage.local.get(EVENTS_KEY);
    const log = (stored[EVENTS_KEY] as EventLog | undefined) ?? { days: {}, recent: [] };
    await browser.storage.local.set({ [EVENTS_KEY]: applyEvents(log, events) });
  });
}
