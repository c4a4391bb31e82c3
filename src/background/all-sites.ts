// "Also on all other sites" (issue 4, part 3): when the user turned it on AND granted the optional
// `<all_urls>` host permission, the content script is registered for every page except the
// supported sites (which the manifest already covers). It is also what serves Mastodon instances,
// which are recognised by what the page holds rather than by host.
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../state/settings';
import { ALL_SITES_SCRIPT_ID, contentScriptFile, SITE_HOST_PATTERNS } from '../sites/hosts';

export const ALL_URLS = '<all_urls>';

/** Whether the fallback script should be registered. Pure. */
export function wantsAllSites(settingOn: boolean, permissionGranted: boolean): boolean {
  return settingOn && permissionGranted;
}

const OTHER_SITES_FILES = [contentScriptFile('other')];

async function register(): Promise<void> {
  const base = {
    id: ALL_SITES_SCRIPT_ID,
    matches: ['<all_urls>'],
    excludeMatches: SITE_HOST_PATTERNS,
    js: OTHER_SITES_FILES,
    runAt: 'document_start' as const,
    allFrames: false,
  };
  try {
    // Chromium keeps it across restarts, so pages restored at startup are covered from the start.
    await browser.scripting.registerContentScripts([{ ...base, persistAcrossSessions: true }]);
  } catch {
    // Some Firefox versions only allow session scripts; syncAllSites runs again at startup.
    await browser.scripting.registerContentScripts([{ ...base, persistAcrossSessions: false }]);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Register or unregister the fallback script to match the setting and the permission. Serialised. */
export function syncAllSites(): Promise<boolean> {
  const run = queue.then(async () => {
    const [settings, granted, registered] = await Promise.all([
      loadSettings(),
      browser.permissions.contains({ origins: [ALL_URLS] }),
      browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] }).catch(() => []),
    ]);
    const want = wantsAllSites(settings.filter.allSites, granted);
    // A registration kept from an older version may name a script file that no longer exists.
    const stale = registered.some((script) => script.js?.join() !== OTHER_SITES_FILES.join());
    if (registered.length > 0 && (!want || stale)) {
      await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
    }
    if (want && (registered.length === 0 || stale)) await register();
    return want;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Keep the registration in step with the permission and the setting. */
export function watchAllSites(): void {
  const sync = () => void syncAllSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  watchSettings(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
