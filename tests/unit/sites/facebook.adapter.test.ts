// Issue 4, "Fixtures": the Facebook adapter on the reproduced 2025-11 home feed.
import { describe, expect, it } from 'vitest';
import { facebook } from '../../../src/sites/facebook';
import { authorCounts, loadPage, unitsIn } from './fixture-helpers';

describe('Facebook adapter on the sample home feed', () => {
  const doc = loadPage('tests/fixtures/facebook/sample.html', 'https://www.facebook.com/');
  const units = unitsIn(doc, facebook);
  const kind = (selector: string) => units.filter((unit) => unit.matches(selector));

  it('finds 9 posts, 3 comments, 3 story cards and 2 contacts', () => {
    expect(kind('div[aria-posinset]')).toHaveLength(9);
    expect(kind('div[role="article"]')).toHaveLength(3);
    expect(kind('[data-pagelet="Stories"] a')).toHaveLength(3);
    expect(kind('[data-pagelet="RightRail"] [role="listitem"]')).toHaveLength(2);
  });

  it('credits posts and comments to the author links in their header, whatever the tracking parameters', () => {
    const counts = authorCounts(units, facebook);
    // Their post, their comment, and the post whose author link is m.facebook.com/JordanAvery/?__cft__…
    expect(counts['facebook:jordanavery']).toBe(3);
    expect(counts['facebook:jordanaveryfan']).toBe(1);
    expect(counts['facebook:jordanpeele']).toBe(1);
  });

  it('keeps a comment\'s author off the post it sits under', () => {
    const host = doc.querySelector('[data-negative="michael-jordan"]')!.closest('[aria-posinset]')!;
    expect(facebook.authors!(host)).toEqual(['facebook:hoopsdaily']);
    const comment = doc.querySelector('[data-target="comment-by"]')!;
    expect(facebook.authors!(comment)).toEqual(['facebook:jordanavery']);
  });

  it('reads a story card\'s person from its /stories/<id>/ link', () => {
    const story = doc.querySelector('[data-target="story-aria-label"]')!;
    expect(facebook.authors!(story)).toEqual(['facebook:100012345678901']);
  });
});

describe('Facebook units inside a post', () => {
  it('treat an unlabelled role="article" inside a post as part of the post, and a labelled one as a comment', () => {
    const doc = new DOMParser().parseFromString(
      `<div aria-posinset="1"><h4><a href="/jordan.avery">Jordan Avery</a></h4>
         <div role="article" aria-describedby="x"><p id="body">A quiet morning.</p></div>
         <div role="article" aria-label="Comment by Sam Rivera"><p id="comment">Lovely</p></div></div>
       <div role="article" aria-labelledby="y"><p id="group-post">A group post</p></div>`,
      'text/html',
    );
    expect(doc.getElementById('body')!.closest(facebook.units)!.hasAttribute('aria-posinset')).toBe(true);
    expect(doc.getElementById('comment')!.closest(facebook.units)!.getAttribute('aria-label')).toBe('Comment by Sam Rivera');
    expect(doc.getElementById('group-post')!.closest(facebook.units)!.getAttribute('aria-labelledby')).toBe('y');
  });
});
