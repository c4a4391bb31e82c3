// Shared by the <site>.adapter.test.ts files: what the content engine would hide on a bundled sample
// page (tests/fixtures/<site>/sample.html) for the demo person, decided the way src/content/engine.ts
// decides it (each unit read on its own, then its text, its links by canonical profile, its authors)
// so a test can compare with the page's data-target / data-negative marks without a browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSettingsFile } from '../../../src/settings/file';
import { compileConfig } from '../../../src/settings/compile';
import { createMatcher, type Matcher } from '../../../src/matching/matcher';
import { profileId, profileOfUrl, type SiteAdapter } from '../../../src/sites';
import { readUnit } from '../../../src/content/text';
import { SAMPLE_PAGES } from '../../fixtures/sample-pages';

export interface SampleDecision {
  doc: Document;
  units: Element[];
  /** The elements the engine would mark (each unit's hideTarget). */
  hidden: Set<Element>;
  targets: Element[];
  negatives: Element[];
}

export function demoMatcher(): Matcher {
  const parsed = parseSettingsFile(readFileSync(resolve('tests/fixtures/demo/demo-settings.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return createMatcher(compileConfig(parsed.settings).matcher);
}

/** Parse a sample page as if served at its registered address (relative links resolve against it). */
export function loadSamplePage(site: SiteAdapter, file = `${site.id}/sample.html`): Document {
  const page = SAMPLE_PAGES.find((sample) => sample.file === file);
  if (!page) throw new Error(`${file} is not registered in tests/fixtures/sample-pages.ts`);
  const doc = new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures', file), 'utf8'), 'text/html');
  const base = doc.createElement('base');
  base.href = page.url;
  doc.head.prepend(base);
  return doc;
}

/**
 * Whether a unit is about them, as the engine decides: read on its own (the site's units inside it
 * left out), then its text, its links by canonical profile, its authors.
 */
export function unitNamesThem(site: SiteAdapter, unit: Element, matcher: Matcher = demoMatcher()): boolean {
  const reading = readUnit(unit, (element) => element.matches(site.units));
  let matched = matcher.matchText(reading.text) >= 0;
  for (const link of reading.links) {
    if (matched) break;
    const href = (link as HTMLAnchorElement).href;
    let ref = null;
    try {
      ref = href ? profileOfUrl(new URL(href), link) : null;
    } catch {
      ref = null;
    }
    matched = ref !== null && matcher.matchProfile(profileId(ref)) >= 0;
  }
  if (!matched && site.authors) matched = site.authors(unit).some((id) => matcher.matchProfile(id) >= 0);
  return matched;
}

export function decideSamplePage(site: SiteAdapter, doc: Document): SampleDecision {
  const matcher = demoMatcher();
  const units = [...doc.querySelectorAll(site.units)];
  const hidden = new Set<Element>();
  for (const unit of units) if (unitNamesThem(site, unit, matcher)) hidden.add(site.hideTarget?.(unit) ?? unit);
  return {
    doc,
    units,
    hidden,
    targets: [...doc.querySelectorAll('[data-target]')],
    negatives: [...doc.querySelectorAll('[data-negative]')],
  };
}

/** The five forms issue 4 asks every sample page to hold the person in. */
export const REQUIRED_FORMS = ['display-name', 'handle', 'profile-link', 'alt-or-aria', 'case-diacritics'];
