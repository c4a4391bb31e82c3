// Issue 4, "Fixtures": the Bluesky adapter against a reproduction of its 2025-11 web markup
// (tests/fixtures/bluesky/sample.html; no real capture is public, see ../shared/fixtures/SOURCES.md).
import { describe, expect, it } from 'vitest';
import { bluesky } from '../../../src/sites/bluesky';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Bluesky sample page', () => {
  const doc = loadSamplePage(bluesky);
  const decision = decideSamplePage(bluesky, doc);

  it('finds 12 feed items and 3 suggested profiles as units', () => {
    expect(doc.querySelectorAll('[data-testid^="feedItem-by-"]')).toHaveLength(12);
    expect(decision.units).toHaveLength(15);
  });

  it('reads each post\'s author from its data-testid and its profile links', () => {
    const first = doc.querySelector('[data-testid="feedItem-by-jordanavery.bsky.social"]')!;
    expect(bluesky.authors!(first)).toEqual(['bluesky:jordanavery.bsky.social']);
    const repost = doc.querySelector('[data-target="repost-by-profile-link"]')!;
    expect(bluesky.authors!(repost)).toEqual(['bluesky:natgeo-fan.bsky.social', 'bluesky:jordanavery.bsky.social']);
    const card = doc.querySelector('[data-testid="profileCard-jordie-shoots.bsky.social-link"]')!;
    expect(bluesky.authors!(card)).toEqual(['bluesky:jordie-shoots.bsky.social']);
    const authors = new Set(decision.units.flatMap((unit) => bluesky.authors!(unit)));
    expect(authors.size).toBe(13);
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

describe('Bluesky keys from the page', () => {
  it('skips the placeholder of an unverified handle and reads DIDs in test ids', () => {
    const doc = new DOMParser().parseFromString(
      '<div data-testid="feedItem-by-handle.invalid"></div><div data-testid="postThreadItem-by-did:plc:ewvi7nxzyoun6zhxrhs64oiz"></div>',
      'text/html',
    );
    const [invalid, byDid] = doc.querySelectorAll(bluesky.units);
    expect(bluesky.authors!(invalid!)).toEqual([]);
    expect(bluesky.authors!(byDid!)).toEqual(['bluesky:did:plc:ewvi7nxzyoun6zhxrhs64oiz']);
  });
});
