// Settings → the compiled description content scripts read (src/compiled.ts). Pure.
import type { CompiledConfig, CompiledLink } from '../compiled';
import { compileMatcherSpec } from '../matching/spec';
import { parseProfileId, profileId, recogniseProfileLink, siteById, type ProfileId } from '../sites/index';
import { hostsOf, pathNeedle } from '../sites/url-tools';
import type { Settings } from './schema';

export function compileConfig(settings: Settings, snoozedUntil: number | null = null): CompiledConfig {
  // Paused people keep their place (person indexes stay stable) but contribute no patterns.
  const people = settings.people.map((person) => {
    if (!person.enabled) return { names: [], handles: [], keywords: [], profiles: [] };
    const profiles: ProfileId[] = [];
    for (const link of person.profiles) {
      const result = recogniseProfileLink(link);
      if (result.ok) profiles.push(profileId(result.ref));
    }
    return { names: person.names, handles: person.handles, keywords: person.keywords, profiles };
  });
  const matcher = compileMatcherSpec(people);
  return {
    v: 1,
    matcher,
    links: profileLinks(Object.keys(matcher.profiles) as ProfileId[]),
    mode: settings.filter.mode,
    sites: settings.filter.sites,
    allSites: settings.filter.allSites,
    snoozedUntil,
  };
}

/** The address forms of each profile, as the site describes them for full page loads (the guard's rules). */
export function profileRegexes(ids: readonly ProfileId[]): { id: ProfileId; re: string; cs: boolean }[] {
  return ids.flatMap((id) => {
    const { site: siteId, key } = parseProfileId(id);
    const site = siteById(siteId);
    if (!site) return [];
    const cs = site.profileUrlCaseSensitive?.(key) ?? false;
    return site.profileUrlRegexes(key).map((re) => ({ id, re, cs }));
  });
}

/** The same forms for content scripts, with the hosts and the needle that let them skip most links. */
export function profileLinks(ids: readonly ProfileId[]): CompiledLink[] {
  const links = profileRegexes(ids).map((link) => ({ ...link, hosts: hostsOf(link.re), needle: pathNeedle(link.re)?.toLowerCase() ?? null }));
  const shared = sharedNeedles(links.flatMap((link) => (link.needle ? [link.needle] : [])));
  return links.map((link) => (link.needle ? { ...link, needle: shared.get(link.needle)! } : link));
}

/** Shorter pieces than this are too common in links to be worth sharing. */
const MIN_SHARED = 5;
/** Bounds the search on a very large config (each needle is a handle or an id: short). */
const MAX_SHARING = 200;
const MAX_NEEDLE = 40;

/**
 * Needles (url-tools.ts pathNeedle) replaced by a piece they share: a person's handles on several
 * sites are nearly the same ("jordan_avery", "jordan.avery", "jordanavery"), and content scripts look
 * for each needle in every link, so one shared "jordan" costs a page a third of three. A link holding
 * a needle holds any piece of it, so every link picked before is still picked. The longest piece two
 * or more needles share goes first, until none of at least MIN_SHARED characters is left.
 */
export function sharedNeedles(needles: readonly string[]): Map<string, string> {
  const current = new Map(needles.map((needle) => [needle, needle]));
  if (current.size > MAX_SHARING) return current;
  for (;;) {
    const pieces = [...new Set(current.values())];
    let best = '';
    for (const needle of pieces) {
      const text = needle.slice(0, MAX_NEEDLE);
      for (let length = text.length; length >= Math.max(MIN_SHARED, best.length + 1); length--) {
        for (let start = 0; start + length <= text.length; start++) {
          const piece = text.slice(start, start + length);
          if (pieces.filter((other) => other.includes(piece)).length >= 2) {
            best = piece;
            break;
          }
        }
        if (best.length === length) break;
      }
    }
    if (best === '') return current;
    for (const [needle, piece] of current) if (piece.includes(best)) current.set(needle, best);
  }
}
