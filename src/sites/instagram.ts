// Instagram (../shared/SITES.md, "Instagram").
// Test URLs (full table: tests/unit/sites/tables/instagram.ts):
//   https://www.instagram.com/jordan.avery/
//   https://instagram.com/Jordan.Avery/reels/
//   https://www.instagram.com/stories/jordan.avery/3412345678901234567/
//   https://www.instagram.com/jordan.avery/p/C0dE123abc/
//   https://l.instagram.com/?u=https%3A%2F%2Fwww.instagram.com%2Fjordan.avery%2F&e=AT0
// /p/<code> and /reel/<code> carry no author in the URL, so they are not anyone's profile.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments, wrappedUrl } from './url-tools';

const HOSTS = ['instagram.com'];
// Usernames: letters, digits, dots and underscores, at most 30, case-insensitive.
const USERNAME = /^[a-z0-9._]{1,30}$/i;

// Instagram, 2026: first path segments that are app routes, not people.
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal',
  'developer', 'web', 'emails', 'challenge', 'privacy', 'terms', 'session', 'graphql', 'api',
  'static', 'ar', 'topics', 'nametag', 'oauth', 'press', 'create', 'your_activity', 'lite',
  'download', 'directory', 'qr', 'invites', 'data', 'push', 'fxcal', 'ads', 'business', 'threads',
  'meta', 'highlights', 'favicon.ico', 'robots.txt', 'sitemap.xml', '_n', '_u', 'auth_platform',
]);

// Instagram, 2025-11 (reproduced from ../shared/SITES.md; no public capture exists): feed posts are
// <article> (hidden, never removed: the feed breaks without them); a story bubble is a button
// labelled "Story by <username>, not seen" in a list item of the tray (English UI; the list item is
// hidden so the tray closes the gap); comments are list items holding the commenter's link in an
// h3 (a carousel's list items have none); suggestions are rows of "Suggested for you".
const STORY_BUBBLE = '[role="button"][aria-label^="Story by "]';
const UNITS = [
  'article',
  STORY_BUBBLE,
  'ul li:has(h3 a[href])',
  '[aria-label="Suggested for you"] [role="listitem"]',
].join(', ');

function usernameKey(candidate: string | undefined): string | null {
  if (!candidate || !USERNAME.test(candidate)) return null;
  const key = candidate.toLowerCase();
  return RESERVED.has(key) ? null : key;
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: HOSTS,
  profileKey(url) {
    const [first, second] = pathSegments(url);
    // /stories/<username>/<id>/ is that person's story; /_u/<username> is the app's deep link.
    if (first === 'stories' || first === '_u') return usernameKey(second);
    return usernameKey(first);
  },
  unwrapLink(url) {
    // l.instagram.com/?u=…: Instagram's outbound link wrapper.
    if (url.hostname.toLowerCase() !== 'l.instagram.com') return null;
    return wrappedUrl(url, 'u');
  },
  units: UNITS,
  hideTarget(unit) {
    return unit.matches(STORY_BUBBLE) ? (unit.closest('li') ?? unit) : unit;
  },
  authors(unit) {
    // Post header and comment: the username link; suggestions: the link to the person. Links in a
    // caption or comment text are mentions, which the matcher reads by key.
    const keys = ownLinkKeys(unit, 'header a[href], h3 a[href], h2 a[href], [role="listitem"] a[href]', UNITS, instagram, 'https://www.instagram.com/');
    // A story bubble has no link, only "Story by <username>, not seen".
    const story = /^Story by ([A-Za-z0-9._]{1,30})(,|$)/.exec(unit.getAttribute('aria-label') ?? '');
    const storyKey = usernameKey(story?.[1]);
    if (storyKey && !keys.includes(storyKey)) keys.push(storyKey);
    return keys.map((key): ProfileId => `instagram:${key}`);
  },
};

/** Instagram profiles as the background and the options page read them (the content script does without). */
export const instagramProfiles: SiteProfiles = {
  whyNotProfile(url) {
    const [first, second] = pathSegments(url);
    if (first === 'p' || first === 'reel' || first === 'reels' || first === 'tv') {
      return 'Instagram post links do not say who posted them; open their profile and copy that address instead (instagram.com/username)';
    }
    if (first === 'stories' && second === 'highlights') return 'story highlight links do not say whose they are; open their profile and copy that address instead';
    return null;
  },
  profileLabel: (key) => `@${key}`,
  profileUrlRegexes: (key) => [`${hostPrefix(HOSTS)}(stories/|_u/)?${escapeRegex(key)}${AFTER_KEY}`],
};
