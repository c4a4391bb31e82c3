// Issue 4, on a page that streams in: an app renders its feed into its own root while the rest of the
// HTML is still arriving (React, Facebook's pagelets). Rows that are not about the person show as soon
// as they are rendered, as they would without the extension, not when the last byte has arrived; the
// row about them is never on screen. Served by the local server in three parts: the shell with the
// app's empty root, then (300 ms later) the app's script, then (2 s later) the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { applySettings, demoSettings, firstSeen, WATCH_ROWS } from './filter-helpers';

const URL = 'https://x.com/i/streamed-feed';
const REST_AFTER = 2000;

const row = (id: string, author: string, handle: string, text: string) =>
  `<div data-testid="cellInnerDiv"><div><article data-testid="tweet" data-row="${id}"><div data-testid="User-Name"><a href="/${handle}">${author}</a></div><div data-testid="tweetText">${text}</div></article></div></div>`;

const FILLER = `<div>${'A calm paragraph of the page. '.repeat(60)}</div>`.repeat(4);
const APP = `<script>
  document.getElementById('react-root').insertAdjacentHTML('beforeend', ${JSON.stringify(row('calm', 'Sam Rivera', 'sam_rivera', 'Tea on the porch.') + row('theirs', 'Sam Rivera', 'sam_rivera', 'Dinner with Jordan Avery.'))});
  window.__rendered = performance.now();
</script>`;

describe('a page that streams in: what its app renders meanwhile', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer((url) =>
      url.href === URL
        ? {
            body: `<!doctype html><html><head><meta charset="utf-8">${WATCH_ROWS}</head><body><div id="react-root"></div>${FILLER}`,
            more: [
              { after: 300, body: `${APP}${FILLER}` },
              { after: REST_AFTER, body: `${FILLER}</body></html>` },
            ],
          }
        : undefined,
    );
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
    await applySettings(browser, demoSettings());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const load of [1, 2, 3]) {
    it(`shows a calm row when it is rendered, not when the page is done, and never theirs (load ${load})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(URL, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const { seen, rendered, parsed } = await firstSeen(page);
      await page.close();
      console.log(`streamed page, load ${load}: the calm row on screen ${(seen.calm! - rendered).toFixed(0)} ms after its app rendered it; the page was parsed ${(parsed - rendered).toFixed(0)} ms after`);
      expect(parsed - rendered).toBeGreaterThan(REST_AFTER - 300);
      expect(seen.theirs).toBeUndefined();
      expect(seen.calm).toBeDefined();
      // Within a few frames of being rendered (held until the page was parsed, it took about 2 s).
      expect(seen.calm! - rendered).toBeLessThan(500);
    });
  }
});
