// The engine reads only the links whose written address may be theirs (src/content/links.ts pickFor):
// a link left out must be nobody's profile. Checked with every URL of every site's profile table
// (../sites/tables: hosts, mirrors, case, sub-pages, wrappers, t.co, Bing's /ck/a), as written, as
// written relative to the page and without its scheme, on each site's own page and on a page no
// adapter knows: wherever reading the link in full finds a profile, the link is picked.
import { describe, expect, it } from 'vitest';
import type { CompiledConfig } from '../../../src/compiled';
import { createLinkReader, LINK_QUERIES, type LinkPick, type LinkReader } from '../../../src/content/links';
import { profileLinks, sharedNeedles } from '../../../src/settings/compile';
import { SITES, siteById, type ProfileId, type SiteAdapter } from '../../../src/sites';
import { pathNeedle } from '../../../src/sites/url-tools';
import { caseUrl, type ProfileUrlTable, type UrlCase } from '../sites/url-table';
import { demoCompiled } from './helpers';

const modules = import.meta.glob<{ table: ProfileUrlTable }>('../sites/tables/*.ts', { eager: true });
const TABLES = Object.values(modules).map((module) => module.table);
const GROUPS = TABLES.flatMap((table) => table.sameKey.map((group) => ({ id: `${table.site}:${group.key}` as ProfileId, urls: group.urls })));
const ALL_URLS: UrlCase[] = TABLES.flatMap((table) => [...table.sameKey.flatMap((group) => group.urls), ...table.notProfiles]);

const PAGES: { site: SiteAdapter | null; url: string }[] = [
  ...SITES.map((site) => ({ site, url: `https://www.${site.hosts[0]}/some/page?x=1` })),
  { site: null, url: 'https://news.example/2026/11/story.html' },
];

const configOf = (ids: ProfileId[]) => ({ links: profileLinks(ids) }) as unknown as CompiledConfig;

/** A document at `url` (its base address), with nothing in it. */
function pageAt(url: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.append(base);
  return doc;
}

/** The URL as written, and (on its own host) relative to the page and without its scheme. */
function writings(url: string, page: string): string[] {
  const forms = [url];
  try {
    const parsed = new URL(url);
    forms.push(url.replace(/^https?:/i, ''));
    if (parsed.host === new URL(page).host) forms.push(parsed.pathname + parsed.search + parsed.hash);
  } catch {
    // Tested as written.
  }
  return forms;
}

function anchorIn(doc: Document, href: string, entry: UrlCase): HTMLAnchorElement {
  const anchor = doc.createElement('a');
  anchor.setAttribute('href', href);
  if (typeof entry !== 'string') for (const [name, value] of Object.entries(entry.anchor ?? {})) anchor.setAttribute(name, value);
  doc.body.append(anchor);
  return anchor;
}

/** Whether the engine reads a link: one of the links it queries, whose written address is picked. */
const picks = (pick: LinkPick, link: Element) => LINK_QUERIES.some((query) => link.matches(query)) && pick.test(link.getAttribute('href')!);

describe('the links the engine reads', () => {
  it('include every link that leads to a configured profile, on every page, one profile at a time and all at once', { timeout: 60_000 }, () => {
    let found = 0;
    for (const page of PAGES) {
      const doc = pageAt(page.url);
      const check = (reader: LinkReader, entries: readonly UrlCase[]) => {
        const pick = reader.pickFor(doc.baseURI)!;
        for (const entry of entries) {
          for (const href of writings(caseUrl(entry), page.url)) {
            const anchor = anchorIn(doc, href, entry);
            if (reader.profileOf(anchor.href, anchor) !== null) {
              found++;
              expect(picks(pick, anchor), `${href} on ${page.url}: ${String(pick)}`).toBe(true);
            }
            anchor.remove();
          }
        }
      };
      for (const group of GROUPS) check(createLinkReader(configOf([group.id]), page.site), group.urls);
      check(createLinkReader(configOf(GROUPS.map((group) => group.id)), page.site), ALL_URLS);
    }
    // Not vacuous: the full reading finds profiles in thousands of these.
    expect(found).toBeGreaterThan(10_000);
  });

  it("leave out a page's other links: YouTube's videos and channels, with the demo person set up", () => {
    const doc = pageAt('https://www.youtube.com/results?search_query=benjamin+code');
    const reader = createLinkReader(demoCompiled(), siteById('youtube')!);
    const pick = reader.pickFor(doc.baseURI)!;
    const picked = (href: string) => picks(pick, anchorIn(doc, href, href));
    expect(picked('/watch?v=dQw4w9WgXcQ')).toBe(false);
    expect(picked('/@BenjaminCode')).toBe(false);
    expect(picked('/channel/UClgRkhTL3_hImCAmdLfDE4g')).toBe(false);
    expect(picked('https://www.youtube.com/redirect?q=https%3A%2F%2Fexample.com%2F&event=video_description')).toBe(false);
    expect(picked('/@JordanAvery/videos')).toBe(true);
    expect(picked('https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.Facebook.com%2Fj.ordan.avery')).toBe(true);
    // Their Facebook username may carry dots anywhere, so any link to Facebook is read.
    expect(picked('https://m.facebook.com/someone.else')).toBe(true);
  });

  it('are all links where a profile has no piece to look for and is on this very site', () => {
    // A Facebook username may carry dots anywhere ("j.ordanavery"): on Facebook every link is read.
    const doc = pageAt('https://www.facebook.com/');
    const pick = createLinkReader(demoCompiled(), siteById('facebook')!).pickFor(doc.baseURI)!;
    for (const href of ['/someone.else', 'https://example.com/', 'mailto:someone@example.com', '#top']) {
      expect(picks(pick, anchorIn(doc, href, href))).toBe(true);
    }
    const map = doc.createElement('area');
    map.setAttribute('href', '/j.ordan.avery');
    expect(picks(pick, map)).toBe(true);
    expect(createLinkReader(configOf([]), null).pickFor(doc.baseURI)).toBeNull();
  });
});

describe('pathNeedle', () => {
  const needle = (site: string, key: string) => siteById(site as never)!.profileUrlRegexes(key).map(pathNeedle);

  it('finds the piece of the path every address of the profile holds', () => {
    expect(needle('x', 'jordan_avery')).toEqual(['jordan_avery']);
    expect(needle('youtube', '@jordanavery')).toEqual(['jordanavery']);
    expect(needle('youtube', 'c/mehdimaïzi10')).toEqual(['mehdima']);
    expect(needle('bluesky', 'jordanavery.bsky.social')).toEqual(['jordanavery']);
    expect(needle('linkedin', 'jordan-avery')).toEqual(['jordan-avery']);
    expect(needle('facebook', '100012345678901')).toEqual(['100012345678901', '100012345678901']);
  });

  it('finds none where every character may change or be left out', () => {
    expect(needle('facebook', 'jordanavery')).toEqual([null]);
    expect(needle('youtube', '@иван')).toEqual([null]);
    // The blog's own host: nothing after it.
    expect(needle('tumblr', 'jordanavery')[0]).toBeNull();
  });

  it('reads groups, classes, escapes and quantifiers', () => {
    expect(pathNeedle('^https?://[^/]+/(web/)?(@|%40)abc_def(@|%40)host\\.social([/?#].*)?$')).toBe('host.social');
    expect(pathNeedle('^https?://a\\.com/abcd?efgh+ijk')).toBe('efgh');
    expect(pathNeedle('^https?://a\\.com/ab\\dcdefg[xy]hij')).toBe('cdefg');
    expect(pathNeedle('^https?://a\\.com/abcdef{2}gh')).toBe('abcde');
    expect(pathNeedle('^https?://a\\.com/x|^https?://b\\.com/abcdef')).toBeNull();
    expect(pathNeedle('^https?://a\\.com/(abc')).toBeNull();
    expect(pathNeedle('no scheme')).toBeNull();
  });
});

describe('sharedNeedles', () => {
  it('looks for one piece where handles are nearly the same', () => {
    expect(sharedNeedles(['jordan_avery', 'jordan.avery', 'jordanavery', 'mastodon.social', '100012345678901'])).toEqual(new Map([
      ['jordan_avery', 'jordan'], ['jordan.avery', 'jordan'], ['jordanavery', 'jordan'],
      ['mastodon.social', 'mastodon.social'], ['100012345678901', '100012345678901'],
    ]));
    // Four characters in common are too few to share.
    expect(sharedNeedles(['abcdxyz', 'abcdpqr'])).toEqual(new Map([['abcdxyz', 'abcdxyz'], ['abcdpqr', 'abcdpqr']]));
    expect(new Set(demoCompiled().links.map((link) => link.needle))).toEqual(new Set(['jordan', 'mastodon.social', null]));
  });

  it('gives each form a piece of its own needle', () => {
    for (const link of profileLinks(GROUPS.map((group) => group.id))) {
      const own = pathNeedle(link.re);
      if (own === null) expect(link.needle).toBeNull();
      else expect(own.toLowerCase().includes(link.needle!.toLowerCase()), `${link.re}: ${link.needle}`).toBe(true);
    }
  });
});
