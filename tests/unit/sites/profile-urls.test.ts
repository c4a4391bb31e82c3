// Issue 3, part 3: profile URL recognition, table-tested (../shared/STYLE.md, conventions 4–5).
//
// Table format (see ./url-table.ts): each site has tests/unit/sites/tables/<site>.ts exporting
//   export const table: ProfileUrlTable = {
//     site: 'instagram',
//     sameKey: [
//       { key: 'jordan.avery', label: 'Instagram · @jordan.avery', urls: [
//           'https://www.instagram.com/jordan.avery/',            // ≥10 forms of one profile
//           { url: 'https://l.instagram.com/?u=…', load: false }, // a wrapper: no page load has it
//       ] },
//       { key: 'jordan.avery.fan', urls: ['https://www.instagram.com/jordan.avery.fan/'] }, // near-miss
//     ],
//     notProfiles: ['https://www.instagram.com/explore/', …],  // ≥5, on this site's hosts
//   };
// A site with no profiles at all (a search engine) has `sameKey: []`.
// Checks, for every table:
// - every sameKey URL is recognised as {site, key} by profileOfUrl (with its anchor), and by no other
//   adapter (another adapter owning the host would have to return null for it);
// - pasted into the options page (recogniseProfileLink), it reads as the label; a non-profile gets a reason;
// - the key's profileUrlRegexes (RE2, used as declarativeNetRequest regexFilter, case-insensitive)
//   match every full-load form of it, and no URL of any other key or any non-profile in any table;
// - the regexes keep to the syntax RE2 and JS share (no lookarounds, no backreferences).
import { describe, expect, it } from 'vitest';
import { profileOfUrl, recogniseProfileLink, SITES, siteById, siteForHost } from '../../../src/sites';
import { caseUrl, type ProfileUrlTable, type UrlCase } from './url-table';

const modules = import.meta.glob<{ table: ProfileUrlTable }>('./tables/*.ts', { eager: true });
const TABLES = Object.entries(modules).map(([path, module]) => ({ file: path, table: module.table }));

function anchorFor(entry: UrlCase): Element | undefined {
  if (typeof entry === 'string' || !entry.anchor) return undefined;
  const anchor = document.createElement('a');
  anchor.setAttribute('href', entry.url);
  for (const [name, value] of Object.entries(entry.anchor)) anchor.setAttribute(name, value);
  return anchor;
}

function loads(entry: UrlCase): boolean {
  return typeof entry === 'string' || entry.load !== false;
}

/** Every URL in every table with the profile it belongs to ("site:key"), or null for non-profiles. */
const ALL_URLS: { url: string; owner: string | null; entry: UrlCase }[] = TABLES.flatMap(({ table }) => [
  ...table.sameKey.flatMap((group) => group.urls.map((entry) => ({ url: caseUrl(entry), owner: `${table.site}:${group.key}`, entry }))),
  ...table.notProfiles.map((entry) => ({ url: caseUrl(entry), owner: null, entry })),
]);

describe('URL tables', () => {
  it('exist for every registered site', () => {
    const covered = new Set(TABLES.map(({ table }) => table.site));
    expect(SITES.map((site) => site.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

for (const { file, table } of TABLES) {
  const site = siteById(table.site);

  describe(`${table.site} profile URLs (${file})`, () => {
    it('is registered and has enough cases', () => {
      expect(site, `${table.site} is not in SITES`).toBeDefined();
      // A site without profiles (a search engine) has no sameKey groups; every other needs 10 forms.
      if (table.sameKey.length > 0) expect(table.sameKey[0]!.urls.length).toBeGreaterThanOrEqual(10);
      expect(table.notProfiles.length).toBeGreaterThanOrEqual(5);
    });

    for (const group of table.sameKey) {
      for (const entry of group.urls) {
        const url = caseUrl(entry);
        it(`${url} → ${table.site}:${group.key}`, () => {
          expect(profileOfUrl(new URL(url), anchorFor(entry))).toEqual({ site: table.site, key: group.key });
          for (const other of SITES) {
            if (other.id === table.site || siteForHost(new URL(url).hostname) !== other) continue;
            expect(other.profileKey(new URL(url)), `${other.id} also claims it`).toBeNull();
          }
          if (!anchorFor(entry) && group.label) {
            expect(recogniseProfileLink(url)).toMatchObject({ ok: true, label: group.label });
          }
        });
      }
    }

    for (const entry of table.notProfiles) {
      const url = caseUrl(entry);
      it(`${url} is no one's profile`, () => {
        expect(profileOfUrl(new URL(url), anchorFor(entry))).toBeNull();
        if (!anchorFor(entry)) {
          const pasted = recogniseProfileLink(url);
          expect(pasted.ok).toBe(false);
          if (!pasted.ok) expect(pasted.reason.length).toBeGreaterThan(10);
        }
      });
    }

    for (const group of table.sameKey) {
      it(`the full-load regexes of ${group.key} catch its page loads and nothing else`, () => {
        const sources = site!.profileUrlRegexes(group.key);
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) {
          // RE2 has neither lookarounds nor backreferences; declarativeNetRequest rejects them.
          expect(source).not.toMatch(/\(\?[=!<]|\\[1-9]/);
          expect(source.length).toBeLessThan(600);
        }
        const regexes = sources.map((source) => new RegExp(source, 'i'));
        const own = `${table.site}:${group.key}`;
        const matches = (url: string) => regexes.some((regex) => regex.test(url));
        for (const { url, owner, entry } of ALL_URLS) {
          if (owner === own) {
            if (loads(entry)) expect(matches(url), `should catch ${url}`).toBe(true);
          } else if (loads(entry)) {
            expect(matches(url), `should not catch ${url} (${owner ?? 'not a profile'})`).toBe(false);
          }
        }
      });
    }
  });
}
