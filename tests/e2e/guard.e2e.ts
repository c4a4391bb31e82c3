// Issue 5 in a real Chromium: a visit to their profile meets the prompt, and the site is never asked.
// The local HTTPS server answers under the real hostnames and logs every request, so "no request"
// is read from its log. URL forms come from the site tables (tests/unit/sites/tables/*.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import { seriousAxeViolations } from './harness/axe';
import { siteById, siteForHost } from '../../src/sites/index';
import { caseUrl, type ProfileUrlTable, type UrlCase } from '../unit/sites/url-table';
import { urlFilterRegex } from '../unit/guard/fake-dnr';
import { leftForPrompt } from './routing-app';

const modules = import.meta.glob<{ table: ProfileUrlTable }>('../unit/sites/tables/*.ts', { eager: true });
const TABLES = Object.values(modules)
  .map((module) => module.table)
  .filter((table) => table.sameKey.length > 0)
  .sort((a, b) => a.site.localeCompare(b.site));

const loads = (entry: UrlCase) => typeof entry === 'string' || entry.load !== false;

/** What the browser requests for an address: lowercased host, no fragment. */
function requested(address: string): URL {
  const url = new URL(address);
  url.hash = '';
  return url;
}

/**
 * A site's forms that this browser can be asked for here: the redirect needs the extension's host
 * permission, which covers the registered sites (a Mastodon instance needs the optional permission).
 */
function formsOf(table: ProfileUrlTable): string[] {
  return table.sameKey[0]!.urls.filter(loads).map(caseUrl).filter((address) => siteForHost(new URL(address).hostname));
}

const GUARDED = TABLES.filter((table) => formsOf(table).length > 0);
const X_PROFILE = 'https://x.com/jordan_avery';
const INSTAGRAM = TABLES.find((table) => table.site === 'instagram');

const REASONS = ['I deserve peace.', 'They showed me who they are; I believe them.'];

function settingsWith(profiles: string[], guard: { pauseSeconds?: number } = {}) {
  return {
    format: 'out-of-sight-settings',
    version: 1,
    people: [{ id: 'person-1', label: 'J.', names: ['Jordan Avery'], handles: [], profiles, keywords: [] }],
    guard: { pauseSeconds: 3, calmUrl: 'https://calm.example/', ...guard },
    reasons: REASONS,
    streak: { startedAt: '2026-10-30' },
  };
}

/** X-like and Instagram-like apps: a link that routes in-app with history.pushState, then renders the profile. */
function spaPage(title: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<main id="app"><h1 data-testid="home">${title} home</h1><p>Someone else's post about gardening.</p></main>
<script>
  window.routeTo = (path) => {
    history.pushState({}, '', path);
    // The router renders whatever the address now says, as real apps do.
    document.getElementById('app').innerHTML = '<section id="profile"><h1>Profile of ' + location.pathname + '</h1><p>Their latest photos</p></section>';
  };
</script></body></html>`;
}

describe('profile guard in Chromium', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let promptPrefix: string;
  const workerLog: string[] = [];

  async function applySettings(settings: object): Promise<void> {
    const worker = await browser.worker();
    await worker.evaluate(async (value) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ settings: value });
    }, settings);
  }

  /** The browser's dynamic rules, each as an expression over the request URL (regexFilter or urlFilter). */
  async function dynamicRegexes(): Promise<RegExp[]> {
    const worker = await browser.worker();
    const conditions = await worker.evaluate(async () => {
      type Condition = { regexFilter?: string; urlFilter?: string; isUrlFilterCaseSensitive?: boolean };
      const chrome = (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<{ condition: Condition }[]> } } }).chrome;
      return (await chrome.declarativeNetRequest.getDynamicRules()).map((rule) => rule.condition);
    });
    return conditions.map((condition) => {
      const caseSensitive = condition.isUrlFilterCaseSensitive ?? false;
      if (condition.urlFilter !== undefined) return urlFilterRegex(condition.urlFilter, caseSensitive);
      return new RegExp(condition.regexFilter!, caseSensitive ? '' : 'i');
    });
  }

  /** Wait until the browser's rules send exactly `expectGuarded` (and none of `expectFree`) to the prompt. */
  async function rulesInStep(expectGuarded: string[], expectFree: string[]): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const regexes = await dynamicRegexes();
      const hit = (address: string) => regexes.some((regex) => regex.test(requested(address).href));
      if (expectGuarded.every(hit) && !expectFree.some(hit)) return;
      if (Date.now() > deadline) {
        const stored = await browser.storage();
        const compiled = stored.compiled as { matcher?: { profiles?: object } } | undefined;
        throw new Error(`the dynamic rules did not follow the settings: set aside ${JSON.stringify(stored.settingsSetAside)}, profiles ${JSON.stringify(compiled?.matcher?.profiles)}, rules ${(await dynamicRegexes()).map(String).join(' ')}, worker said: ${workerLog.join(' | ')}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** The site's regexes for its main key that Chromium will not accept as a rule (RE2 limits). */
  async function refusedRegexes(table: Pick<ProfileUrlTable, 'site' | 'sameKey'>): Promise<string[]> {
    const regexes = siteById(table.site)!.profileUrlRegexes(table.sameKey[0]!.key);
    const worker = await browser.worker();
    const verdicts = await worker.evaluate(async (list) => {
      const chrome = (globalThis as unknown as { chrome: { declarativeNetRequest: { isRegexSupported(o: { regex: string; isCaseSensitive: boolean }): Promise<{ isSupported: boolean; reason?: string }> } } }).chrome;
      // Case-insensitive, as the rules are: that compiles larger than the default (case-sensitive) check.
      return Promise.all(list.map((regex) => chrome.declarativeNetRequest.isRegexSupported({ regex, isCaseSensitive: false })));
    }, regexes);
    return regexes.flatMap((regex, index) => (verdicts[index]!.isSupported ? [] : [`${verdicts[index]!.reason}: ${regex}`]));
  }

  async function stats(): Promise<{ blockedTotal: number; peeksTotal: number }> {
    const page = await browser.openExtensionPage('prompt.html');
    const result = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; result: { blockedTotal: number; peeksTotal: number } }> } } })
        .chrome.runtime.sendMessage({ oos: 1, name: 'getStats', data: {} }),
    );
    await page.close();
    return result.result;
  }

  beforeAll(async () => {
    server = await startSiteServer((url) => {
      if (url.hostname === 'x.com' && url.pathname === '/home') return { body: spaPage('X-like') };
      if (url.hostname === 'www.instagram.com' && url.pathname === '/') return { body: spaPage('Instagram-like') };
      return undefined;
    });
    browser = await launchChromium({ extraArgs: server.chromiumArgs() });
    (await browser.worker()).on('console', (message) => workerLog.push(message.text()));
    promptPrefix = browser.extensionUrl('prompt.html');
    // Let the install-time compile finish first, so it cannot land after (and over) ours.
    for (let waited = 0; !(await browser.storage()).compiled && waited < 10_000; waited += 50) {
      await new Promise((done) => setTimeout(done, 50));
    }
    await applySettings(settingsWith(GUARDED.map((table) => formsOf(table)[0]!)));
    await rulesInStep([X_PROFILE, ...(INSTAGRAM ? [caseUrl(INSTAGRAM.sameKey[0]!.urls[0]!)] : [])], ['https://x.com/jordan_avery_fan']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectPrompt(page: Page): Promise<void> {
    await page.waitForURL((url) => url.href.startsWith(promptPrefix), { timeout: 5_000 });
    await page.getByTestId('prompt').waitFor({ state: 'visible' });
  }

  it('has profile sites to check', () => {
    expect(GUARDED.map((table) => table.site)).toEqual(expect.arrayContaining(['x', 'instagram']));
  });

  for (const table of GUARDED) {
    const forms = formsOf(table);
    it(`${table.site}: ${forms.length} URL forms of the profile meet the prompt and never reach the site`, async (ctx) => {
      expect(forms.length).toBeGreaterThanOrEqual(6);
      const refused = await refusedRegexes(table);
      if (refused.length > 0) {
        // The adapter's regex is beyond what this browser's RE2 accepts, so no rule can exist for it.
        console.warn(`guard e2e ${table.site}: SKIPPED, Chromium refuses its profileUrlRegexes: ${refused.join(' ; ')}`);
        ctx.skip();
      }
      await rulesInStep([forms[0]!], []);
      const page = await browser.context.newPage();
      for (const form of forms) {
        const url = requested(form);
        await page.goto(form).catch(() => undefined);
        await expectPrompt(page);
        // Chromium keeps the typed fragment (#top) after the redirect; the background drops it again.
        expect(page.url().replace(/#[^#]*$/, (tail) => (page.url().indexOf('#') < page.url().lastIndexOf('#') ? '' : tail)), form).toBe(`${promptPrefix}#${url.href}`);
        expect(server.requestsFor((logged) => logged.hostname === url.hostname && logged.pathname === url.pathname), form).toEqual([]);
      }
      console.log(`guard e2e ${table.site}: ${forms.join('  ')}`);
      await page.close();
    });
  }

  const nearMisses = [
    'https://x.com/jordan_avery_fan',
    'https://x.com/home',
    'https://x.com/search?q=jordan%20avery',
    'https://x.com/someone_else',
    'https://www.instagram.com/jordan.avery.fan/',
    'https://www.instagram.com/explore/tags/averyphotography/',
  ];
  for (const address of nearMisses) {
    it(`${address} loads normally`, async () => {
      const page = await browser.context.newPage();
      await page.goto(address);
      expect(page.url()).toBe(address);
      const url = new URL(address);
      expect(server.requestsFor((logged) => logged.hostname === url.hostname && logged.pathname + logged.search === url.pathname + url.search).length).toBeGreaterThan(0);
      await page.close();
    });
  }

  const inApp = [
    { name: 'X-like', start: 'https://x.com/home', path: '/jordan_avery' },
    ...(INSTAGRAM ? [{ name: 'Instagram-like', start: 'https://www.instagram.com/', path: `/${INSTAGRAM.sameKey[0]!.key}/` }] : []),
  ];
  for (const app of inApp) {
    it(`${app.name}: pushState to the profile lands on the prompt within a second, nothing of it visible`, async () => {
      const page = await browser.context.newPage();
      await page.goto(app.start);
      await page.getByTestId('home').waitFor();
      // What the page saw comes back by a binding: the guard may send the tab to the prompt before
      // the call below has returned (leftForPrompt): what it saw came back by the binding already.
      const seen: boolean[] = [];
      await page.exposeBinding('reportSeen', (_source, visible: boolean) => void seen.push(visible));
      const started = Date.now();
      await page.evaluate((path) => {
        (globalThis as unknown as { routeTo(p: string): void }).routeTo(path);
        const profile = document.getElementById('profile');
        (globalThis as unknown as { reportSeen(visible: boolean): void }).reportSeen(Boolean(profile?.checkVisibility({ visibilityProperty: true })));
      }, app.path).catch(leftForPrompt);
      await page.waitForURL((url) => url.href.startsWith(promptPrefix), { timeout: 5_000 });
      const elapsed = Date.now() - started;
      await page.getByTestId('prompt').waitFor({ state: 'visible' });
      const shown = Date.now() - started;
      console.log(`guard e2e in-app ${app.name}: navigation → prompt page in ${elapsed} ms, its text shown after ${shown} ms`);
      expect(seen).toEqual([false]);
      expect(elapsed).toBeLessThan(1_000);
      expect(page.url()).toBe(`${promptPrefix}#${new URL(app.path, app.start).href}`);
      expect(server.requestsFor((logged) => logged.pathname === app.path)).toEqual([]);
      await page.close();
    });
  }

  it('no animation frame shows the profile between the in-app navigation and the prompt', async () => {
    const page = await browser.context.newPage();
    // Each frame's verdict goes straight to this process, so frames painted just before the page is
    // replaced are not lost with it.
    const frames: boolean[] = [];
    await page.exposeBinding('reportFrame', (_source, visible: boolean) => void frames.push(visible));
    await page.goto('https://x.com/home');
    await page.getByTestId('home').waitFor();
    await page.evaluate(() => {
      const report = (globalThis as unknown as { reportFrame(visible: boolean): void }).reportFrame;
      const sample = () => {
        const profile = document.getElementById('profile');
        if (profile) report(profile.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
        requestAnimationFrame(sample);
      };
      (globalThis as unknown as { routeTo(p: string): void }).routeTo('/jordan_avery');
      sample();
    }).catch(leftForPrompt);
    await expectPrompt(page);
    console.log(`guard e2e in-app X-like: ${frames.length} frames sampled with the profile in the DOM before the prompt`);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter(Boolean)).toEqual([]);
    await page.close();
  });

  it('"Go back" returns to the page before, and "Take me somewhere calm" goes to the calm page', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await page.getByRole('button', { name: 'Go back' }).click();
    await page.waitForURL('https://x.com/home');
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await page.getByRole('button', { name: 'Take me somewhere calm' }).click();
    await page.waitForURL('https://calm.example/');
    await page.close();
  });

  it('a reload of the prompt is not a second blocked attempt', async () => {
    const before = await stats();
    const page = await browser.context.newPage();
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await page.reload();
    await expectPrompt(page);
    await expect.poll(async () => (await stats()).blockedTotal).toBe(before.blockedTotal + 1);
    await page.close();
  });

  it('continue after the pause reaches the profile once; after the allowance expires the prompt is back', async () => {
    const before = await stats();
    const page = await browser.context.newPage();
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    const pausedAt = Date.now();
    const proceed = page.getByTestId('prompt-continue');
    await proceed.waitFor({ state: 'visible', timeout: 10_000 });
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(2_500); // the 3 s pause was not skipped
    await proceed.click();
    await page.waitForURL(X_PROFILE);
    expect(server.requestsFor((url) => url.hostname === 'x.com' && url.pathname === '/jordan_avery')).toHaveLength(1);
    await expect.poll(async () => (await stats()).peeksTotal).toBe(before.peeksTotal + 1);
    // A different tab is not let through by this tab's allowance.
    const other = await browser.context.newPage();
    await other.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(other);
    await other.close();

    // Expire it as time would: the record runs out, and the same alarm the browser fires removes it.
    const worker = await browser.worker();
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as {
        chrome: {
          storage: { session: { get(k: string): Promise<Record<string, { expiresAt: number }[]>>; set(i: object): Promise<void> } };
          alarms: { create(name: string, info: { when: number }): Promise<void> };
        };
      }).chrome;
      const { guardAllowances = [] } = await chrome.storage.session.get('guardAllowances');
      await chrome.storage.session.set({ guardAllowances: guardAllowances.map((a) => ({ ...a, expiresAt: Date.now() - 1 })) });
      await chrome.alarms.create('oos-allow-once-expiry', { when: Date.now() });
    });
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: { declarativeNetRequest: { getSessionRules(): Promise<unknown[]> } } }).chrome.declarativeNetRequest.getSessionRules().then((r) => r.length)), { timeout: 10_000 })
      .toBe(0);
    await page.reload().catch(() => undefined);
    await expectPrompt(page);
    expect(server.requestsFor((url) => url.hostname === 'x.com' && url.pathname === '/jordan_avery')).toHaveLength(1);
    await page.close();
  });

  it('a YouTube handle too long for a regex rule meets the prompt all the same, and continuing reaches it', async () => {
    const handle = '中文頻道測試名稱長';
    const profile = new URL(`https://www.youtube.com/@${handle}`).href;
    const forms = [profile, new URL(`https://m.youtube.com/@${handle}/videos`).href];
    const someoneElse = new URL(`https://www.youtube.com/@${handle}長`).href;
    // Chromium refuses this handle's regex as too large: the guard must use its urlFilter forms.
    expect(await refusedRegexes({ site: 'youtube', sameKey: [{ key: `@${handle}`, urls: [] }] })).not.toEqual([]);
    await applySettings(settingsWith([X_PROFILE, profile]));
    await rulesInStep([X_PROFILE, ...forms], [someoneElse]);
    const page = await browser.context.newPage();
    for (const form of forms) {
      await page.goto(form).catch(() => undefined);
      await expectPrompt(page);
      // These rules cannot carry the address asked for: the prompt stands for the profile itself.
      expect(page.url()).toBe(`${promptPrefix}#${profile}`);
      const url = requested(form);
      expect(server.requestsFor((logged) => logged.hostname === url.hostname && logged.pathname === url.pathname), form).toEqual([]);
    }
    const proceed = page.getByTestId('prompt-continue');
    await proceed.waitFor({ state: 'visible', timeout: 10_000 });
    await proceed.click();
    await page.waitForURL(profile);
    expect(server.requestsFor((url) => url.hostname === 'www.youtube.com' && url.pathname === new URL(profile).pathname)).toHaveLength(1);
    // A longer handle is someone else's.
    await page.goto(someoneElse);
    expect(page.url()).toBe(someoneElse);
    await page.close();
    await applySettings(settingsWith(GUARDED.map((table) => formsOf(table)[0]!)));
    await rulesInStep([X_PROFILE], [profile]);
  });

  it('a crafted prompt.html with a javascript: target offers nothing to continue to', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const crafted = `${promptPrefix}#javascript:alert(document.domain)`;
    await page.goto(crafted);
    await page.getByTestId('prompt-nothing').waitFor();
    await page.waitForTimeout(3_500); // longer than the pause
    expect(await page.getByTestId('prompt-continue').count()).toBe(0);
    expect(page.url()).toBe(crafted);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows their reasons and streak, and keeps the name hidden', async () => {
    const page = await browser.context.newPage();
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await expect.poll(() => page.getByTestId('prompt-reasons').locator('li').allTextContents()).toEqual(REASONS);
    expect(await page.getByTestId('prompt-streak').textContent()).toMatch(/^\d+ days?$|Day one/);
    const text = (await page.getByTestId('prompt').textContent()) ?? '';
    expect(text).toContain("You're protecting your peace");
    expect(text).not.toMatch(/jordan|J\./i);
    expect(await page.getByRole('link', { name: '800-799-7233' }).getAttribute('href')).toBe('tel:+18007997233');
    await page.close();
  });

  it('writes the urge down in the journal', async () => {
    const page = await browser.context.newPage();
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await page.getByRole('button', { name: 'Write it down' }).click();
    await page.getByRole('textbox').fill('Saw their name and wanted to look. Went for a walk instead.');
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    await page.getByTestId('prompt-journal-saved').waitFor();
    const journal = JSON.stringify((await browser.storage()).journal);
    expect(journal).toContain('Went for a walk instead.');
    expect(journal).toContain('"urge"');
    await page.close();
  });

  it('is keyboard-usable and passes axe with no serious issues, light and dark, at 200 % zoom', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 640, height: 900 }); // 1280 px at 200 %
    await page.goto(X_PROFILE).catch(() => undefined);
    await expectPrompt(page);
    await page.getByTestId('prompt-reasons').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Take me somewhere calm');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });

  it('rules follow the settings: a profile removed loads again, one added is guarded', async () => {
    await applySettings(settingsWith([X_PROFILE.replace('jordan_avery', 'jordie_a')]));
    await rulesInStep(['https://x.com/jordie_a'], [X_PROFILE]);
    const page = await browser.context.newPage();
    await page.goto(X_PROFILE);
    expect(page.url()).toBe(X_PROFILE);
    await page.goto('https://x.com/jordie_a').catch(() => undefined);
    await expectPrompt(page);
    await page.close();
  });
});
