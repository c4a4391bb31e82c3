// Page-load cost of "also on all other sites" (issue 4, part 3), where no adapter knows the page: its
// units are found from the text, and the one observer checks what the parser adds as it comes. The
// heaviest saved page (YouTube's results, 1.4 MB, 13k elements, none of them a list item, article or
// card) served at once under a host no adapter knows, loaded in Chromium without the extension and
// with it: the demo person, who is not on this page, and the demo person also known as "Benjamin
// Code", who is. Median of several loads each, interleaved, as a ratio. Prints; never fails on time.
// Run after a build: npx vite-node tests/bench/all-sites.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { copyWithAllSitesGranted, launchChromium, type ExtensionBrowser } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/server';
import { applySettings, demoSettings, fallbackScriptMatches } from '../e2e/filter-helpers';
import { isolatedArgs, launchPlain, median, timeRounds } from './page-load';

const FIXTURE = '../shared/fixtures/youtube/yt-search-benjamin-code-2022-03.html';
const URL_ = 'https://news.example/results?search_query=benjamin+code';
const RUNS = Math.max(3, Math.round(Number(process.env.OOS_BENCH_RUNS ?? 21) / 2));

/** Once the background has registered the fallback script (it does so when the settings say). */
async function fallbackRegistered(browser: ExtensionBrowser): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if ((await fallbackScriptMatches(browser)).length > 0) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the fallback script was never registered');
}

async function main() {
  const html = readFileSync(FIXTURE);
  const server = await startSiteServer((url) => (url.pathname === '/results' ? { body: html } : undefined));
  const profile = mkdtempSync(join(tmpdir(), 'oos-plain-'));
  // The build measured (OOS_EXTENSION_DIR: another one, such as an earlier build to compare with).
  const extensionDir = copyWithAllSitesGranted('oos-all-sites-', process.env.OOS_EXTENSION_DIR);
  const browsers: ExtensionBrowser[] = [];
  try {
    const plain = await launchPlain(profile, server);
    const pages: Page[] = [await plain.newPage()];
    for (const hiding of [false, true]) {
      const browser = await launchChromium({ extraArgs: isolatedArgs(server), extensionDir });
      browsers.push(browser);
      await applySettings(browser, demoSettings((settings) => {
        settings.filter.allSites = true;
        if (hiding) settings.people[0]!.names.push('Benjamin Code');
      }));
      await fallbackRegistered(browser);
      for (const page of browser.context.pages()) if (page.url().startsWith('chrome-extension:')) await page.close();
      pages.push(await browser.context.newPage());
    }
    const labels = ['without the extension', 'all other sites on, someone not on this page', 'all other sites on, hiding them'];

    const timings = await timeRounds(pages, URL_, RUNS);
    const hidden = await pages[2]!.evaluate(() => document.querySelectorAll('[data-oos]').length);
    console.log(`The heaviest saved page under a host no adapter knows: ${URL_} (${(html.length / 1024).toFixed(0)} KB, ${FIXTURE})`);
    console.log(`"Also on all other sites", served at once: median of ${RUNS} loads each, interleaved; ratios are the median of each round's`);
    const without = timings[0]!;
    timings.forEach((runs, i) => {
      const dcl = median(runs.map((t) => t.domContentLoaded));
      const ratio = median(runs.map((t, round) => t.domContentLoaded / without[round]!.domContentLoaded));
      const script = median(runs.map((t) => t.script));
      const scriptCpu = median(runs.map((t) => t.scriptCpu));
      console.log(`  ${labels[i]!.padEnd(46)} DOMContentLoaded ${dcl.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)} %)   script ${script.toFixed(1)} ms (CPU ${scriptCpu.toFixed(1)} ms)`);
    });
    console.log(`units hidden on the page while hiding: ${hidden}\n`);
    await plain.close();
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
