// Issue 2: a stored settings value corrupted by hand loads repaired, field by field, never wiped.
import { describe, expect, it } from 'vitest';
import { repairSettings } from '../../../src/settings/repair';
import { defaultSettings } from '../../../src/settings/schema';

const person = { id: 'p1', label: 'J.', names: ['Jordan Avery'], handles: ['jordan_avery'], profiles: [], keywords: [], enabled: true };

describe('repairSettings', () => {
  it('keeps a valid document exactly', () => {
    const doc = { ...defaultSettings(), people: [person] };
    expect(repairSettings(doc)).toEqual({ settings: doc, problems: [] });
  });

  it('resets a field of the wrong type and keeps the rest', () => {
    const { settings, problems } = repairSettings({ ...defaultSettings(), people: [person], filter: { mode: 42, allSites: true } });
    expect(settings.filter.mode).toBe('hide');
    expect(settings.filter.allSites).toBe(true);
    expect(settings.people).toEqual([person]);
    expect(problems).toEqual([expect.stringMatching(/^filter\.mode: reset/)]);
  });

  it('drops only the bad entries of a list', () => {
    const { settings, problems } = repairSettings({ people: [{ ...person, names: ['Jordan Avery', 'J', 7] }], reasons: ['I deserve peace.', 12] });
    expect(settings.people[0]?.names).toEqual(['Jordan Avery']);
    expect(settings.reasons).toEqual(['I deserve peace.']);
    expect(problems).toHaveLength(3);
  });

  it('repairs a person whose fields are broken without losing the person', () => {
    const { settings } = repairSettings({ people: [{ ...person, enabled: 'yes', handles: 'jordan_avery' }] });
    expect(settings.people).toHaveLength(1);
    expect(settings.people[0]?.enabled).toBe(true);
    expect(settings.people[0]?.handles).toEqual([]);
    expect(settings.people[0]?.names).toEqual(['Jordan Avery']);
  });

  it('resets an unknown version to the current one and keeps the content', () => {
    const { settings, problems } = repairSettings({ ...defaultSettings(), version: 7, people: [person] });
    expect(settings.version).toBe(1);
    expect(settings.people).toEqual([person]);
    expect(problems).toEqual([expect.stringMatching(/^version: reset/)]);
  });

  it('starts from the defaults when the stored value is not an object', () => {
    for (const raw of ['garbage', 12, [1, 2], true]) {
      const { settings, problems } = repairSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(problems[0]).toMatch(/not an object/);
    }
  });

  it('resets a date that does not exist', () => {
    const { settings } = repairSettings({ streak: { startedAt: '2026-02-30', goalDays: 30 } });
    expect(settings.streak).toEqual({ startedAt: null, goalDays: 30 });
  });
});
