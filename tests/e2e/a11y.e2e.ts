// Issue 7: accessibility of every extension page (options, onboarding, popup, prompt) in Chromium:
// axe-core finds no serious or critical violation in light and dark mode; at 200 % zoom (half the
// viewport) nothing needs sideways scrolling; the onboarding works from the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { seriousAxeViolations, type AxeFinding } from './harness/axe';
import { applySettings, demoSettings } from './filter-helpers';

const PAGES = [
  { name: 'options', path: 'options.html' },
  { name: 'options, editing a person', path: 'options.html', prepare: async (page: Page) => page.getByRole('button', { name: 'Edit J.' }).click() },
  { name: 'printable journal', path: 'options.html?print=journal' },
  { name: 'onboarding', path: 'welcome.html' },
  { name: 'popup', path: 'popup.html' },
  // The prompt as the guard opens it, for the demo person's X profile.
  { name: 'prompt', path: `prompt.html#${encodeURIComponent('https://x.com/jordan_avery')}` },
];

const results: string[] = [];

function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.impact} ${f.id}: ${f.help} (${f.targets.slice(0, 3).join(', ')})`).join('\n');
}

describe('accessibility of the extension pages', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchChromium();
    await applySettings(browser, demoSettings());
    // A journal entry so the journal list and the printable table have content to check.
    const worker = await browser.worker();
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({
        journal: [{ id: 'a11y', kind: 'violation', at: '2026-11-02T21:40:00+01:00', initiatedBy: 'them', text: 'Messaged from a new account.', circumstances: 'Late evening', createdAt: 1 }],
      });
    });
  });
  afterAll(async () => {
    console.log(`[a11y] axe-core serious/critical violations per page:\n${results.join('\n')}`);
    await browser?.close();
  });

  for (const { name, path, prepare } of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name} (${scheme}): no serious or critical axe violations`, async () => {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(browser.extensionUrl(path));
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await prepare?.(page);
        const findings = await seriousAxeViolations(page);
        results.push(`  ${name} (${scheme}): ${findings.length}${findings.length ? `\n${describeFindings(findings)}` : ''}`);
        await page.close();
        expect(findings, describeFindings(findings)).toEqual([]);
      });
    }
  }

  for (const { name, path } of PAGES.filter((p) => ['options', 'onboarding'].includes(p.name))) {
    it(`${name}: readable at 200 % zoom without sideways scrolling`, async () => {
      const page = await browser.context.newPage();
      // 200 % zoom of the 1280 px window leaves 640 CSS pixels, the same as this viewport.
      await page.setViewportSize({ width: 640, height: 450 });
      await page.goto(browser.extensionUrl(path));
      await page.locator('h1').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('onboarding: a person can be added from the keyboard alone, and focus is always visible', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('welcome.html'));
    await page.locator('h1').waitFor();
    // Tab from the top of the page to the label field, then on to the names field.
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'welcome-person-label'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('welcome-person-label');
    await page.keyboard.type('K.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('welcome-person-names');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type('Kit Marlowe');
    await page.keyboard.press('Enter');
    await expect(page.locator('.chips .masked').first().textContent()).resolves.toContain('K•••');
    await page.close();
  });
});
