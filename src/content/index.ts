// Content script entry: one script per supported site (entrypoints/filter-<site>.ts, listed in the
// manifest), and one for every other site the user enabled ("all other sites", registered by
// src/background/all-sites.ts), which also recognises Mastodon instances by what the page holds.
// Each script carries only its own site's adapter; links to other sites are recognised by the
// profile addresses the background compiles (src/compiled.ts).
import { createMatcher } from '../matching/matcher';
import type { SiteAdapter } from '../sites/types';
import { startEngine, type Engine } from './engine';
import { browserContentApi } from './runtime';
import { startNavigationGuard } from './navigation-guard';
import type { GenericUnits } from './units';

const STARTED = Symbol.for('out-of-sight.content');

/**
 * `site` is the script's own adapter; the all-sites script passes null, the adapters it may recognise
 * by the page (`detectors`) and the generic way of finding units.
 */
export function startContent(
  site: SiteAdapter | null,
  detectors: readonly SiteAdapter[] = [],
  generic?: GenericUnits,
): Engine | undefined {
  // The manifest scripts and the registered all-sites script never overlap by design; if they ever
  // do, one engine is enough.
  const scope = globalThis as { [STARTED]?: Engine };
  if (scope[STARTED]) return undefined;
  const engine = startEngine({
    doc: document,
    site,
    detectors,
    generic,
    api: browserContentApi(),
    createMatcher,
    now: () => Date.now(),
  });
  scope[STARTED] = engine;
  startNavigationGuard(engine);
  // Counts gathered in the last second go out before the page is left.
  addEventListener('pagehide', () => engine.flushReports());
  return engine;
}
