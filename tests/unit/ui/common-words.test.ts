// Issue 7: the live warning when a name would also hide other people or ordinary words.
import { describe, expect, it } from 'vitest';
import { commonWordWarning } from '../../../src/settings/common-words';

describe('commonWordWarning', () => {
  it('warns that "Jordan" alone also hides Michael Jordan, and suggests their fuller name', () => {
    expect(commonWordWarning('Jordan', ['Jordan', 'Jordan Avery'])).toEqual({
      reason: 'famous',
      alsoHides: 'Michael Jordan and news from Jordan',
      suggestion: 'Jordan Avery',
    });
  });

  it('catches everyday words that are names, whatever the case or accents', () => {
    expect(commonWordWarning('Grace')?.reason).toBe('everyday-word');
    expect(commonWordWarning('  WILL ')?.reason).toBe('everyday-word');
    expect(commonWordWarning('Beyoncé')?.reason).toBe('famous');
  });

  it('catches common first names and very short names', () => {
    expect(commonWordWarning('Sarah')?.reason).toBe('common-name');
    expect(commonWordWarning('Zed')?.reason).toBe('short');
  });

  it('stays quiet for full names and distinctive nicknames', () => {
    expect(commonWordWarning('Jordan Avery')).toBeNull();
    expect(commonWordWarning('Jordie')).toBeNull();
    expect(commonWordWarning('Avery Photography')).toBeNull();
    expect(commonWordWarning('')).toBeNull();
  });

  it('does not call a name in a script without spaces "short"', () => {
    expect(commonWordWarning('王伟')).toBeNull();
  });

  it('suggests nothing when no fuller form exists yet', () => {
    expect(commonWordWarning('Jordan', ['Jordie'])?.suggestion).toBeUndefined();
  });
});
