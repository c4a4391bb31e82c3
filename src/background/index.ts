// The background: wires each part to the browser's events. State lives in storage.local only;
// this worker may be stopped between any two events.
import { browser } from 'wxt/browser';
import { listen, type Handlers } from './router';
import { refreshCompiled } from './compile';
import { watchSettings } from '../state/settings';
import { recordEvents } from './events';
import { appendJournalEntry } from './journal';

export function startBackground(): void {
  const handlers: Handlers = {
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
    recordHidden: async ({ site, count }) => {
      await recordEvents([{ kind: 'hidden', site, count, at: Date.now() }]);
      return null;
    },
    recordReveal: async ({ site }) => {
      await recordEvents([{ kind: 'peek', site, at: Date.now() }]);
      return null;
    },
    addJournalEntry: async (input) => ({ id: (await appendJournalEntry(input, Date.now())).id }),
  };
  listen(handlers);

  watchSettings(() => void refreshCompiled());
  browser.runtime.onInstalled.addListener(() => void refreshCompiled());
  browser.runtime.onStartup.addListener(() => void refreshCompiled());
}
