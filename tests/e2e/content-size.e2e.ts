// Issue 4: every content script, as built for Chrome (MV3) and Firefox (MV2), is at most 30 KB
// minified. (The size bench prints the figures; this holds the goal.) Run after the builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_LIMIT, contentScripts } from './harness/content-scripts';
import { CHROME_EXTENSION_DIR } from './harness/chromium';
import { FIREFOX_EXTENSION_DIR } from './harness/firefox';

describe.each([
  ['Chrome', CHROME_EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('content scripts built for %s', (_, dir) => {
  const scripts = contentScripts(dir);

  it('are all there: one a site and one for every other site', () => {
    expect(scripts).toContain('filter-other.js');
    expect(scripts.length).toBeGreaterThanOrEqual(16);
  });

  it.each(scripts)('%s is at most 30 KB minified', (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    expect(Buffer.byteLength(code), `${file}: ${Buffer.byteLength(code)} bytes`).toBeLessThanOrEqual(CONTENT_SCRIPT_LIMIT);
    // Started by a bare call, not WXT's crash-logging wrapper (wxt.config.ts leanUnlistedScripts).
    expect(code).not.toContain('crashed on startup');
  });
});
