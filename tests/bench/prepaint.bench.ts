// Pre-paint probe (issue 4): how many animation frames show a unit about the person, in the first
// HTML and in rows inserted or recycled later, in hide and in blur mode (where a unit's text on screen
// unblurred counts). Prints figures (the goal is 0 everywhere); the e2e test
// tests/e2e/filter-prepaint.e2e.ts asserts it. Needs the built extension (.output/chrome-mv3).
// Run: npx vite-node tests/bench/prepaint.bench.ts
import { chromium } from 'playwright-core';
import { chromiumExecutable, launchChromium } from '../e2e/harness/chromium';
import { startSiteServer, type SiteServer } from '../e2e/harness/server';
import { applySettings, demoSettings } from '../e2e/filter-helpers';
import { PROBE_HTML, PROBE_URL, runProbe, type ProbeResult } from '../e2e/prepaint-probe';

const ROUNDS = 5;

function line(label: string, results: ProbeResult[]): string {
  const sum = (pick: (r: ProbeResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return `${label.padEnd(22)} loads ${results.length}  frames ${String(sum((r) => r.frames)).padStart(4)}  ` +
    `exposed frames: initial HTML ${sum((r) => r.exposedInitial)}, inserted batches ${sum((r) => r.exposedInserted)}  ` +
    `(targets ${sum((r) => r.targets)}, negatives seen ${sum((r) => r.negativesSeen)}/${sum((r) => r.negatives)})`;
}

/** The test server's host rules, and every other host fails at once: saved pages name real CDNs. */
function isolatedArgs(server: SiteServer): string[] {
  return server.chromiumArgs().map((arg) => (arg.startsWith('--host-resolver-rules=') ? `${arg},MAP * ~NOTFOUND` : arg));
}

async function main() {
  const server = await startSiteServer((url) => (url.href === PROBE_URL ? { body: PROBE_HTML } : undefined));
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

    const browser = await launchChromium({ extraArgs: isolatedArgs(server) });
    const probeWith = async (settings: ReturnType<typeof demoSettings>) => {
      await applySettings(browser, settings);
      const results: ProbeResult[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const page = await browser.context.newPage();
        results.push(await runProbe(page));
        await page.close();
      }
      return results;
    };
    const hiding = await probeWith(demoSettings());
    // Blur mode: a frame exposes a unit when its text is on screen unblurred.
    const blurring = await probeWith(demoSettings((settings) => (settings.filter.mode = 'blur')));
    await browser.close();

    console.log(`Pre-paint probe: ${PROBE_URL}, 40 rows in the first HTML, 30 batches of 10 rows + a recycled row each`);
    console.log(line('without the extension', without));
    console.log(line('with Out of Sight', hiding));
    console.log(line('with it, in blur mode', blurring));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
