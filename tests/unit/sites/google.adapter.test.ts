// Issue 4, "Fixtures": the Google adapter against a reproduction of its 2025-11 results page
// (tests/fixtures/google/sample.html), and its redirect links (tests/unit/sites/tables/google.ts).
import { describe, expect, it } from 'vitest';
import { google, googleProfiles } from '../../../src/sites/google';
import { profileId, profileOfUrl } from '../../../src/sites';
import { unwraps } from './tables/google';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Google sample page', () => {
  const doc = loadSamplePage(google);
  const decision = decideSamplePage(google, doc);

  it('finds 11 results, 2 "People also ask" questions and 4 suggestions', () => {
    expect(doc.querySelectorAll('div.MjjYud div.g')).toHaveLength(11);
    expect(doc.querySelectorAll('.related-question-pair')).toHaveLength(2);
    expect(doc.querySelectorAll('ul[role="listbox"] > li')).toHaveLength(4);
    for (const result of doc.querySelectorAll('div.g')) expect(google.hideTarget!(result).classList.contains('MjjYud')).toBe(true);
    for (const option of doc.querySelectorAll('[role="option"]')) expect(google.hideTarget!(option).tagName).toBe('LI');
  });

  it('holds the person in every required form and the hard negatives', () => {
    const forms = decision.targets.map((target) => target.getAttribute('data-target') ?? '');
    expect(REQUIRED_FORMS.filter((form) => !forms.includes(form))).toEqual([]);
    expect(forms).toContain('suggestion');
    expect(forms).toContain('wrapped-link');
    expect(decision.negatives.length).toBeGreaterThanOrEqual(5);
  });

  it('hides every target, and only targets, including a result that links their profile through a redirect', () => {
    expect(decision.targets.filter((target) => !decision.hidden.has(target)).map((t) => t.getAttribute('data-target'))).toEqual([]);
    expect(decision.negatives.filter((negative) => decision.hidden.has(negative)).map((n) => n.getAttribute('data-negative'))).toEqual([]);
    expect([...decision.hidden].every((element) => element.hasAttribute('data-target'))).toBe(true);
  });
});

describe('Google redirect links', () => {
  for (const { url, to } of unwraps) {
    it(`${url} leads to ${to}`, () => {
      const ref = profileOfUrl(new URL(url));
      expect(ref && profileId(ref)).toBe(to);
    });
  }

  it('has no profiles of its own', () => {
    expect(google.profileKey(new URL('https://www.google.com/@jordan_avery'))).toBeNull();
    expect(googleProfiles.profileUrlRegexes('anything')).toEqual([]);
  });
});
