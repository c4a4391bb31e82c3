// Pre-paint probe (issue 4): how many animation frames show a unit about the person, in the first
// HTML and in rows inserted or recycled later, in hide and in blur mode (where a unit's text on screen
// unblurred counts); with the first HTML at once and streamed in parts cut inside rows; on X, and
// under a host no adapter knows with "also on all other sites" on. Prints figures (the goal is 0
// everywhere); the e2e test tests/e2e/filter-prepaint.e2e.ts asserts it. Needs the built extension
// (.output/chrome-mv3). Run: npx vite-node tests/bench/prepaint.bench.ts
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumExecutable, copyWithAllSitesGranted, launchChromium, type ExtensionBrowser } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/server';
import { applySettings, demoSettings, fallbackScriptMatches } from '../e2e/filter-helpers';
import { PROBE_OTHER_URL, PROBE_URL, runProbe, serveProbe, type ProbeResult } from '../e2e/prepaint-probe';
import { isolatedArgs } from './page-load';

const ROUNDS = 5;
/** Fewer loads of each variant beyond the first (each takes a second or two). */
const MORE_ROUNDS = 3;

function line(label: string, results: ProbeResult[]): string {
  const sum = (pick: (r: ProbeResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return `${label.padEnd(40)} loads ${results.length}  frames ${String(sum((r) => r.frames)).padStart(4)}  ` +
    `exposed frames: initial HTML ${sum((r) => r.exposedInitial)}, inserted batches ${sum((r) => r.exposedInserted)}  ` +
    `(targets ${sum((r) => r.targets)}, negatives seen ${sum((r) => r.negativesSeen)}/${sum((r) => r.negatives)})`;
}

async function main() {
  const server = await startSiteServer(serveProbe);
  const browsers: ExtensionBrowser[] = [];
  // For the host no adapter knows.
  const otherBuild = copyWithAllSitesGranted('oos-prepaint-other-');
  try {
    const plain = await chromium.launch({
      executablePath: chromiumExecutable(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', ...isolatedArgs(server)],
    });
    const without: ProbeResult[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const page = await plain.newPage({ ignoreHTTPSErrors: true });
      without.push(await runProbe(page));
      await page.close();
    }
    await plain.close();

    const probe = async (browser: ExtensionBrowser, url: string, rounds: number) => {
      const results: ProbeResult[] = [];
      for (let i = 0; i < rounds; i++) {
        const page = await browser.context.newPage();
        results.push(await runProbe(page, url));
        await page.close();
      }
      return results;
    };
    const browser = await launchChromium({ extraArgs: isolatedArgs(server) });
    browsers.push(browser);
    await applySettings(browser, demoSettings());
    const hiding = await probe(browser, PROBE_URL, ROUNDS);
    const streamed = await probe(browser, `${PROBE_URL}?streamed`, MORE_ROUNDS);
    // Blur mode: a frame exposes a unit when its text is on screen unblurred.
    await applySettings(browser, demoSettings((settings) => (settings.filter.mode = 'blur')));
    const blurring = await probe(browser, PROBE_URL, ROUNDS);

    // The same page under a host no adapter knows.
    const other = await launchChromium({ extraArgs: isolatedArgs(server), extensionDir: otherBuild });
    browsers.push(other);
    const otherLines: [string, ProbeResult[]][] = [];
    for (const mode of ['hide', 'blur'] as const) {
      await applySettings(other, demoSettings((settings) => {
        settings.filter.allSites = true;
        settings.filter.mode = mode;
      }));
      while ((await fallbackScriptMatches(other)).length === 0) await new Promise((done) => setTimeout(done, 100));
      for (const streamedOther of [false, true]) {
        const url = `${PROBE_OTHER_URL}${streamedOther ? '?streamed' : ''}`;
        otherLines.push([`any other site, ${mode}${streamedOther ? ', streamed' : ''}`, await probe(other, url, MORE_ROUNDS)]);
      }
    }

    console.log(`Pre-paint probe: ${PROBE_URL}, 40 rows in the first HTML, 30 batches of 10 rows + a recycled row each`);
    console.log('(streamed: the first HTML in 6 parts 40 ms apart, each cut inside a row)');
    console.log(line('without the extension', without));
    console.log(line('with Out of Sight', hiding));
    console.log(line('with it, streamed', streamed));
    console.log(line('with it, in blur mode', blurring));
    console.log(`The same page at ${PROBE_OTHER_URL}, "also on all other sites" on:`);
    for (const [label, results] of otherLines) console.log(line(label, results));
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    rmSync(otherBuild, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
