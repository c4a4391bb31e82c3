// What the background hands to content scripts through one storage.local read (key "compiled"):
// everything they need to hide, already compiled from the settings. Types only: no zod, no settings.
import type { MatcherSpec } from './matching/spec';
import type { ProfileId, SiteId } from './sites/types';

/**
 * One address form of a configured profile: a regular expression over a link's absolute URL, the same
 * one the background's declarativeNetRequest rule uses for full page loads. Content scripts know only
 * their own site's URLs; these let them recognise a link to the person's profile on any site.
 */
export interface CompiledLink {
  id: ProfileId;
  /** RE2-compatible, anchored; matched case-insensitively unless `cs`. */
  re: string;
  cs: boolean;
  /**
   * The hosts (with their subdomains) an address must be on to match `re`, or null when any host may
   * (url-tools.ts hostsOf). Absent in a config compiled by an older version: any host.
   */
  hosts?: string[] | null;
  /**
   * A piece of the path every address `re` matches holds as written (url-tools.ts pathNeedle), in
   * lower case: content scripts read only the links that hold it (ignoring ASCII case). Null when there
   * is none; absent in an older config.
   */
  needle?: string | null;
}

export interface CompiledConfig {
  v: 1;
  matcher: MatcherSpec;
  /** Every configured profile's address forms (absent in a config compiled by an older version). */
  links: CompiledLink[];
  mode: 'hide' | 'blur';
  /** Sites the user switched off (absent or true means on). */
  sites: Partial<Record<SiteId, boolean>>;
  /** Filter every other site too (the optional host permission was granted). */
  allSites: boolean;
  /** Epoch ms until which filtering is snoozed, or null. */
  snoozedUntil: number | null;
}
