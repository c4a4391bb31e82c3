// LinkedIn (../shared/SITES.md, "LinkedIn"). A profile visit notifies its owner ("who viewed your
// profile"), so every full-load form here must be caught by the regexes before any request.
// Test URLs (full table: tests/unit/sites/tables/linkedin.ts):
//   https://www.linkedin.com/in/jordan-avery/
//   https://uk.linkedin.com/in/Jordan-Avery/recent-activity/all/
//   https://www.linkedin.com/mwlite/in/jordan-avery
//   https://www.linkedin.com/pub/jordan-avery/1a/2b3/4c5
//   https://www.linkedin.com/profile/view?id=ACoAAB1234567
//   https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjordan-avery
// Keys: the /in/ slug lowercased and percent-decoded ("jordan-avery"); legacy /pub/ addresses and
// /profile/view?id= ids are their own keys ("pub:jordan-avery/1a/2b3/4c5", "id:ACoAAB1234567"):
// LinkedIn maps them to a slug only by a server redirect, which the page cannot see.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments, wrappedUrl } from './url-tools';

const HOSTS = ['linkedin.com'];
// Slugs: letters (any script), digits and hyphens, 3–100 characters.
const SLUG = /^[\p{L}\p{N}_-]{3,100}$/u;
const PUB_PART = /^[0-9a-z]{1,3}$/i;
const MEMBER_ID = /^[A-Za-z0-9_-]{3,80}$/;

// LinkedIn, 2025-11: the old feed (feed-shared-update-v2 with an activity URN) and the new one
// (listitems of the main feed, componentkey containers); comments; "People you may know" cards;
// people search results; messaging conversation rows. Hashed classes elsewhere: keep old and new.
const UNITS = [
  'div.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
  'div[data-id^="urn:li:activity:"]',
  '[data-testid="mainFeed"] [role="listitem"]',
  '[componentkey^="container-update-list_mainFeed"]',
  'article.comments-comment-entity',
  'article.comments-comment-item',
  'li.discover-fluid-entity-list--item',
  '.discover-entity-type-card',
  'li.reusable-search__result-container',
  'li.msg-conversation-listitem',
].join(', ');

// Where the post's own words are: links in there are mentions, which the matcher reads by key.
const TEXT = '.update-components-text, .feed-shared-inline-show-more-text, [data-testid="expandable-text-box"], .comments-comment-item__main-content, .comments-comment-item-content-body';

function slugKey(segment: string | undefined): string | null {
  if (!segment || !SLUG.test(segment)) return null;
  return segment.toLowerCase();
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: HOSTS,
  profileKey(url) {
    let segments = pathSegments(url);
    // LinkedIn Lite serves the same profile under /mwlite/.
    if (segments[0]?.toLowerCase() === 'mwlite') segments = segments.slice(1);
    const [first, ...rest] = segments.map((segment, index) => (index === 0 ? segment.toLowerCase() : segment));
    if (first === 'in') return slugKey(rest[0]);
    if (first === 'pub') {
      const [name, ...parts] = rest;
      if (!slugKey(name) || parts.length < 3 || !parts.slice(0, 3).every((part) => PUB_PART.test(part))) return null;
      return `pub:${[name, ...parts.slice(0, 3)].join('/').toLowerCase()}`;
    }
    if (first === 'profile' && rest[0]?.toLowerCase() === 'view') {
      const id = url.searchParams.get('id') ?? '';
      return MEMBER_ID.test(id) ? `id:${id}` : null;
    }
    return null;
  },
  unwrapLink(url) {
    // LinkedIn, 2025: outbound links go through /redir/redirect?url=… or /safety/go?url=….
    const [first, second] = pathSegments(url);
    if ((first === 'redir' && second === 'redirect') || (first === 'safety' && second === 'go')) return wrappedUrl(url, 'url');
    return null;
  },
  units: UNITS,
  authors(unit) {
    const keys = ownLinkKeys(unit, `a[href*="/in/"]:not(:is(${TEXT}) a), a[href*="/pub/"]:not(:is(${TEXT}) a)`, UNITS, linkedin, 'https://www.linkedin.com/');
    return keys.map((key): ProfileId => `linkedin:${key}`);
  },
};

/** LinkedIn profiles as the background and the options page read them (the content script does without). */
export const linkedinProfiles: SiteProfiles = {
  whyNotProfile(url) {
    const [first] = pathSegments(url);
    if (first === 'feed' || first === 'posts') return 'LinkedIn post links do not lead to a profile; open their profile and copy that address instead (linkedin.com/in/…)';
    if (first === 'company' || first === 'school') return 'this is an organisation\'s page; a person\'s profile address has /in/ in it';
    return null;
  },
  profileLabel(key) {
    if (key.startsWith('pub:')) return `${key.slice(4).split('/')[0]} (old address)`;
    if (key.startsWith('id:')) return `member ${key.slice(3)}`;
    return key;
  },
  profileUrlRegexes(key) {
    const prefix = hostPrefix(HOSTS);
    if (key.startsWith('pub:')) return [`${prefix}pub/${escapeRegex(encodeURI(key.slice(4)))}${AFTER_KEY}`];
    if (key.startsWith('id:')) return [`${prefix}profile/view/?\\?(.*&)?id=${escapeRegex(key.slice(3))}([&#].*)?$`];
    // A non-Latin slug is requested percent-encoded; the regex is case-insensitive, as hex digits are.
    return [`${prefix}(mwlite/)?in/${escapeRegex(encodeURIComponent(key))}${AFTER_KEY}`];
  },
  profileUrlFilters(key) {
    // A Cyrillic slug of 10 letters is beyond Chromium's regex size cap; member ids are ASCII.
    if (key.startsWith('id:')) return null;
    const path = key.startsWith('pub:') ? `pub/${encodeURI(key.slice(4))}` : `in/${encodeURIComponent(key)}`;
    const filters = [`||linkedin.com/${path}^`];
    if (!key.startsWith('pub:')) filters.push(`||linkedin.com/mwlite/${path}^`);
    return { filters, url: `https://www.linkedin.com/${path}` };
  },
};
