// DuckDuckGo (../shared/SITES.md, "Search engines"). No profiles: results and suggestions only.
// Test URLs:
//   https://duckduckgo.com/?q=jordan+avery&ia=web              → not a profile (a results page)
//   https://html.duckduckgo.com/html/?q=jordan+avery           → not a profile (the no-JavaScript page)
//   https://duckduckgo.com/l/?uddg=https%3A%2F%2Fx.com%2Fjordan_avery&rut=abc → unwraps to the X profile
import type { SiteAdapter, SiteProfiles } from './types';
import { hostIn, wrappedUrl } from './url-tools';

const HOSTS = ['duckduckgo.com'];

export const duckduckgo: SiteAdapter = {
  id: 'duckduckgo',
  name: 'DuckDuckGo',
  hosts: HOSTS,
  profileKey: () => null,
  unwrapLink(url) {
    if (!hostIn(url.hostname, HOSTS)) return null;
    // The HTML and lite pages send result clicks through /l/?uddg=<target>&rut=….
    return /^\/l\/?$/.test(url.pathname) ? wrappedUrl(url, 'uddg') : null;
  },
  // DuckDuckGo, 2025-11: results are li[data-layout] rows holding article[data-testid="result"]; the
  // html./lite. pages use .result; suggestions are [role="option"] rows in the search form's listbox
  // (older builds: .search__autocomplete .acp).
  units: [
    'li[data-layout="organic"]',
    'article[data-testid="result"]',
    '.result',
    '[data-testid="related-searches"] li',
    'form [role="listbox"] [role="option"]',
    '.search__autocomplete .acp',
  ].join(', '),
  hideTarget(unit) {
    // A result's row holds only that result; other rows (related searches) hold many items.
    if (unit.matches('article[data-testid="result"], .result')) return unit.closest('li[data-layout="organic"]') ?? unit;
    return unit;
  },
};

/** DuckDuckGo profiles as the background and the options page read them (the content script does without). */
export const duckduckgoProfiles: SiteProfiles = {
  profileLabel: (key) => key,
  profileUrlRegexes: () => [],
};
