// The background hears of history-API address changes only where one may reach a profile it guards
// (navigation.ts, historyUrlFilters): every address a profile can have must pass the filter, and the
// addresses web apps change all day on other sites must not, or the worker is started for each.
// webNavigation's filter is read here as the browser reads it: the URL's host as written (lower case,
// a final dot kept) and its path as sent (escapes kept); the real browser is held to it in
// tests/e2e/guard-history.e2e.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { historyUrlFilters, type HistoryUrlFilter } from '../../../src/background/navigation';
import { profileOfUrl, SITES } from '../../../src/sites/index';
import { caseUrl, type ProfileUrlTable } from '../sites/url-table';

const modules = import.meta.glob<{ table: ProfileUrlTable }>('../sites/tables/*.ts', { eager: true });
const TABLES = Object.values(modules).map((module) => module.table);

const FILTERS = historyUrlFilters();

/** Whether the browser would tell the background of a change to `address` (one filter suffices). */
function heard(address: string): boolean {
  const url = new URL(address);
  return FILTERS.some((filter: HistoryUrlFilter) =>
    (filter.hostEquals === undefined || url.hostname === filter.hostEquals) &&
    (filter.hostSuffix === undefined || url.hostname.endsWith(filter.hostSuffix)) &&
    (filter.pathContains === undefined || url.pathname.includes(filter.pathContains)));
}

/** A profile the guard could send to the prompt is at `address`. */
const isProfile = (address: string) => profileOfUrl(new URL(address)) !== null;

describe('the addresses whose history changes wake the background', () => {
  it('hold every profile address in the site tables', () => {
    const profiles = TABLES.flatMap((table) => table.sameKey.flatMap((group) => group.urls.map(caseUrl))).filter(isProfile);
    expect(profiles.length).toBeGreaterThan(100);
    expect(profiles.filter((address) => !heard(address))).toEqual([]);
  });

  it('hold any address a profile can have, on any host, however its host and path are written', () => {
    const domains = SITES.flatMap((site) => [...site.hosts, ...(site.linkHosts ?? [])]);
    const host = fc.tuple(
      fc.constantFrom('', 'www.', 'm.', 'old.', 'de-de.'),
      fc.oneof(fc.constantFrom(...domains), fc.constantFrom('fosstodon.org', 'social.example', 'x.com.example', 'notx.com')),
      fc.boolean(),
    ).map(([sub, domain, dot]) => `${sub}${domain}${dot ? '.' : ''}`);
    const segment = fc.constantFrom('@jordan_avery', '%40jordan_avery', '@Jordan_Avery@mastodon.social', 'users', 'web', 'jordan_avery',
      'in', 'channel', 'c', 'u', 'user', 'profile.php', 'status', '113456789', 'with_replies', '');
    const address = fc.tuple(host, fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '?id=100012345678', '?lang=en'))
      .map(([name, segments, query]) => `https://${name}/${segments.join('/')}${query}`);
    fc.assert(fc.property(address, (value) => !isProfile(value) || heard(value)), { numRuns: 3000 });
  });

  it('leave out what other web apps do all day', () => {
    for (const address of [
      'https://github.com/out-of-sight/extension/pull/12/files',
      'https://mail.example.com/mail/u/0/#inbox',
      'https://docs.example.org/document/d/1abc/edit',
      'https://news.example/local/harbour-light-festival',
      'https://app.slack.example/client/T01/C02',
      'https://box.com/folder/123',
    ]) {
      expect(heard(address), address).toBe(false);
    }
  });

  it('name each site only by its own hosts: a host that merely ends in the same letters is not one of them', () => {
    expect(heard('https://x.com/home')).toBe(true);
    expect(heard('https://pro.x.com./home')).toBe(true);
    expect(heard('https://netflix.com/browse')).toBe(false);
  });
});
