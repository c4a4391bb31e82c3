// Issue 5, part 1: profile visits are stopped before the site is even asked. Every configured profile
// becomes declarativeNetRequest dynamic rules that redirect a main-frame request for any of its URL
// forms to the prompt page, carrying the original URL after "#" (or, where the browser refuses the
// regex as too large, the profile's own URL). The site receives no request, so "who viewed your
// profile" (LinkedIn, Instagram and Facebook stories) never fires.
//
// The rules are derived from storage.local "compiled" (what the content scripts hide by), rebuilt
// whenever it changes and on install/startup, replacing every earlier dynamic rule so none goes stale.
import { browser } from 'wxt/browser';
import type { CompiledConfig } from '../compiled';
import { profileRegexes } from '../settings/compile';
import { parseProfileId, siteById, type ProfileId, type SiteId } from '../sites/index';
import { STORAGE_KEYS } from '../state/keys';

/** The part of a declarativeNetRequest rule this file writes (structurally a chrome Rule). */
export interface DnrRule {
  id: number;
  priority: number;
  action:
    | { type: 'redirect'; redirect: { regexSubstitution: string } | { extensionPath: string } }
    | { type: 'allow' };
  condition: ({ regexFilter: string } | { urlFilter: string }) & {
    resourceTypes: ['main_frame'];
    isUrlFilterCaseSensitive: boolean;
    tabIds?: number[];
  };
}

/** Redirects to the prompt; an allow-once rule (src/background/allow-once.ts) outranks them. */
export const GUARD_RULE_PRIORITY = 1;

/**
 * Chrome allows 1000 regex rules across dynamic and session rules (Firefox has no lower limit);
 * keep room for allow-once rules, which are session regex rules too.
 */
export const REGEX_RULE_BUDGET = 900;

interface RegexEntry {
  id: ProfileId;
  site: SiteId;
  regex: string;
  caseSensitive: boolean;
}

/**
 * Each configured profile's URL regexes, for sites the user has not switched off; duplicates once.
 * The same address forms content scripts get (settings/compile.ts `profileRegexes`).
 */
export function guardRegexes(config: Pick<CompiledConfig, 'matcher' | 'sites'>): RegexEntry[] {
  const ids = (Object.keys(config.matcher.profiles).sort() as ProfileId[])
    .filter((id) => config.sites[parseProfileId(id).site] !== false);
  const seen = new Set<string>();
  const entries: RegexEntry[] = [];
  for (const { id, re, cs } of profileRegexes(ids)) {
    const dedupeKey = `${cs ? 'C' : 'i'} ${re}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    entries.push({ id, site: parseProfileId(id).site, regex: re, caseSensitive: cs });
  }
  return entries;
}

/**
 * Fit the regexes into `budget` rules. Under the budget each regex is its own rule (clearer when a
 * rule is rejected); over it, regexes of one site and case mode are merged into alternations, as
 * evenly as the budget needs. Each alternative keeps its own anchors, so `\0` is still the whole URL.
 */
export function packRegexes(entries: readonly RegexEntry[], budget: number): RegexEntry[] {
  if (entries.length <= budget) return [...entries];
  const groups = new Map<string, RegexEntry[]>();
  for (const entry of entries) {
    const key = `${entry.site} ${entry.caseSensitive}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Every group may round up by one rule, so leave one rule per group spare.
  const perRule = Math.ceil(entries.length / Math.max(1, budget - groups.size));
  const packed: RegexEntry[] = [];
  for (const group of groups.values()) {
    for (let start = 0; start < group.length; start += perRule) {
      const chunk = group.slice(start, start + perRule);
      packed.push({
        id: chunk[0]!.id,
        site: chunk[0]!.site,
        caseSensitive: chunk[0]!.caseSensitive,
        regex: chunk.length === 1 ? chunk[0]!.regex : chunk.map((entry) => `(?:${entry.regex})`).join('|'),
      });
    }
  }
  return packed;
}

/**
 * The dynamic rules for `config`: ids 1…n, each redirecting to `promptUrl#<original URL>`.
 * `promptUrl` is `browser.runtime.getURL('/prompt.html')` (chrome-extension:// or moz-extension://).
 * A regex the browser refuses (`refused`: too large for its RE2) is replaced by the site's
 * `urlFilter` forms when it has them; those rules send the tab to the prompt for the profile's own
 * address, as they cannot carry the one requested.
 */
export function buildGuardRules(
  config: Pick<CompiledConfig, 'matcher' | 'sites'>,
  promptUrl: string,
  budget = REGEX_RULE_BUDGET,
  refused: ReadonlySet<string> = new Set(),
): DnrRule[] {
  return rulesFor(guardRegexes(config), promptUrl, budget, refused);
}

/** buildGuardRules for regexes already worked out (the sync asks the browser about them first). */
function rulesFor(entries: readonly RegexEntry[], promptUrl: string, budget: number, refused: ReadonlySet<string>): DnrRule[] {
  const regexes: RegexEntry[] = [];
  const filtered: { filter: string; url: string }[] = [];
  for (const entry of entries) {
    const fallback = refused.has(entry.regex) ? siteById(entry.site)?.profileUrlFilters?.(parseProfileId(entry.id).key) : null;
    if (fallback) filtered.push(...fallback.filters.map((filter) => ({ filter, url: fallback.url })));
    else regexes.push(entry);
  }
  const rules: DnrRule[] = packRegexes(regexes, budget).map((entry, index) => ({
    id: index + 1,
    priority: GUARD_RULE_PRIORITY,
    action: { type: 'redirect', redirect: { regexSubstitution: `${promptUrl}#\\0` } },
    condition: {
      regexFilter: entry.regex,
      resourceTypes: ['main_frame'],
      isUrlFilterCaseSensitive: entry.caseSensitive,
    },
  }));
  const promptPath = new URL(promptUrl).pathname;
  for (const { filter, url } of filtered) {
    rules.push({
      id: rules.length + 1,
      priority: GUARD_RULE_PRIORITY,
      action: { type: 'redirect', redirect: { extensionPath: `${promptPath}#${url}` } },
      condition: { urlFilter: filter, resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
    });
  }
  return rules;
}

export function promptPageUrl(): string {
  return browser.runtime.getURL('/prompt.html');
}

type DnrApi = {
  /** Chromium and Firefox both have it; treated as "supported" where it is missing. */
  isRegexSupported?(options: { regex: string; isCaseSensitive: boolean }): Promise<{ isSupported: boolean }>;
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(options: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
};

function dnr(): DnrApi {
  return browser.declarativeNetRequest as unknown as DnrApi;
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Replace every dynamic rule with the rules for the stored compiled config. Serialised, so a burst of
 * settings changes ends with the rules of the last one.
 */
export function syncGuardRules(): Promise<DnrRule[]> {
  const run = syncing.then(applyGuardRules, applyGuardRules);
  syncing = run.catch(() => undefined);
  return run;
}

/** The profile regexes this browser cannot compile (beyond its RE2 size cap). */
async function refusedRegexes(api: DnrApi, entries: readonly RegexEntry[]): Promise<Set<string>> {
  const refused = new Set<string>();
  if (!api.isRegexSupported) return refused;
  for (const entry of entries) {
    try {
      const { isSupported } = await api.isRegexSupported({ regex: entry.regex, isCaseSensitive: entry.caseSensitive });
      if (!isSupported) refused.add(entry.regex);
    } catch {
      // Left to the rule update, which reports what it refuses.
    }
  }
  return refused;
}

async function applyGuardRules(): Promise<DnrRule[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.compiled);
  const compiled = stored[STORAGE_KEYS.compiled] as CompiledConfig | undefined;
  const api = dnr();
  const entries = compiled ? guardRegexes(compiled) : [];
  const rules = rulesFor(entries, promptPageUrl(), REGEX_RULE_BUDGET, await refusedRegexes(api, entries));
  const removeRuleIds = (await api.getDynamicRules()).map((rule) => rule.id);
  try {
    await api.updateDynamicRules({ removeRuleIds, addRules: rules });
    return rules;
  } catch (error) {
    // One rule the browser refuses (a regex beyond RE2's memory limit, say) would otherwise leave every
    // profile unguarded: add them one by one and keep each one it accepts.
    console.warn(`Out of Sight: the profile rules were refused as a whole (${String(error)}); adding them one by one`);
    await api.updateDynamicRules({ removeRuleIds, addRules: [] });
    const accepted: DnrRule[] = [];
    for (const rule of rules) {
      try {
        await api.updateDynamicRules({ removeRuleIds: [], addRules: [rule] });
        accepted.push(rule);
      } catch (refused) {
        console.warn(`Out of Sight: a profile rule was refused (${String(refused)}): ${JSON.stringify(rule.condition)}`);
      }
    }
    return accepted;
  }
}
