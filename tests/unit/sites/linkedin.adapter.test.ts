// Issue 4, "Fixtures": the LinkedIn adapter on reproductions of the new (2025) and old feed markup.
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../src/sites/linkedin';
import { authorCounts, loadPage, unitsIn } from './fixture-helpers';

describe('LinkedIn adapter on the new feed markup', () => {
  const doc = loadPage('tests/fixtures/linkedin/sample.html', 'https://www.linkedin.com/feed/');
  const units = unitsIn(doc, linkedin);

  it('finds the 10 list items of the main feed', () => {
    expect(units).toHaveLength(10);
    expect(units.every((unit) => unit.matches('[role="listitem"]'))).toBe(true);
  });

  it('credits each post to its actor, not to a profile linked in its text', () => {
    const counts = authorCounts(units, linkedin);
    expect(counts['linkedin:jordan-avery']).toBe(1);
    expect(counts['linkedin:jordan-avery-fan']).toBe(1);
    expect(linkedin.authors!(doc.querySelector('[data-target="profile-link"]')!)).toEqual(['linkedin:sam-rivera']);
  });
});

describe('LinkedIn adapter on the old feed markup', () => {
  const doc = loadPage('tests/fixtures/linkedin/feed-old.html', 'https://www.linkedin.com/feed/');
  const units = unitsIn(doc, linkedin);
  const kind = (selector: string) => units.filter((unit) => unit.matches(selector));

  it('finds 7 posts, 3 comments and 2 "People you may know" cards', () => {
    expect(kind('.feed-shared-update-v2')).toHaveLength(7);
    expect(kind('article.comments-comment-entity')).toHaveLength(3);
    expect(kind('li.discover-fluid-entity-list--item')).toHaveLength(2);
  });

  it('credits the actor, the person in "… likes this", commenters and suggested people', () => {
    const counts = authorCounts(units, linkedin);
    // Their post, the post they liked, their comment, their suggestion card.
    expect(counts['linkedin:jordan-avery']).toBe(4);
    expect(linkedin.authors!(doc.querySelector('[data-negative="comment-host"]')!)).toEqual(['linkedin:hoops-daily']);
    expect(linkedin.authors!(doc.querySelector('[data-target="mention-link"]')!)).toEqual(['linkedin:sam-rivera']);
  });
});
