// The background: wires each part to the browser's events. State lives in storage.local only;
// this worker may be stopped between any two events.
import { browser } from 'wxt/browser';
import { listen, type Handlers } from './router';
import { refreshCompiled } from './compile';
import { watchSettings } from '../state/settings';
import { recordEvents } from './events';
import { appendJournalEntry } from './journal';
import { deleteEverything } from './delete-everything';
import { copySettingsToSync, restoreSettingsFromSync, watchSyncCopy } from './sync-copy';
import { allowOnce, checkNavigation, promptContext, startProfileGuard } from './navigation';
import { STORAGE_KEYS } from '../state/keys';
import { watchAllSites } from './all-sites';
import { getStats, logContact, markCelebrated, startProgress } from './stats';
import { cancelSnooze, startSnooze, watchSnooze } from './snooze';

export function startBackground(): void {
  const handlers: Handlers = {
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
    recordHidden: async ({ site, count, id }) => {
      await recordEvents([{ kind: 'hidden', site, count, at: Date.now(), id }]);
      return null;
    },
    recordReveal: async ({ site, id }) => {
      await recordEvents([{ kind: 'peek', site, at: Date.now(), id }]);
      return null;
    },
    getStats: () => getStats(Date.now()),
    logContact: (input) => logContact(input, Date.now()),
    markCelebrated: async ({ milestone }) => {
      await markCelebrated(milestone, Date.now());
      return null;
    },
    startSnooze: async ({ minutes }) => {
      const until = await startSnooze(minutes, Date.now());
      await refreshCompiled();
      return { until };
    },
    cancelSnooze: async () => {
      await cancelSnooze();
      await refreshCompiled();
      return null;
    },
    addJournalEntry: async (input) => ({ id: (await appendJournalEntry(input, Date.now())).id }),
    deleteEverything: async () => {
      await deleteEverything();
      return null;
    },
    checkNavigation: async ({ url }, sender) => ({
      action: sender.tab?.id === undefined ? 'none' : await checkNavigation(sender.tab.id, url, Date.now()),
    }),
    getPromptContext: ({ target }, sender) => promptContext(sender.tab?.id, target, Date.now()),
    allowOnce: (_data, sender) => allowOnce(sender.tab?.id, Date.now()),
  };
  listen(handlers);
  // Issue 4: the content script on every other site, when the user turned that on and allowed it.
  watchAllSites();
  startProgress();
  watchSnooze(() => void refreshCompiled());
  startProfileGuard();

  watchSettings(() => void refreshCompiled());
  // Issue 7: the copy in the browser's sync follows the settings while the user has sync on.
  watchSettings(() => void copySettingsToSync());
  // ...and comes back from it: on a new device, and when another device changes them.
  watchSyncCopy();
  browser.runtime.onInstalled.addListener(() => void refreshCompiled());
  // Issue 7: onboarding opens by itself on a fresh install (not on updates or browser restarts).
  // Chromium reports an unpacked extension loaded from the command line as installed again on every
  // launch, so someone who has already set up (settings stored) is not asked again.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    // Someone who set up on another device with sync on finds their settings here already.
    if (await restoreSettingsFromSync().catch(() => false)) return;
    const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
    if (stored[STORAGE_KEYS.settings] === undefined) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => {
    void restoreSettingsFromSync().catch(() => false);
    void refreshCompiled();
  });
}
