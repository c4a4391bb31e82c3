// Manifest match patterns and content-script files for the supported sites, derived from the registry.
import { SITES } from './index';
import type { SiteAdapter, SiteId } from './types';

/** Match patterns for a site's hosts and their subdomains. */
export function siteHostPatterns(site: SiteAdapter): string[] {
  return site.hosts.map((host) => `*://*.${host}/*`);
}

export const SITE_HOST_PATTERNS: string[] = SITES.flatMap(siteHostPatterns);

/** The built content script of a site (entrypoints/filter-<id>.ts), or of every other site. */
export function contentScriptFile(id: SiteId | 'other'): string {
  return `filter-${id}.js`;
}

/** The id under which the background registers the other sites' script (scripting API). */
export const ALL_SITES_SCRIPT_ID = 'oos-all-sites';

/** The manifest's content_scripts: each supported site gets the script that carries its adapter. */
export const SITE_CONTENT_SCRIPTS = SITES.map((site) => ({
  matches: siteHostPatterns(site),
  js: [contentScriptFile(site.id)],
  run_at: 'document_start' as const,
  all_frames: false,
}));
