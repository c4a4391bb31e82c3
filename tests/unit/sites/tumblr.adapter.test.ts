// Issue 4, "Fixtures": the Tumblr adapter against a reproduction of its 2025-11 dashboard
// (tests/fixtures/tumblr/sample.html; no real capture is public).
import { describe, expect, it } from 'vitest';
import { tumblr } from '../../../src/sites/tumblr';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Tumblr sample page', () => {
  const doc = loadSamplePage(tumblr);
  const decision = decideSamplePage(tumblr, doc);

  it('finds 12 posts, each hidden as its whole dashboard cell', () => {
    const cells = doc.querySelectorAll('[data-cell-id]');
    expect(cells).toHaveLength(12);
    for (const article of doc.querySelectorAll('article')) expect(cells).toContain(tumblr.hideTarget!(article));
  });

  it('reads each post\'s blog and the blog it was reblogged from, not tag pages', () => {
    const blogs = new Set(decision.units.flatMap((unit) => tumblr.authors!(unit)));
    expect(blogs.size).toBe(12);
    const reblog = doc.querySelector('[data-target="reblog-from"] article')!;
    expect(tumblr.authors!(reblog)).toEqual(['tumblr:lightchaser', 'tumblr:jordanavery']);
    expect([...blogs].some((id) => id.includes('tagged'))).toBe(false);
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
