// Issue 6 in a real Chromium, through the real paths: three visits to their profile (stopped by the
// profile guard) and a timeline with five posts about them (hidden by the content script) show as 3
// and 5 in the popup; "I had contact" restarts the streak and keeps the best; a milestone is
// celebrated once; snooze waits, then pauses and turns back on; everything survives a restart;
// the popup and the calm page have no serious accessibility violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { seriousAxeViolations } from './harness/axe';
import { applySettings } from './filter-helpers';
import { settingsSchema } from '../../src/settings/schema';
import { addDays, localDay, systemTimeZone } from '../../src/stats/calendar';

const PROFILE = 'https://x.com/jordan_avery';
const TIMELINE = 'https://x.com/home';
const STREAK_BEFORE = 10;
const today = localDay(Date.now(), systemTimeZone());

function post(author: string, text: string): string {
  return `<div data-testid="cellInnerDiv"><div><article data-testid="tweet" role="article">
  <div data-testid="User-Name"><a href="/${author}"><span>${author}</span></a></div>
  <div data-testid="tweetText" lang="en">${text}</div></article></div></div>`;
}

/** Five posts about Jordan Avery among three about other people. */
const TIMELINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>
<main aria-label="Home timeline">
${post('sam_rivera', 'Dinner with Jordan Avery tonight')}
${post('gardener', 'Tomatoes are finally red')}
${post('jordan_avery', 'Golden hour at the pier')}
${post('photo_weekly', 'Portrait of the week, by Jordan Avery')}
${post('newsdesk', 'Jordanian officials met in Amman today')}
${post('cafe', 'Jordan Avery’s favourite cake is back')}
${post('friend', 'Congratulations Jordan Avery!')}
${post('weather', 'Rain all weekend')}
</main></body></html>`;

const settings = settingsSchema.parse({
  people: [{ id: 'p1', label: 'Jordan', names: ['Jordan Avery'], handles: ['jordan_avery'], profiles: [PROFILE], keywords: [] }],
  streak: { startedAt: addDays(today, -STREAK_BEFORE), goalDays: null },
  reasons: ['I deserve peace.', 'I am allowed to choose myself.'],
});

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent())?.trim() ?? '';
}

describe('the popup in Chromium', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer((url) => (url.hostname === 'x.com' && url.pathname === '/home' ? { body: TIMELINE_HTML } : undefined));
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
    await applySettings(browser, settings);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPopup(): Promise<Page> {
    const page = await browser.openExtensionPage('popup.html');
    await page.getByTestId('streak-days').waitFor();
    return page;
  }

  async function waitForCounts(blocked: number, hidden: number): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const popup = await openPopup();
      const seen = [await text(popup, 'blocked-total'), await text(popup, 'hidden-total')];
      await popup.close();
      if (seen[0] === String(blocked) && seen[1] === String(hidden)) return;
      if (Date.now() > deadline) throw new Error(`popup shows ${seen.join(' and ')}, expected ${blocked} and ${hidden}`);
      await new Promise((next) => setTimeout(next, 250));
    }
  }

  it('shows three blocked visits and five hidden posts, from the real guard and content script', async () => {
    for (let visit = 0; visit < 3; visit++) {
      // A new tab each time: the guard counts a tab's repeated reload of the same address once.
      const tab = await browser.context.newPage();
      await tab.goto(PROFILE).catch(() => undefined);
      await tab.waitForURL(/prompt\.html/);
      await tab.close();
    }
    expect(server.requestsFor((url) => url.pathname.toLowerCase().startsWith('/jordan_avery'))).toEqual([]);
    const timeline = await browser.context.newPage();
    await timeline.goto(TIMELINE);
    await timeline.waitForSelector('html[data-oos-ready]');
    await waitForCounts(3, 5);

    const popup = await openPopup();
    expect(await text(popup, 'blocked-today')).toBe('3');
    expect(await text(popup, 'hidden-today')).toBe('5');
    expect(await text(popup, 'streak-days')).toBe(String(STREAK_BEFORE));
    expect(await text(popup, 'best-streak')).toBe(String(STREAK_BEFORE));
    // The name is masked by default.
    expect(await popup.locator('.brand').textContent()).toBe('Keeping J••• out of sight');
    // The chart's table has today's figures for screen readers.
    const lastRow = popup.locator('.visually-hidden table tbody tr').last();
    expect(await lastRow.locator('td').allTextContents()).toEqual(['3', '5']);
    await popup.close();
    await timeline.close();
  });

  it('celebrates the milestone reached (7 days) once, and not on the next opening', async () => {
    // The first opening in the test above celebrated it already: a fresh look at what is stored.
    const celebrated = (await browser.storage()).celebrated as { milestones: number[] };
    expect(celebrated.milestones).toEqual([1, 3, 7]);
    const popup = await openPopup();
    expect(await popup.locator('.celebrate').count()).toBe(0);
    await popup.close();
  });

  it('has no serious accessibility violations on the popup and the calm page', async () => {
    const popup = await openPopup();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    // Dark mode with reduced motion: the palette must keep its contrast there too.
    const dark = await browser.context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await dark.goto(browser.extensionUrl('popup.html'));
    await dark.getByTestId('streak-days').waitFor();
    expect(await seriousAxeViolations(dark)).toEqual([]);
    await dark.close();
    const calm = await browser.openExtensionPage('calm.html');
    await calm.getByTestId('breathing').waitFor();
    await calm.getByText('I deserve peace.').waitFor();
    expect(await seriousAxeViolations(calm)).toEqual([]);
    await calm.close();
  });

  it('reflows at 200 % zoom in the widest popup window (800 px) without sideways scrolling', async () => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.evaluate(() => document.documentElement.style.setProperty('zoom', '2'));
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.getByRole('button', { name: 'Snooze filtering' }).scrollIntoViewIfNeeded();
    expect(await popup.getByRole('button', { name: 'Snooze filtering' }).isVisible()).toBe(true);
    await popup.close();
  });

  it('saves an urge from the calm page in the journal', async () => {
    const calm = await browser.openExtensionPage('calm.html');
    await calm.getByLabel("What's on your mind right now?").fill('I wanted to look at their photos.');
    await calm.getByRole('button', { name: 'Save to my journal' }).click();
    await calm.getByRole('status').filter({ hasText: 'Saved in your journal' }).waitFor();
    const journal = (await browser.storage()).journal as { kind: string; text: string }[];
    expect(journal.at(-1)).toMatchObject({ kind: 'urge', text: 'I wanted to look at their photos.' });
    await calm.close();
  });

  it('refuses contact in the future or before the start date, kindly, and changes nothing', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'I had contact' }).click();
    await popup.getByLabel('Date').fill(addDays(today, 2));
    await popup.getByRole('button', { name: 'Save' }).click();
    expect(await popup.getByRole('alert').textContent()).toMatch(/hasn't happened yet/);
    await popup.getByLabel('Date').fill(addDays(today, -STREAK_BEFORE - 5));
    await popup.getByRole('button', { name: 'Save' }).click();
    expect(await popup.getByRole('alert').textContent()).toMatch(/before your no-contact start date/);
    expect(((await browser.storage()).events as { restarts: unknown[] }).restarts).toEqual([]);
    await popup.close();
  });

  it('restarts the streak after "I had contact", keeps the best streak, and keeps a journal entry', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'I had contact' }).click();
    await popup.getByLabel('They did').check();
    await popup.getByLabel(/What happened/).fill('They messaged me and I answered.');
    await popup.getByRole('button', { name: 'Save' }).click();
    const status = popup.getByRole('status').filter({ hasText: 'setback is part of healing' });
    await status.waitFor();
    expect(await status.textContent()).toContain(`${STREAK_BEFORE} days`);
    await popup.getByTestId('streak-days').filter({ hasText: /^0$/ }).waitFor();
    expect(await text(popup, 'best-streak')).toBe(String(STREAK_BEFORE));
    const journal = (await browser.storage()).journal as { kind: string; initiatedBy: string; text: string }[];
    expect(journal.at(-1)).toMatchObject({ kind: 'contact', initiatedBy: 'them', text: 'They messaged me and I answered.' });
    await popup.close();
  });

  it('snoozes only after a wait, says when it ends, and turns back on', async () => {
    const popup = await browser.context.newPage();
    await popup.clock.install();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Snooze filtering' }).click();
    expect(await popup.getByRole('button', { name: 'For 15 minutes' }).count()).toBe(0);
    await popup.getByTestId('snooze-wait').waitFor();
    await popup.clock.runFor(10_500);
    await popup.getByRole('button', { name: 'For 15 minutes' }).click();
    await popup.getByText(/Filtering is resting until/).waitFor();
    const stored = await browser.storage();
    const until = (stored.snooze as { until: number }).until;
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((stored.compiled as { snoozedUntil: number | null }).snoozedUntil).toBe(until);
    const worker = await browser.worker();
    const alarm = await worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } } }).chrome.alarms.get('oos-snooze-end'));
    expect(alarm?.scheduledTime).toBe(until);
    await popup.getByRole('button', { name: 'Turn it back on now' }).click();
    await popup.getByText('Filtering is back on.').waitFor();
    expect(((await browser.storage()).compiled as { snoozedUntil: number | null }).snoozedUntil).toBeNull();
    await popup.close();
  });

  it('keeps the counts and the streak across a browser restart', async () => {
    const dir = browser.userDataDir;
    await browser.close(true);
    browser = await launchChromium({ userDataDir: dir, extraArgs: server.chromiumArgs() });
    const popup = await openPopup();
    expect(await text(popup, 'blocked-total')).toBe('3');
    expect(await text(popup, 'hidden-total')).toBe('5');
    expect(await text(popup, 'streak-days')).toBe('0');
    expect(await text(popup, 'best-streak')).toBe(String(STREAK_BEFORE));
    mkdirSync('test-output', { recursive: true });
    await popup.setViewportSize({ width: 400, height: 760 });
    await popup.screenshot({ path: 'test-output/popup-e2e.png', fullPage: true });
    await popup.close();
  });
});
