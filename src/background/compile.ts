// Keeps storage.local "compiled" in step with the settings, so content scripts need one read.
import { browser } from 'wxt/browser';
import { compileConfig } from '../settings/compile';
import { loadSettings } from '../state/settings';
import { STORAGE_KEYS } from '../state/keys';
import type { CompiledConfig } from '../compiled';
import { readSnoozedUntil } from './snooze';

let latest: Promise<unknown> = Promise.resolve();

/**
 * Compile the current settings into "compiled". Runs one at a time, each reading the settings when
 * it starts: without that, the compile started at install could finish after one started by a
 * settings change and write the older, emptier result over it.
 */
export function refreshCompiled(now: number = Date.now()): Promise<CompiledConfig> {
  const run = latest.then(
    () => compileNow(now),
    () => compileNow(now),
  );
  latest = run.catch(() => undefined);
  return run;
}

async function compileNow(now: number): Promise<CompiledConfig> {
  const settings = await loadSettings();
  // The snooze has its own key (src/background/snooze.ts); an expired one compiles as "filtering on".
  const compiled = compileConfig(settings, await readSnoozedUntil(now));
  await browser.storage.local.set({ [STORAGE_KEYS.compiled]: compiled });
  return compiled;
}
