// Page-load cost of the content script (issue 4, goal ≤ 3 %): the heaviest saved page, YouTube's
// search results (1.4 MB of real ytd-app markup, ../shared/fixtures/youtube/), served at its real
// address, loaded in Chromium without and with Out of Sight: with nobody set up, with the demo person
// (who is not on this page), and with the demo person also known as "Benjamin Code", who is in 19 of
// the 63 results, so the engine hides as it would for a real user. Median of several loads each,
// interleaved, as a ratio. Prints; never fails on time.
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
const RUNS = Number(process.env.OOS_BENCH_RUNS ?? 15);

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

const PROFILED_LOADS = 5;

/** Median main-thread time of samples with a content-script frame (entrypoints/filter-*.js) on their stack. */
async function contentScriptTime(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times: number[] = [];
  for (let i = 0; i < PROFILED_LOADS; i++) {
    await cdp.send('Profiler.start');
    await page.goto(URL_, { waitUntil: 'load' });
    const { profile } = await cdp.send('Profiler.stop');
    const parent = new Map<number, number>();
    const ours = new Set<number>();
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parent.set(child, node.id);
      if (/\/filter-[a-z]+\.js$/.test(node.callFrame.url)) ours.add(node.id);
    }
    const inOurs = (id: number | undefined): boolean => id !== undefined && (ours.has(id) || inOurs(parent.get(id)));
    let micros = 0;
    profile.samples?.forEach((id, s) => {
      if (inOurs(id)) micros += profile.timeDeltas?.[s] ?? 0;
    });
    times.push(micros / 1000);
  }
  await cdp.detach();
  return median(times);
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
    // Three browsers with the extension: nobody set up; the demo person, who is not on this page (the
    // usual case: most pages never mention them); and the demo person also known as "Benjamin Code".
    const launch = () => launchChromium({ extraArgs: isolatedArgs(server), extensionDir: process.env.OOS_EXTENSION_DIR });
    const idle = await launch();
    const elsewhere = await launch();
    const filtering = await launch();
    await applySettings(idle, demoSettings((settings) => (settings.people = [])));
    await applySettings(elsewhere, demoSettings());
    await applySettings(filtering, demoSettings((settings) => settings.people[0]!.names.push('Benjamin Code')));
    const pages: Page[] = [await plain.newPage()];
    for (const browser of [idle, elsewhere, filtering]) {
      // The welcome page opens on install; close it so every browser renders one page.
      for (const page of browser.context.pages()) if (page.url().startsWith('chrome-extension:')) await page.close();
      pages.push(await browser.context.newPage());
    }

    // Every round loads the page once in each browser, so drift on a shared machine hits all four
    // alike; the first round warms compile caches and fonts and is not counted.
    const timings: Timing[][] = [[], [], [], []];
    for (let round = 0; round <= RUNS; round++) {
      for (let i = 0; i < pages.length; i++) {
        const timing = await load(pages[i]!);
        if (round > 0) timings[i]!.push(timing);
      }
    }
    const hidden = await pages[3]!.evaluate(() => document.querySelectorAll('[data-oos]').length);
    // What the ratios cannot separate from noise on a small machine: the main-thread time spent in
    // Out of Sight's own content script during a load, from Chromium's sampling profiler.
    const scriptTimes: number[] = [];
    for (const page of pages.slice(1)) scriptTimes.push(await contentScriptTime(page));
    await plain.close();
    for (const browser of [idle, elsewhere, filtering]) await browser.close();

    const [without, idleTimings, elsewhereTimings, filteringTimings] = timings as [Timing[], Timing[], Timing[], Timing[]];
    const base = (what: keyof Timing) => median(without.map((t) => t[what]));
    const report = (label: string, runs: Timing[], what: keyof Timing) => {
      const value = median(runs.map((t) => t[what]));
      const ratio = value / base(what);
      return `  ${label.padEnd(36)} ${value.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)} %)`;
    };
    console.log(`Page-load overhead: ${URL_} (${(html.length / 1024).toFixed(0)} KB, ${FIXTURE}), median of ${RUNS} loads each, interleaved`);
    for (const what of ['domContentLoaded', 'load'] as const) {
      console.log(`${what}:`);
      console.log(report('without the extension', without, what));
      console.log(report('with it, nobody set up', idleTimings, what));
      console.log(report('with it, someone not on this page', elsewhereTimings, what));
      console.log(report('with it, hiding them on this page', filteringTimings, what));
    }
    console.log(`units hidden on the page while hiding: ${hidden} (goal: overhead ≤ 3 %)`);
    const labels = ['nobody set up', 'someone not on this page', 'hiding them on this page'];
    const plainLoad = base('domContentLoaded');
    console.log(`main-thread time in the content script per load (median of ${PROFILED_LOADS}, sampled every 0.1 ms):`);
    scriptTimes.forEach((ms, i) => {
      console.log(`  ${labels[i]!.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms   (${((ms / plainLoad) * 100).toFixed(1)} % of DOMContentLoaded without the extension)`);
    });
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
