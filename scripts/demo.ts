// `npm run demo`: the bundled sample pages served under their real hostnames, opened in Chromium with
// the extension and a demo person (tests/fixtures/demo/demo-settings.json) already set up.
// With a display it opens a window and waits; without one it runs headless, writes before/after
// screenshots to demo-output/ and prints what was hidden and blocked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseSettingsFile } from '../src/settings/file';
import { SAMPLE_PAGES } from '../tests/fixtures/sample-pages';
import { startSiteServer, type Page as ServedPage } from '../tests/e2e/harness/server';
import { chromiumExecutable, launchChromium } from '../tests/e2e/harness/chromium';
import { applySettings, judgeUnits } from '../tests/e2e/filter-helpers';

const OUT = resolve('demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true' && !process.argv.includes('--headless');

function servePages(url: URL): ServedPage | undefined {
  const page = SAMPLE_PAGES.find((sample) => {
    const target = new URL(sample.url);
    return target.hostname === url.hostname && target.pathname === url.pathname;
  });
  if (!page) return undefined;
  return { body: readFileSync(join('tests/fixtures', page.file)) };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const demo = parseSettingsFile(readFileSync('tests/fixtures/demo/demo-settings.json', 'utf8'));
  if (!demo.ok) throw new Error(`demo settings are invalid: ${demo.message}`);
  const server = await startSiteServer(servePages);
  console.log(`Sample pages served on 127.0.0.1:${server.port} under their real hostnames.`);

  // Before: a plain Chromium without the extension.
  const plain = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', ...server.chromiumArgs()],
  });
  const plainPage = await plain.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1100, height: 900 } });
  for (const sample of SAMPLE_PAGES) {
    await plainPage.goto(sample.url);
    await plainPage.screenshot({ path: join(OUT, `${sample.site}-before.png`), fullPage: true });
  }
  await plain.close();

  // After: the same pages with Out of Sight and the demo person.
  const browser = await launchChromium({ extraArgs: server.chromiumArgs(), headless: !headed });
  // Store the demo person and wait until the background has compiled it for the content scripts.
  await applySettings(browser, demo.settings);

  const page = await browser.context.newPage();
  const summary: string[] = [];
  for (const sample of SAMPLE_PAGES) {
    await page.goto(sample.url);
    await page.waitForSelector('html[data-oos-ready]', { timeout: 10_000 });
    const hidden = await page.locator('[data-oos]').count();
    const { targets, negatives } = await judgeUnits(page);
    await page.screenshot({ path: join(OUT, `${sample.site}-after.png`), fullPage: true });
    const gone = targets.filter((unit) => !unit.visible).length;
    const kept = negatives.filter((unit) => unit.visible).length;
    summary.push(
      `${sample.site.padEnd(11)} ${String(hidden).padStart(3)} units hidden; ` +
      `out of sight ${gone}/${targets.length} places the demo person appears, still shown ${kept}/${negatives.length} look-alikes  ${sample.url}`,
    );
  }

  // Issue 6: the popup after the visits above, as the toolbar would show it.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.getByTestId('streak-days').waitFor();
  await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  summary.push(`popup        ${join(OUT, 'popup.png')}`);
  await popup.close();

  const stored = await browser.storage();
  writeFileSync(join(OUT, 'summary.txt'), `${summary.join('\n')}\n`);
  console.log(summary.join('\n'));
  console.log(`Stored state keys: ${Object.keys(stored).join(', ')}`);
  console.log(`Screenshots in ${OUT}/ (before = without the extension, after = with it).`);

  if (headed) {
    console.log('A window is open with the extension loaded. Press Ctrl+C to finish.');
    await new Promise(() => undefined);
  }
  await browser.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
