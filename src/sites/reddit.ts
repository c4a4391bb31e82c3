// Reddit, new and old (../shared/SITES.md, "Reddit").
// Test URLs (full table: tests/unit/sites/tables/reddit.ts):
//   https://www.reddit.com/user/jordan_avery/
//   https://old.reddit.com/u/Jordan_Avery/submitted/?sort=new
//   https://www.reddit.com/r/u_jordan_avery/comments/1abcde/golden_hour/
//   https://out.reddit.com/t3_1abcde?url=https%3A%2F%2Fwww.reddit.com%2Fuser%2Fjordan_avery&token=x
// /u/x ≡ /user/x ≡ the profile subreddit /r/u_x, case-insensitive. Share links (/r/<sub>/s/<code>)
// resolve only by a server redirect: not recognised.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments, wrappedUrl } from './url-tools';

const HOSTS = ['reddit.com'];
// Usernames: letters, digits, underscores and hyphens, at most 20 (old accounts can be short).
const USERNAME = /^[A-Za-z0-9_-]{1,20}$/;
// /user/me is a shortcut to whoever is signed in, not a person.
const RESERVED = new Set(['me']);

// Reddit, 2025-11. New: posts are shreddit-post[author] (wrapped in an <article> that is hidden
// with them, so the feed closes the gap), comments shreddit-comment[author]. Old: #siteTable's
// .thing[data-author], posts and comments alike.
const NEW_POST = 'shreddit-post[author]';
const NEW_COMMENT = 'shreddit-comment[author]';
const OLD_THING = '.thing[data-author]';
const UNITS = [NEW_POST, NEW_COMMENT, OLD_THING].join(', ');

function usernameKey(candidate: string | null | undefined): string | null {
  if (!candidate || !USERNAME.test(candidate)) return null;
  const key = candidate.toLowerCase();
  return RESERVED.has(key) ? null : key;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  hosts: HOSTS,
  profileKey(url) {
    const [first, second] = pathSegments(url).map((segment) => segment.toLowerCase());
    if (first === 'u' || first === 'user') return usernameKey(second);
    if (first === 'r' && second?.startsWith('u_')) return usernameKey(second.slice(2));
    return null;
  },
  unwrapLink(url) {
    // Old Reddit, 2025: outbound links go through out.reddit.com/<thing>?url=….
    if (url.hostname.toLowerCase() !== 'out.reddit.com') return null;
    return wrappedUrl(url, 'url');
  },
  units: UNITS,
  shadowRoots: true,
  hideTarget(unit) {
    if (unit.matches(NEW_POST)) return unit.parentElement?.closest('article') ?? unit;
    // RedditEnhancer, 2025: hide the comment's own body so replies by others stay readable.
    if (unit.matches(NEW_COMMENT)) return unit.querySelector(':scope > [slot="comment"]') ?? unit;
    if (unit.matches('.thing.comment')) return unit.querySelector(':scope > .entry') ?? unit;
    return unit;
  },
  hideTargets(unit) {
    // A comment's author is shown beside its body (avatar, name line, buttons): hide them all, and
    // leave the replies (nested comments, old Reddit's .child) where they are.
    if (unit.matches(NEW_COMMENT)) return [...unit.children].filter((child) => !child.matches('shreddit-comment, [slot="children"]'));
    if (unit.matches('.thing.comment')) return [...unit.children].filter((child) => !child.matches('.child, .clearleft'));
    return [reddit.hideTarget!(unit)];
  },
  authors(unit) {
    const keys: string[] = [];
    const attribute = usernameKey(unit.getAttribute('author') ?? unit.getAttribute('data-author'));
    if (attribute) keys.push(attribute);
    // The author link in the post's or comment's own name line (new: faceplate hovercard; old: a.author).
    for (const key of ownLinkKeys(unit, 'a.author[href], [slot="commentMeta"] a[href], [slot="authorName"] a[href], faceplate-hovercard a[href]', UNITS, reddit, 'https://www.reddit.com/')) {
      if (!keys.includes(key)) keys.push(key);
    }
    return keys.map((key): ProfileId => `reddit:${key}`);
  },
};

/** Reddit profiles as the background and the options page read them (the content script does without). */
export const redditProfiles: SiteProfiles = {
  whyNotProfile(url) {
    const [first, , third] = pathSegments(url);
    if (first !== 'r') return null;
    if (third === 's') return 'Reddit share links only show where they lead once opened; open it, then copy the address of their profile (reddit.com/user/name)';
    if (third === 'comments') return 'this is a Reddit post; their profile is at reddit.com/user/ and their username';
    return null;
  },
  profileLabel: (key) => `u/${key}`,
  profileUrlRegexes: (key) => [`${hostPrefix(HOSTS)}(u/|user/|r/u_)${escapeRegex(key)}${AFTER_KEY}`],
};
