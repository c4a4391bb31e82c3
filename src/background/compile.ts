// Keeps storage.local "compiled" in step with the settings, so content scripts need one read.
import { browser } from 'wxt/browser';
import { compileConfig } from '../settings/compile';
import { loadSettings } from '../state/settings';
import { STORAGE_KEYS } from '../state/keys';
import type { CompiledConfig } from '../compiled';
import { readSnoozedUntil } from './snooze';

export async function refreshCompiled(now: number = Date.now()): Promise<CompiledConfig> {
  const settings = await loadSettings();
  // The snooze has its own key (src/background/snooze.ts); an expired one compiles as "filtering on".
  const compiled = compileConfig(settings, await readSnoozedUntil(now));
  await browser.storage.local.set({ [STORAGE_KEYS.compiled]: compiled });
  return compiled;
}
