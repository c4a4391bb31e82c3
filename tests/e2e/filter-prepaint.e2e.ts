// Issue 4: "Nothing ever flashes on screen first." The probe page (prepaint-probe.ts) counts animation
// frames in which any unit about the demo person has something on screen: in the first HTML, in rows
// appended later, and in rows recycled in place. With the extension that count is 0; without it the
// same probe sees them, which shows the probe can tell. In blur mode, the same: no frame shows one
// unblurred. And the same with the first HTML streamed in parts cut inside rows, and under a host no
// adapter knows, with "also on all other sites" on.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumExecutable, copyWithAllSitesGranted, launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { applySettings, demoSettings, fallbackScriptMatches } from './filter-helpers';
import { expectNoTargetShown } from './prepaint-expect';
import { PROBE_OTHER_URL, PROBE_URL, runProbe, serveProbe } from './prepaint-probe';

describe('pre-paint: no frame shows the person', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer(serveProbe);
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
      expectNoTargetShown(result);
    });
  }

  it('with the first HTML streamed in parts cut inside rows, no frame shows a target', async () => {
    const page = await browser.context.newPage();
    const result = await runProbe(page, `${PROBE_URL}?streamed`);
    await page.close();
    expectNoTargetShown(result);
  });

  // Blur mode: a unit of theirs is under the card, blurred, from its first frame.
  for (const round of [1, 2]) {
    it(`in blur mode, no frame shows a target unblurred (load ${round})`, async () => {
      if (round === 1) await applySettings(browser, demoSettings((settings) => (settings.filter.mode = 'blur')));
      const page = await browser.context.newPage();
      const result = await runProbe(page);
      const cards = await page.evaluate(() => [...document.querySelectorAll('[data-target]')].filter((unit) => unit.querySelector('oos-card')).length);
      await page.close();
      expect(cards, 'targets under a card').toBeGreaterThan(150);
      expectNoTargetShown(result);
    });
  }
});

describe('pre-paint on any other site: no frame shows the person', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let extensionDir: string;

  beforeAll(async () => {
    server = await startSiteServer(serveProbe);
    extensionDir = copyWithAllSitesGranted('oos-prepaint-other-');
    browser = await launchChromium({ extraArgs: server.chromiumArgs(), extensionDir });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  for (const mode of ['hide', 'blur'] as const) {
    for (const streamed of [false, true]) {
      it(`${mode} mode, first HTML ${streamed ? 'streamed in parts cut inside rows' : 'at once'}`, async () => {
        await applySettings(browser, demoSettings((settings) => {
          settings.filter.allSites = true;
          settings.filter.mode = mode;
        }));
        await expect.poll(async () => (await fallbackScriptMatches(browser)).length, { timeout: 5_000 }).toBe(1);
        const page = await browser.context.newPage();
        const result = await runProbe(page, `${PROBE_OTHER_URL}${streamed ? '?streamed' : ''}`);
        await page.close();
        expectNoTargetShown(result);
      });
    }
  }
});
