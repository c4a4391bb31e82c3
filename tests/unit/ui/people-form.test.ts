// Issue 7: the person form's rules, which onboarding and the options share: what is typed but not
// added yet is kept, bad entries are refused with the reason, and an empty person is not saved.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';
import { emptyDraft, entryProblem, finishDraft, isDraftEmpty } from '../../../src/ui/PeopleForm';
import { maskName, maskProfileLabel } from '../../../src/ui/components/mask';

// The fake browser has no i18n; answer from the real English messages, as the extension would.
const MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const subs = ([] as string[]).concat(substitutions ?? []);
    return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as never);
});

describe('finishDraft', () => {
  it('keeps text typed but not added, and strips the @ from handles', () => {
    const draft = { ...emptyDraft(), label: 'J.', names: ['Jordan Avery'], pending: { names: 'Jordie', handles: '@jordan_avery', profiles: 'x.com/jordan_avery', keywords: '' } };
    const result = finishDraft(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.person).toMatchObject({ label: 'J.', names: ['Jordan Avery', 'Jordie'], handles: ['jordan_avery'], profiles: ['x.com/jordan_avery'], keywords: [], enabled: true });
    expect(result.person.id).toMatch(/\S/);
  });

  it('refuses a person with nothing to hide them by', () => {
    const result = finishDraft({ ...emptyDraft(), label: 'J.' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['person']);
  });

  it('reports each bad field, and saves none of it', () => {
    const draft = { ...emptyDraft(), pending: { names: 'x'.repeat(10_000), handles: 'not a handle!', profiles: 'https://myspace.com/jordan', keywords: 'J' } };
    const result = finishDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['handles', 'keywords', 'names', 'profiles']);
  });
});

describe('entryProblem', () => {
  it('accepts good entries and refuses duplicates, whatever the case', () => {
    expect(entryProblem('names', 'Jordan Avery', [])).toBeNull();
    expect(entryProblem('names', 'jordan avery', ['Jordan Avery'])).not.toBeNull();
  });

  it('gives the reason a link is not a profile', () => {
    expect(entryProblem('profiles', 'https://myspace.com/jordan', [])).toMatch(/myspace\.com is not a site Out of Sight supports yet/);
    expect(entryProblem('profiles', 'https://x.com/home', [])).toMatch(/not a profile/);
    expect(entryProblem('profiles', 'https://x.com/jordan_avery', [])).toBeNull();
  });

  it('refuses a one-letter name with the schema reason', () => {
    expect(entryProblem('names', 'J', [])).toMatch(/two letters/);
  });

  it('sees an empty draft as empty, and typed text as not', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(), pending: { ...emptyDraft().pending, names: 'J' } })).toBe(false);
  });
});

describe('masking', () => {
  it('shows only the first letter, never the length', () => {
    expect(maskName('Jordan Avery')).toBe('J•••');
    expect(maskName('Jo')).toBe('J•••');
    expect(maskName('@jordan_avery')).toBe('@j•••');
    expect(maskName('Élodie')).toBe('É•••');
    expect(maskProfileLabel('Instagram · @jordan.avery')).toBe('Instagram · @j•••');
  });
});
