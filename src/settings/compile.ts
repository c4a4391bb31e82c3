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

/** The address forms of each profile, as the site describes them for full page loads. */
export function profileLinks(ids: readonly ProfileId[]): CompiledLink[] {
  return ids.flatMap((id) => {
    const { site: siteId, key } = parseProfileId(id);
    const site = siteById(siteId);
    if (!site) return [];
    const cs = site.profileUrlCaseSensitive?.(key) ?? false;
    return site.profileUrlRegexes(key).map((re) => ({ id, re, cs, hosts: hostsOf(re), needle: pathNeedle(re) }));
  });
}
