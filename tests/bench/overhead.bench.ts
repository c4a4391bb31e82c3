// Page-load cost of the content script (issue 4, goal ≤ 3 %): the heaviest saved page, YouTube's
// search results (1.4 MB of real ytd-app markup, ../shared/fixtures/youtube/), served at its real
// address, loaded in Chromium without and with Out of Sight (the demo person plus "Benjamin Code",
// who is in 19 of the 63 results, so the engine hides as it would for a real user). Median of
// several loads each, alternating, as a ratio. Prints; never fails on time.
// Run after a build: npx vite-node tests/bench/overhead.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumExecutable, launchChromium } from '../e2e/harness/chromium';
import { startSiteServer, type SiteServer } from '../e2e/harness/server';
import { applySettings, demoSettings } from '../e2e/filter-helpers';

const FIXTURE = '../shared/fixtures/youtube/yt-search-benjamin-code-2022-03.html';
const URL_ = 'https://www.youtube.com/results?search_query=benjamin+code';
const RUNS = 6;

interface Timing {
  domContentLoaded: number;
  load: number;
}

async function load(page: Page): Promise<Timing> {
  await page.goto(URL_, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The test server's host rules, and every other host fails at once: saved pages name real CDNs. */
function isolatedArgs(server: SiteServer): string[] {
  return server.chromiumArgs().map((arg) => (arg.startsWith('--host-resolver-rules=') ? `${arg},MAP * ~NOTFOUND` : arg));
}

async function main() {
  const html = readFileSync(FIXTURE);
  const server = await startSiteServer((url) => (url.pathname === '/results' ? { body: html } : undefined));
  const profile = mkdtempSync(join(tmpdir(), 'oos-plain-'));
  try {
    // The same kind of browser as launchChromium (persistent profile, same flags), minus the extension.
    const plain = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutable(),
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', ...isolatedArgs(server)],
    });
    const plainPage = await plain.newPage();
    const extension = await launchChromium({ extraArgs: isolatedArgs(server) });
    // The welcome page opens on install; close it so both browsers render one page.
    for (const page of extension.context.pages()) if (page.url().startsWith('chrome-extension:')) await page.close();
    const extensionPage = await extension.context.newPage();

    const measure = async (page: Page) => {
      await load(page); // warm-up: compile caches, fonts
      const timings: Timing[] = [];
      for (let i = 0; i < RUNS; i++) timings.push(await load(page));
      return timings;
    };
    // Alternate plain / extension so drift on a shared machine hits both alike.
    const without: Timing[] = [];
    const idle: Timing[] = [];
    const filtering: Timing[] = [];
    for (let round = 0; round < 2; round++) {
      without.push(...(await measure(plainPage)));
      await applySettings(extension, demoSettings((settings) => (settings.people = [])));
      idle.push(...(await measure(extensionPage)));
      await applySettings(extension, demoSettings((settings) => settings.people[0]!.names.push('Benjamin Code')));
      filtering.push(...(await measure(extensionPage)));
    }
    const hidden = await extensionPage.evaluate(() => document.querySelectorAll('[data-oos]').length);
    await plain.close();
    await extension.close();

    const base = (what: keyof Timing) => median(without.map((t) => t[what]));
    const report = (label: string, timings: Timing[], what: keyof Timing) => {
      const value = median(timings.map((t) => t[what]));
      const ratio = value / base(what);
      return `  ${label.padEnd(34)} ${value.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)} %)`;
    };
    console.log(`Page-load overhead: ${URL_} (${(html.length / 1024).toFixed(0)} KB, ${FIXTURE}), median of ${without.length} loads each`);
    for (const what of ['domContentLoaded', 'load'] as const) {
      console.log(`${what}:`);
      console.log(report('without the extension', without, what));
      console.log(report('with it, nobody set up', idle, what));
      console.log(report('with it, hiding a person', filtering, what));
    }
    console.log(`units hidden on the page while hiding: ${hidden} (goal: overhead ≤ 3 %)`);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
