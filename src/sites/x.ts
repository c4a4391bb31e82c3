// X / Twitter (../shared/SITES.md, "X / Twitter").
// Test URLs (full table: tests/unit/sites/tables/x.ts):
//   https://x.com/jordan_avery
//   https://twitter.com/Jordan_Avery/with_replies
//   https://mobile.x.com/jordan_avery/status/1234567890
//   https://t.co/AbC123 with data-expanded-url="https://x.com/jordan_avery"
// A post URL (/<handle>/status/<id>) counts as that person's profile: it is their page as much as
// the profile is, so the guard pauses it too.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, httpUrl, ownLinkKeys, pathSegments } from './url-tools';

const HOSTS = ['x.com', 'twitter.com'];
const HANDLE = /^[A-Za-z0-9_]{1,20}$/;

// X, 2026: first path segments that are app routes, not people [CPFT].
const RESERVED = new Set([
  'home', 'explore', 'i', 'search', 'settings', 'messages', 'notifications', 'compose',
  'login', 'logout', 'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share', 'jobs',
  'communities', 'lists', 'bookmarks', 'premium', 'verified-choose', 'account', 'download',
  'following', 'followers', 'grok', 'about', 'rules', 'en', 'oauth', 'sw', 'who_to_follow',
]);

// X, 2025-11: units. Posts (with their quote and retweet header: the quote sits inside the post's
// article, so a quote of the person hides the post), user cards in "Who to follow", hover cards,
// search typeahead rows and DM conversation rows.
const UNITS = [
  'article[data-testid="tweet"]',
  '[data-testid="UserCell"]',
  '[data-testid="HoverCard"]',
  '[data-testid="TypeaheadUser"]',
  '[data-testid="conversation"]',
].join(', ');

const AVATAR_PREFIX = 'UserAvatar-Container-';

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  hosts: HOSTS,
  linkHosts: ['t.co'],
  profileKey(url) {
    const first = pathSegments(url)[0] ?? '';
    if (!HANDLE.test(first) || RESERVED.has(first.toLowerCase())) return null;
    return first.toLowerCase();
  },
  opaqueLinks: ['t.co/'],
  unwrapLink(url, anchor) {
    // t.co links are opaque; X puts the real address on the anchor [SE] (data-expanded-url, else title).
    if (url.hostname.toLowerCase() !== 't.co' || !anchor) return null;
    for (const name of ['data-expanded-url', 'title']) {
      // (title is sometimes plain text, not an address)
      const value = anchor.getAttribute(name);
      const target = value ? httpUrl(value) : null;
      if (target) return target;
    }
    return null;
  },
  units: UNITS,
  hideTarget(unit) {
    // X, 2025-11: rows are recycled by a virtual list; hide the row's content, keep its box [CPFT].
    return unit.closest('[data-testid="cellInnerDiv"] > *') ?? unit;
  },
  authors(unit) {
    // The author and, in a quote, the quoted author ("User-Name"); who reposted it ("socialContext");
    // a card's person. Links in the post's text are mentions: the matcher reads those by key.
    const keys = ownLinkKeys(
      unit,
      '[data-testid="User-Name"] a[href], [data-testid="socialContext"] a[href], a[data-testid="socialContext"][href]',
      UNITS,
      x,
      'https://x.com/',
    );
    for (const avatar of [unit, ...unit.querySelectorAll(`[data-testid^="${AVATAR_PREFIX}"]`)]) {
      const testid = avatar.getAttribute('data-testid') ?? '';
      if (!testid.startsWith(AVATAR_PREFIX) || avatar.closest(UNITS) !== unit) continue;
      const handle = testid.slice(AVATAR_PREFIX.length);
      if (HANDLE.test(handle) && !keys.includes(handle.toLowerCase())) keys.push(handle.toLowerCase());
    }
    return keys.map((key): ProfileId => `x:${key}`);
  },
};

/** X profiles as the background and the options page read them (the content script does without). */
export const xProfiles: SiteProfiles = {
  whyNotProfile(url) {
    if (url.hostname.toLowerCase() === 't.co') {
      return 't.co links are X\'s short links and only show where they lead once opened; open it, then copy the address of their profile (x.com/handle)';
    }
    const [first, second] = pathSegments(url);
    if (first === 'i' && second === 'user') return 'links to an X account by number do not carry the handle; open it, then copy the address of their profile (x.com/handle)';
    return null;
  },
  profileLabel: (key) => `@${key}`,
  profileUrlRegexes: (key) => [`${hostPrefix(HOSTS)}${escapeRegex(key)}${AFTER_KEY}`],
};
