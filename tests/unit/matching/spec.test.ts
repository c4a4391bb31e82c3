// Issue 3, part 4: the compact matcher description the background compiles once and content scripts
// read from storage. It must survive storage (plain JSON) and keep every person's index.
import { describe, expect, it } from 'vitest';
import { compileMatcherSpec, type PersonPatterns } from '../../../src/matching/spec';
import { createMatcher } from '../../../src/matching/matcher';

const jordan: PersonPatterns = {
  names: ['Jordan Avery', 'Jordie'],
  handles: ['jordan_avery'],
  keywords: ['Avery Photography'],
  profiles: ['x:jordan_avery', 'instagram:jordan.avery'],
};
const paused: PersonPatterns = { names: [], handles: [], keywords: [], profiles: [] };
const sam: PersonPatterns = { names: ['Sam Lee'], handles: [], keywords: [], profiles: ['x:samlee', 'x:jordan_avery'] };

describe('compileMatcherSpec', () => {
  const spec = compileMatcherSpec([jordan, paused, sam]);

  it('lists every name, handle and phrase with its kind and person', () => {
    expect(spec.patterns).toEqual([
      { text: 'Jordan Avery', kind: 'name', person: 0 },
      { text: 'Jordie', kind: 'name', person: 0 },
      { text: 'jordan_avery', kind: 'handle', person: 0 },
      { text: 'Avery Photography', kind: 'keyword', person: 0 },
      { text: 'Sam Lee', kind: 'name', person: 2 },
    ]);
  });

  it('keeps the index of a paused person, so later people keep theirs', () => {
    const matcher = createMatcher(spec);
    expect(matcher.matchText('I saw Sam Lee')).toBe(2);
    expect(matcher.matchProfile('x:samlee')).toBe(2);
  });

  it('gives a profile listed by two people to the first', () => {
    expect(spec.profiles).toEqual({ 'x:jordan_avery': 0, 'instagram:jordan.avery': 0, 'x:samlee': 2 });
  });

  it('survives storage as plain JSON and builds the same matcher', () => {
    const stored = JSON.parse(JSON.stringify(spec));
    expect(stored).toEqual(spec);
    const matcher = createMatcher(stored);
    expect(matcher.matchText('Jordie’s photos')).toBe(0);
    expect(matcher.matchText('@jordan_avery_fan')).toBe(-1);
    expect(matcher.matchProfile('instagram:jordan.avery')).toBe(0);
  });

  it('is empty for nobody, and for people with nothing to match', () => {
    expect(createMatcher(compileMatcherSpec([])).isEmpty).toBe(true);
    expect(createMatcher(compileMatcherSpec([paused, paused])).isEmpty).toBe(true);
    expect(createMatcher(compileMatcherSpec([paused, { ...paused, profiles: ['x:someone'] }])).isEmpty).toBe(false);
  });
});
