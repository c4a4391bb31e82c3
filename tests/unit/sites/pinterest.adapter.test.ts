// Issue 4, "Fixtures": the Pinterest adapter against a reproduction of its 2025-11 home feed
// (tests/fixtures/pinterest/sample.html; no real capture is public).
import { describe, expect, it } from 'vitest';
import { pinterest } from '../../../src/sites/pinterest';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Pinterest sample page', () => {
  const doc = loadSamplePage(pinterest);
  const decision = decideSamplePage(pinterest, doc);

  it('finds 12 pins (hidden as whole grid cells), 3 people and 3 search suggestions', () => {
    expect(doc.querySelectorAll('[data-grid-item]')).toHaveLength(12);
    for (const wrapper of doc.querySelectorAll('[data-test-id="pinWrapper"]')) {
      expect(pinterest.hideTarget!(wrapper).hasAttribute('data-grid-item')).toBe(true);
    }
    expect(doc.querySelectorAll('[data-test-id="user-rep"]')).toHaveLength(3);
    expect(doc.querySelectorAll('[data-test-id="search-suggestion"]')).toHaveLength(3);
  });

  it('reads the pinner of a pin, and counts a board as its owner\'s', () => {
    const board = doc.querySelector('[data-target="board-link"] [data-test-id="pinWrapper"]')!;
    expect(pinterest.authors!(board)).toEqual(['pinterest:jordanavery']);
    const pinners = new Set(decision.units.flatMap((unit) => pinterest.authors!(unit)));
    // 10 other pinners and the person, plus 3 people (one a pinner too): pins and search links are no one's.
    expect(pinners.size).toBe(13);
  });

  it('holds the person in every required form and the hard negatives', () => {
    const forms = decision.targets.map((target) => target.getAttribute('data-target') ?? '');
    expect(REQUIRED_FORMS.filter((form) => !forms.includes(form))).toEqual([]);
    expect(decision.negatives.length).toBeGreaterThanOrEqual(5);
  });

  it('hides every target, and only targets', () => {
    expect(decision.targets.filter((target) => !decision.hidden.has(target)).map((t) => t.getAttribute('data-target'))).toEqual([]);
    expect(decision.negatives.filter((negative) => decision.hidden.has(negative)).map((n) => n.getAttribute('data-negative'))).toEqual([]);
    expect([...decision.hidden].every((element) => element.hasAttribute('data-target'))).toBe(true);
  });
});
