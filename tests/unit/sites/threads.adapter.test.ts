// Issue 4, "Fixtures": the Threads adapter on the reproduced 2025-11 feed.
import { describe, expect, it } from 'vitest';
import { threads } from '../../../src/sites/threads';
import { authorCounts, loadPage, unitsIn } from './fixture-helpers';

describe('Threads adapter on the sample feed', () => {
  const doc = loadPage('tests/fixtures/threads/sample.html', 'https://www.threads.com/');
  const units = unitsIn(doc, threads);

  it('finds 11 posts and the quoted post inside one of them', () => {
    expect(units).toHaveLength(12);
    const quote = doc.querySelector('[data-target="profile-link"]')!;
    expect(units).toContain(quote);
  });

  it('credits each post to its avatar link only, not to the people it mentions', () => {
    const counts = authorCounts(units, threads);
    // Their own post and the post they are quoted in (the quote, on threads.net with capitals).
    expect(counts['threads:jordan.avery']).toBe(2);
    expect(threads.authors!(doc.querySelector('[data-target="handle"]')!)).toEqual(['threads:sam.rivera']);
    expect(counts['threads:jordan.avery.fan']).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(12);
  });

  it('leaves the quoting post to its own author', () => {
    expect(threads.authors!(doc.querySelector('[data-negative="quote-host"]')!.closest('[data-pressable-container]')!)).toEqual(['threads:mia.chen']);
    expect(threads.authors!(doc.querySelector('[data-target="profile-link"]')!)).toEqual(['threads:jordan.avery']);
  });
});
