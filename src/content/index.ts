// Content script entry: runs at document_start on the supported sites, and on every other site the
// user enabled ("all other sites", registered by src/background/all-sites.ts).
import { createMatcher } from '../matching/matcher';
import { SITES, siteForHost } from '../sites/index';
import { startEngine, type Engine } from './engine';
import { browserContentApi } from './runtime';
import { startNavigationGuard } from './navigation-guard';

const STARTED = Symbol.for('out-of-sight.content');

export function startContent(): Engine | undefined {
  // The manifest script and the registered all-sites script never overlap by design; if they ever
  // do, one engine is enough.
  const scope = globalThis as { [STARTED]?: Engine };
  if (scope[STARTED]) return undefined;
  const engine = startEngine({
    doc: document,
    site: siteForHost(location.hostname) ?? null,
    detectors: SITES.filter((site) => site.detect),
    api: browserContentApi(),
    createMatcher,
    now: () => Date.now(),
  });
  scope[STARTED] = engine;
  startNavigationGuard();
  // Counts gathered in the last second go out before the page is left.
  addEventListener('pagehide', () => engine.flushReports());
  return engine;
}
