// Issue 7: the options page in a real browser. Edits to a person reach an open tab without a reload;
// the settings file round-trips everything; the journal keeps HTML as text and exports the expected
// CSV columns; 200 people render; sync stays within quota; "delete everything" leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { applySettings, demoSettings, judgeUnits, serveSamplePages } from './filter-helpers';
import { allStorage, downloadFrom } from './options-helpers';
import { JOURNAL_CSV_COLUMNS } from '../../src/journal/export';
import { readSyncItems } from '../../src/settings/sync-plan';
import type { Settings } from '../../src/settings/schema';

const scratch = mkdtempSync(join(tmpdir(), 'oos-options-'));

async function visibleTargets(page: Page): Promise<string[]> {
  return (await judgeUnits(page)).targets.filter((u) => u.visible).map((u) => u.label);
}
async function hiddenNegatives(page: Page): Promise<string[]> {
  return (await judgeUnits(page)).negatives.filter((u) => !u.visible).map((u) => u.label);
}

describe('the options page', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer(serveSamplePages);
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pauses, edits, removes and restores a person, and an open tab follows without a reload', async () => {
    await applySettings(browser, demoSettings());
    const timeline = await browser.context.newPage();
    await timeline.goto('https://x.com/home');
    await timeline.waitForSelector('html[data-oos-ready]');
    await expect.poll(() => visibleTargets(timeline)).toEqual([]);
    const targetCount = (await judgeUnits(timeline)).targets.length;
    expect(targetCount).toBeGreaterThanOrEqual(5);
    const loads = server.requestsFor((url) => url.pathname === '/home').length;

    const options = await browser.openExtensionPage('options.html');
    // Masked by default; revealed only when asked.
    await expect.poll(() => options.locator('#people').textContent()).not.toContain('Jordan Avery');
    await expect.poll(() => options.locator('#people .masked').first().textContent()).toContain('J•••');
    await options.getByRole('button', { name: 'Show names' }).click();
    await expect.poll(() => options.locator('#people').textContent()).toContain('Jordan Avery');
    await options.getByRole('button', { name: 'Hide names' }).click();

    await options.getByRole('button', { name: 'Pause hiding J.' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/J\. is paused/);
    await expect.poll(() => visibleTargets(timeline)).toHaveLength(targetCount);

    await options.getByRole('button', { name: 'Resume hiding J.' }).click();
    await expect.poll(() => visibleTargets(timeline)).toEqual([]);

    // Edit: add "Jordan Peele", warned about nothing, and his post leaves the open tab too.
    expect(await hiddenNegatives(timeline)).toEqual([]);
    await options.getByRole('button', { name: 'Edit J.' }).click();
    await options.getByRole('textbox', { name: 'Their names and nicknames' }).fill('Jordan Peele');
    await options.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Changes to J\. are saved/);
    await expect.poll(() => hiddenNegatives(timeline)).toContain('other-jordan');

    await options.getByRole('button', { name: 'Remove J.' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/J\. was removed/);
    await expect.poll(() => visibleTargets(timeline)).toHaveLength(targetCount);
    await expect.poll(() => hiddenNegatives(timeline)).toEqual([]);

    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/J\. is back/);
    await expect.poll(() => visibleTargets(timeline)).toEqual([]);
    const restored = (await browser.storage()).settings as Settings;
    expect(restored.people[0]?.names).toEqual(['Jordan Avery', 'Jordie', 'Jordan Peele']);

    // All of it happened in the open tab: the page was never loaded again.
    expect(server.requestsFor((url) => url.pathname === '/home').length).toBe(loads);
    await Promise.all([timeline.close(), options.close()]);
  });

  it('exports the settings file and imports it back with everything preserved', async () => {
    const rich = demoSettings((s) => {
      s.people.push({ id: 'second', label: 'M.', names: ['Morgan Lee'], handles: ['morganlee'], profiles: [], keywords: ['Lee Studio'], enabled: false });
      s.filter = { mode: 'blur', sites: { x: false }, allSites: false };
      s.guard = { pauseSeconds: 42, strict: true, calmUrl: 'https://calm.example/' };
      s.privacy.maskNames = false;
      s.display.badge = false;
    });
    await applySettings(browser, rich);
    const before = (await browser.storage()).settings as Settings;
    const options = await browser.openExtensionPage('options.html');
    const file = await downloadFrom(options, () => options.getByRole('button', { name: 'Export settings' }).click());
    expect(file.name).toMatch(/^out-of-sight-settings-\d{4}-\d{2}-\d{2}\.json$/);

    await applySettings(browser, demoSettings());
    const path = join(scratch, file.name);
    writeFileSync(path, file.text);
    await options.getByLabel('Import settings').setInputFiles(path);
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/imported/);
    expect((await browser.storage()).settings).toEqual(before);
    await options.close();
  });

  it('keeps a journal entry with HTML in it as text, and exports the expected CSV columns', async () => {
    const options = await browser.openExtensionPage('options.html');
    const html = '<img src=x onerror="document.title=\'pwned\'"><b>He came to my work</b>';
    await options.getByLabel('What is this?').selectOption('violation');
    await options.getByLabel('Date', { exact: true }).fill('2026-11-02');
    await options.getByLabel('Time', { exact: true }).fill('21:40');
    await options.getByLabel('Who reached out?').selectOption('them');
    await options.getByLabel('What happened, or how you feel').fill(html);
    await options.getByLabel('Circumstances (optional)').fill('=HYPERLINK("x"), said "leave", at 9:40');
    await options.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => options.locator('#journal [role="status"]').textContent()).toMatch(/Saved/);

    const entry = options.locator('.journal-entry').first();
    await expect.poll(() => entry.locator('.entry-text').textContent()).toBe(html);
    await expect(options.locator('.journal-entries img, .journal-entries b').count()).resolves.toBe(0);
    expect(await options.title()).not.toBe('pwned');

    // A second entry on another day, outside the range searched next.
    await options.getByLabel('What is this?').selectOption('urge');
    await options.getByLabel('Date', { exact: true }).fill('2026-10-15');
    await options.getByLabel('What happened, or how you feel').fill('Wanted to look at their page. Went for a walk.');
    await options.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => options.locator('.journal-entry').count()).toBe(2);

    await options.getByLabel('From', { exact: true }).fill('2026-11-01');
    await options.getByLabel('To', { exact: true }).fill('2026-11-30');
    await expect.poll(() => options.locator('.journal-entry').count()).toBe(1);

    const csv = await downloadFrom(options, () => options.getByRole('button', { name: 'Export as CSV' }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(JOURNAL_CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^2026-11-02,21:40,UTC[+-]\d{2}:\d{2},Boundary violation,Them,/);
    expect(lines[1]).toContain(`"${html.replace(/"/g, '""')}"`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x""), said ""leave"", at 9:40"`);
    expect(csv.text).not.toContain('Went for a walk');

    // Contact logged here restarts the streak like "I had contact" in the popup, and is kept in the journal.
    await options.getByLabel('What is this?').selectOption('contact');
    await options.getByLabel('Date', { exact: true }).fill('2026-11-20');
    await options.getByLabel('Time', { exact: true }).fill('10:00');
    await options.getByLabel('Who reached out?').selectOption('me');
    await options.getByLabel('What happened, or how you feel').fill('I replied to their message.');
    await options.getByLabel('Circumstances (optional)').fill('After a long day');
    await options.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => options.locator('#journal [role="status"]').textContent()).toMatch(/streak starts again/);
    const stored = await browser.storage();
    const contact = (stored.journal as { kind: string; text: string; initiatedBy: string }[]).find((e) => e.kind === 'contact');
    expect(contact).toMatchObject({ initiatedBy: 'me', text: 'I replied to their message.\n\nAfter a long day' });
    expect(JSON.stringify(stored.events)).toContain('contact');

    const printable = await browser.openExtensionPage('options.html?print=journal&from=2026-11-01&to=2026-11-10');
    await expect.poll(() => printable.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => printable.locator('tbody td').nth(4).textContent()).toBe(html);
    await Promise.all([options.close(), printable.close()]);
  });

  it('shows 200 people without breaking, and says kindly that there is no room for more', async () => {
    const many = demoSettings((s) => {
      s.people = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, label: `P${i}`, names: [`Person Number${i}`], handles: [], profiles: [], keywords: [], enabled: true }));
    });
    await applySettings(browser, many);
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('#people .person').count()).toBe(200);
    await expect.poll(() => options.locator('#people').textContent()).toMatch(/as many as Out of Sight can hold/);
    await expect(options.getByRole('button', { name: 'Add a person' }).count()).resolves.toBe(0);
    await options.close();
  });

  it('copies the settings to the browser sync within its quota when turned on', async () => {
    await applySettings(browser, demoSettings());
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel("Copy my settings through my browser's sync").check();
    await expect.poll(() => options.locator('#filtering [role="status"]').textContent()).toMatch(/copied to your browser's sync/);
    const { sync } = await allStorage(browser);
    expect(Object.keys(sync)).toEqual(expect.arrayContaining(['oosSettings', 'oosSettings.0']));
    for (const [key, value] of Object.entries(sync)) expect(key.length + JSON.stringify(value).length).toBeLessThanOrEqual(8192);

    // A later change, from any page, reaches the copy too.
    await options.getByRole('button', { name: 'Pause hiding J.' }).click();
    await expect.poll(async () => (readSyncItems((await allStorage(browser)).sync) as Settings | null)?.people[0]?.enabled).toBe(false);
    expect(readSyncItems((await allStorage(browser)).sync)).toEqual((await browser.storage()).settings);
    await options.close();
  });

  it('deletes everything behind a typed confirmation, leaving nothing in any storage or rule', async () => {
    await applySettings(browser, demoSettings());
    // Rules and session state as the guard and allow-once leave them (added here directly, so this
    // test does not depend on which profiles the guard turned into rules).
    const worker = await browser.worker();
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: any }).chrome;
      const rule = (id: number) => ({ id, priority: 1, action: { type: 'block' }, condition: { urlFilter: '||blocked.example/', resourceTypes: ['main_frame'] } });
      await chrome.declarativeNetRequest.updateDynamicRules({ addRules: [rule(9001)] });
      await chrome.declarativeNetRequest.updateSessionRules({ addRules: [rule(9002)] });
      await chrome.storage.session.set({ allowOnceProbe: { tab: 1 } });
    });
    const before = await allStorage(browser);
    expect(Object.keys(before.local)).toEqual(expect.arrayContaining(['settings', 'compiled', 'journal']));
    expect(before.dynamicRules).toBeGreaterThan(0);
    expect(before.sessionRules).toBeGreaterThan(0);
    expect(Object.keys(before.session).length).toBeGreaterThan(0);

    const options = await browser.openExtensionPage('options.html');
    const button = options.getByRole('button', { name: 'Delete everything' });
    await options.getByLabel('To confirm, type DELETE').fill('delete');
    expect(await button.isDisabled()).toBe(true);
    await options.getByLabel('To confirm, type DELETE').fill('DELETE');
    await button.click();
    await expect.poll(() => options.locator('#everything [role="status"]').textContent()).toMatch(/Everything is deleted/);

    const after = await allStorage(browser);
    expect(after).toEqual({ local: {}, session: {}, sync: {}, dynamicRules: 0, sessionRules: 0 });
    // And it stays that way a moment later (no watcher writes anything back).
    await new Promise((done) => setTimeout(done, 1000));
    expect((await allStorage(browser)).local).toEqual({});
    // The page still works, on the defaults.
    await options.reload();
    await expect.poll(() => options.locator('#people').textContent()).toMatch(/No one yet/);
    await options.close();
  });
});
