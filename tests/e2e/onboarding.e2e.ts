// Issue 7: from a fresh install to a working filter and guard, as a user would do it. The welcome tab
// opens by itself; the user fills in the person, picks hide, a start date and a reason; then the
// sample X timeline hides every target, and their profile lands on the prompt without reaching the
// "site". Prints how long the onboarding took in the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { judgeUnits, serveSamplePages } from './filter-helpers';
import { waitForTab } from './options-helpers';
import type { Settings } from '../../src/settings/schema';

describe('onboarding from a fresh install', () => {
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

  it('opens by itself, and a person filled in as a user would is hidden and guarded', async () => {
    const welcome = await waitForTab(browser.context, /\/welcome\.html$/);
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    const started = performance.now();

    await welcome.getByRole('textbox', { name: 'A short label for them' }).fill('J.');
    const names = welcome.getByRole('textbox', { name: 'Their names and nicknames' });
    // First instinct: just the first name. The live check says what else it would hide.
    await names.fill('Jordan');
    await expect.poll(() => welcome.getByText(/would also hide Michael Jordan/).textContent()).toMatch(/fuller form/);
    await names.fill('Jordan Avery');
    await names.press('Enter');
    await welcome.getByRole('textbox', { name: 'Their handles' }).fill('@jordan_avery');
    await welcome.getByRole('button', { name: 'Add handle' }).click();
    const links = welcome.getByRole('textbox', { name: 'Links to their profiles' });
    await links.fill('https://twitter.com/Jordan_Avery/media');
    // Recognised on the spot, and masked: the site is shown, the handle is not.
    await expect.poll(() => welcome.getByText('Recognised: X · @J•••').count()).toBe(1);
    await welcome.getByRole('button', { name: 'Add link' }).click();
    await welcome.getByRole('textbox', { name: 'Other words or phrases' }).fill('Avery Photography');
    await welcome.getByLabel('Hide completely').check();
    await welcome.getByLabel('Your first day of no contact').fill('2026-10-01');
    await welcome.getByLabel('A goal, in days (optional)').fill('90');
    await welcome.getByLabel(/Why you chose this/).fill('I deserve peace.\nMy evenings are mine again.');
    await welcome.getByRole('button', { name: 'Start protecting my peace' }).click();
    await welcome.getByRole('heading', { name: "You're all set." }).waitFor();

    const seconds = (performance.now() - started) / 1000;
    console.log(`[onboarding] filled in and saved in ${seconds.toFixed(2)} s of browser time (label, name, handle, profile link, phrase, mode, date, goal, two reasons)`);

    const settings = (await browser.storage()).settings as Settings;
    expect(settings.people).toHaveLength(1);
    expect(settings.people[0]).toMatchObject({
      label: 'J.',
      names: ['Jordan Avery'],
      handles: ['jordan_avery'],
      profiles: ['https://twitter.com/Jordan_Avery/media'],
      // Typed but not added with its button: saving takes it along rather than losing it.
      keywords: ['Avery Photography'],
      enabled: true,
    });
    expect(settings.filter.mode).toBe('hide');
    expect(settings.streak).toEqual({ startedAt: '2026-10-01', goalDays: 90 });
    expect(settings.reasons).toEqual(['I deserve peace.', 'My evenings are mine again.']);

    // The filter: every target on the sample timeline is out of sight, every negative stays.
    const timeline = await browser.context.newPage();
    await timeline.goto('https://x.com/home');
    await timeline.waitForSelector('html[data-oos-ready]');
    await expect.poll(async () => (await judgeUnits(timeline)).targets.filter((u) => u.visible).map((u) => u.label)).toEqual([]);
    const { targets, negatives } = await judgeUnits(timeline);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(negatives.filter((u) => !u.visible).map((u) => u.label)).toEqual([]);

    // The guard: their profile lands on the prompt, and the "site" never hears of the visit.
    const profile = await browser.context.newPage();
    await profile.goto('https://x.com/jordan_avery').catch(() => undefined);
    await profile.waitForURL(/\/prompt\.html/, { timeout: 10_000 });
    expect(server.requestsFor((url) => url.hostname === 'x.com' && url.pathname.toLowerCase().startsWith('/jordan_avery'))).toEqual([]);
    await Promise.all([timeline.close(), profile.close()]);
  });

  it('refuses a link from an unsupported site, and a link that is not a profile, with the reason', async () => {
    const page = await browser.openExtensionPage('welcome.html');
    const links = page.getByRole('textbox', { name: 'Links to their profiles' });
    await links.fill('https://myspace.com/jordan');
    await page.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('#welcome-person-profiles-error').textContent()).toMatch(/myspace\.com is not a site Out of Sight supports yet; add their name or handle instead/);
    await links.fill('https://x.com/home');
    await page.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('#welcome-person-profiles-error').textContent()).toMatch(/this X link is not a profile/);
    await expect(page.locator('.chips').count()).resolves.toBe(0);
    await page.close();
  });

  it('refuses a 10,000-character name kindly and saves nothing', async () => {
    const before = (await browser.storage()).settings;
    const page = await browser.openExtensionPage('welcome.html');
    const names = page.getByRole('textbox', { name: 'Their names and nicknames' });
    await names.fill('A'.repeat(10_000));
    await names.press('Enter');
    await expect.poll(() => page.locator('#welcome-person-names-error').textContent()).toMatch(/10,000 characters long, and an entry can be at most 100/);
    await expect.poll(() => names.getAttribute('aria-invalid')).toBe('true');
    // Straight to "start" with the long name still typed: refused the same way, nothing saved.
    await page.getByRole('button', { name: 'Start protecting my peace' }).click();
    await expect.poll(() => page.locator('#welcome-person-names-error').textContent()).toMatch(/at most 100/);
    expect((await browser.storage()).settings).toEqual(before);
    await page.close();
  });

  it('does not open the welcome tab again on a browser restart', async () => {
    const dir = browser.userDataDir;
    await browser.close(true);
    browser = await launchChromium({ userDataDir: dir, extraArgs: server.chromiumArgs() });
    await new Promise((done) => setTimeout(done, 1500));
    expect(browser.context.pages().filter((page) => /welcome\.html/.test(page.url()))).toEqual([]);
  });
});
