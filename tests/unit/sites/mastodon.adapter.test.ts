// Issue 4, "Fixtures": the Mastodon adapter against a reproduction of Mastodon 4.4's web app
// (tests/fixtures/mastodon/sample.html, served at mastodon.social; no real capture is public).
import { describe, expect, it } from 'vitest';
import { mastodon } from '../../../src/sites/mastodon';
import { profileOfUrl, recogniseProfileLink, siteForHost } from '../../../src/sites';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

describe('Mastodon sample page', () => {
  const doc = loadSamplePage(mastodon);
  const decision = decideSamplePage(mastodon, doc);

  it('is recognised as Mastodon by what it holds, on mastodon.social and on any other instance', () => {
    expect(mastodon.detect!(doc)).toBe(true);
    expect(siteForHost('mastodon.social')?.id).toBe(mastodon.id);
    expect(siteForHost('fosstodon.org')).toBeUndefined();
    expect(mastodon.detect!(new DOMParser().parseFromString('<main id="app"></main>', 'text/html'))).toBe(false);
  });

  it('finds 13 timeline articles and 3 account rows', () => {
    expect(doc.querySelectorAll('article[data-id][aria-posinset]')).toHaveLength(13);
    expect(doc.querySelectorAll('.account')).toHaveLength(3);
  });

  it('reads authors from display-name links, boosts and mentions, remote accounts under their home', () => {
    const authorsOf = (selector: string) => {
      const article = doc.querySelector(selector)!;
      return [...new Set([article, ...article.querySelectorAll(mastodon.units)].flatMap((unit) => mastodon.authors!(unit)))];
    };
    expect(authorsOf('[data-target="handle"]')).toEqual(['mastodon:mastodon.social/@jordan_avery']);
    expect(authorsOf('[data-target="profile-link"]')).toEqual(['mastodon:mastodon.social/@jordan_avery', 'mastodon:photog.social/@coastallight']);
    expect(authorsOf('[data-target="mention"]')).toEqual(['mastodon:mastodon.social/@miachen', 'mastodon:mastodon.social/@jordan_avery']);
    expect(authorsOf('[data-negative="same-handle-other-server"]')).toEqual(['mastodon:fosstodon.org/@jordan_avery']);
    expect(authorsOf('[data-negative="fan-handle"]')).toEqual(['mastodon:photog.social/@jordan_avery_fan']);
  });

  it('holds the person in every required form and the hard negatives', () => {
    const forms = decision.targets.map((target) => target.getAttribute('data-target') ?? '');
    expect(REQUIRED_FORMS.filter((form) => !forms.includes(form))).toEqual([]);
    expect(decision.negatives.length).toBeGreaterThanOrEqual(5);
  });

  it('hides every target, and only targets: a quote of theirs goes, the post quoting it stays', () => {
    expect(decision.targets.filter((target) => !decision.hidden.has(target)).map((t) => t.getAttribute('data-target'))).toEqual([]);
    expect(decision.negatives.filter((negative) => decision.hidden.has(negative)).map((n) => n.getAttribute('data-negative'))).toEqual([]);
    expect([...decision.hidden].every((element) => element.hasAttribute('data-target'))).toBe(true);
    // The post quoting them is not marked data-negative (the e2e check would see the quote's card
    // inside it); it is checked here: its article and its own status are not hidden.
    const quoting = doc.querySelector('[data-quoting-post="stays"]')!;
    expect(quoting.querySelector('[data-target="quote"]')).not.toBeNull();
    expect(decision.hidden.has(quoting)).toBe(false);
    expect([...decision.hidden].some((element) => element.contains(quoting))).toBe(false);
    expect(decision.hidden.has(quoting.querySelector('.status:not(.status--is-quote)')!)).toBe(false);
  });
});

describe('Mastodon accounts', () => {
  it('reads a relative link against the instance the page is on, and a bare acct title', () => {
    const doc = new DOMParser().parseFromString(
      '<base href="https://fosstodon.org/home"><article data-id="1" aria-posinset="1"><div class="status"><a class="status__display-name" href="/@jordan_avery">J</a><a class="status__display-name" href="#" title="@jordie@photog.social">J2</a></div></article>',
      'text/html',
    );
    const status = doc.querySelector('.status')!;
    expect(mastodon.authors!(status)).toEqual(['mastodon:fosstodon.org/@jordan_avery', 'mastodon:photog.social/@jordie']);
    expect(mastodon.hideTarget!(status).tagName).toBe('ARTICLE');
  });

  it('takes a pasted /@user link on any unclaimed host, and leaves claimed hosts to their site', () => {
    expect(recogniseProfileLink('fosstodon.org/@jordan_avery')).toMatchObject({ ok: true, label: 'Mastodon · @jordan_avery@fosstodon.org' });
    expect(profileOfUrl(new URL('https://www.threads.com/@jordan.avery'))?.site).toBe('threads');
    expect(profileOfUrl(new URL('https://www.tiktok.com/@jordan.avery'))?.site).toBe('tiktok');
    expect(recogniseProfileLink('https://example.org/about').ok).toBe(false);
  });
});
