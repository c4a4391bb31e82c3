// Issue 5, part 1: the declarativeNetRequest rules that send a profile visit to the prompt before the
// site is asked. For every site with a URL table (tests/unit/sites/tables/*.ts), every URL form a full
// page load can request of the configured profile is redirected to prompt.html#<that URL>, and no
// near-miss, other person or non-profile address is touched. The rules follow the compiled config.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { buildGuardRules, REGEX_RULE_BUDGET, syncGuardRules } from '../../../src/background/guard-rules';
import { resolveGuardedProfile, startProfileGuard } from '../../../src/background/navigation';
import type { CompiledConfig } from '../../../src/compiled';
import { SITES, type ProfileId } from '../../../src/sites/index';
import { linkedinProfiles } from '../../../src/sites/linkedin';
import { youtubeProfiles } from '../../../src/sites/youtube';
import { caseUrl, type ProfileUrlTable, type UrlCase } from '../sites/url-table';
import { installFakeDnr, redirectOf, regexOf } from './fake-dnr';

const modules = import.meta.glob<{ table: ProfileUrlTable }>('../sites/tables/*.ts', { eager: true });
const ALL_TABLES = Object.values(modules).map((module) => module.table);
/** Sites with profiles (search engines have none: their tables hold only addresses to leave alone). */
const TABLES = ALL_TABLES.filter((table) => table.sameKey.length > 0);
const PROMPT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/prompt.html';

const loads = (entry: UrlCase) => typeof entry === 'string' || entry.load !== false;

/** The browser requests this: host lowercased, no fragment. */
function requestUrl(address: string): string {
  const url = new URL(address);
  url.hash = '';
  return url.href;
}

function configWith(ids: ProfileId[], sites: CompiledConfig['sites'] = {}): CompiledConfig {
  const profiles: Record<ProfileId, number> = {};
  ids.forEach((id, index) => (profiles[id] = index));
  return { v: 1, matcher: { patterns: [], profiles }, links: [], mode: 'hide', sites, allSites: false, snoozedUntil: null } as CompiledConfig;
}

/** Each table's main profile is configured; every other URL in every table must be left alone. */
const CONFIGURED = TABLES.map((table) => `${table.site}:${table.sameKey[0]!.key}` as ProfileId);

const compiledRegexes = new WeakMap<object, RegExp>();
function cachedRegexOf(rule: ReturnType<typeof buildGuardRules>[number]): RegExp {
  let regex = compiledRegexes.get(rule);
  if (!regex) {
    regex = regexOf(rule);
    compiledRegexes.set(rule, regex);
  }
  return regex;
}

function simulate(rules: ReturnType<typeof buildGuardRules>, address: string): string | null {
  const request = requestUrl(address);
  for (const rule of rules) {
    if (rule.action.type !== 'redirect') continue;
    if (cachedRegexOf(rule).test(request)) return redirectOf(rule, request, PROMPT.slice(0, PROMPT.lastIndexOf('/')));
  }
  return null;
}

describe('guard rules from the URL tables', () => {
  it('has tables to check', () => expect(TABLES.length).toBeGreaterThan(0));

  const rules = buildGuardRules(configWith(CONFIGURED), PROMPT);

  it('are plain main-frame redirects with unique ids, within the regex budget', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.length).toBeLessThanOrEqual(REGEX_RULE_BUDGET);
    for (const rule of rules) {
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect(rule.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${PROMPT}#\\0` } });
    }
  });

  for (const table of TABLES) {
    const main = table.sameKey[0]!;
    describe(`${table.site}:${main.key}`, () => {
      const forms = main.urls.filter(loads).map(caseUrl);
      it('covers at least 6 URL forms', () => expect(forms.length).toBeGreaterThanOrEqual(6));
      for (const form of forms) {
        it(`sends ${form} to the prompt with the address it asked for`, () => {
          expect(simulate(rules, form)).toBe(`${PROMPT}#${requestUrl(form)}`);
        });
      }
    });
  }

  const untouched = ALL_TABLES.flatMap((table) => [
    ...table.sameKey.slice(1).flatMap((group) => group.urls.filter(loads).map(caseUrl)),
    ...table.notProfiles.map(caseUrl),
  ]);
  for (const address of untouched) {
    it(`leaves ${address} alone`, () => expect(simulate(rules, address)).toBeNull());
  }

  it('makes no rule for a site the user switched off', () => {
    const site = TABLES[0]!.site;
    const off = buildGuardRules(configWith(CONFIGURED, { [site]: false }), PROMPT);
    const form = caseUrl(TABLES[0]!.sameKey[0]!.urls[0]!);
    expect(simulate(off, form)).toBeNull();
    expect(off.length).toBeLessThan(rules.length);
  });

  it('makes no rules at all when no profile is configured', () => {
    expect(buildGuardRules(configWith([]), PROMPT)).toEqual([]);
  });
});

describe('guard rules from the URL tables, with every regex refused as too large', () => {
  // Where the browser refuses a regex, sites with urlFilter forms (YouTube, LinkedIn) fall back to
  // them; the others keep their regex rule (then refused, and reported). Every loadable form of each
  // main profile still meets the prompt, and nothing else in any table does.
  const config = configWith(CONFIGURED);
  const everyRegex = new Set(buildGuardRules(config, PROMPT).flatMap((rule) => ('regexFilter' in rule.condition ? [rule.condition.regexFilter] : [])));
  const rules = buildGuardRules(config, PROMPT, REGEX_RULE_BUDGET, everyRegex);

  it('uses urlFilter forms for the sites that have them', () => {
    const sites = new Set(rules.filter((rule) => 'urlFilter' in rule.condition).map((rule) => ('urlFilter' in rule.condition ? rule.condition.urlFilter.split('/')[0] : '')));
    expect([...sites].sort()).toEqual(['||linkedin.com', '||youtube.com']);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  for (const table of TABLES) {
    const main = table.sameKey[0]!;
    const fallback = SITES.find((site) => site.id === table.site)?.profileUrlFilters?.(main.key);
    for (const form of main.urls.filter(loads).map(caseUrl)) {
      it(`${table.site}: sends ${form} to the prompt`, () => {
        expect(simulate(rules, form)).toBe(`${PROMPT}#${fallback ? fallback.url : requestUrl(form)}`);
      });
    }
  }

  const untouched = ALL_TABLES.flatMap((table) => [
    ...table.sameKey.slice(1).flatMap((group) => group.urls.filter(loads).map(caseUrl)),
    ...table.notProfiles.map(caseUrl),
  ]);
  it(`leaves all ${untouched.length} other addresses of the tables alone`, () => {
    for (const address of untouched) expect(simulate(rules, address), address).toBeNull();
  });
});

describe('guard rules for very many profiles', () => {
  // 200 people with 50 X profiles each: more regexes than Chrome allows rules, so they are merged.
  const ids = Array.from({ length: 10_000 }, (_, index) => `x:p${index}_ab` as ProfileId);
  const rules = buildGuardRules(configWith(ids), PROMPT);

  it('fit within the regex rule budget', () => {
    expect(rules.length).toBeLessThanOrEqual(REGEX_RULE_BUDGET);
  });

  it('still send every one of them, and no near-miss, to the prompt', { timeout: 30_000 }, () => {
    for (const index of [0, 1, 4_999, 9_999]) {
      const url = `https://x.com/p${index}_ab/media`;
      expect(simulate(rules, url)).toBe(`${PROMPT}#${url}`);
      expect(simulate(rules, `https://x.com/p${index}_abc`)).toBeNull();
    }
  });
});

describe('a profile whose regex the browser refuses as too large', () => {
  // Chromium caps a regexFilter's compiled size: a YouTube handle of 8 Chinese characters is beyond it.
  const HANDLE = '中文頻道測試名稱長';
  const ids: ProfileId[] = [`youtube:@${HANDLE}`, 'x:jordan_avery'];
  const profileUrl = new URL(`https://www.youtube.com/@${HANDLE}`).href;
  const tooLarge = new Set(youtubeProfiles.profileUrlRegexes(`@${HANDLE}`));
  const rules = buildGuardRules(configWith(ids), PROMPT, REGEX_RULE_BUDGET, tooLarge);

  it('is guarded by the site\'s urlFilter forms instead, each sending the tab to the prompt for the profile', () => {
    const filtered = rules.filter((rule) => 'urlFilter' in rule.condition);
    expect(filtered.length).toBeGreaterThan(0);
    expect(rules.some((rule) => 'regexFilter' in rule.condition && tooLarge.has(rule.condition.regexFilter))).toBe(false);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const address of [profileUrl, `https://m.youtube.com/@${HANDLE}/videos`, `https://www.youtube.com/%40${encodeURIComponent(HANDLE)}?sub=1`]) {
      expect(simulate(rules, address), address).toBe(`${PROMPT}#${profileUrl}`);
    }
    // The prompt accepts that address, and continuing goes there.
    expect(resolveGuardedProfile(profileUrl, configWith(ids))?.profile).toBe(`youtube:@${HANDLE}`);
  });

  it('leaves a longer handle, another site and the other profiles\' rules alone', () => {
    expect(simulate(rules, `https://www.youtube.com/@${HANDLE}長`)).toBeNull();
    expect(simulate(rules, `https://www.youtube.com/@${HANDLE}x`)).toBeNull();
    expect(simulate(rules, `https://youtube.com.example/@${HANDLE}`)).toBeNull();
    expect(simulate(rules, 'https://x.com/jordan_avery')).toBe(`${PROMPT}#https://x.com/jordan_avery`);
  });

  it('covers a LinkedIn slug in Cyrillic the same way (Chromium refuses one of 10 letters)', () => {
    const slug = 'иван-петров-123';
    const refusedSlug = new Set(linkedinProfiles.profileUrlRegexes(slug));
    const slugRules = buildGuardRules(configWith([`linkedin:${slug}`]), PROMPT, REGEX_RULE_BUDGET, refusedSlug);
    const own = new URL(`https://www.linkedin.com/in/${slug}`).href;
    expect(slugRules.every((rule) => 'urlFilter' in rule.condition)).toBe(true);
    expect(simulate(slugRules, `https://www.linkedin.com/in/${slug}/`)).toBe(`${PROMPT}#${own}`);
    expect(simulate(slugRules, `https://linkedin.com/mwlite/in/${slug}?trk=x`)).toBe(`${PROMPT}#${own}`);
    expect(simulate(slugRules, `https://www.linkedin.com/in/${slug}4`)).toBeNull();
    expect(simulate(slugRules, `https://www.linkedin.com/company/${slug}`)).toBeNull();
    expect(resolveGuardedProfile(own, configWith([`linkedin:${slug}`]))?.profile).toBe(`linkedin:${slug}`);
  });

  it('is found out by asking the browser when the rules are synced', async () => {
    fakeBrowser.reset();
    const dnr = installFakeDnr();
    const asked: string[] = [];
    Object.assign(fakeBrowser.declarativeNetRequest, {
      isRegexSupported: async ({ regex }: { regex: string }) => {
        asked.push(regex);
        return { isSupported: !tooLarge.has(regex) };
      },
    });
    await fakeBrowser.storage.local.set({ compiled: configWith(ids) });
    await syncGuardRules();
    expect(asked.length).toBe(2);
    expect(dnr.outcome(`https://www.youtube.com/@${HANDLE}/shorts`)).toEqual({ type: 'redirect', to: fakeBrowser.runtime.getURL(`/prompt.html#${profileUrl}` as '/prompt.html') });
    expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('redirect');
    expect(dnr.outcome(`https://www.youtube.com/@${HANDLE}長`).type).toBe('none');
  });
});

describe('which addresses the prompt may continue to', () => {
  const config = configWith(CONFIGURED);
  for (const table of TABLES) {
    const main = table.sameKey[0]!;
    const form = caseUrl(main.urls.filter(loads)[0]!);
    it(`${table.site}: a guarded profile address is accepted, without its fragment`, () => {
      const resolved = resolveGuardedProfile(`${form}#frag`, config);
      expect(resolved?.profile).toBe(`${table.site}:${main.key}`);
      expect(resolved?.url).toBe(requestUrl(form));
    });
  }

  const refused = [
    'javascript:alert(1)',
    'javascript://x.com/jordan_avery%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'moz-extension://x/options.html',
    'file:///etc/passwd',
    'https://x.com/someone_else',
    'https://x.com.evil.example/jordan_avery',
    'https://user:pass@x.com/jordan_avery',
    'not a url',
    '',
  ];
  for (const address of refused) {
    it(`refuses ${JSON.stringify(address)}`, () => expect(resolveGuardedProfile(address, config)).toBeNull());
  }

  it('refuses everything before the settings are compiled', () => {
    expect(resolveGuardedProfile('https://x.com/jordan_avery', undefined)).toBeNull();
  });
});

describe('keeping the rules in step with the settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces every earlier rule with the rules of the stored config', async () => {
    const dnr = installFakeDnr();
    dnr.dynamic.set(4242, { ...buildGuardRules(configWith(['x:stale_one']), PROMPT)[0]!, id: 4242 });
    await fakeBrowser.storage.local.set({ compiled: configWith(['x:jordan_avery']) });
    await syncGuardRules();
    expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('redirect');
    expect(dnr.outcome('https://x.com/stale_one').type).toBe('none');
    expect(dnr.dynamic.has(4242)).toBe(false);

    await fakeBrowser.storage.local.set({ compiled: configWith([]) });
    await syncGuardRules();
    expect(dnr.dynamic.size).toBe(0);
    expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('none');
  });

  it('keeps every rule the browser accepts when it refuses one', async () => {
    const dnr = installFakeDnr();
    const accept = fakeBrowser.declarativeNetRequest.updateDynamicRules;
    // Chromium refuses a regex beyond RE2's memory limit, and with it the whole update.
    fakeBrowser.declarativeNetRequest.updateDynamicRules = (async (options: { addRules?: { condition: { regexFilter: string } }[] }) => {
      if (options.addRules?.some((rule) => rule.condition.regexFilter.includes('too_big'))) throw new Error('memoryLimitExceeded');
      return accept(options as never);
    }) as never;
    await fakeBrowser.storage.local.set({ compiled: configWith(['x:jordan_avery', 'x:too_big', 'x:jordie_a']) });
    const applied = await syncGuardRules();
    expect(applied).toHaveLength(2);
    expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('redirect');
    expect(dnr.outcome('https://x.com/jordie_a').type).toBe('redirect');
    expect(dnr.outcome('https://x.com/too_big').type).toBe('none');
  });

  it('follows every change of the compiled config, ending with the last one', async () => {
    const dnr = installFakeDnr();
    startProfileGuard();
    await fakeBrowser.storage.local.set({ compiled: configWith(['x:jordan_avery']) });
    await vi.waitFor(() => expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('redirect'));
    // A burst of edits: add a second profile, then remove the first.
    await fakeBrowser.storage.local.set({ compiled: configWith(['x:jordan_avery', 'x:jordie_a']) });
    await fakeBrowser.storage.local.set({ compiled: configWith(['x:jordie_a']) });
    await vi.waitFor(() => {
      expect(dnr.outcome('https://x.com/jordie_a').type).toBe('redirect');
      expect(dnr.outcome('https://x.com/jordan_avery').type).toBe('none');
    });
  });

  it('covers every registered site that has a URL table', () => {
    const withTables = new Set(ALL_TABLES.map((table) => table.site));
    const missing = SITES.map((site) => site.id).filter((id) => !withTables.has(id));
    // Printed, not failed: site tables land with their adapters (issue 3).
    if (missing.length > 0) console.log(`guard rules: no URL table yet for ${missing.join(', ')}`);
    expect(withTables.size).toBeGreaterThan(0);
  });
});
