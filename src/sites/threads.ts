// Threads (../shared/SITES.md, "Threads").
// Test URLs (full table: tests/unit/sites/tables/threads.ts):
//   https://www.threads.com/@jordan.avery
//   https://www.threads.net/@Jordan.Avery/replies
//   https://www.threads.com/@jordan.avery/post/C9xYz12AbCd
//   https://l.threads.com/?u=https%3A%2F%2Fwww.threads.com%2F%40jordan.avery&e=AT0
// A post URL carries its author, so it counts as their page (as X's /status/ does).
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments, wrappedUrl } from './url-tools';

// threads.net moved to threads.com in 2025-04; both still serve.
const HOSTS = ['threads.com', 'threads.net'];
// Threads handles are Instagram usernames.
const HANDLE = /^@([a-z0-9._]{1,30})$/i;

// Threads, 2025-11: every post, reply and quoted post is a pressable container; profile cards in
// search and "Follow suggestions" are too. A quoted post is a container inside the quoting one, so
// the quote alone is hidden and the post around it stays.
const UNITS = 'div[data-pressable-container="true"]';

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: HOSTS,
  profileKey(url) {
    const handle = HANDLE.exec(pathSegments(url)[0] ?? '')?.[1];
    return handle ? handle.toLowerCase() : null;
  },
  unwrapLink(url) {
    // l.threads.com/?u=… (and l.threads.net): the outbound link wrapper, as on Instagram.
    if (!/^l\.threads\.(com|net)$/i.test(url.hostname)) return null;
    return wrappedUrl(url, 'u');
  },
  units: UNITS,
  authors(unit) {
    // The author's avatar link is the container's first link to /@handle (the handle and the time
    // link follow it); later /@ links are mentions in the text, which the matcher reads by key.
    for (const link of unit.querySelectorAll('a[href]')) {
      if (link.closest(UNITS) !== unit) continue;
      const [key] = ownLinkKeys(link, 'a[href]', 'a[href]', threads, 'https://www.threads.com/');
      if (key) return [`threads:${key}` as ProfileId];
    }
    return [];
  },
};

/** Threads profiles as the background and the options page read them (the content script does without). */
export const threadsProfiles: SiteProfiles = {
  whyNotProfile(url) {
    return pathSegments(url)[0] === 't'
      ? 'short Threads post links do not name the author; open their profile and copy that address instead (threads.com/@handle)'
      : null;
  },
  profileLabel: (key) => `@${key}`,
  profileUrlRegexes: (key) => [`${hostPrefix(HOSTS)}(@|%40)${escapeRegex(key)}${AFTER_KEY}`],
};
