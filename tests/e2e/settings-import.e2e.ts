// Issue 2: the import contract in a real browser. A good file is applied; each kind of bad file is
// refused with role="alert" and storage is exactly as it was; settings survive a browser restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';

const GOOD = readFileSync('tests/fixtures/settings/design-example.json', 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'oos-import-'));

function fileWith(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function importThroughOptions(browser: ExtensionBrowser, path: string) {
  const page = await browser.openExtensionPage('options.html');
  await page.getByLabel('Import settings').setInputFiles(path);
  return page;
}

describe('settings import through the options page', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('applies a good file and says so', async () => {
    const page = await importThroughOptions(browser, fileWith('good.json', GOOD));
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/imported/i);
    const stored = (await browser.storage()).settings as { people: { names: string[] }[]; streak: { startedAt: string } };
    expect(stored.people[0]?.names).toEqual(['Jordan Avery', 'Jordie']);
    expect(stored.streak.startedAt).toBe('2026-10-01');
    await page.close();
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['not JSON', '{ "format": "out-of-sight-settings", ', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'some-other-tool', version: 1 }), /not an Out of Sight settings file/],
    ['an invalid field', JSON.stringify({ format: 'out-of-sight-settings', version: 1, filter: { mode: 'vanish' } }), /filter\.mode/],
    ['a one-letter name', JSON.stringify({ format: 'out-of-sight-settings', version: 1, people: [{ names: ['J'] }] }), /people\[0\]\.names\[0\].*two letters/],
    ['an empty name', JSON.stringify({ format: 'out-of-sight-settings', version: 1, people: [{ names: ['  '] }] }), /people\[0\]\.names\[0\].*empty/],
    ['a newer version', JSON.stringify({ format: 'out-of-sight-settings', version: 99 }), /newer/],
    ['an empty file', '', /empty/],
    ['over 1 MB', Buffer.alloc(1024 * 1024 + 10, 0x20), /at most 1 MB/],
  ];

  for (const [what, content, reason] of badFiles) {
    it(`refuses ${what} with an alert and changes nothing`, async () => {
      const before = await browser.storage();
      const page = await importThroughOptions(browser, fileWith(`bad-${what.replace(/\W+/g, '-')}.json`, content));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(reason);
      expect(await browser.storage()).toEqual(before);
      await page.close();
    });
  }

  it('keeps imported settings across a browser restart', async () => {
    const dir = browser.userDataDir;
    await browser.close(true);
    browser = await launchChromium({ userDataDir: dir });
    const stored = (await browser.storage()).settings as { people: { label: string }[] };
    expect(stored.people[0]?.label).toBe('J.');
  });
});
