// The profile guard's second line in a real Chromium: the background hears of history-API address
// changes through webNavigation, filtered (navigation.ts, historyUrlFilters), so that the changes web
// apps make all day on other sites leave a stopped worker stopped, while a change to their profile
// still starts it and meets the prompt. A Mastodon profile on an instance of its own is the case with
// no content script in front (without "also on all other sites" none runs there): only this line
// guards it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { leftForPrompt, ROUTING_APP } from './routing-app';
import { applySettings, demoSettings } from './filter-helpers';

const INSTANCE = 'https://hachyderm.io';
const PROFILE = `${INSTANCE}/@jordan_avery`;
const OTHER_APP = 'https://news.example';

describe('the guard\'s second line: history changes in Chromium', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  /** The worker's starts since the last stop. */
  let starts = 0;

  beforeAll(async () => {
    server = await startSiteServer((url) => (url.pathname === '/home' ? { body: ROUTING_APP } : undefined));
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
    // The demo person, with only this profile: where no content script runs.
    await applySettings(browser, demoSettings((settings) => (settings.people[0]!.profiles = [PROFILE])));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Stop the extension's worker (as the browser does when it idles), through a DevTools session that
   * stays open and hears each start of it from then on.
   */
  async function stopWorker(page: Page): Promise<void> {
    const cdp = await browser.context.newCDPSession(page);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.includes(browser.extensionId)) continue;
        if (version.runningStatus === 'running' && status.get(version.versionId) !== 'running') starts++;
        status.set(version.versionId, version.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let waited = 0; [...status.values()].some((running) => running !== 'stopped'); waited += 50) {
      if (waited > 5_000) throw new Error(`the worker did not stop: ${JSON.stringify([...status])}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    starts = 0;
  }

  async function openApp(origin: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/home`);
    await page.getByTestId('home').waitFor();
    return page;
  }

  const route = (page: Page, path: string) => page.evaluate((to) => (globalThis as unknown as { routeTo(p: string): void }).routeTo(to), path);

  it('changes on other pages and other sites leave the stopped worker stopped', async () => {
    const instance = await openApp(INSTANCE);
    const other = await openApp(OTHER_APP);
    await stopWorker(instance);
    for (const path of ['/explore', '/notifications', '/home?tab=2', '/about/more']) {
      await route(instance, path);
      await route(other, path);
    }
    await new Promise((done) => setTimeout(done, 1_500));
    console.log(`guard e2e history: 8 address changes on other pages, ${starts} worker starts`);
    expect(starts).toBe(0);
    expect(instance.url()).toBe(`${INSTANCE}/about/more`);
    await instance.close();
    await other.close();
  });

  it('a change to their Mastodon profile on its own instance starts it and meets the prompt', async () => {
    const page = await openApp(INSTANCE);
    await stopWorker(page);
    const started = Date.now();
    await route(page, '/@jordan_avery').catch(leftForPrompt);
    await page.waitForURL((url) => url.href.startsWith(browser.extensionUrl('prompt.html')), { timeout: 10_000 });
    console.log(`guard e2e history: their profile on ${INSTANCE} → prompt in ${Date.now() - started} ms, the worker started ${starts} time(s)`);
    expect(starts).toBeGreaterThan(0);
    expect(page.url()).toBe(`${browser.extensionUrl('prompt.html')}#${PROFILE}`);
    expect(server.requestsFor((logged) => logged.pathname === '/@jordan_avery')).toEqual([]);
    await page.close();
  });
});
