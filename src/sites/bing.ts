// Bing (../shared/SITES.md, "Search engines"). No profiles: results and suggestions only.
// Test URLs:
//   https://www.bing.com/search?q=jordan+avery                  → not a profile (a results page)
//   https://www.bing.com/ck/a?!&&p=abc&u=a1aHR0cHM6Ly94LmNvbS9qb3JkYW5fYXZlcnk&ntb=1 → unwraps to https://x.com/jordan_avery
//   https://www.bing.com/images/search?q=portrait              → not a profile
import type { SiteAdapter, SiteProfiles } from './types';
import { hostIn, httpUrl } from './url-tools';

const HOSTS = ['bing.com'];

/**
 * Bing's click-tracking links (/ck/a?…&u=a1<base64url of the target>): decoded without eval or
 * network; anything that is not a plain http(s) URL after decoding is refused.
 */
function clickTarget(url: URL): URL | null {
  const encoded = url.searchParams.get('u');
  if (!encoded || !encoded.startsWith('a1') || encoded.length > 4096) return null;
  const base64 = encoded.slice(2).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  try {
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    return httpUrl(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

export const bing: SiteAdapter = {
  id: 'bing',
  name: 'Bing',
  hosts: HOSTS,
  profileKey: () => null,
  opaqueLinks: ['/ck/a'],
  unwrapLink(url) {
    if (!hostIn(url.hostname, HOSTS)) return null;
    return url.pathname === '/ck/a' ? clickTarget(url) : null;
  },
  // Bing, 2025-11: organic results li.b_algo in #b_results; "People also ask" questions
  // .df_topAlAs in #relatedQnAListDisplay; related searches in .b_rs; suggestions li.sa_sg in #sa_ul.
  units: [
    '#b_results > li.b_algo',
    'li.b_algo',
    '#relatedQnAListDisplay .df_topAlAs',
    '.b_rs li',
    '#sa_ul > li',
    '.sa_sg',
  ].join(', '),
};

/** Bing profiles as the background and the options page read them (the content script does without). */
export const bingProfiles: SiteProfiles = {
  profileLabel: (key) => key,
  profileUrlRegexes: () => [],
};
