// Today's blocked visits on the toolbar icon (issue 6); the user can turn it off (settings.display.badge).
import { browser } from 'wxt/browser';
import { countOnDay, type EventLog } from '../stats/aggregate';
import { localDay } from '../stats/calendar';
import { STORAGE_KEYS } from '../state/keys';

/** The badge text for a count: nothing for 0 (an empty badge is calmer than a zero). */
export function badgeText(blockedToday: number): string {
  if (blockedToday <= 0) return '';
  return blockedToday > 999 ? '999+' : String(blockedToday);
}

function toolbarAction() {
  // Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export async function showBlockedToday(log: EventLog, now: number, timeZone: string): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  // The raw stored value, not loadSettings(): this runs after every write with a blocked visit, and
  // one flag does not need the whole schema (absent or damaged reads as the default, on).
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  const display = (stored[STORAGE_KEYS.settings] as { display?: { badge?: unknown } } | undefined)?.display;
  const text = display?.badge !== false ? badgeText(countOnDay(log, localDay(now, timeZone), 'blocked')) : '';
  await action.setBadgeText({ text });
  if (text) await action.setBadgeBackgroundColor({ color: '#3f6f5e' });
}
