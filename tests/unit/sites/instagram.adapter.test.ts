// Issue 4, "Fixtures": the Instagram adapter on the reproduced 2025-11 home feed.
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../src/sites/instagram';
import { authorCounts, hideTargetOf, loadPage, unitsIn } from './fixture-helpers';

describe('Instagram adapter on the sample home feed', () => {
  const doc = loadPage('tests/fixtures/instagram/sample.html', 'https://www.instagram.com/');
  const units = unitsIn(doc, instagram);
  const kind = (selector: string) => units.filter((unit) => unit.matches(selector));

  it('finds 8 posts, 3 story bubbles, 3 comments and 2 suggestions', () => {
    expect(kind('article')).toHaveLength(8);
    expect(kind('[aria-label^="Story by"]')).toHaveLength(3);
    expect(kind('ul.comments li')).toHaveLength(3);
    expect(kind('[role="listitem"]')).toHaveLength(2);
  });

  it('credits each unit to its author link or story label', () => {
    const counts = authorCounts(units, instagram);
    // Their post, their story bubble, their suggestion row.
    expect(counts['instagram:jordan.avery']).toBe(3);
    expect(counts['instagram:jordan.avery.fan']).toBe(2);
    const comment = doc.querySelector('[data-target="handle"]')!;
    expect(instagram.authors!(comment)).toEqual(['instagram:nina.p']);
  });

  it('keeps commenters off the post and hides articles in place', () => {
    const host = doc.querySelector('[data-negative="comment-thread-host"]')!.closest('article')!;
    expect(instagram.authors!(host)).toEqual(['instagram:corner.bakery']);
    for (const article of kind('article')) expect(hideTargetOf(article, instagram)).toBe(article);
  });

  it('hides a story bubble\'s list item, so the tray closes the gap', () => {
    const bubble = doc.querySelector('[aria-label="Story by jordan.avery, not seen"]')!;
    expect(hideTargetOf(bubble, instagram)).toBe(doc.querySelector('[data-target="story-handle"]'));
  });
});
