// Issue 4, "Fixtures": the X adapter on real captures (../shared/fixtures/x/, see its SOURCES.md)
// and on the sample timeline.
import { describe, expect, it } from 'vitest';
import { x } from '../../../src/sites/x';
import { authorCounts, hideTargetOf, loadPage, unitsIn } from './fixture-helpers';

describe('X adapter on the @badlogicgames profile capture (2025-11)', () => {
  const doc = loadPage('../shared/fixtures/x/x-profile-badlogicgames-2025-11.html', 'https://x.com/badlogicgames');
  const units = unitsIn(doc, x);

  it('finds the 9 posts, every one by @badlogicgames', () => {
    expect(units).toHaveLength(9);
    expect(units.every((unit) => unit.matches('article[data-testid="tweet"]'))).toBe(true);
    expect(authorCounts(units, x)['x:badlogicgames']).toBe(9);
  });

  it('counts a quoted author as an author of the quoting post (X makes the quote inseparable)', () => {
    const quoting = units.filter((unit) => x.authors!(unit).includes('x:mehulmpt'));
    expect(quoting).toHaveLength(1);
    expect(x.authors!(quoting[0]!)).toEqual(['x:badlogicgames', 'x:mehulmpt']);
  });

  it('hides inside the virtualised row and keeps the row box', () => {
    for (const unit of units) {
      const target = hideTargetOf(unit, x);
      expect(target.parentElement?.getAttribute('data-testid')).toBe('cellInnerDiv');
      expect(target.contains(unit)).toBe(true);
    }
  });
});

describe('X adapter on the @BigTechAlert status capture', () => {
  const doc = loadPage('../shared/fixtures/x/x-status-bigtechalert-elonmusk.html', 'https://x.com/BigTechAlert/status/1');

  it('finds the post and credits its author, not the people it only mentions', () => {
    const units = unitsIn(doc, x);
    expect(units).toHaveLength(1);
    expect(x.authors!(units[0]!)).toEqual(['x:bigtechalert']);
    // The mentions are links in the text: the engine matches those by key, not as authors.
    const mentioned = [...units[0]!.querySelectorAll('[data-testid="tweetText"] a')].map((a) => a.getAttribute('href'));
    expect(mentioned.some((href) => /elonmusk/i.test(href ?? ''))).toBe(true);
  });
});

describe('X adapter on the sample timeline', () => {
  const doc = loadPage('tests/fixtures/x/home-timeline.html', 'https://x.com/home');
  const units = unitsIn(doc, x);

  it('finds the 13 posts and their authors from the User-Name links', () => {
    expect(units).toHaveLength(13);
    const counts = authorCounts(units, x);
    expect(counts['x:jordan_avery']).toBe(1);
    expect(counts['x:jordan_avery_fan']).toBe(1);
    expect(Object.keys(counts)).toHaveLength(13);
  });

  it('reads the author from the avatar container of a user card too', () => {
    const cell = doc.createElement('div');
    cell.innerHTML = '<div data-testid="UserCell"><div data-testid="UserAvatar-Container-Jordan_Avery"></div><span>Photographer</span></div>';
    expect(x.authors!(cell.firstElementChild!)).toEqual(['x:jordan_avery']);
  });
});
