// The settings as the options and onboarding pages hold them: loaded once, reloaded when anything else
// changes them (the popup, another tab), saved through saveSettings (zod-validated). The background
// keeps the copy in the browser's sync up to date while sync is on (src/state/sync.ts).
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '../state/settings';
import type { Settings } from '../settings/schema';

export { removeSyncCopy, writeSyncCopy } from '../state/sync';

export function useSettings(): { settings: Settings | null; save: (next: Settings) => Promise<Settings> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadSettings().then((value) => live && setSettings(value));
    load();
    const unwatch = watchSettings(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  async function save(next: Settings): Promise<Settings> {
    const saved = await saveSettings(next);
    setSettings(saved);
    return saved;
  }
  return { settings, save };
}
