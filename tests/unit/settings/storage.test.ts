// Issue 2: stored settings load repaired, with the raw original kept aside.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { loadSettings, saveSettings } from '../../../src/state/settings';
import { defaultSettings } from '../../../src/settings/schema';

describe('settings in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    await expect(loadSettings()).resolves.toEqual(defaultSettings());
  });

  it('repairs a corrupted value, writes it back and keeps the original aside', async () => {
    const raw = { ...defaultSettings(), filter: { mode: 'sideways' }, reasons: ['Because I matter.'] };
    await fakeBrowser.storage.local.set({ settings: raw });
    const settings = await loadSettings(new Date('2026-11-22T10:00:00Z'));
    expect(settings.filter.mode).toBe('hide');
    expect(settings.reasons).toEqual(['Because I matter.']);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settingsSetAside']);
    expect(stored.settings).toEqual(settings);
    expect(stored.settingsSetAside).toEqual({ at: '2026-11-22T10:00:00.000Z', raw, problems: [expect.stringMatching(/filter\.mode/)] });
  });

  it('refuses to store an invalid document', async () => {
    await expect(saveSettings({ ...defaultSettings(), reasons: [''] })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});
