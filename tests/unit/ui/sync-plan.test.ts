// Issue 7: settings copied to the browser's sync fit its quota, or the user is told why not.
import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA_BYTES_PER_ITEM, planSync, readSyncItems, syncItemBytes } from '../../../src/settings/sync-plan';
import { defaultSettings } from '../../../src/settings/schema';

describe('planSync', () => {
  it('fits the default settings in one part and reads them back', () => {
    const settings = defaultSettings();
    const plan = planSync(settings);
    if (!plan.ok) throw new Error('expected a plan');
    expect(Object.keys(plan.items)).toEqual(['oosSettings', 'oosSettings.0']);
    expect(readSyncItems(plan.items)).toEqual(settings);
  });

  it('splits larger settings so every item stays under 8,192 bytes, with multi-byte text intact', () => {
    const people = Array.from({ length: 100 }, (_, i) => ({ label: `P${i}`, names: [`Zoë “Ünïcødé” ${i} 王伟 ${'é'.repeat(60)}`] }));
    const doc = { ...defaultSettings(), people };
    const plan = planSync(doc);
    if (!plan.ok) throw new Error('expected a plan');
    expect(Object.keys(plan.items).length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(plan.items)) expect(syncItemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(readSyncItems(plan.items)).toEqual(doc);
  });

  it('refuses settings beyond the 102,400-byte total and says how large they are', () => {
    const doc = { people: Array.from({ length: 200 }, () => ({ names: Array.from({ length: 50 }, () => 'x'.repeat(100)) })) };
    const plan = planSync(doc);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.bytes).toBeGreaterThan(102_400);
  });

  it('reads an incomplete copy as missing rather than half a document', () => {
    expect(readSyncItems({ oosSettings: { parts: 2 }, 'oosSettings.0': '{"a":' })).toBeNull();
    expect(readSyncItems({})).toBeNull();
  });
});
