// X / Twitter (../shared/SITES.md, "X / Twitter").
// Test URLs:
//   https://x.com/jordan_avery
//   https://twitter.com/Jordan_Avery/with_replies
//   https://mobile.x.com/jordan_avery/status/1234567890
import type { ProfileId, SiteAdapter } from './types';

const HANDLE = /^[A-Za-z0-9_]{1,20}$/;

// X, 2026: first path segments that are app routes, not people.
const RESERVED = new Set([
  'home', 'explore', 'i', 'search', 'settings', 'messages', 'notifications', 'compose',
  'login', 'logout', 'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share', 'jobs',
  'communities', 'lists', 'bookmarks', 'premium', 'verified-choose', 'account', 'download',
]);

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  linkHosts: ['t.co'],
  profileKey(url) {
    const first = url.pathname.split('/')[1] ?? '';
    if (!HANDLE.test(first) || RESERVED.has(first.toLowerCase())) return null;
    return first.toLowerCase();
  },
  profileLabel: (key) => `@${key}`,
  profileUrlRegexes: (key) => [
    `^https?://([a-z0-9-]+\\.)?(x|twitter)\\.com/${key}([/?#].*)?$`,
  ],
  unwrapLink(url, anchor) {
    // t.co links are opaque; X puts the real address on the anchor [SE] (data-expanded-url, else title).
    if (url.hostname.toLowerCase() !== 't.co' || !anchor) return null;
    for (const name of ['data-expanded-url', 'title']) {
      const value = anchor.getAttribute(name);
      if (!value) continue;
      try {
        const target = new URL(value);
        if (/^https?:$/.test(target.protocol)) return target;
      } catch {
        // title is sometimes plain text, not an address
      }
    }
    return null;
  },
  units: 'article[data-testid="tweet"], [data-testid="UserCell"], [data-testid="HoverCard"], [data-testid="TypeaheadUser"]',
  hideTarget(unit) {
    // X, 2025-11: rows are recycled by a virtual list; hide the row's content, keep its box.
    return unit.closest('[data-testid="cellInnerDiv"] > *') ?? unit;
  },
  authors(unit) {
    const ids: ProfileId[] = [];
    for (const link of unit.querySelectorAll<HTMLAnchorElement>('[data-testid="User-Name"] a[href^="/"]')) {
      const key = x.profileKey(new URL(link.getAttribute('href') ?? '/', 'https://x.com'));
      if (key) ids.push(`x:${key}`);
    }
    return ids;
  },
};
