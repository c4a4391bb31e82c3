// Issue 4, "Fixtures": the TikTok adapter on the real search capture (../shared/fixtures/tiktok/,
// scripts stripped) and on the sample For You page.
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../src/sites/tiktok';
import { authorCounts, loadPage, unitsIn } from './fixture-helpers';

describe('TikTok adapter on the "tartaria" search capture', () => {
  const doc = loadPage('../shared/fixtures/tiktok/tk-search-tartaria.html', 'https://www.tiktok.com/search?q=tartaria');
  const units = unitsIn(doc, tiktok);
  const kind = (selector: string) => units.filter((unit) => unit.matches(selector));

  it('finds the 24 top results, the 3 user cards and the suggested accounts', () => {
    expect(kind('[data-e2e="search_top-item"]')).toHaveLength(24);
    expect(kind('[data-e2e="search-user-container"]')).toHaveLength(3);
    expect(kind('[class*="DivUserLinkContainer"]').length).toBeGreaterThanOrEqual(30);
  });

  it('credits every result and card to exactly one author, read from its links', () => {
    for (const unit of units) expect(tiktok.authors!(unit)).toHaveLength(1);
  });

  it('finds manifestation1776 as the author of 4 results', () => {
    expect(authorCounts(kind('[data-e2e="search_top-item"]'), tiktok)['tiktok:manifestation1776']).toBe(4);
  });

  it('takes the user card author from its link (/@grandetartary)', () => {
    const cards = kind('[data-e2e="search-user-container"]').map((unit) => tiktok.authors!(unit)[0]);
    expect(cards).toContain('tiktok:grandetartary');
  });
});

describe('TikTok adapter on the sample For You page', () => {
  const doc = loadPage('tests/fixtures/tiktok/sample.html', 'https://www.tiktok.com/foryou');
  const units = unitsIn(doc, tiktok);

  it('finds the 8 feed items and 3 suggested accounts', () => {
    expect(units.filter((unit) => unit.matches('[data-e2e="recommend-list-item-container"]'))).toHaveLength(8);
    expect(units.filter((unit) => unit.matches('[class*="DivUserLinkContainer"]'))).toHaveLength(3);
  });

  it('credits the poster, not the people mentioned in the caption', () => {
    const mention = doc.querySelector('[data-target="handle"]')!;
    expect(tiktok.authors!(mention)).toEqual(['tiktok:sam.rivera']);
    const counts = authorCounts(units, tiktok);
    // Their own post, their suggested-account row, and the duet of their video.
    expect(counts['tiktok:jordan.avery']).toBe(3);
    expect(counts['tiktok:jordan.avery.fan']).toBe(1);
  });

  it('reads the author of a duet from the original video link (/@handle/video/<id>)', () => {
    const duet = doc.querySelector('[data-target="profile-link"]')!;
    expect(tiktok.authors!(duet)).toEqual(['tiktok:mia.chen', 'tiktok:jordan.avery']);
  });
});
