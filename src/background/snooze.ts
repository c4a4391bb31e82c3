// Snoozing the filter (issue 6): for 15 minutes or an hour, then it turns itself back on through an
// alarm (alarms survive a stopped worker). The state is one storage.local key, never only in memory.
import { browser } from 'wxt/browser';

export const SNOOZE_KEY = 'snooze';
export const SNOOZE_ALARM = 'oos-snooze-end';
export const SNOOZE_MINUTES = [15, 60] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

interface SnoozeState {
  until: number;
}

/** When the snooze ends, or null when filtering is on (an expired snooze counts as none). */
export async function readSnoozedUntil(now: number): Promise<number | null> {
  const stored = await browser.storage.local.get(SNOOZE_KEY);
  const state = stored[SNOOZE_KEY] as SnoozeState | undefined;
  return state && typeof state.until === 'number' && state.until > now ? state.until : null;
}

export async function startSnooze(minutes: SnoozeMinutes, now: number): Promise<number> {
  const until = now + minutes * 60_000;
  await browser.storage.local.set({ [SNOOZE_KEY]: { until } satisfies SnoozeState });
  await browser.alarms.create(SNOOZE_ALARM, { when: until });
  return until;
}

export async function cancelSnooze(): Promise<void> {
  await browser.storage.local.remove(SNOOZE_KEY);
  await browser.alarms.clear(SNOOZE_ALARM);
}

/** Ends the snooze when its alarm fires; `onChange` recompiles what content scripts read. */
export function watchSnooze(onChange: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SNOOZE_ALARM) return;
    void cancelSnooze().then(onChange);
  });
}
