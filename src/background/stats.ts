// Progress as the popup and the prompt page show it (issue 6), computed from storage with `now` and
// the time zone; plus logging contact, celebrating milestones, the install-day start date and the
// badge's midnight refresh. Nothing here is kept in the worker's memory.
import { browser } from 'wxt/browser';
import type { ContactResult, LogContactRequest, StatsView } from '../messages';
import { countOnDay, countTotal, dailySeries } from '../stats/aggregate';
import { localDay, nextLocalMidnight, systemTimeZone, type Day } from '../stats/calendar';
import {
  checkContactTime,
  computeStreak,
  milestoneToCelebrate,
  milestonesFor,
  nextMilestone,
  previousMilestone,
} from '../stats/streak';
import { loadSettings, saveSettings, watchSettings } from '../state/settings';
import type { Settings } from '../settings/schema';
import { readEventLog, recordEvents, serialised } from './events';
import { appendJournalEntry } from './journal';
import { showBlockedToday } from './badge';
import { readSnoozedUntil } from './snooze';
import { STORAGE_KEYS } from '../state/keys';

export const CELEBRATED_KEY = 'celebrated';
/** The local day the extension was installed: the streak's start until the user sets their own. */
export const INSTALLED_KEY = 'installedOn';
const MIDNIGHT_ALARM = 'oos-midnight';

/** Milestones already celebrated, for the streak that began on `streak`. */
interface Celebrated {
  streak: Day | null;
  milestones: number[];
}

/** How the popup names the person: "J•••" unless the user turned masking off. */
export function personLabel(settings: Settings): string | null {
  const person = settings.people.find((p) => p.enabled) ?? settings.people[0];
  const name = person?.label || person?.names[0] || person?.handles[0];
  if (!name) return null;
  if (!settings.privacy.maskNames) return name;
  return `${[...name][0]!.toUpperCase()}•••`;
}

async function readCelebrated(): Promise<Celebrated> {
  const stored = await browser.storage.local.get(CELEBRATED_KEY);
  const value = stored[CELEBRATED_KEY] as Celebrated | undefined;
  return value && Array.isArray(value.milestones) ? value : { streak: null, milestones: [] };
}

export async function getStats(now: number, timeZone: string = systemTimeZone()): Promise<StatsView> {
  const [settings, log, celebrated, snoozedUntil, installed] = await Promise.all([
    loadSettings(),
    readEventLog(),
    readCelebrated(),
    readSnoozedUntil(now),
    browser.storage.local.get(INSTALLED_KEY),
  ]);
  const startedAt = startDate(settings, installed[INSTALLED_KEY]);
  const today = localDay(now, timeZone);
  const goal = settings.streak.goalDays;
  const streak = computeStreak({ startedAt, restarts: log.restarts, now, timeZone });
  const alreadyCelebrated = celebrated.streak === streak.startedOn ? celebrated.milestones : [];
  return {
    streakDays: streak.days,
    bestStreak: streak.best,
    streakStartedAt: streak.startedOn,
    nextMilestone: nextMilestone(streak.days, goal),
    previousMilestone: previousMilestone(streak.days, goal),
    goalDays: goal,
    startedAt,
    celebrate: milestoneToCelebrate(streak.days, goal, alreadyCelebrated),
    person: personLabel(settings),
    blockedToday: countOnDay(log, today, 'blocked'),
    blockedTotal: countTotal(log, 'blocked'),
    hiddenToday: countOnDay(log, today, 'hidden'),
    hiddenTotal: countTotal(log, 'hidden'),
    peeksTotal: countTotal(log, 'peek'),
    daily: dailySeries(log, today, 30),
    snoozedUntil,
  };
}

/** The popup showed `milestone`: it and every one below it are celebrated for this streak. */
export function markCelebrated(milestone: number, now: number, timeZone: string = systemTimeZone()): Promise<void> {
  return serialised(async () => {
    const [settings, log, installed] = await Promise.all([loadSettings(), readEventLog(), browser.storage.local.get(INSTALLED_KEY)]);
    const streak = computeStreak({ startedAt: startDate(settings, installed[INSTALLED_KEY]), restarts: log.restarts, now, timeZone });
    const previous = await readCelebrated();
    const kept = previous.streak === streak.startedOn ? previous.milestones : [];
    const milestones = [...new Set([...kept, ...milestonesFor(settings.streak.goalDays).filter((m) => m <= milestone)])];
    await browser.storage.local.set({ [CELEBRATED_KEY]: { streak: streak.startedOn, milestones } satisfies Celebrated });
  });
}

/**
 * Contact the user logged: refused (with a reason the popup words kindly) in the future or before
 * the start date; otherwise the streak starts again from that day, and it is kept as a journal entry.
 */
export async function logContact(input: LogContactRequest, now: number, timeZone: string = systemTimeZone()): Promise<ContactResult> {
  const at = Date.parse(input.at);
  const [settings, installed] = await Promise.all([loadSettings(), browser.storage.local.get(INSTALLED_KEY)]);
  const check = checkContactTime(at, { now, startedAt: startDate(settings, installed[INSTALLED_KEY]), timeZone });
  if (!check.ok) return { ok: false, reason: check.reason };
  // One id per logged contact: if the worker stops after the write and the popup asks again, it counts once.
  await recordEvents([{ kind: 'contact', at, id: `contact:${input.requestId}` }], undefined, timeZone);
  await appendJournalEntry(
    { kind: 'contact', at: input.at, initiatedBy: input.initiatedBy, text: input.note },
    now,
  );
  const stats = await getStats(now, timeZone);
  return { ok: true, streakDays: stats.streakDays, bestStreak: stats.bestStreak };
}

async function rawSettings(): Promise<string> {
  return JSON.stringify((await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings] ?? null);
}

/**
 * Without a start date, the streak starts on the day the extension was installed. The install day is
 * kept in its own key first (one atomic write), then put into the settings so the options show it.
 * That second write is a read-modify-write of a document others write too (onboarding, an import
 * racing the install): it is only made when the stored settings are still exactly as read, otherwise
 * read again; a settings write it lost to is never overwritten.
 */
export async function ensureStartDate(now: number, timeZone: string = systemTimeZone()): Promise<void> {
  const day = localDay(now, timeZone);
  if (!(await browser.storage.local.get(INSTALLED_KEY))[INSTALLED_KEY]) await browser.storage.local.set({ [INSTALLED_KEY]: day });
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await rawSettings();
    const settings = await loadSettings();
    if (settings.streak.startedAt !== null) return;
    const next = { ...settings, streak: { ...settings.streak, startedAt: day } };
    if ((await rawSettings()) !== before) continue;
    await saveSettings(next);
    return;
  }
}

/** The start date the streak counts from: the user's, else the install day. */
function startDate(settings: Settings, installedOn: unknown): Day | null {
  return settings.streak.startedAt ?? (typeof installedOn === 'string' ? installedOn : null);
}

export async function refreshBadge(now: number, timeZone: string = systemTimeZone()): Promise<void> {
  await showBlockedToday(await readEventLog(), now, timeZone);
  // "Today" ends at local midnight: refresh then (an alarm wakes a stopped worker).
  await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now, timeZone) + 1000 });
}

/** Wires the start date, the badge and its midnight refresh to the browser's events. */
export function startProgress(): void {
  browser.runtime.onInstalled.addListener(() => {
    void ensureStartDate(Date.now()).then(() => refreshBadge(Date.now()));
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge(Date.now()));
  // The badge can be turned off (or on) in the options.
  watchSettings(() => void refreshBadge(Date.now()));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) void refreshBadge(Date.now());
  });
}
