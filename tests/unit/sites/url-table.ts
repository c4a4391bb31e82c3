// The format of a site's URL table (tests/unit/sites/tables/<site>.ts), read by profile-urls.test.ts.
import type { SiteId } from '../../../src/sites';

/**
 * One sample URL: a plain string, or an object when the URL needs more.
 * - `anchor`: attributes of the <a> the link sits on (t.co needs `data-expanded-url` or `title`).
 * - `load: false`: a full page load never requests this form (redirect wrappers, link-only forms),
 *   so the site's profileUrlRegexes need not match it. Every other sameKey URL must match them.
 */
export type UrlCase = string | { url: string; anchor?: Record<string, string>; load?: false; note?: string };

export interface ProfileUrlTable {
  site: SiteId;
  /**
   * Groups of URLs that are one profile. The first group is the site's main sample and holds at least
   * 10 forms (hosts, mirrors, case, sub-pages, query strings, tracking parameters, wrappers); further
   * groups are other people, above all near-misses (`jordan_avery_fan`), so each key's regexes are
   * checked against them. `label` is what the options page shows after a paste.
   */
  sameKey: { key: string; label?: string; urls: UrlCase[] }[];
  /** At least 5 URLs on this site's hosts that are no one's profile (reserved paths, posts without author…). */
  notProfiles: UrlCase[];
}

export function caseUrl(entry: UrlCase): string {
  return typeof entry === 'string' ? entry : entry.url;
}
