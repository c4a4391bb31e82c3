// Google Search (../shared/SITES.md, "Search engines"). No profiles: results and suggestions only.
// Test URLs:
//   https://www.google.com/search?q=jordan+avery               → not a profile (a results page)
//   https://www.google.co.uk/search?q=portrait+photographers   → not a profile
//   https://www.google.com/url?q=https://x.com/jordan_avery&sa=U → unwraps to the X profile
//   https://www.google.de/url?url=https%3A%2F%2Fwww.instagram.com%2Fjordan.avery%2F → unwraps to Instagram
//   https://www.google.com/amp/s/x.com/jordan_avery            → unwraps to https://x.com/jordan_avery
//
// `hosts` are the www. search hosts only: they become manifest host permissions and content-script
// matches, and a bare google.com would also pull in Gmail, Docs and Drive (subdomains are included).
// google.<tld> without www. redirects to www., so only its /url links matter: those are link hosts.
import type { SiteAdapter, SiteProfiles } from './types';
import { parseUrl, wrappedUrl } from './url-tools';

// The main Google Search country domains (of ~190): the largest markets by users.
const TLDS = [
  'com', 'co.uk', 'de', 'fr', 'ca', 'com.au', 'co.in', 'es', 'it', 'nl', 'com.br', 'co.jp', 'com.mx',
  'pl', 'se', 'ch', 'at', 'be', 'dk', 'no', 'fi', 'ie', 'pt', 'co.nz', 'co.za', 'com.ar', 'cl',
  'com.co', 'com.tr', 'co.kr', 'com.sg', 'com.hk', 'com.tw', 'co.id', 'com.ph', 'com.my', 'co.th',
  'com.vn', 'gr', 'cz', 'hu', 'ro', 'co.il', 'com.ua', 'com.pk', 'com.eg', 'com.sa', 'ae', 'com.ng', 'ru',
];

export const GOOGLE_HOSTS = TLDS.map((tld) => `www.google.${tld}`);

function isGoogleHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return TLDS.some((tld) => host === `google.${tld}`);
}

/** A URL written after /amp/s/ (https) or /amp/ (http), as Google's AMP viewer links carry it. */
function ampTarget(url: URL): URL | null {
  const match = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname);
  if (!match) return null;
  const target = parseUrl(`${match[1] ? 'https' : 'http'}://${match[2]}${url.search}`);
  return target?.hostname.includes('.') ? target : null;
}

export const google: SiteAdapter = {
  id: 'google',
  name: 'Google',
  hosts: GOOGLE_HOSTS,
  linkHosts: TLDS.map((tld) => `google.${tld}`),
  profileKey: () => null,
  unwrapLink(url) {
    if (!isGoogleHost(url.hostname)) return null;
    // Result links when JavaScript rewrote them, or in the basic HTML page: /url?q=<target>&sa=U…
    // (search) and /url?url=<target>&rct=j… (the same with another parameter name).
    if (url.pathname === '/url') return wrappedUrl(url, 'q') ?? wrappedUrl(url, 'url');
    return ampTarget(url);
  },
  // Google, 2025-11 (class names are generated but these have held for years [UBL]): a result block
  // .MjjYud holds an organic result div.g; "People also ask" rows are .related-question-pair; news
  // cards are g-inner-card; the search box's suggestions are li rows of ul[role="listbox"].
  units: [
    'div.MjjYud',
    'div.g',
    '.related-question-pair',
    'g-inner-card',
    'ul[role="listbox"] > li',
    '[role="listbox"] [role="option"]',
  ].join(', '),
  hideTarget(unit) {
    // A suggestion's option sits inside its row: hide the row so no blank line is left.
    const row = unit.closest('ul[role="listbox"] > li');
    if (row) return row;
    // An organic result's outer block holds its sitelinks too; "People also ask" keeps its block.
    if (unit.matches('div.g')) return unit.closest('div.MjjYud') ?? unit;
    return unit;
  },
};

/** Google profiles as the background and the options page read them (the content script does without). */
export const googleProfiles: SiteProfiles = {
  profileLabel: (key) => key,
  profileUrlRegexes: () => [],
};
