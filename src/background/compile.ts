// Keeps storage.local "compiled" in step with the settings, so content scripts need one read.
import { browser } from 'wxt/browser';
import { compileConfig } from '../settings/compile';
import { loadSettings } from '../state/settings';
import { STORAGE_KEYS } from '../state/keys';
import type { CompiledConfig } from '../compiled';

export async function refreshCompiled(): Promise<CompiledConfig> {
  const settings = await loadSettings();
  const stored = await browser.storage.local.get(STORAGE_KEYS.compiled);
  const previous = stored[STORAGE_KEYS.compiled] as CompiledConfig | undefined;
  const compiled = compileConfig(settings, previous?.snoozedUntil ?? null);
  await browser.storage.local.set({ [STORAGE_KEYS.compiled]: compiled });
  return compiled;
}
