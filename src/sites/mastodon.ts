// Mastodon, on any instance (../shared/SITES.md, "Mastodon").
// Test URLs:
//   https://mastodon.social/@jordan_avery                      → mastodon.social/@jordan_avery
//   https://mastodon.social/@Jordan_Avery/113456789012345678   → mastodon.social/@jordan_avery (a post of theirs)
//   https://mastodon.social/users/jordan_avery                 → mastodon.social/@jordan_avery
//   https://mastodon.social/web/@jordan_avery                  → mastodon.social/@jordan_avery
//   https://fosstodon.org/@jordan_avery@mastodon.social        → mastodon.social/@jordan_avery (seen from another instance)
//   https://mastodon.social/@jordan_avery_fan                  → mastodon.social/@jordan_avery_fan (someone else)
//   https://mastodon.social/explore, https://mastodon.social/tags/photography → not profiles
//
// Any instance: a page is Mastodon when it holds Mastodon's root element (`detect`), and a pasted
// https://<host>/@user link on a host no other site owns is taken as Mastodon (src/sites/index.ts).
// Only mastodon.social, the largest instance, is listed in `hosts`, so it is filtered out of the box
// (and the sample page and demo work without the optional "all sites" permission); other instances
// need that permission, then `detect`. The key is the account's home: `<domain>/@user`, lowercased,
// so the same account read on any instance is one key.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, parseUrl, pathSegments } from './url-tools';

// Mastodon usernames are [a-z0-9_]; remote accounts from other fediverse software may add . and -.
const USER = /^[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/** `user` or `user@domain` (an acct, as in links and `title`s) → key, with `home` as the default domain. */
function keyOfAcct(acct: string, home: string): string | null {
  const [user = '', domain = home, extra] = acct.toLowerCase().split('@');
  if (extra !== undefined || !USER.test(user) || !DOMAIN.test(domain)) return null;
  return `${domain}/@${user}`;
}

/** The key of an account URL on any host; null when the path is not an account. */
export function mastodonKey(url: URL): string | null {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const segments = pathSegments(url);
  const [first = '', second = ''] = segments[0] === 'web' ? segments.slice(1) : segments;
  if (first.startsWith('@')) return keyOfAcct(first.slice(1), host);
  if (segments[0] === 'users' && second) return keyOfAcct(second, host);
  return null;
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social'],
  profileKey: mastodonKey,
  // Mastodon 4.3–4.5, 2025-11: timelines wrap every item in article[data-id][aria-posinset] (an
  // off-screen one keeps only its height); inside sits .status__wrapper > .status. Quoted posts are
  // .status--is-quote inside the quoting status. People: .account rows (follows, search), the
  // directory's .account-card, the "who to follow" carousel, the composer's account suggestions.
  units: [
    'article[data-id][aria-posinset]',
    '.status__wrapper',
    '.status',
    '.detailed-status',
    '.notification-group',
    '.notification',
    '.account',
    '.account-card',
    '.inline-follow-suggestions__body__scrollable__card',
    '.autosuggest-account',
  ].join(', '),
  hideTarget(unit) {
    // A quote by the person goes alone and the quoting post stays (issue 4, "quoted post").
    if (unit.matches('.status--is-quote')) return unit;
    return unit.closest('article[data-id][aria-posinset]') ?? unit.closest('.status__wrapper') ?? unit;
  },
  authors(unit) {
    const ids = new Set<ProfileId>();
    // Relative links (/@user) belong to the instance the page is on.
    const base = /^https?:/.test(unit.baseURI) ? unit.baseURI : 'https://mastodon.invalid/';
    const home = new URL(base).hostname.toLowerCase();
    const links = unit.querySelectorAll(
      'a.status__display-name, a.detailed-status__display-name, a.account__display-name, .status__prepend a, a.mention, .account a[href], .account-card a[href]',
    );
    for (const link of links) {
      if (link.closest(mastodon.units) !== unit) continue; // a nested unit speaks for itself
      const url = parseUrl(link.getAttribute('href') ?? '', base);
      let key = url && mastodonKey(url);
      // The display-name link's title is the acct ("user" or "user@remote") when the href is unusual.
      const title = link.getAttribute('title');
      if (!key && title) key = keyOfAcct(title.replace(/^@/, ''), home);
      if (key) ids.add(`mastodon:${key}`);
    }
    return [...ids];
  },
  detect(doc) {
    // Mastodon's web app mounts into #mastodon; its server-rendered pages load the initial state.
    return doc.getElementById('mastodon') !== null || doc.querySelector('script#initial-state') !== null;
  },
};

/** Mastodon profiles as the background and the options page read them (the content script does without). */
export const mastodonProfiles: SiteProfiles = {
  profileLabel(key) {
    const [domain, user] = key.split('/');
    return `${user}@${domain}`;
  },
  profileUrlRegexes(key) {
    const [domain = '', account = ''] = key.split('/');
    const host = escapeRegex(domain);
    const user = escapeRegex(account.slice(1));
    // Each @ may arrive percent-encoded (%40) from a link built by hand.
    const at = '(@|%40)';
    // Three rules rather than one: Chromium caps a regexFilter's compiled size (memoryLimitExceeded).
    return [
      // On its home instance: /@user, /web/@user, and their sub-pages.
      `^https?://${host}(:443)?/(web/)?${at}${user}${AFTER_KEY}`,
      `^https?://${host}(:443)?/users/${user}${AFTER_KEY}`,
      // /@user@home on any instance, its own included.
      `^https?://[^/]+/(web/)?${at}${user}${at}${host}${AFTER_KEY}`,
    ];
  },
};
