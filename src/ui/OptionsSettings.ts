// The settings as the options and onboarding pages hold them: loaded once, reloaded when anything else
// changes them (the popup, another tab), saved through saveSettings (zod-validated) and, when the
// user turned sync on, copied to the browser's own sync within its quota.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, watchSettings } from '../state/settings';
import type { Settings } from '../settings/schema';
import { SYNC_INDEX_KEY, planSync, type SyncPlan } from '../settings/sync-plan';

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
    if (saved.sync.enabled) await writeSyncCopy(saved);
    return saved;
  }
  return { settings, save };
}

/** Replace the copy in storage.sync with these settings, or say why they do not fit. */
export async function writeSyncCopy(settings: Settings): Promise<SyncPlan> {
  const plan = planSync(settings);
  if (!plan.ok) return plan;
  const old = await browser.storage.sync.get(null);
  const stale = Object.keys(old).filter((key) => (key === SYNC_INDEX_KEY || key.startsWith(`${SYNC_INDEX_KEY}.`)) && !(key in plan.items));
  await browser.storage.sync.set(plan.items);
  if (stale.length) await browser.storage.sync.remove(stale);
  return plan;
}

/** Take the copy out of the browser's sync when the user turns sync off. */
export async function removeSyncCopy(): Promise<void> {
  const old = await browser.storage.sync.get(null);
  const ours = Object.keys(old).filter((key) => key === SYNC_INDEX_KEY || key.startsWith(`${SYNC_INDEX_KEY}.`));
  if (ours.length) await browser.storage.sync.remove(ours);
}

