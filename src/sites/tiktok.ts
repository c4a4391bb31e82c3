// TikTok (../shared/SITES.md, "TikTok").
// Test URLs (full table: tests/unit/sites/tables/tiktok.ts):
//   https://www.tiktok.com/@jordan.avery
//   https://www.tiktok.com/@Jordan.Avery/video/7301234567890123456?is_from_webapp=1
//   https://m.tiktok.com/@jordan.avery/photo/7301234567890123456
// Decision (issue 4): /@handle/video/<id> and /@handle/photo/<id> count as the person's profile.
// They are their page as much as the profile is (the same person, their face, their words), and a
// shared video link is the most common way someone lands there; the guard pauses them too.
// Short links (vm./vt.tiktok.com, /t/<code>) resolve only by a server redirect: not recognised.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostPrefix, ownLinkKeys, pathSegments } from './url-tools';

const HOSTS = ['tiktok.com'];
// TikTok usernames: letters, digits, underscores and dots, 2–24 characters, case-insensitive.
const HANDLE = /^@([a-z0-9._]{2,24})$/i;

// TikTok, 2022–2025 (the tk-search capture and SITES.md): For You items, profile grid items, search
// results, user cards in search, "Suggested accounts" rows, and comments. data-e2e values get renamed: keep old and new.
const UNITS = [
  '[data-e2e="recommend-list-item-container"]',
  '[data-e2e="user-post-item"]',
  '[data-e2e="search_top-item"]',
  '[data-e2e="search_video-item"]',
  '[data-e2e="search-user-container"]',
  '[data-e2e="search_user-item-list"] > div',
  'div[class*="DivCommentItemContainer"]',
  'div[class*="DivUserLinkContainer"]',
].join(', ');

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: HOSTS,
  profileKey(url) {
    const handle = HANDLE.exec(pathSegments(url)[0] ?? '')?.[1];
    return handle ? handle.toLowerCase() : null;
  },
  units: UNITS,
  authors(unit) {
    // Every link to /@handle or /@handle/video/<id> in an item is its author's (TikTok puts the
    // author on the avatar, the name and the video link); the unique-id element is the fallback.
    // Links inside the caption are mentions (the matcher reads them by key), not the author.
    const keys = ownLinkKeys(unit, 'a[href*="/@"]:not([data-e2e$="caption"] a, [data-e2e$="video-desc"] a, [data-e2e="comment-level-1"] a)', UNITS, tiktok, 'https://www.tiktok.com/');
    for (const element of unit.querySelectorAll('[data-e2e="video-author-uniqueid"], [data-e2e="search-card-user-unique-id"], [data-e2e="search-user-unique-id"]')) {
      if (element.closest(UNITS) !== unit) continue;
      const handle = HANDLE.exec(`@${(element.textContent ?? '').trim().replace(/^@/, '')}`)?.[1]?.toLowerCase();
      if (handle && !keys.includes(handle)) keys.push(handle);
    }
    return keys.map((key): ProfileId => `tiktok:${key}`);
  },
};

/** TikTok profiles as the background and the options page read them (the content script does without). */
export const tiktokProfiles: SiteProfiles = {
  whyNotProfile(url) {
    if (/^v[mt]\./i.test(url.hostname) || pathSegments(url)[0] === 't') {
      return 'TikTok short links only show the profile once opened; open it, then copy the address of their profile (tiktok.com/@handle)';
    }
    return null;
  },
  profileLabel: (key) => `@${key}`,
  profileUrlRegexes: (key) => [`${hostPrefix(HOSTS)}(@|%40)${escapeRegex(key)}${AFTER_KEY}`],
};
