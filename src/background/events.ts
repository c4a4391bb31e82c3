// The event store (issue 6): every count the extension keeps goes through recordEvents. State lives
// only in storage.local; the MV3 worker may be stopped between any two events, so:
// - each write is one storage.local.set of the whole new log: a worker stopped between the get and
//   the set wrote nothing, and the sender, never answered, sends the report again;
// - writes in this worker are serialised, so reports from many tabs at once never overwrite each other;
// - a report may carry an id: one applied already (written, then the worker stopped before the answer
//   went out, so it was sent again) is not counted twice.
// The maths (days, folding, totals) is pure and lives in src/stats/aggregate.ts.
import { browser } from 'wxt/browser';
import type { EventSite } from '../messages';
import { applyEvents, readLog, type EventKind as LoggedKind, type EventLog } from '../stats/aggregate';
import { systemTimeZone } from '../stats/calendar';
import { loadSettings } from '../state/settings';
import { showBlockedToday } from './badge';

export type EventKind = LoggedKind;

export interface EventInput {
  kind: EventKind;
  site?: EventSite;
  /** Index of the person in the settings, when known (never their name or a URL). */
  person?: number;
  /** How many (hidden units arrive in batches). Default 1. */
  count?: number;
  /** When it happened, epoch ms. */
  at: number;
  /** The sender's id for this report, so a report sent again after a stopped worker counts once. */
  id?: string;
}

export const EVENTS_KEY = 'events';

/** The part of a storage area the store needs (tests pass one that can "stop the worker"). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `task` after every earlier storage write in this worker has finished. A task must not await
 * recordEvents (whose write is queued behind it): that would wait for itself.
 */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function readEventLog(area: StorageAreaLike = browser.storage.local): Promise<EventLog> {
  const stored = await area.get(EVENTS_KEY);
  return readLog(stored[EVENTS_KEY]);
}

interface PendingReport {
  events: readonly EventInput[];
  area: StorageAreaLike;
  timeZone: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

let pending: PendingReport[] = [];
let flushQueued = false;

/**
 * Add events to the store. Resolves once they are in storage.local (then, and only then, acknowledge).
 * Reports that arrive while a write is under way are written together by the next one (a group
 * commit): one read and one write for many tabs' reports, each still answered only once it is stored.
 */
export function recordEvents(
  events: readonly EventInput[],
  area: StorageAreaLike = browser.storage.local,
  timeZone: string = systemTimeZone(),
): Promise<void> {
  if (events.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    pending.push({ events, area, timeZone, resolve, reject });
    if (!flushQueued) {
      flushQueued = true;
      void serialised(flushPending);
    }
  });
}

async function flushPending(): Promise<void> {
  flushQueued = false;
  const reports = pending;
  pending = [];
  // In the extension every report shares one area and zone; tests may mix them, so group.
  const groups = new Map<StorageAreaLike, Map<string, PendingReport[]>>();
  for (const report of reports) {
    const byZone = groups.get(report.area) ?? new Map<string, PendingReport[]>();
    groups.set(report.area, byZone);
    byZone.set(report.timeZone, [...(byZone.get(report.timeZone) ?? []), report]);
  }
  for (const [area, byZone] of groups) {
    for (const [timeZone, group] of byZone) {
      try {
        await writeEvents(group.flatMap((r) => r.events), area, timeZone);
        for (const report of group) report.resolve();
      } catch (error) {
        for (const report of group) report.reject(error);
      }
    }
  }
}

async function writeEvents(events: readonly EventInput[], area: StorageAreaLike, timeZone: string): Promise<void> {
  // Strict mode decides whether a peek restarts the streak; it is read when the peek happens, so
  // turning strict mode on later does not rewrite the past.
  const strict = events.some((e) => e.kind === 'peek') ? (await loadSettings()).guard.strict : false;
  const log = await readEventLog(area);
  const next = applyEvents(log, events, { timeZone, strict });
  await area.set({ [EVENTS_KEY]: next });
  if (events.some((e) => e.kind === 'blocked')) void showBlockedToday(next, Date.now(), timeZone).catch(() => undefined);
}
