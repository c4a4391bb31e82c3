// Bluesky (../shared/SITES.md, "Bluesky").
// Test URLs:
//   https://bsky.app/profile/jordanavery.bsky.social          → jordanavery.bsky.social
//   https://bsky.app/profile/JordanAvery.bsky.social/post/3kabc → jordanavery.bsky.social (a post of theirs)
//   https://bsky.app/profile/jordanavery                      → jordanavery.bsky.social (bare name)
//   https://bsky.app/profile/jordan.example.com               → jordan.example.com (own-domain handle)
//   https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz → did:plc:ewvi7nxzyoun6zhxrhs64oiz
//   https://bsky.app/search?q=jordan, https://bsky.app/notifications → not profiles
//
// A DID and a handle of the same person are two keys: the DID survives handle changes, the handle is
// what people see. Nothing here can resolve one to the other without the network, so the user lists
// both links if they know both (the options page shows each as its own line).
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostIn, hostPrefix, parseUrl, pathSegments } from './url-tools';

const HOSTS = ['bsky.app'];
const DEFAULT_SUFFIX = '.bsky.social';

const DID = /^did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+(%3a[0-9]+)?)$/;
const HANDLE_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
// Bluesky, 2025: a post whose author's handle failed verification carries this placeholder.
const INVALID_HANDLE = 'handle.invalid';

/** A handle or DID as written in a path or a data-testid, as its key; null when it is neither. */
export function blueskyKey(raw: string): string | null {
  const id = raw.trim().toLowerCase().replace(/^@/, '');
  if (id.startsWith('did:')) return DID.test(id) ? id : null;
  const handle = id.includes('.') ? id : `${id}${DEFAULT_SUFFIX}`;
  if (handle === INVALID_HANDLE || handle.length > 253) return null;
  const labels = handle.split('.');
  return labels.length >= 2 && labels.every((label) => HANDLE_LABEL.test(label)) ? handle : null;
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: HOSTS,
  profileKey(url) {
    const [first, second] = pathSegments(url);
    return first === 'profile' && second ? blueskyKey(second) : null;
  },
  // Bluesky, 2025-11 (social-app): posts in feeds, notifications and profile tabs are
  // feedItem-by-<handle>; the thread screen draws postThreadItem-by-<handle>; people in follower
  // lists and search are profileCard-<handle>-link; the search box lists searchAutoCompleteResult-<handle>.
  units: [
    '[data-testid^="feedItem-by-"]',
    '[data-testid^="postThreadItem-by-"]',
    '[data-testid^="profileCard-"]',
    '[data-testid^="searchAutoCompleteResult-"]',
  ].join(', '),
  authors(unit) {
    const ids = new Set<ProfileId>();
    const testId = unit.getAttribute('data-testid') ?? '';
    const named = /^(?:feedItem-by-|postThreadItem-by-|searchAutoCompleteResult-|profileCard-)(.+?)(?:-link)?$/.exec(testId);
    const fromTestId = named ? blueskyKey(named[1]!) : null;
    if (fromTestId) ids.add(`bluesky:${fromTestId}`);
    // Reposted, quoted and mentioned people are links to /profile/<handle or did>.
    for (const link of unit.querySelectorAll('a[href*="/profile/"]')) {
      if (link.closest(bluesky.units) !== unit) continue; // a nested unit speaks for itself
      const url = parseUrl(link.getAttribute('href')!, 'https://bsky.app/');
      if (!url) continue;
      if (!hostIn(url.hostname, HOSTS)) continue;
      const key = bluesky.profileKey(url);
      if (key) ids.add(`bluesky:${key}`);
    }
    return [...ids];
  },
};

/** Bluesky profiles as the background and the options page read them (the content script does without). */
export const blueskyProfiles: SiteProfiles = {
  profileLabel: (key) => (key.startsWith('did:') ? key : `@${key}`),
  profileUrlRegexes(key) {
    let id: string;
    if (key.startsWith('did:')) {
      // The colons may arrive percent-encoded when a link was built by hand.
      id = escapeRegex(key).replace(/:/g, '(:|%3a)');
    } else if (key.endsWith(DEFAULT_SUFFIX)) {
      // bsky.app/profile/<name> resolves to <name>.bsky.social, so the bare form loads them too.
      id = `${escapeRegex(key.slice(0, -DEFAULT_SUFFIX.length))}(${escapeRegex(DEFAULT_SUFFIX)})?`;
    } else {
      id = escapeRegex(key);
    }
    return [`${hostPrefix(HOSTS)}profile/(%40|@)?${id}${AFTER_KEY}`];
  },
};
