// Issue 4, "Fixtures": the Bing adapter against a reproduction of its 2025-11 results page
// (tests/fixtures/bing/sample.html), and its redirect links (tests/unit/sites/tables/bing.ts).
import { describe, expect, it } from 'vitest';
import { bing, bingProfiles } from '../../../src/sites/bing';
import { profileId, profileOfUrl } from '../../../src/sites';
import { unwraps } from './tables/bing';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Bing sample page', () => {
  const doc = loadSamplePage(bing);
  const decision = decideSamplePage(bing, doc);

  it('finds 11 results, 2 "People also ask" questions, 2 related searches and 4 suggestions', () => {
    expect(doc.querySelectorAll('#b_results > li.b_algo')).toHaveLength(11);
    expect(doc.querySelectorAll('#relatedQnAListDisplay .df_topAlAs')).toHaveLength(2);
    expect(doc.querySelectorAll('#sa_ul > li')).toHaveLength(4);
    expect(doc.querySelectorAll('.b_rs li')).toHaveLength(2);
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

describe('Bing redirect links', () => {
  for (const { url, to } of unwraps) {
    it(`${url} leads to ${to}`, () => {
      const ref = profileOfUrl(new URL(url));
      expect(ref && profileId(ref)).toBe(to);
    });
  }

  it('has no profiles of its own', () => {
    expect(bing.profileKey(new URL('https://www.bing.com/@jordan_avery'))).toBeNull();
    expect(bingProfiles.profileUrlRegexes('anything')).toEqual([]);
  });
});
