// Issue 3 ("Done when"): patterns that would hide far too much, or cost too much, are refused by the
// settings schema with a message that says why, never silently dropped; good ones reach the matcher.
import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../src/settings/schema';
import { parseSettingsFile } from '../../../src/settings/file';
import { compileMatcherSpec } from '../../../src/matching/spec';
import { createMatcher } from '../../../src/matching/matcher';

function refusal(person: Record<string, unknown>): string {
  const result = personSchema.safeParse(person);
  if (result.success) throw new Error(`accepted ${JSON.stringify(person)}`);
  return result.error.issues.map((issue) => issue.message).join('; ');
}

const LONG = 'a'.repeat(10_000);

describe('bad patterns are refused with a clear message', () => {
  it.each([
    ['an empty name', { names: [''] }, 'a name cannot be empty'],
    ['a name of spaces', { names: ['   \n '] }, 'a name cannot be empty'],
    ['a one-letter name', { names: ['J'] }, 'a name needs at least two letters or digits'],
    ['a one-letter name with punctuation', { names: ['J.'] }, 'a name needs at least two letters or digits'],
    ['a name of punctuation only', { names: ['!!!'] }, 'a name needs at least two letters or digits'],
    ['a name of emoji only', { names: ['😀😀'] }, 'a name needs at least two letters or digits'],
    ['a 10,000-character name', { names: [LONG] }, 'a name can be at most 100 characters long'],
    ['an empty phrase', { keywords: [''] }, 'a phrase cannot be empty'],
    ['a one-letter phrase', { keywords: ['x'] }, 'a phrase needs at least two letters or digits'],
    ['a phrase of punctuation only', { keywords: ['-- ...'] }, 'a phrase needs at least two letters or digits'],
    ['a 10,000-character phrase', { keywords: [LONG] }, 'a phrase can be at most 100 characters long'],
    ['an empty handle', { handles: [''] }, 'a handle needs at least two characters'],
    ['a bare @', { handles: ['@'] }, 'a handle needs at least two characters'],
    ['a one-letter handle', { handles: ['@j'] }, 'a handle needs at least two characters'],
    ['a handle with a space', { handles: ['jordan avery'] }, 'a handle can only hold letters, digits, dots, dashes and underscores'],
    ['a handle of punctuation', { handles: ['!!'] }, 'a handle can only hold letters, digits, dots, dashes and underscores'],
    ['a 10,000-character handle', { handles: [LONG] }, 'a handle can be at most 100 characters long'],
  ])('%s', (_, person, message) => {
    expect(refusal(person)).toContain(message);
  });

  it('says which entry is wrong when a settings file holds one, and changes nothing', () => {
    const file = JSON.stringify({ format: 'out-of-sight-settings', version: 1, people: [{ names: ['Jordan Avery', 'J'] }] });
    const result = parseSettingsFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('a name needs at least two letters or digits');
      expect(result.message).toContain('Nothing was changed');
    }
  });
});

describe('good patterns reach the matcher as written', () => {
  it('accepts two-letter names, accented names, names in other scripts and handles with an @', () => {
    const parsed = personSchema.parse({
      names: ['  Jo  ', 'José Núñez', '周杰伦', 'محمد'],
      handles: ['@jordan_avery', 'jordan.avery', 'sam@mastodon.social'],
      keywords: ['Avery Photography'],
    });
    expect(parsed.names).toEqual(['Jo', 'José Núñez', '周杰伦', 'محمد']);
    expect(parsed.handles).toEqual(['jordan_avery', 'jordan.avery', 'sam@mastodon.social']);

    const matcher = createMatcher(compileMatcherSpec([{ ...parsed, profiles: [] }]));
    for (const text of ['Jo!', 'jose nunez', '我喜欢周杰伦', 'قال محمد', '@jordan_avery', '@jordan.avery', '@sam@mastodon.social', 'Avery Photography']) {
      expect(matcher.matchText(text), text).toBe(0);
    }
  });
});
