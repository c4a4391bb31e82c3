// While the user has sync on, every settings change is copied to the browser's own sync, whichever
// page made it (options, popup, onboarding). Settings that outgrow the quota stay local; the options
// page says so when sync is turned on.
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, settingsItem } from '../state/settings';
import { writeSyncCopy } from '../state/sync';
import { settingsSchema } from '../settings/schema';
import { SYNC_INDEX_KEY, readSyncItems } from '../settings/sync-plan';

/**
 * What this device wrote to sync lately. storage.onChanged reports our own writes too, and a
 * change event for an older write arriving after a newer local save must not bring the older
 * settings back. In memory only: the events follow the writes within moments.
 */
const recentlyWritten = new Set<string>();

export async function copySettingsToSync(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.sync.enabled) return;
  const text = JSON.stringify(settings);
  recentlyWritten.add(text);
  setTimeout(() => recentlyWritten.delete(text), 60_000);
  await writeSyncCopy(settings).catch(() => undefined);
}

/**
 * Bring the settings in from the browser's sync: on a new device (nothing stored locally yet) and
 * when another device changed them while this one also has sync on. A copy that is missing, broken,
 * invalid or has sync turned off is ignored; local settings without sync are never overwritten.
 */
export async function restoreSettingsFromSync(): Promise<boolean> {
  const doc = readSyncItems(await browser.storage.sync.get(null));
  const parsed = settingsSchema.safeParse(doc);
  if (!parsed.success || !parsed.data.sync.enabled) return false;
  if (recentlyWritten.has(JSON.stringify(parsed.data))) return false;
  const local = await settingsItem.getValue();
  if (local != null && (local as { sync?: { enabled?: unknown } }).sync?.enabled !== true) return false;
  if (JSON.stringify(local) === JSON.stringify(parsed.data)) return false;
  await saveSettings(parsed.data);
  return true;
}

export function watchSyncCopy(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(SYNC_INDEX_KEY))) {
      void restoreSettingsFromSync().catch(() => undefined);
    }
  });
}
