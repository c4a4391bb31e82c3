// What a user of the streamed pages must see (filter-helpers: OTHER_LETTERS, OTHER_LETTERS_BANNER
// and OTHER_RESULTS), judged alike in Chromium (all-sites.e2e.ts) and Firefox (firefox-smoke.e2e.ts).
import { expect } from 'vitest';
import { LETTER_LINE_AFTER, type LettersSeen } from './filter-helpers';

/**
 * The letter that names them is hidden and was never on screen; `early` (the calm letter before it,
 * or the banner a page script appended) was on screen well before the page was parsed, not held with
 * it; and the letter after it came.
 */
export function expectLetters({ seen, parsed, hidden }: LettersSeen, early: 'calm' | 'banner') {
  expect(hidden).toEqual(['theirs']);
  expect(seen.theirs, 'the letter that names them was on screen').toBeUndefined();
  expect(seen[early], `the ${early} row was never on screen`).toBeDefined();
  expect(parsed - seen[early]!).toBeGreaterThan(LETTER_LINE_AFTER - 200);
  expect(seen.after).toBeDefined();
}

/**
 * The search page: the results list, taken for one result while it held two, is let go once it is a
 * list, and only their result stays hidden: never on screen, while the list and the results around
 * it came.
 */
export function expectResults({ seen, hidden }: LettersSeen) {
  expect(hidden).toEqual(['theirs']);
  expect(seen.theirs, 'their result was on screen').toBeUndefined();
  for (const row of ['list', 'calm', 'more-19']) expect(seen[row], `${row} was never on screen`).toBeDefined();
}
