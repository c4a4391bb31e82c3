// Settings in storage.local, versioned with @wxt-dev/storage's ordered migrations.
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { SETTINGS_VERSION, defaultSettings, settingsSchema, type Settings } from '../settings/schema';
import { MIGRATIONS } from '../settings/migrations';
import { repairSettings } from '../settings/repair';
import { STORAGE_KEYS } from './keys';

export const settingsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.settings}`, {
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

export interface SetAside {
  at: string;
  raw: unknown;
  problems: string[];
}

/**
 * The current settings. A stored value that fails validation is repaired field by field and
 * written back, and the raw original is kept aside under `settingsSetAside`.
 */
export async function loadSettings(now: Date = new Date()): Promise<Settings> {
  const raw = await settingsItem.getValue().catch(() => null);
  if (raw == null) return defaultSettings();
  const { settings, problems } = repairSettings(raw);
  if (problems.length > 0) {
    const setAside: SetAside = { at: now.toISOString(), raw, problems };
    await browser.storage.local.set({ [STORAGE_KEYS.settingsSetAside]: setAside });
    await settingsItem.setValue(settings);
  }
  return settings;
}

/** Validate and store the settings; throws (with zod's message) rather than store anything invalid. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await settingsItem.setValue(valid);
  return valid;
}

export function watchSettings(callback: () => void): () => void {
  return settingsItem.watch(() => callback());
}
