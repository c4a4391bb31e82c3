// Manifest match patterns for the supported sites, derived from the registry.
import { SITES } from './index';

export const SITE_HOST_PATTERNS: string[] = SITES.flatMap((site) =>
  site.hosts.map((host) => `*://*.${host}/*`),
);
