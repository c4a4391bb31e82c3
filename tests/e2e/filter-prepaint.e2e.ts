// Issue 4: "Nothing ever flashes on screen first." The probe page (prepaint-probe.ts) counts animation
// frames in which any unit about the demo person has something on screen: in the first HTML, in rows
// appended later, and in rows recycled in place. With the extension that count is 0; without it the
// same probe sees them, which shows the probe can tell. In blur mode, the same: no frame shows one
// unblurred.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumExecutable, launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { applySettings, demoSettings } from './filter-helpers';
import { PROBE_HTML, PROBE_URL, runProbe } from './prepaint-probe';

describe('pre-paint: no frame shows the person', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer((url) => (url.href === PROBE_URL ? { body: PROBE_HTML } : undefined));
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
    await applySettings(browser, demoSettings());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('without the extension the probe sees the person (the probe can tell)', async () => {
    const plain = await chromium.launch({
      executablePath: chromiumExecutable(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', ...server.chromiumArgs()],
    });
    const page = await plain.newPage({ ignoreHTTPSErrors: true });
    const result = await runProbe(page);
    await plain.close();
    expect(result.exposedInitial).toBeGreaterThan(0);
    expect(result.exposedInserted).toBeGreaterThan(0);
  });

  for (const round of [1, 2, 3]) {
    it(`with the extension, no frame shows a target (load ${round})`, async () => {
      const page = await browser.context.newPage();
      const result = await runProbe(page);
      await page.close();
      expect(result.batches).toBe(30);
      expect(result.frames).toBeGreaterThan(10);
      expect(result.targets).toBeGreaterThan(150);
      expect(result.negativesSeen, 'the probe saw every negative on screen').toBeGreaterThanOrEqual(result.negatives);
      expect({ initial: result.exposedInitial, inserted: result.exposedInserted }).toEqual({ initial: 0, inserted: 0 });
    });
  }

  // Blur mode: a unit of theirs is under the card, blurred, from its first frame.
  for (const round of [1, 2]) {
    it(`in blur mode, no frame shows a target unblurred (load ${round})`, async () => {
      if (round === 1) await applySettings(browser, demoSettings((settings) => (settings.filter.mode = 'blur')));
      const page = await browser.context.newPage();
      const result = await runProbe(page);
      const cards = await page.evaluate(() => [...document.querySelectorAll('[data-target]')].filter((unit) => unit.querySelector('oos-card')).length);
      await page.close();
      expect(result.batches).toBe(30);
      expect(result.targets).toBeGreaterThan(150);
      expect(cards, 'targets under a card').toBeGreaterThan(150);
      expect(result.negativesSeen, 'the probe saw every negative on screen').toBeGreaterThanOrEqual(result.negatives);
      expect({ initial: result.exposedInitial, inserted: result.exposedInserted }).toEqual({ initial: 0, inserted: 0 });
    });
  }
});
