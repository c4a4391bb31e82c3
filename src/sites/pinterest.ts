// Pinterest (../shared/SITES.md, "Tumblr, Pinterest").
// Test URLs:
//   https://www.pinterest.com/jordanavery/                     → jordanavery
//   https://www.pinterest.com/JordanAvery/portraits/           → jordanavery (a board is its owner's)
//   https://www.pinterest.com/jordanavery/_saved/              → jordanavery
//   https://uk.pinterest.com/jordanavery/, https://www.pinterest.co.uk/jordanavery/ → jordanavery
//   https://www.pinterest.de/jordanavery/weddings/film/        → jordanavery (a board section)
//   https://www.pinterest.com/pin/123456789012345678/          → not a profile (a pin does not name its pinner)
//   https://www.pinterest.com/search/pins/?q=portrait, https://www.pinterest.com/ideas/ → not profiles
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, hostIn, hostPrefix, parseUrl, pathSegments, wrappedUrl } from './url-tools';

// Pinterest's own country domains (each also has www. and two-letter subdomains such as uk.pinterest.com).
const HOSTS = [
  'pinterest.com', 'pinterest.co.uk', 'pinterest.ca', 'pinterest.com.au', 'pinterest.nz', 'pinterest.ie',
  'pinterest.de', 'pinterest.at', 'pinterest.ch', 'pinterest.fr', 'pinterest.es', 'pinterest.it',
  'pinterest.pt', 'pinterest.se', 'pinterest.dk', 'pinterest.jp', 'pinterest.co.kr', 'pinterest.com.mx',
  'pinterest.cl', 'pinterest.ph',
];

const HOST_GROUPS = [0, 5, 10, 15].map((start) => HOSTS.slice(start, start + 5));

// Usernames: letters, digits and underscores, 3 to 30 characters.
const USERNAME = /^[a-z0-9_]{3,30}$/;

// Pinterest, 2025-11: first path segments that are app routes, not people.
const RESERVED = new Set([
  'pin', 'pins', 'search', 'ideas', 'today', 'explore', 'settings', 'business', 'categories', 'topics',
  'login', 'signup', 'logout', 'password', 'about', 'resource', 'discover', 'news_hub', 'notifications',
  'inbox', 'messages', 'homefeed', 'following', 'offsite', 'oauth', 'help', 'secure', 'video', 'shopping',
  'shop', 'live', 'creators', 'create', 'edit', 'board', 'boards', 'convert', 'privacy', 'terms', 'policy',
  'home', 'feed', 'analytics', 'ads', 'business_access', 'your_shop', 'idea-pin-builder', 'pin-builder',
  'pin-creation-tool', 'story', 'trends', 'apps', 'download', 'careers', 'developers', 'partners',
  'invite', 'join', 'reset', 'verify', 'unauth', 'emails', 'report', 'copyright', 'brand',
]);


export const pinterest: SiteAdapter = {
  id: 'pinterest',
  name: 'Pinterest',
  hosts: HOSTS,
  // pin.it shortens pins and boards; it resolves only by a server redirect, so it is never a profile here.
  linkHosts: ['pin.it'],
  profileKey(url) {
    if (!hostIn(url.hostname, HOSTS)) return null;
    const first = (pathSegments(url)[0] ?? '').toLowerCase();
    return USERNAME.test(first) && !RESERVED.has(first) ? first : null;
  },
  unwrapLink(url) {
    // Outbound links go through /offsite/?token=…&url=<target>.
    if (!hostIn(url.hostname, HOSTS) || !/^\/offsite\/?$/.test(url.pathname)) return null;
    return wrappedUrl(url, 'url');
  },
  // Pinterest, 2025-11: grid cells are [data-grid-item] holding [data-test-id="pinWrapper"]; people
  // in search and follower lists are [data-test-id="user-rep"]; the search box's typeahead rows are
  // [data-test-id="search-suggestion"].
  units: [
    '[data-grid-item]',
    '[data-test-id="pinWrapper"]',
    '[data-test-id="pin"]',
    '[data-test-id="user-rep"]',
    '[data-test-id="search-suggestion"]',
  ].join(', '),
  hideTarget(unit) {
    // The masonry grid positions cells absolutely: hide the whole cell so no empty frame is left.
    return unit.closest('[data-grid-item]') ?? unit;
  },
  authors(unit) {
    const ids = new Set<ProfileId>();
    for (const link of unit.querySelectorAll('a[href]')) {
      if (link.closest(pinterest.units) !== unit) continue; // a nested unit speaks for itself
      const url = parseUrl(link.getAttribute('href')!, 'https://www.pinterest.com/');
      if (!url) continue;
      const key = pinterest.profileKey(url);
      if (key) ids.add(`pinterest:${key}`);
    }
    return [...ids];
  },
};

/** Pinterest profiles as the background and the options page read them (the content script does without). */
export const pinterestProfiles: SiteProfiles = {
  profileLabel: (key) => key,
  // Chromium caps a regexFilter's compiled size (2 KB, "memoryLimitExceeded"); one alternation of all
  // twenty domains is over it, so each rule covers a few domains.
  profileUrlRegexes: (key) => HOST_GROUPS.map((group) => `${hostPrefix(group)}${key}${AFTER_KEY}`),
};
