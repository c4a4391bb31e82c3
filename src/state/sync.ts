// The settings copy in the browser's own sync (issue 7), used by the options page when the user turns
// sync on and by the background whenever the settings change while it is on. Only the settings go
// there, never the journal or counts, and only within the quota (src/settings/sync-plan.ts).
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import { SYNC_INDEX_KEY, planSync, type SyncPlan } from '../settings/sync-plan';

function isOurs(key: string): boolean {
  return key === SYNC_INDEX_KEY || key.startsWith(`${SYNC_INDEX_KEY}.`);
}

/** Replace the copy in storage.sync with these settings, or say why they do not fit. */
export async function writeSyncCopy(settings: Settings): Promise<SyncPlan> {
  const plan = planSync(settings);
  if (!plan.ok) return plan;
  const old = await browser.storage.sync.get(null);
  const stale = Object.keys(old).filter((key) => isOurs(key) && !(key in plan.items));
  // Skip unchanged parts: sync limits writes per minute, and most saves change one small field.
  const changed = Object.fromEntries(Object.entries(plan.items).filter(([key, value]) => JSON.stringify(old[key]) !== JSON.stringify(value)));
  if (Object.keys(changed).length) await browser.storage.sync.set(changed);
  if (stale.length) await browser.storage.sync.remove(stale);
  return plan;
}

/** Take the copy out of the browser's sync when the user turns sync off. */
export async function removeSyncCopy(): Promise<void> {
  const old = await browser.storage.sync.get(null);
  const ours = Object.keys(old).filter(isOurs);
  if (ours.length) await browser.storage.sync.remove(ours);
}
