// Loading saved and reproduced pages for the adapter tests: scripts stripped (the TikTok capture's
// point at TikTok's CDN), relative links resolved against the address the page is served at.
import { readFileSync } from 'node:fs';
import type { ProfileId, SiteAdapter } from '../../../src/sites';

export function loadPage(file: string, url: string): Document {
  const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

export function unitsIn(doc: Document | Element, site: SiteAdapter): Element[] {
  return [...doc.querySelectorAll(site.units)];
}

/** How many units each author id is found in. */
export function authorCounts(units: Element[], site: SiteAdapter): Record<ProfileId, number> {
  const counts: Record<ProfileId, number> = {};
  for (const unit of units) for (const id of site.authors?.(unit) ?? []) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/**
 * The unit a data-target / data-negative marker speaks for: itself, the one unit inside it (X's row
 * box), or the one around it (a hide target inside the unit, or a host post's own text when comments
 * or a quote inside the post are units of their own).
 */
export function unitOfMarker(marker: Element, site: SiteAdapter): Element | null {
  if (marker.matches(site.units)) return marker;
  return marker.querySelector(site.units) ?? marker.closest(site.units);
}

/** The element the engine marks for a unit. */
export function hideTargetOf(unit: Element, site: SiteAdapter): Element {
  return site.hideTarget?.(unit) ?? unit;
}
