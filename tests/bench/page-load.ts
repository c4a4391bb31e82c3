// What the page-load benchmarks share: a browser like launchChromium's without the extension, every
// host but the test server's failing at once, and one load timed by the page and by the renderer.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumExecutable } from '../e2e/harness/chromium';
import type { SiteServer } from '../e2e/harness/server';

export interface Timing {
  domContentLoaded: number;
  load: number;
  /** Main-thread time of the tab's renderer during the load (Chromium's TaskDuration), ms. */
  busy: number;
  /** Of which running JavaScript (ScriptDuration): the saved pages run none, so this is ours. */
  script: number;
  /**
   * The same two counted in the thread's own CPU time (thread ticks), ms: the time the main thread
   * ran, not the time it waited for a core. On a small machine a load keeps every core busy, and a
   * task's wall time is often twice what it ran; this is the nearer figure to what each costs.
   */
  busyCpu: number;
  scriptCpu: number;
}

type Metrics = Record<string, number>;
type TimeDomain = 'timeTicks' | 'threadTicks';
const sessions = new Map<Page, Record<TimeDomain, CDPSession>>();

/** Two DevTools sessions a page, with its performance counters on: in wall time and in CPU time. */
async function sessionsOf(page: Page): Promise<Record<TimeDomain, CDPSession>> {
  let both = sessions.get(page);
  if (!both) {
    const open = async (timeDomain: TimeDomain) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain });
      return cdp;
    };
    both = { timeTicks: await open('timeTicks'), threadTicks: await open('threadTicks') };
    sessions.set(page, both);
  }
  return both;
}

/** The renderer's cumulative counters (seconds), in wall time and in CPU time. */
async function metrics(page: Page): Promise<Record<TimeDomain, Metrics>> {
  const both = await sessionsOf(page);
  const read = async (cdp: CDPSession) => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
  };
  return { timeTicks: await read(both.timeTicks), threadTicks: await read(both.threadTicks) };
}

/** Load `url` in `page` and time it. */
export async function loadTimed(page: Page, url: string): Promise<Timing> {
  // From a blank page, so the counters cover this load alone.
  await page.goto('about:blank');
  const before = await metrics(page);
  await page.goto(url, { waitUntil: 'load' });
  const after = await metrics(page);
  const spent = (domain: TimeDomain, name: string) => ((after[domain][name] ?? 0) - (before[domain][name] ?? 0)) * 1000;
  const nav = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
  });
  return {
    ...nav,
    busy: spent('timeTicks', 'TaskDuration'),
    script: spent('timeTicks', 'ScriptDuration'),
    busyCpu: spent('threadTicks', 'TaskDuration'),
    scriptCpu: spent('threadTicks', 'ScriptDuration'),
  };
}

/**
 * Load `url` `rounds` times in each page, one page after another. Every round loads it once in each,
 * so drift on a shared machine hits them all alike, and each round starts with the next page, so none
 * always goes first; the first round warms compile caches and fonts and is not counted. Returns each
 * page's timings, round by round.
 */
export async function timeRounds(pages: Page[], url: string, rounds: number): Promise<Timing[][]> {
  const timings: Timing[][] = pages.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    for (let step = 0; step < pages.length; step++) {
      const i = (round + step) % pages.length;
      const timing = await loadTimed(pages[i]!, url);
      if (round > 0) timings[i]!.push(timing);
    }
  }
  return timings;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The test server's host rules, and every other host fails at once: saved pages name real CDNs. */
export function isolatedArgs(server: SiteServer): string[] {
  return server.chromiumArgs().map((arg) => (arg.startsWith('--host-resolver-rules=') ? `${arg},MAP * ~NOTFOUND` : arg));
}

/** The same kind of browser as launchChromium (persistent profile, same flags), minus the extension. */
export function launchPlain(profile: string, server: SiteServer): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', ...isolatedArgs(server)],
  });
}
