// Page-load cost of the content script (issue 4, goal ≤ 3 %): the heaviest saved page, YouTube's
// search results (1.4 MB of real ytd-app markup, ../shared/fixtures/youtube/), served at its real
// address, loaded in Chromium without and with Out of Sight: with nobody set up, with the demo person
// (who is not on this page), and with the demo person also known as "Benjamin Code", who is in 19 of
// the 63 results, so the engine hides as it would for a real user. Median of several loads each,
// interleaved, as a ratio; a second browser without the extension shows how far two identical
// browsers differ on this machine. Three times: served at once from this machine (the whole page in
// one go: the parser never waits, so every ms of ours is a ms of load); as it arrives over a fast home
// line, 100 Mbit/s with 10 ms latency (the page is in after about 120 ms, and the parser, which takes
// longer than that to read it, hardly waits); and over a modest one, 10 Mbit/s with 40 ms (the parser
// waits for the network most of the time, and the engine, which reads once a frame, meets it many
// more times). Prints; never fails on time.
//
// The line is played by the test server, not by DevTools' network emulation. While any extension
// holds a declarativeNetRequest permission, Chromium routes every request through a proxy in its
// browser process (web_request_api.cc, HasAnyWebRequestPermissions), rules or none, and the emulation
// slows a response that passes that proxy: with nothing but that permission in a bare extension, this
// page's last byte came 45–70 ms later under the emulation (DOMContentLoaded +3 to +4 %), and no
// later over the served line or served at once. A real line is the same for every browser.
//
// Two browsers more carry the same build with the profile guard's permission
// (declarativeNetRequestWithHostAccess) taken out of its manifest: the filter alone. The guard's price
// is the same settings with its permission against without it, and the filter's own is the filter
// alone against no extension.
// Run after a build: npx vite-node tests/bench/overhead.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR, copyOfBuild, launchChromium, type ExtensionBrowser } from '../e2e/harness/chromium';
import { startSiteServer, type Line } from '../e2e/harness/server';
import { isolatedArgs, launchPlain, median, timeRounds, type Timing } from './page-load';
import { applySettings, demoSettings } from '../e2e/filter-helpers';
import { LINK_QUERIES } from '../../src/content/links';
import { MARKED_SELECTOR, READ_ATTRIBUTES } from '../../src/content/text';

const FIXTURE = '../shared/fixtures/youtube/yt-search-benjamin-code-2022-03.html';
const URL_ = 'https://www.youtube.com/results?search_query=benjamin+code';
const RUNS = Number(process.env.OOS_BENCH_RUNS ?? 21);
/** Loads over a line take longer (about 1.5 s each over the modest one): fewer rounds. */
const STREAMED_RUNS = Math.max(3, Math.round(RUNS / 2));
/** Lines a user's page may come over: a fast home line, and a modest one. */
const LINES: { label: string; line: Line }[] = [
  { label: '100 Mbit/s, 10 ms', line: { latency: 10, bytesPerSecond: 100_000_000 / 8 } },
  { label: '10 Mbit/s, 40 ms', line: { latency: 40, bytesPerSecond: 10_000_000 / 8 } },
];

async function main() {
  const html = readFileSync(FIXTURE);
  const served: { line?: Line } = {};
  const server = await startSiteServer((url) => (url.pathname === '/results' ? { body: html, line: served.line } : undefined));
  const profiles = [mkdtempSync(join(tmpdir(), 'oos-plain-')), mkdtempSync(join(tmpdir(), 'oos-plain-'))];
  try {
    // The same kind of browser as launchChromium (persistent profile, same flags), minus the extension;
    // twice: how far two identical browsers differ is the floor under every ratio below. The second
    // is launched last: on this machine a browser launched later loads the same page slower (the
    // same build, launched third then fourth: 7 to 20 ms at once), and the five with the extension
    // come between the two.
    const plain = await launchPlain(profiles[0]!, server);
    // The build measured (OOS_EXTENSION_DIR: another one, such as an instrumented copy).
    const build = process.env.OOS_EXTENSION_DIR ?? CHROME_EXTENSION_DIR;
    const launch = (extensionDir: string) => launchChromium({ extraArgs: isolatedArgs(server), extensionDir });
    // The same build without the profile guard's permission: the same content scripts, and no request
    // routing (the background's rule updates fail, and nothing else needs them).
    const filterOnly = copyOfBuild('oos-filter-', (manifest) => {
      manifest.permissions = manifest.permissions.filter((permission) => !permission.startsWith('declarativeNetRequest'));
    }, build);
    profiles.push(filterOnly); // removed with the profiles
    const settings: Record<People, Settings> = {
      nobody: demoSettings((next) => (next.people = [])),
      elsewhere: demoSettings(),
      hiding: demoSettings((next) => next.people[0]!.names.push('Benjamin Code')),
    };
    const browsers: ExtensionBrowser[] = [];
    for (const { filterAlone, people } of WITH_IT) {
      const browser = await launch(filterAlone ? filterOnly : build);
      await applySettings(browser, settings[people]);
      browsers.push(browser);
    }
    const plainAgain = await launchPlain(profiles[1]!, server);
    const pages: Page[] = [await plain.newPage(), await plainAgain.newPage()];
    for (const browser of browsers) {
      // The welcome page opens on install; close it so every browser renders one page.
      for (const page of browser.context.pages()) if (page.url().startsWith('chrome-extension:')) await page.close();
      pages.push(await browser.context.newPage());
    }

    console.log(`The heaviest saved page: ${URL_} (${(html.length / 1024).toFixed(0)} KB, ${FIXTURE})\n`);
    const hidden = await measure('served at once', pages, RUNS);
    await readingFloor(pages[0]!, RUNS);
    for (const { label, line } of LINES) {
      served.line = line;
      await measure(`streamed as a user's page arrives (${label})`, pages, STREAMED_RUNS);
    }
    console.log(`units hidden on the page while hiding: ${hidden.join(' (whole extension), ')} (filter alone) (goal: overhead ≤ 3 %)`);
    await plain.close();
    await plainAgain.close();
    for (const browser of browsers) await browser.close();
  } finally {
    await server.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
}

type Settings = ReturnType<typeof demoSettings>;
/**
 * Who is set up: nobody; the demo person, who is not on this page (the usual case: most pages never
 * mention them); or the demo person also known as "Benjamin Code", who is.
 */
type People = 'nobody' | 'elsewhere' | 'hiding';

/** The browsers with the extension, measured after the two without it, in the order printed. */
const WITH_IT: { label: string; filterAlone: boolean; people: People }[] = [
  { label: 'with it, nobody set up', filterAlone: false, people: 'nobody' },
  { label: 'with it, someone not on this page', filterAlone: false, people: 'elsewhere' },
  { label: 'with it, hiding them on this page', filterAlone: false, people: 'hiding' },
  { label: 'filter alone, someone not on this page', filterAlone: true, people: 'elsewhere' },
  { label: 'filter alone, hiding them on this page', filterAlone: true, people: 'hiding' },
];
const LABELS = ['without the extension', 'without it, launched last (noise)', ...WITH_IT.map((browser) => browser.label)];

/** Where the browser with this build and these people sits among the pages and their timings. */
function indexOf(filterAlone: boolean, people: People): number {
  return 2 + WITH_IT.findIndex((browser) => browser.filterAlone === filterAlone && browser.people === people);
}

/**
 * Load the page `rounds` times in each browser (pages in the order of LABELS), as the server sends it
 * now, and print the figures. Returns how many units the two hiding browsers hid.
 */
async function measure(how: string, pages: Page[], rounds: number): Promise<number[]> {
  const timings = await timeRounds(pages, URL_, rounds);
  const hidden = await Promise.all([false, true].map((filterAlone) =>
    pages[indexOf(filterAlone, 'hiding')]!.evaluate(() => document.querySelectorAll('[data-oos]').length)));
  const without = timings[0]!;
  const base = (what: keyof Timing) => median(without.map((t) => t[what]));
  // The ratio is the median of each round's own ratio: a round's loads ran back to back, so what
  // the machine was doing then weighs on both sides of it.
  const ratioTo = (runs: Timing[], other: Timing[], what: keyof Timing) => median(runs.map((t, round) => t[what] / other[round]![what]));
  const ratio = (runs: Timing[], what: keyof Timing) => ratioTo(runs, without, what);
  const percent = (value: number) => `${((value - 1) * 100).toFixed(1)} %`;
  console.log(`Page-load overhead, ${how}: median of ${rounds} loads each, interleaved; ratios are the median of each round's`);
  for (const what of ['domContentLoaded', 'load'] as const) {
    console.log(`${what}:`);
    // Against the browser without it launched first, and (in brackets) the one launched last: the
    // browsers with it were launched between the two, and their overhead lies between the two figures.
    timings.forEach((runs, i) => {
      const value = median(runs.map((t) => t[what]));
      const against = ratio(runs, what);
      const last = i > 1 ? ` [${percent(ratioTo(runs, timings[1]!, what))}]` : '';
      console.log(`  ${LABELS[i]!.padEnd(38)} ${value.toFixed(1).padStart(7)} ms   ratio ${against.toFixed(3)} (${percent(against)})${last}`);
    });
    // The guard's share: the same settings with its permission against without it, round by round.
    const timed = (filterAlone: boolean, people: People) => timings[indexOf(filterAlone, people)]!;
    const guard = (people: People) => percent(ratioTo(timed(false, people), timed(true, people), what));
    const filter = (people: People) => percent(ratio(timed(true, people), what));
    console.log(`  where it comes from (not on the page, hiding): the guard's request routing ${guard('elsewhere')}, ${guard('hiding')}; ` +
      `the filter alone ${filter('elsewhere')}, ${filter('hiding')}`);
  }
  // The load times above swing by ±10 % between runs on a small machine; the main thread's own
  // accounting (Performance.getMetrics) shows where the time goes. Our script's time swings too (the
  // same build: 12 to 50 ms at once), as other processes take the core it runs on; its fastest load
  // is the nearest figure to what the script itself costs. The same counters in the thread's CPU time
  // leave the waiting out: there the main thread runs for about half the load's wall time, and our
  // script's share of what it runs is the cost that is ours on any machine.
  const mainThread = (how: string, busyOf: 'busy' | 'busyCpu', scriptOf: 'script' | 'scriptCpu', of: number, ofWhat: string) => {
    console.log(`${how}, and of it running our content script (median, fastest):`);
    const share = (ms: number) => `${((ms / of) * 100).toFixed(1)} %`;
    timings.forEach((runs, i) => {
      const busy = median(runs.map((t) => t[busyOf]));
      const script = median(runs.map((t) => t[scriptOf]));
      const fastest = Math.min(...runs.map((t) => t[scriptOf]));
      console.log(`  ${LABELS[i]!.padEnd(38)} ${busy.toFixed(1).padStart(7)} ms   ratio ${ratio(runs, busyOf).toFixed(3)}   script ${script.toFixed(1)} ms, fastest ${fastest.toFixed(1)} ms (${share(script)}, ${share(fastest)} of ${ofWhat} without it)`);
    });
  };
  mainThread('main-thread time during a load (Chromium TaskDuration)', 'busy', 'script', base('domContentLoaded'), 'DOMContentLoaded');
  mainThread('the same in the main thread\'s CPU time (thread ticks: while it ran, not while it waited for a core)',
    'busyCpu', 'scriptCpu', base('busyCpu'), 'the CPU time');
  console.log('');
  return hidden;
}

/**
 * The least any engine that reads this page pays when it is served at once: the page read once, whole,
 * after it has loaded, as people read it (its text outside scripts and styles, the attributes people
 * read, every link's address), in the browser without the extension, from a fresh load each time (the
 * browser makes a script's handle for each element the first time a script is given it, and a content
 * script starts cold on every page). The engine pays more: its own start, and reading the page in
 * parts as it arrives, so that nothing shows before it is read.
 */
async function readingFloor(page: Page, rounds: number) {
  const reads: PageRead[] = [];
  for (let round = 0; round <= rounds; round++) {
    await page.goto('about:blank');
    await page.goto(URL_, { waitUntil: 'load' });
    const read = await page.evaluate(readPageOnce, { marked: MARKED_SELECTOR, attributes: [...READ_ATTRIBUTES], links: [...LINK_QUERIES] });
    // (The first load warms compile caches and fonts, as in timeRounds.)
    if (round > 0) reads.push(read);
  }
  const ms = reads.map((read) => read.ms);
  const share = (value: number) => `${(value * 100).toFixed(1)} %`;
  const { chars, elements, links } = reads[0]!;
  console.log(`reading the page once, whole, after it has loaded, as people read it (${(chars / 1000).toFixed(0)}k characters of text ` +
    `outside scripts, the attributes of ${elements} elements, ${links} links' addresses), in the browser without the extension:`);
  console.log(`  median ${median(ms).toFixed(1)} ms, fastest ${Math.min(...ms).toFixed(1)} ms ` +
    `(${share(median(reads.map((read) => read.share)))}, ${share(Math.min(...reads.map((read) => read.share)))} of that load's DOMContentLoaded): ` +
    'the least an engine that reads the page pays served at once, before its own start (with nobody set up, above)\n');
}

interface PageRead {
  ms: number;
  /** Of the load's DOMContentLoaded. */
  share: number;
  chars: number;
  /** Elements with an attribute people read, not empty. */
  elements: number;
  links: number;
}

/** Runs in the page, so it holds all it needs: read the page once (readingFloor). */
function readPageOnce({ marked, attributes, links }: { marked: string; attributes: string[]; links: string[] }): PageRead {
  const start = performance.now();
  const said: string[] = [];
  // Text as the browser joins it, less that of scripts and styles (whose data can be megabytes).
  const readText = (element: Element) => {
    if (element.localName === 'script' || element.localName === 'style') return;
    if (!element.querySelector('script') && !element.querySelector('style')) {
      said.push(element.textContent ?? '');
      return;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) said.push((child as Text).data);
      else if (child.nodeType === 1) readText(child as Element);
    }
  };
  readText(document.body);
  const textParts = said.length;
  const withAttributes = document.body.querySelectorAll(marked);
  for (let i = 0; i < withAttributes.length; i++) {
    for (let a = 0; a < attributes.length; a++) {
      const value = withAttributes[i]!.getAttribute(attributes[a]!);
      if (value) said.push(value);
    }
  }
  let linkCount = 0;
  for (const query of links) {
    const found = document.body.querySelectorAll(query);
    for (let i = 0; i < found.length; i++) said.push(found[i]!.getAttribute('href')!);
    linkCount += found.length;
  }
  said.join('\n').toLowerCase();
  const ms = performance.now() - start;
  const chars = said.slice(0, textParts).join('').length;
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return { ms, share: ms / entry.domContentLoadedEventEnd, chars, elements: withAttributes.length, links: linkCount };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
