// Facebook (../shared/SITES.md, "Facebook").
// Test URLs (full table: tests/unit/sites/tables/facebook.ts):
//   https://www.facebook.com/jordan.avery
//   https://m.facebook.com/JordanAvery/photos?__cft__[0]=AZX&__tn__=-R
//   https://www.facebook.com/profile.php?id=100012345678901&sk=about
//   https://www.facebook.com/people/Jordan-Avery/100012345678901/
//   https://www.facebook.com/groups/123456/user/100012345678901/
//   https://www.facebook.com/stories/100012345678901/UzpfSVNDOjE2/
//   https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fjordan.avery&h=AT0
// Keys: a numeric profile id, or the username lowercased without dots (Facebook ignores both
// [Facebook help]). A username and a numeric id of the same person are two keys: nothing on the
// page links them, so the user adds both links if they know both.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments, wrappedUrl } from './url-tools';

const HOSTS = ['facebook.com'];
const NUMERIC_ID = /^\d{5,20}$/;
// Usernames: letters, digits and dots, at least 5 characters [Facebook help].
const USERNAME = /^[a-z0-9.]{5,50}$/i;

// Facebook, 2026: first path segments that are app routes, not profiles. Anything ending in .php
// is a script (l.php, story.php, photo.php), handled or not a profile.
const RESERVED = new Set([
  'groups', 'events', 'marketplace', 'watch', 'gaming', 'pages', 'page', 'pg', 'photo', 'photos',
  'permalink', 'posts', 'reel', 'reels', 'stories', 'story', 'friends', 'messages', 'notifications',
  'settings', 'login', 'logout', 'help', 'policies', 'privacy', 'policy', 'ads', 'business',
  'bookmarks', 'saved', 'search', 'hashtag', 'share', 'sharer', 'dialog', 'plugins', 'memories',
  'fundraisers', 'jobs', 'latest', 'feeds', 'videos', 'live', 'media', 'checkpoint', 'recover',
  'reg', 'terms', 'legal', 'about', 'games', 'news', 'weather', 'offers', 'places', 'find-friends',
  'careers', 'campaign', 'composer', 'instantgames', 'onthisday', 'professional_dashboard',
  'notes', 'messenger_media', 'audiencemanager', 'privacy_center', 'profile', 'people', 'p',
  'home', 'me', 'lite', 'mobile', 'directory', 'developers', 'brand', 'ad_campaign', 'adsmanager',
]);

// Facebook, 2025-11: feed posts are div[aria-posinset] (older layouts and group/profile pages:
// div[role="article"] outside such a post, and the FeedUnit pagelets); comments are
// div[role="article"] with an aria-label ("Comment by …" in English) inside them — a role="article"
// inside a post without a label is part of the post, not a unit, so the post's header goes with it;
// story bubbles are links into /stories/ in the Stories pagelet; contacts in the right rail and
// friend suggestions are list items with a link to the person. Class names are hashed: hooks only.
const UNITS = [
  'div[aria-posinset]',
  'div[role="article"][aria-label]',
  'div[role="article"]:not([aria-posinset] *)',
  '[data-pagelet^="FeedUnit_"]',
  '[data-pagelet="Stories"] a[href*="/stories/"]',
  '[data-pagelet="RightRail"] [role="listitem"]',
  '[aria-label="People you may know"] [role="listitem"]',
].join(', ');

function numericKey(segments: string[], url: URL): string | null {
  const [first, second, third, fourth] = segments;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id') ?? '';
    return NUMERIC_ID.test(id) ? id : null;
  }
  // /stories/<id>/<story>/: that person's story, opened from the story row.
  if (first === 'stories' && second && NUMERIC_ID.test(second)) return second;
  if (first === 'people' && third && NUMERIC_ID.test(third)) return third;
  if (first === 'groups' && third === 'user' && fourth && NUMERIC_ID.test(fourth)) return fourth;
  // /p/Jordan-Avery-100012345678901/: profiles without a username, 2024 onwards.
  if (first === 'p' && second) {
    const id = /-(\d{5,20})$/.exec(second)?.[1];
    return id ?? null;
  }
  return null;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: HOSTS,
  profileKey(url) {
    const segments = pathSegments(url);
    const first = (segments[0] ?? '').toLowerCase();
    if (['profile.php', 'people', 'groups', 'p', 'stories'].includes(first)) return numericKey([first, ...segments.slice(1)], url);
    if (RESERVED.has(first) || first.endsWith('.php') || !USERNAME.test(first)) return null;
    const key = first.replace(/\./g, '');
    return key.length >= 5 ? key : null;
  },
  unwrapLink(url) {
    // l.facebook.com/l.php?u=… and lm.facebook.com (mobile) wrap every outbound link [SE].
    if (pathSegments(url)[0] !== 'l.php') return null;
    return wrappedUrl(url, 'u');
  },
  units: UNITS,
  authors(unit) {
    // The author's name link in the header (h2–h4 / strong, or the profile_name role), and the first
    // link of the unit, which is the author's avatar (an SVG <image>, no text) in posts and comments.
    const base = 'https://www.facebook.com/';
    const keys = ownLinkKeys(
      unit,
      ':is(h2, h3, h4, strong, [data-ad-rendering-role="profile_name"]) a[href]',
      UNITS,
      facebook,
      base,
    );
    const first = unit.matches('a[href]') ? unit : unit.querySelector('a[href]');
    if (first && (first === unit || first.closest(UNITS) === unit)) {
      for (const key of ownLinkKeys(first, 'a[href]', 'a[href]', facebook, base)) {
        if (!keys.includes(key)) keys.push(key);
      }
    }
    return keys.map((key): ProfileId => `facebook:${key}`);
  },
};

/** Facebook profiles as the background and the options page read them (the content script does without). */
export const facebookProfiles: SiteProfiles = {
  whyNotProfile(url) {
    const first = (pathSegments(url)[0] ?? '').toLowerCase();
    if (['story.php', 'permalink.php', 'photo.php', 'photo', 'photos', 'posts', 'reel', 'watch', 'share'].includes(first)) {
      return 'Facebook post and photo links do not lead to a profile; open their profile and copy that address instead (facebook.com/name or profile.php?id=…)';
    }
    return null;
  },
  profileLabel: (key) => (/^\d+$/.test(key) ? `profile ${key}` : key),
  profileUrlRegexes(key) {
    const prefix = hostPrefix(HOSTS);
    if (/^\d+$/.test(key)) {
      return [
        `${prefix}profile\\.php\\?(.*&)?id=${key}([&#].*)?$`,
        `${prefix}(people/[^/?#]+/|groups/[^/?#]+/user/|p/[^/?#]*-|stories/)?${key}${AFTER_KEY}`,
      ];
    }
    // Dots are ignored in usernames: jordan.avery, JordanAvery and j.ordanavery are one page.
    const dotted = [...key].map(escapeRegex).join('\\.?');
    return [`${prefix}${dotted}\\.?${AFTER_KEY}`];
  },
};
