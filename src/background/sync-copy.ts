// While the user has sync on, every settings change is copied to the browser's own sync, whichever
// page made it (options, popup, onboarding). Settings that outgrow the quota stay local; the options
// page says so when sync is turned on.
import { loadSettings } from '../state/settings';
import { writeSyncCopy } from '../state/sync';

export async function copySettingsToSync(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.sync.enabled) return;
  await writeSyncCopy(settings).catch(() => undefined);
}
