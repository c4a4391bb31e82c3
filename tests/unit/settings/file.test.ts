// Issue 2: the settings file contract: accepts DESIGN.md's shape, refuses bad files with the reason.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSettingsFile, serializeSettings } from '../../../src/settings/file';

const EXAMPLE = readFileSync('tests/fixtures/settings/design-example.json', 'utf8');

describe('parseSettingsFile', () => {
  it('accepts the example from DESIGN.md and defaults what is missing', () => {
    const result = parseSettingsFile(EXAMPLE);
    if (!result.ok) throw new Error(result.message);
    expect(result.settings.people[0]).toMatchObject({ label: 'J.', names: ['Jordan Avery', 'Jordie'], enabled: true });
    expect(result.settings.people[0]?.id).toMatch(/\w/);
    expect(result.settings.guard.pauseSeconds).toBe(15);
    expect(result.settings.privacy.maskNames).toBe(true);
  });

  it('ignores unknown fields', () => {
    const result = parseSettingsFile(JSON.stringify({ format: 'out-of-sight-settings', version: 1, theme: 'pink', people: [{ names: ['Jordan Avery'], colour: 'red' }] }));
    expect(result.ok && result.settings).toMatchObject({ people: [{ names: ['Jordan Avery'] }] });
    expect(result.ok && 'theme' in result.settings).toBe(false);
  });

  it('round-trips through export', () => {
    const first = parseSettingsFile(EXAMPLE);
    if (!first.ok) throw new Error(first.message);
    const second = parseSettingsFile(serializeSettings(first.settings));
    expect(second).toEqual(first);
  });

  it.each([
    ['not JSON', 'format: yes', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another format', '{"format":"x"}', /not an Out of Sight settings file/],
    ['a fractional version', '{"format":"out-of-sight-settings","version":1.5}', /whole number/],
    ['a newer version', '{"format":"out-of-sight-settings","version":2}', /newer Out of Sight/],
    ['a bad mode', '{"format":"out-of-sight-settings","filter":{"mode":"vanish"}}', /filter\.mode/],
    ['a one-letter name', '{"format":"out-of-sight-settings","people":[{"names":["J"]}]}', /people\[0\]\.names\[0\]: a name needs at least two letters/],
    ['punctuation only', '{"format":"out-of-sight-settings","people":[{"names":["!!!"]}]}', /at least two letters/],
    ['a 10,000-character name', JSON.stringify({ format: 'out-of-sight-settings', people: [{ names: ['a'.repeat(10_000)] }] }), /at most 100 characters/],
    ['an unsupported profile link', '{"format":"out-of-sight-settings","people":[{"profiles":["https://example.org/jordan"]}]}', /people\[0\]\.profiles\[0\]: example\.org is not a site/],
  ])('refuses %s with where and what', (_what, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const result = parseSettingsFile('{}', 2 * 1024 * 1024);
    expect(!result.ok && result.message).toMatch(/at most 1 MB/);
  });
});
