// Issue 2: the content script runs in Firefox (firefox-esr, puppeteer-core over WebDriver BiDi).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { startSiteServer, type SiteServer } from './harness/server';
import { launchFirefox } from './harness/firefox';

describe('Firefox smoke', () => {
  let server: SiteServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchFirefox(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on a supported site', async () => {
    const page = await browser.newPage();
    await page.goto('https://x.com/explore');
    await page.waitForSelector('html[data-oos-ready]', { timeout: 15_000 });
    expect(server.requestsFor((url) => url.hostname === 'x.com').length).toBeGreaterThan(0);
    await page.close();
  });
});
