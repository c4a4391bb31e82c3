// Issue 4, "Fixtures": the DuckDuckGo adapter against a reproduction of its 2025-11 results page
// (tests/fixtures/duckduckgo/sample.html), and its redirect links (tests/unit/sites/tables/duckduckgo.ts).
import { describe, expect, it } from 'vitest';
import { duckduckgo, duckduckgoProfiles } from '../../../src/sites/duckduckgo';
import { profileId, profileOfUrl } from '../../../src/sites';
import { unwraps } from './tables/duckduckgo';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('DuckDuckGo sample page', () => {
  const doc = loadSamplePage(duckduckgo);
  const decision = decideSamplePage(duckduckgo, doc);

  it('finds 11 results, 2 related searches and 4 suggestions', () => {
    expect(doc.querySelectorAll('li[data-layout="organic"] article[data-testid="result"]')).toHaveLength(11);
    for (const result of doc.querySelectorAll('article[data-testid="result"]')) expect(duckduckgo.hideTarget!(result).getAttribute('data-layout')).toBe('organic');
    expect(doc.querySelectorAll('[data-testid="related-searches"] li')).toHaveLength(2);
    for (const row of doc.querySelectorAll('[data-testid="related-searches"] li')) expect(duckduckgo.hideTarget!(row)).toBe(row);
    expect(doc.querySelectorAll('form [role="listbox"] [role="option"]')).toHaveLength(4);
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

describe('DuckDuckGo redirect links', () => {
  for (const { url, to } of unwraps) {
    it(`${url} leads to ${to}`, () => {
      const ref = profileOfUrl(new URL(url));
      expect(ref && profileId(ref)).toBe(to);
    });
  }

  it('has no profiles of its own', () => {
    expect(duckduckgo.profileKey(new URL('https://duckduckgo.com/@jordan_avery'))).toBeNull();
    expect(duckduckgoProfiles.profileUrlRegexes('anything')).toEqual([]);
  });
});
