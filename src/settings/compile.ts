// Settings → the compiled description content scripts read (src/compiled.ts). Pure.
import type { CompiledConfig } from '../compiled';
import { compileMatcherSpec } from '../matching/spec';
import { profileId, recogniseProfileLink, type ProfileId } from '../sites/index';
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
  return {
    v: 1,
    matcher: compileMatcherSpec(people),
    mode: settings.filter.mode,
    sites: settings.filter.sites,
    allSites: settings.filter.allSites,
    snoozedUntil,
  };
}
