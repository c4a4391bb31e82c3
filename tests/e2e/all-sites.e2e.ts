// Issue 4, part 3: "also on all other sites" in Chromium, end to end. With the setting on and the
// optional <all_urls> permission granted, the background registers the fallback script; it hides only
// the comments and list items about the person on a site with no adapter of its own, and recognises
// a Mastodon instance other than mastodon.social by its page. With the setting off, other sites are
// left alone. The browser's own permission prompt cannot be clicked from a test, so the permission is
// granted as the user's "Allow" would leave it: in a copy of the build whose manifest asks for it.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWithAllSitesGranted, launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startSiteServer, type SiteServer } from './harness/server';
import {
  applySettings, demoSettings, fallbackScriptMatches, judgeUnits, OTHER_LETTERS, OTHER_LETTERS_BANNER, OTHER_NEWS, OTHER_RESULTS, readLetters, serveOtherSite,
} from './filter-helpers';
import { expectLetters, expectResults } from './streamed-letters';

/** A Mastodon instance the manifest does not list (only mastodon.social is). */
const INSTANCE = 'https://hachyderm.io/home';

describe('"also on all other sites" in Chromium', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let extensionDir: string;

  /** The fallback script's registration, once the compiled settings the scripts read agree with it. */
  const registered = async () => {
    const scripts = await fallbackScriptMatches(browser);
    const compiled = (await browser.storage()).compiled as { allSites?: boolean } | undefined;
    return compiled?.allSites === (scripts.length > 0) ? scripts : 'compiling';
  };

  const judge = async (url: string, ready: boolean) => {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (ready) await page.waitForSelector('html[data-oos-ready]');
    const verdicts = await judgeUnits(page);
    const engineRan = await page.evaluate(() => document.documentElement.hasAttribute('data-oos-ready'));
    await page.close();
    return { ...verdicts, engineRan };
  };

  beforeAll(async () => {
    extensionDir = copyWithAllSitesGranted('oos-all-sites-');
    server = await startSiteServer((url) =>
      url.href === INSTANCE ? { body: readFileSync('tests/fixtures/mastodon/sample.html') } : serveOtherSite(url));
    browser = await launchChromium({ extraArgs: server.chromiumArgs(), extensionDir });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('leaves other sites alone while the setting is off, even with the permission granted', async () => {
    await applySettings(browser, demoSettings());
    await expect.poll(registered, { timeout: 5_000 }).toEqual([]);
    const { targets, negatives, engineRan } = await judge(OTHER_NEWS, false);
    expect(engineRan).toBe(false);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(negatives.length).toBeGreaterThanOrEqual(5);
    expect([...targets, ...negatives].filter((unit) => !unit.visible).map((unit) => unit.label)).toEqual([]);
  });

  it('once on, hides only the comments and list items about them on a site it has no adapter for', async () => {
    await applySettings(browser, demoSettings((settings) => (settings.filter.allSites = true)));
    // Registered for every page; the supported sites keep their own scripts (excludeMatches).
    await expect.poll(registered, { timeout: 5_000 }).toEqual([['<all_urls>']]);
    const { targets, negatives, engineRan } = await judge(OTHER_NEWS, true);
    expect(engineRan).toBe(true);
    expect(targets.filter((unit) => unit.visible).map((unit) => unit.label), 'targets a user can still see').toEqual([]);
    expect(negatives.filter((unit) => !unit.visible).map((unit) => unit.label), 'negatives that went missing').toEqual([]);
    // The article and the comment list around the hidden comments stay.
    const page = await browser.context.newPage();
    await page.goto(OTHER_NEWS);
    await page.waitForSelector('html[data-oos-ready]');
    expect(await page.locator('[data-oos]').evaluateAll((units) => units.map((unit) => unit.localName))).toEqual(['li', 'li', 'li', 'li', 'li', 'li']);
    expect(await page.locator('article.story, #comments, main').evaluateAll((all) => all.every((element) => element.checkVisibility()))).toBe(true);
    await page.close();
  });

  /** Load a streamed page, ready: what its own frame watch saw, and which rows are hidden. */
  const watched = async (url: string) => {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-oos-ready]');
    await page.waitForTimeout(100);
    const letters = await page.evaluate(readLetters);
    await page.close();
    return letters;
  };

  it('holds a letter the page is still streaming in until its last line, which names them, has come: never on screen', async () => {
    expectLetters(await watched(OTHER_LETTERS), 'calm');
  });

  it('keeps reading where the parser is after a page script appends to <body> mid-page: the letter that names them is never on screen', async () => {
    expectLetters(await watched(OTHER_LETTERS_BANNER), 'banner');
  });

  it('lets go of a results list it took for one result while the list was small, once it is a list: only theirs stays hidden', async () => {
    expectResults(await watched(OTHER_RESULTS));
  });

  it('recognises a Mastodon instance by its page and filters it as Mastodon', async () => {
    const { targets, negatives } = await judge(INSTANCE, true);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(targets.filter((unit) => unit.visible).map((unit) => unit.label), 'targets a user can still see').toEqual([]);
    // Mastodon's own units, not the generic rule's blocks: without the detector, a post that mentions
    // them stays in sight.
    expect(negatives.filter((unit) => !unit.visible).map((unit) => unit.label), 'negatives that went missing').toEqual([]);
  });

  it('in blur mode, a comment shown anyway stays shown while the page changes it in place', async () => {
    await applySettings(browser, demoSettings((settings) => {
      settings.filter.allSites = true;
      settings.filter.mode = 'blur';
    }));
    const page = await browser.context.newPage();
    await page.goto(OTHER_NEWS);
    await page.waitForSelector('#c1[data-oos="blur"] > oos-card');
    // The card's buttons live in a closed shadow root: it takes focus, and Enter presses.
    await page.locator('#c1 > oos-card').evaluate((card) => (card as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#c1:not([data-oos])');
    // The page's own script updates the comment (a reply count), and edits its words: the same comment.
    await page.evaluate(() => {
      document.querySelector('#c1 button')!.textContent = 'Reply (2)';
      document.querySelector('#c1 p:not(.author)')!.append(' (edited)');
    });
    await page.waitForTimeout(200);
    expect(await page.locator('#c1').evaluate((comment) => [comment.hasAttribute('data-oos'), comment.checkVisibility({ visibilityProperty: true })])).toEqual([false, true]);
    expect(await page.locator('#c1 oos-card').count()).toBe(0);
    // The other comments about them are still behind their cards.
    expect(await page.locator('[data-oos="blur"]').evaluateAll((units) => units.map((unit) => unit.id))).toEqual(['c3', 'c5', 'c7', 'c9', '']);
    await page.close();
  });

  it('lets go of other sites when it is turned off again', async () => {
    await applySettings(browser, demoSettings());
    await expect.poll(registered, { timeout: 5_000 }).toEqual([]);
    const { targets, engineRan } = await judge(OTHER_NEWS, false);
    expect(engineRan).toBe(false);
    expect(targets.every((unit) => unit.visible)).toBe(true);
  });
});
