// @vitest-environment-options {"url": "https://example.test/"}
// Every site's sample page (tests/fixtures/sample-pages.ts), streamed in random parts as a parser
// appends them, with a page script changing the site's units as they come (text and attributes
// people read changed in place, links recycled to their profile or to one that extends it, units
// added, moved and removed, some in the page's own frame callbacks), then changed again once parsed.
// At every frame no unit shows them (whole, or in a part of it not hidden); once parsed nothing is
// held, and only what the site's adapter hides for a unit that names them is hidden.
//
// Whether a unit names them is decided as the sample-page tests decide it (sample-page-check.ts:
// text, links by canonical profile, authors): this tests the engine's timing with each adapter.
import { describe, expect, it } from 'vitest';
import { siteById, type SiteAdapter, type SiteId } from '../../../src/sites';
import { SAMPLE_PAGES } from '../../fixtures/sample-pages';
import { hideTargetOf } from '../sites/fixture-helpers';
import { demoMatcher, unitNamesThem } from '../sites/sample-page-check';
import { demoCompiled, demoSettings, fixtureBody, held, parsing, useEngine } from './helpers';
import { ALTS, generator, streamAndChange, TEXTS, type Random } from './random-pages';

const matcher = demoMatcher();
/** Their profile on every site, and as many addresses that extend it (someone else's). */
const PROFILES = demoSettings().people[0]!.profiles;
const LINKS = [...PROFILES, ...PROFILES.map((url) => url.replace(/jordan[._-]?avery/i, (handle) => `${handle}2`))];
/** What a page script may write in an attribute people read (null: it removes it). */
const READ = ['alt', 'aria-label', 'title'] as const;

/** What the engine marks for a unit about them (src/content/engine.ts hide). */
const targetsOf = (site: SiteAdapter, unit: Element) => site.hideTargets?.(unit) ?? [hideTargetOf(unit, site)];

/**
 * A unit as the user sees it: without its parts out of sight. Null when it is out of sight whole, or
 * all that the adapter hides of it is (a Reddit comment's own parts, not its replies).
 */
function seenOf(site: SiteAdapter, unit: Element): Element | null {
  if (held(unit) || targetsOf(site, unit).every((target) => target.closest('[data-oos]'))) return null;
  const copy = unit.cloneNode(true) as Element;
  const parts = [...unit.querySelectorAll('*')];
  const copies = [...copy.querySelectorAll('*')];
  parts.forEach((part, i) => {
    if (part.matches('[data-oos], [data-oos-wait]')) copies[i]!.remove();
  });
  return copy;
}

function textNodesIn(root: Element): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data) && !node.parentElement?.closest('oos-card, script, style')) found.push(node as Text);
  }
  return found;
}

/** One change a page script may make to the site's units as they stand; returns what it did. */
function pageChange(site: SiteAdapter, random: Random): string {
  const units = [...document.querySelectorAll(site.units)];
  if (units.length === 0) return 'no unit yet';
  const unit = random.pick(units);
  // Units are added and moved among their own kind, in their own list (as a feed reorders its items).
  const peers = units.filter((candidate) => candidate !== unit && candidate.parentNode === unit.parentNode);
  const other = peers.length > 0 ? random.pick(peers) : unit;
  switch (random.below(6)) {
    case 0: {
      const texts = textNodesIn(unit);
      if (texts.length === 0) return 'no text';
      const text = random.pick(texts);
      if (random.chance(0.5)) text.data = random.pick(TEXTS);
      else text.appendData(random.pick([' and Jordie', ' Avery', ' Jordan']));
      return `text now "${text.data}"`;
    }
    case 1: {
      const elements = [unit, ...unit.querySelectorAll('*')].filter((element) => !element.closest('oos-card'));
      const element = random.pick(elements);
      const name = random.pick(READ);
      const value = random.pick(ALTS);
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
      return `${element.localName}'s ${name} now ${value}`;
    }
    case 2: {
      const links = [...unit.querySelectorAll('a[href]')];
      if (links.length === 0) return 'no link';
      const href = random.pick(LINKS);
      random.pick(links).setAttribute('href', href);
      return `a link recycled to ${href}`;
    }
    case 3: {
      // A unit like it, as a page renders one (fresh markup: none of our marks or cards).
      const copy = unit.cloneNode(true) as Element;
      for (const card of copy.querySelectorAll('oos-card')) card.remove();
      for (const marked of [copy, ...copy.querySelectorAll('[data-oos], [data-oos-wait]')]) {
        marked.removeAttribute('data-oos');
        marked.removeAttribute('data-oos-wait');
      }
      other.before(copy);
      return 'a unit added';
    }
    case 4:
      other.before(unit);
      return 'a unit moved';
    default:
      unit.remove();
      return 'a unit removed';
  }
}

/**
 * Jsdom's selector engine finds nothing when an element is asked for these sites' unit lists, which
 * browsers find ("ul li:has(…)" asked of the ul, ":not([aria-posinset] *)"): their e2e tests run in
 * Chromium and Firefox.
 */
const UNSCOPED = ['facebook', 'instagram'];

/** How many runs, how often a frame comes between two parser steps, and how many changes after. */
interface Pace {
  what: string;
  seeds: number[];
  frameChance: number;
  after: number;
}

const EVERY_SITE: Pace = { what: 'streamed and changed at random', seeds: [1, 2, 3, 4, 5, 6, 7, 8], frameChance: 0.08, after: 10 };
/**
 * X's timeline, with frames four times as often and three times the changes once parsed. (At this
 * pace a post read as finished, when a page script put a row back in place, was not read again once
 * the parser left it.)
 */
const X_FAST: Pace = { what: 'with frames as often as a fast machine paints them', seeds: Array.from({ length: 40 }, (_, i) => 101 + i), frameChance: 0.3, after: 30 };

const runs = [
  ...SAMPLE_PAGES.filter((sample) => !UNSCOPED.includes(sample.site)).map((page) => ({ page, pace: EVERY_SITE })),
  ...SAMPLE_PAGES.filter((sample) => sample.site === 'x').map((page) => ({ page, pace: X_FAST })),
];

for (const { page, pace } of runs) {
  const site = siteById(page.site as SiteId)!;
  describe(`content engine on ${page.site}'s sample page, ${pace.what}`, () => {
    const t = useEngine({ site });
    const html = fixtureBody(`tests/fixtures/${page.file}`);

    const expectNoneShown = (log: string[]) => {
      for (const unit of document.querySelectorAll(site.units)) {
        const seen = seenOf(site, unit);
        if (seen && unitNamesThem(site, seen, matcher)) expect.fail(`shown: ${seen.textContent!.replace(/\s+/g, ' ').trim()}\n${log.join('\n')}`);
      }
    };
    const expectExact = (log: string[]) => {
      expectNoneShown(log);
      expect(document.querySelectorAll('[data-oos-wait]').length, log.join('\n')).toBe(0);
      const about = [...document.querySelectorAll(site.units)].filter((unit) => unitNamesThem(site, unit, matcher));
      const targets = new Set(about.flatMap((unit) => targetsOf(site, unit)));
      for (const marked of document.querySelectorAll('[data-oos]')) {
        // (Or what names them itself: a unit moved out of its place, no unit there, stays hidden.)
        if (!targets.has(marked) && !unitNamesThem(site, marked, matcher)) expect.fail(`hidden: ${marked.textContent!.replace(/\s+/g, ' ').trim()}\n${log.join('\n')}`);
      }
    };

    for (const mode of ['hide', 'blur'] as const) {
      // (About a second a test here, in jsdom: room for a slower machine.)
      it(`in ${mode} mode: no frame shows them, and once parsed only their units are hidden`, { timeout: 60_000 }, async () => {
        const settings = demoCompiled((next) => (next.filter.mode = mode));
        for (const seed of pace.seeds) {
          const random = generator(seed * 7919 + page.file.length + (mode === 'blur' ? 1 : 0));
          const log = [`${page.file}, seed ${seed}, ${mode}`];
          await parsing(t, (frames) => {
            // Relative links resolve as on the page's own address.
            const base = document.createElement('base');
            base.href = page.url;
            document.head.append(base);
            return streamAndChange({
              random, log, html, answer: () => t.api.answer(settings), frameChance: pace.frameChance,
              change: () => pageChange(site, random), after: pace.after, expectNoneShown, expectExact, takeRecords: () => t.engine.takeRecords(),
            }, frames);
          }, { site });
        }
      });
    }
  });
}
