// Issue 7: settings synced through the browser come back on another device, and only then.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { restoreSettingsFromSync } from '../../../src/background/sync-copy';
import { writeSyncCopy } from '../../../src/state/sync';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { loadSettings } from '../../../src/state/settings';

function synced(change: (settings: Settings) => void = () => undefined): Settings {
  const settings = defaultSettings();
  settings.sync.enabled = true;
  settings.people = [{ id: 'p1', label: 'J.', names: ['Jordan Avery'], handles: [], profiles: [], keywords: [], enabled: true }];
  change(settings);
  return settings;
}

describe('settings from the browser sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('arrive on a new device with nothing stored yet', async () => {
    await writeSyncCopy(synced());
    expect(await restoreSettingsFromSync()).toBe(true);
    expect((await loadSettings()).people[0]?.names).toEqual(['Jordan Avery']);
  });

  it('follow a change made on another device when sync is on here too', async () => {
    await fakeBrowser.storage.local.set({ settings: synced() });
    await writeSyncCopy(synced((s) => (s.reasons = ['I deserve peace.'])));
    expect(await restoreSettingsFromSync()).toBe(true);
    expect((await loadSettings()).reasons).toEqual(['I deserve peace.']);
    expect(await restoreSettingsFromSync()).toBe(false);
  });

  it('never overwrite local settings that do not sync', async () => {
    const local = synced((s) => (s.sync.enabled = false));
    await fakeBrowser.storage.local.set({ settings: local });
    await writeSyncCopy(synced((s) => (s.reasons = ['from elsewhere'])));
    expect(await restoreSettingsFromSync()).toBe(false);
    expect((await loadSettings()).reasons).toEqual([]);
  });

  it('ignore a broken or invalid copy', async () => {
    await fakeBrowser.storage.sync.set({ oosSettings: { parts: 2 }, 'oosSettings.0': '{"format":' });
    expect(await restoreSettingsFromSync()).toBe(false);
    await fakeBrowser.storage.sync.set({ oosSettings: { parts: 1 }, 'oosSettings.0': JSON.stringify({ ...synced(), filter: { mode: 'vanish' } }) });
    expect(await restoreSettingsFromSync()).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});

describe('our own writes to sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('do not bring older settings back over a newer local save', async () => {
    const { copySettingsToSync } = await import('../../../src/background/sync-copy');
    const { saveSettings } = await import('../../../src/state/settings');
    await saveSettings(synced((s) => (s.reasons = ['first'])));
    await copySettingsToSync();
    await saveSettings(synced((s) => (s.reasons = ['second'])));
    // The change event for the first copy arrives only now.
    expect(await restoreSettingsFromSync()).toBe(false);
    expect((await loadSettings()).reasons).toEqual(['second']);
  });
});
