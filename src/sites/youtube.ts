// YouTube, desktop (www.) and mobile (m.) (../shared/SITES.md, "YouTube").
// Test URLs:
//   https://www.youtube.com/@JordanAvery                    → @jordanavery (handles ignore case)
//   https://m.youtube.com/@jordanavery/videos?view=0        → @jordanavery (sub-page, mobile host)
//   https://www.youtube.com/@%D0%98%D0%B2%D0%B0%D0%BD       → @иван (non-Latin handle)
//   https://www.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g/featured → channel/UClgRkhTL3_hImCAmdLfDE4g (case kept)
//   https://www.youtube.com/c/BenjaminCode                  → c/benjamincode
//   https://www.youtube.com/user/NormanFaitDesVideos        → user/normanfaitdesvideos
//   https://www.youtube.com/redirect?q=https%3A%2F%2Fx.com%2Fjordan_avery → unwraps to the X profile
//   https://youtu.be/dQw4w9WgXcQ, https://www.youtube.com/watch?v=dQw4w9WgXcQ → not profiles
//
// Keys: `@handle` (lowercased), `channel/UC…` (case-sensitive: YouTube channel ids are base64-like,
// "UCabc" and "UCABC" are different channels), `c/<name>` and `user/<name>` (legacy custom and
// username URLs, lowercased). These are four separate kinds of key: a channel reached by its @handle
// and by its /channel/UC… id is two keys, and the user lists each link they know. The legacy bare
// form youtube.com/<name> is not recognised: it shares its first segment with every app route.
//
// music.youtube.com is a subdomain of youtube.com, so it is covered too: /channel/UC… there is the
// same channel (an artist page), and the regexes below catch it.
import type { ProfileId, SiteAdapter, SiteProfiles } from './types';
import { AFTER_KEY, escapeRegex, hostIn, hostPrefix, parseUrl, pathSegments, wrappedUrl } from './url-tools';

const HOSTS = ['youtube.com'];

// A handle: letters of any script, digits, underscore, hyphen, period (YouTube help, "Handle guidelines").
const HANDLE = /^[\p{L}\p{M}\p{N}_.\-·]{1,100}$/u;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const LEGACY_NAME = /^[\p{L}\p{M}\p{N}_.\-]{1,100}$/u;
// An href that may lead to a channel: most links in a unit are /watch, /shorts or /results ones.
const CHANNEL_HREF = /^(?:(?:https?:)?\/\/[^/?#]*youtube\.com)?\/(?:@|%40|channel\/|c\/|user\/)/i;

/** A key's text as the browser requests it: percent-encoded UTF-8; each non-ASCII letter in both cases. */
function pathRegex(text: string): string {
  let out = '';
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      out += escapeRegex(char);
      continue;
    }
    // declarativeNetRequest's case-insensitive matching folds ASCII only; a Cyrillic or Greek handle
    // typed in another case reaches the same channel, so both encodings are listed.
    const forms = [...new Set([char.toLowerCase(), char.toUpperCase(), char].map((form) => encodeURIComponent(form)))];
    if (forms.length === 1) {
      out += forms[0]!;
      continue;
    }
    // Chromium caps a regexFilter's compiled size, so the shared start of the encodings is written
    // once: "и"/"И" is %D0%(B8|98).
    let shared = 0;
    while (forms.every((form) => form[shared] === forms[0]![shared] && shared < form.length - 1)) shared++;
    out += `${forms[0]!.slice(0, shared)}(${forms.map((form) => form.slice(shared)).join('|')})`;
  }
  return out;
}

function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: HOSTS,
  // youtu.be only shortens video links; it is never a profile and never filtered itself.
  linkHosts: ['youtu.be'],
  profileKey(url) {
    if (!hostIn(url.hostname, HOSTS)) return null;
    const [first = '', second = ''] = pathSegments(url);
    if (first.startsWith('@')) {
      const handle = first.slice(1);
      return HANDLE.test(handle) ? `@${foldName(handle)}` : null;
    }
    if (first === 'channel' && CHANNEL_ID.test(second)) return `channel/${second}`;
    if ((first === 'c' || first === 'user') && LEGACY_NAME.test(second)) return `${first}/${foldName(second)}`;
    return null;
  },
  unwrapLink(url) {
    // Links in descriptions and comments go through /redirect?q=<target>&event=…&redir_token=….
    if (hostIn(url.hostname, HOSTS) && url.pathname === '/redirect') {
      return wrappedUrl(url, 'q');
    }
    return null;
  },
  units: [
    // Desktop, 2022–2026 markup (real captures in ../shared/fixtures/youtube/).
    'ytd-rich-item-renderer', 'ytd-rich-grid-media', 'ytd-rich-grid-slim-media',
    'ytd-video-renderer', 'ytd-compact-video-renderer', 'ytd-grid-video-renderer',
    'ytd-reel-item-renderer', 'ytd-playlist-renderer', 'ytd-compact-playlist-renderer',
    'ytd-grid-playlist-renderer', 'ytd-radio-renderer', 'ytd-compact-radio-renderer',
    'yt-lockup-view-model', 'ytm-shorts-lockup-view-model', 'ytm-shorts-lockup-view-model-v2',
    'ytd-channel-renderer', 'ytd-grid-channel-renderer', 'ytd-guide-entry-renderer',
    'ytd-comment-thread-renderer', 'ytd-comment-view-model', 'ytd-comment-renderer',
    'ytd-post-renderer', 'ytd-backstage-post-thread-renderer', 'ytd-notification-renderer',
    // m.youtube.com.
    'ytm-rich-item-renderer', 'ytm-video-with-context-renderer', 'ytm-compact-video-renderer',
    'ytm-media-item', 'ytm-reel-item-renderer', 'ytm-compact-playlist-renderer',
    'ytm-compact-channel-renderer', 'ytm-comment-thread-renderer', 'ytm-comment-renderer',
  ].join(', '),
  hideTarget(unit) {
    // YouTube, 2025-11: a grid cell (ytd-rich-item-renderer) holds a lockup or grid media; hiding only
    // the inner element would leave an empty card frame in the grid.
    const cell = unit.closest('ytd-rich-item-renderer, ytm-rich-item-renderer, ytm-video-with-context-renderer');
    if (cell) return cell;
    // A top-level comment takes its replies with it (they answer the person); a reply goes alone.
    if (/^YT[DM]-COMMENT-(VIEW-MODEL|RENDERER)$/.test(unit.tagName)
      && !unit.closest('ytd-comment-replies-renderer, ytm-comment-replies-renderer, #replies')) {
      return unit.closest('ytd-comment-thread-renderer, ytm-comment-thread-renderer') ?? unit;
    }
    return unit;
  },
  authorsFromLinks: true,
  authors(unit) {
    const ids = new Set<ProfileId>();
    for (const link of unit.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      if (!CHANNEL_HREF.test(href)) continue;
      if (link.closest(youtube.units) !== unit) continue; // a nested unit speaks for itself
      const url = parseUrl(href, 'https://www.youtube.com/');
      if (!url) continue;
      const key = youtube.profileKey(url);
      if (key) ids.add(`youtube:${key}`);
    }
    return [...ids];
  },
};

/** YouTube profiles as the background and the options page read them (the content script does without). */
export const youtubeProfiles: SiteProfiles = {
  profileLabel(key) {
    if (key.startsWith('@')) return key;
    if (key.startsWith('channel/')) return `channel ${key.slice('channel/'.length)}`;
    return `/${key}`;
  },
  profileUrlRegexes(key) {
    const prefix = hostPrefix(HOSTS);
    // The @ may arrive percent-encoded (%40) from a link built by hand.
    if (key.startsWith('@')) return [`${prefix}(@|%40)${pathRegex(key.slice(1))}${AFTER_KEY}`];
    // Case-sensitive ids: profileUrlCaseSensitive(key) is true, so the rule must set
    // isUrlFilterCaseSensitive; then only this exact id (and lowercase hosts, as browsers send) matches.
    if (key.startsWith('channel/')) return [`${prefix}${escapeRegex(key)}${AFTER_KEY}`];
    const slash = key.indexOf('/');
    return [`${prefix}${key.slice(0, slash)}/${pathRegex(key.slice(slash + 1))}${AFTER_KEY}`];
  },
  profileUrlCaseSensitive: (key) => key.startsWith('channel/'),
  profileUrlFilters(key) {
    // Channel ids are ASCII and short: their regex always fits.
    if (key.startsWith('channel/')) return null;
    const handle = key.startsWith('@');
    const name = handle ? key.slice(1) : key.slice(key.indexOf('/') + 1);
    const start = handle ? '' : key.slice(0, key.indexOf('/') + 1);
    // A urlFilter folds ASCII case only, and cannot list each letter's two encodings as the regex
    // does: a name in a cased script (Cyrillic, Greek) is covered as written in lower case, upper case
    // and capitalised. Chinese, Japanese, Korean, Arabic, Hebrew or Thai have no case: every form.
    const forms = new Set([name, name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1)]
      .map((form) => encodeURIComponent(form).toLowerCase()));
    const ats = handle ? ['@', '%40'] : [''];
    // "^" is a separator or the end: "/", "?" or nothing, never another character of a name.
    const filters = [...forms].flatMap((form) => ats.map((at) => `||youtube.com/${start}${at}${form}^`));
    return { filters, url: `https://www.youtube.com/${start}${handle ? '@' : ''}${encodeURIComponent(name)}` };
  },
};
