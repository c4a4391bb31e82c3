// Issue 4, "Fixtures": the Reddit adapter on reproductions of new Reddit (post page and feed) and old Reddit.
import { describe, expect, it } from 'vitest';
import { reddit } from '../../../src/sites/reddit';
import { authorCounts, hideTargetOf, loadPage, unitsIn } from './fixture-helpers';

describe('Reddit adapter on a new Reddit post page', () => {
  const doc = loadPage('tests/fixtures/reddit/sample.html', 'https://www.reddit.com/r/pics/comments/1h0abcd/golden_hour_at_the_pier/');
  const units = unitsIn(doc, reddit);
  const comments = units.filter((unit) => unit.matches('shreddit-comment'));

  it('finds the post and its 12 comments, replies included', () => {
    expect(units.filter((unit) => unit.matches('shreddit-post'))).toHaveLength(1);
    expect(comments).toHaveLength(12);
  });

  it('credits each comment to its author attribute, case-folded', () => {
    const counts = authorCounts(units, reddit);
    expect(counts['reddit:jordan_avery']).toBe(1);
    expect(counts['reddit:jordan_avery_fan']).toBe(1);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
  });

  it('hides a comment\'s own body and leaves the replies by others visible', () => {
    const parent = comments.find((unit) => unit.getAttribute('author') === 'lena_k')!;
    const reply = comments.find((unit) => unit.getAttribute('author') === 'mia_chen')!;
    const target = hideTargetOf(parent, reddit);
    expect(target.getAttribute('slot')).toBe('comment');
    expect(target.contains(reply)).toBe(false);
    const all = reddit.hideTargets!(parent);
    expect(all.map((element) => element.getAttribute('slot'))).toEqual(['commentAvatar', 'commentMeta', 'comment', 'actionRow']);
    expect(all.some((element) => element.contains(reply))).toBe(false);
  });
});

describe('Reddit adapter on a new Reddit feed', () => {
  const doc = loadPage('tests/fixtures/reddit/feed.html', 'https://www.reddit.com/r/pics/');
  const units = unitsIn(doc, reddit);

  it('finds 10 posts and hides each with its <article>', () => {
    expect(units).toHaveLength(10);
    for (const unit of units) expect(hideTargetOf(unit, reddit).tagName).toBe('ARTICLE');
    expect(authorCounts(units, reddit)['reddit:jordan_avery']).toBe(1);
  });
});

describe('Reddit adapter on old Reddit', () => {
  const doc = loadPage('tests/fixtures/reddit/old.html', 'https://old.reddit.com/r/pics/');
  const units = unitsIn(doc, reddit);

  it('finds 4 links and 7 comments as .thing[data-author]', () => {
    expect(units.filter((unit) => unit.matches('.link'))).toHaveLength(4);
    expect(units.filter((unit) => unit.matches('.comment'))).toHaveLength(7);
  });

  it('credits data-author, and keeps a reply\'s author off its parent', () => {
    const counts = authorCounts(units, reddit);
    expect(counts['reddit:jordan_avery']).toBe(2);
    const parent = doc.querySelector('[data-target="handle"]')!.closest('.thing')!;
    expect(reddit.authors!(parent)).toEqual(['reddit:lena_k']);
    expect(hideTargetOf(parent, reddit).matches('.entry')).toBe(true);
  });
});
