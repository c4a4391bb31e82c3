// Issue 5, parts 2–4: what the background decides about a profile visit.
// - In-app navigation (sites that route without loading pages): the content script's navigation guard
//   asks `checkNavigation`; `webNavigation.onHistoryStateUpdated` is the second line when no content
//   script answered. A configured profile sends the tab to the prompt unless the tab has an allowance.
// - The prompt page asks `getPromptContext` with its own fragment. That fragment is never trusted on its
//   own: it must be an http(s) address of a configured profile, and only then is it recorded as this
//   tab's guarded target — the one address `allowOnce` can ever let the tab through to.
// - Every interception is one "blocked" event (site and person index, never the address); a reload of
//   the prompt within a few seconds is not a second one. State is in storage.session, not in memory.
import { browser } from 'wxt/browser';
import type { CompiledConfig } from '../compiled';
import type { GuardAction, PromptContext } from '../messages';
import { profileId, profileOfUrl, siteById, SITES, type ProfileId, type SiteId } from '../sites/index';
import { STORAGE_KEYS } from '../state/keys';
import { loadSettings } from '../state/settings';
import { findAllowance, grantAllowance, readAllowances, watchAllowanceExpiry } from './allow-once';
import { recordEvents } from './events';
import { promptPageUrl, syncGuardRules } from './guard-rules';

export const GUARDED_TABS_KEY = 'guardTabs';
export const COUNTED_KEY = 'guardCounted';
/** A prompt reloaded (or reached by content script and webNavigation both) within this is one attempt. */
export const COUNT_DEDUPE_MS = 10_000;

export interface GuardedTarget {
  /** http(s), without fragment. */
  url: string;
  profile: ProfileId;
  site: SiteId;
  person: number;
  at: number;
}

/**
 * The configured profile behind `address`, or null: only http(s) addresses of a profile in the compiled
 * config, on a site the user has not switched off. Pure.
 */
export function resolveGuardedProfile(
  address: string,
  config: Pick<CompiledConfig, 'matcher' | 'sites'> | undefined,
): Omit<GuardedTarget, 'at'> | null {
  if (!config || address.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  url.hash = '';
  const ref = profileOfUrl(url);
  if (!ref || config.sites[ref.site] === false) return null;
  const id = profileId(ref);
  const person = config.matcher.profiles[id];
  if (person === undefined) return null;
  return { url: url.href, profile: id, site: ref.site, person };
}

async function readCompiled(): Promise<CompiledConfig | undefined> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.compiled);
  return stored[STORAGE_KEYS.compiled] as CompiledConfig | undefined;
}

async function readSession<T>(key: string, fallback: T): Promise<T> {
  const stored = await browser.storage.session.get(key);
  return (stored[key] as T | undefined) ?? fallback;
}

let queue: Promise<unknown> = Promise.resolve();
/** Content script and webNavigation may report one navigation at once: decide them one after another. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function rememberTarget(tabId: number, target: GuardedTarget): Promise<void> {
  const tabs = await readSession<Record<string, GuardedTarget>>(GUARDED_TABS_KEY, {});
  await browser.storage.session.set({ [GUARDED_TABS_KEY]: { ...tabs, [tabId]: target } });
}

/** Count one blocked attempt unless this tab was stopped at this address moments ago. */
async function countBlocked(tabId: number, target: GuardedTarget, now: number): Promise<boolean> {
  const counted = await readSession<Record<string, number>>(COUNTED_KEY, {});
  const key = `${tabId} ${target.url}`;
  const last = counted[key];
  const fresh: Record<string, number> = {};
  for (const [entry, at] of Object.entries(counted)) if (now - at < COUNT_DEDUPE_MS) fresh[entry] = at;
  if (last !== undefined && now - last < COUNT_DEDUPE_MS && now >= last) {
    fresh[key] = now;
    await browser.storage.session.set({ [COUNTED_KEY]: fresh });
    return false;
  }
  fresh[key] = now;
  await browser.storage.session.set({ [COUNTED_KEY]: fresh });
  await recordEvents([{ kind: 'blocked', site: target.site, person: target.person, at: now }]);
  return true;
}

/** In-app navigation of `tabId` to `address`: send the tab to the prompt when it is a guarded profile. */
export function checkNavigation(tabId: number, address: string, now: number): Promise<GuardAction> {
  return serialised(async () => {
    // The page is hidden while this runs: read everything at once, move the tab first, write after.
    const [compiled, allowances, tabs] = await Promise.all([
      readCompiled(),
      readAllowances(),
      readSession<Record<string, GuardedTarget>>(GUARDED_TABS_KEY, {}),
    ]);
    const resolved = resolveGuardedProfile(address, compiled);
    if (!resolved) return 'none';
    // Within a profile they chose to see, moving between its pages is the same visit.
    if (findAllowance(allowances, tabId, { url: resolved.url, profile: resolved.profile }, now)) return 'allow';
    const earlier = tabs[tabId];
    if (earlier && earlier.url === resolved.url && now - earlier.at < COUNT_DEDUPE_MS && now >= earlier.at) {
      return 'prompt'; // already on its way (the content script and webNavigation both reported it)
    }
    await browser.tabs.update(tabId, { url: `${promptPageUrl()}#${resolved.url}` });
    await rememberTarget(tabId, { ...resolved, at: now });
    return 'prompt';
  });
}

/** What the prompt page shows; records (once) the blocked attempt its fragment stands for. */
export async function promptContext(tabId: number | undefined, fragment: string, now: number): Promise<PromptContext> {
  const settings = await loadSettings();
  const base = {
    reasons: settings.reasons,
    pauseSeconds: settings.guard.pauseSeconds,
    calmUrl: settings.guard.calmUrl,
  };
  const resolved = resolveGuardedProfile(fragment, await readCompiled());
  if (tabId === undefined) return { ...base, target: null };
  if (!resolved) {
    // This prompt stands for nothing valid: whatever the tab was guarded from before is not on offer here.
    await serialised(async () => {
      const tabs = await readSession<Record<string, GuardedTarget>>(GUARDED_TABS_KEY, {});
      delete tabs[tabId];
      await browser.storage.session.set({ [GUARDED_TABS_KEY]: tabs });
    });
    return { ...base, target: null };
  }
  const target: GuardedTarget = { ...resolved, at: now };
  await serialised(async () => {
    await rememberTarget(tabId, target);
    await countBlocked(tabId, target, now);
  });
  const site = siteById(resolved.site);
  const person = settings.people[resolved.person];
  const key = resolved.profile.slice(resolved.site.length + 1);
  const label = settings.privacy.maskNames ? null : person?.label || site?.profileLabel(key) || null;
  return { ...base, target: { siteName: site?.name ?? resolved.site, label } };
}

/**
 * "Continue anyway": the address recorded for this tab (checked again against the current settings),
 * let through once, and counted as a peek. Throws when there is nothing to continue to.
 */
export async function allowOnce(tabId: number | undefined, now: number): Promise<{ url: string }> {
  if (tabId === undefined) throw new Error('there is no page to continue to');
  const tabs = await readSession<Record<string, GuardedTarget>>(GUARDED_TABS_KEY, {});
  const recorded = tabs[tabId];
  const resolved = recorded ? resolveGuardedProfile(recorded.url, await readCompiled()) : null;
  if (!resolved) throw new Error('there is no page to continue to');
  await grantAllowance(tabId, resolved.url, resolved.profile, now);
  await recordEvents([{ kind: 'peek', site: resolved.site, person: resolved.person, at: now }]);
  return { url: resolved.url };
}

/** The parts of webNavigation's URL filter used here. */
export interface HistoryUrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
  pathContains?: string;
}

/**
 * The addresses whose history-API changes the background is told of: those of the supported sites and
 * of their redirect links (with or without a subdomain, and written with the host's final dot), and
 * on any other host the paths a Mastodon profile can have (mastodonKey: /@user, /web/@user,
 * /users/user, "@" written out or escaped). Web apps change the address all the time, and without a
 * filter the browser would start the worker for each change on every site, only for it to find
 * nothing to guard there. It holds every address resolveGuardedProfile can guard (a test holds it to
 * that).
 */
export function historyUrlFilters(): HistoryUrlFilter[] {
  const domains = SITES.flatMap((site) => [...site.hosts, ...(site.linkHosts ?? [])]);
  return [
    ...domains.flatMap((domain) => [domain, `${domain}.`]).flatMap((host) => [{ hostEquals: host }, { hostSuffix: `.${host}` }]),
    { pathContains: '@' },
    { pathContains: '%40' },
    { pathContains: '/users/' },
  ];
}

/** The second line for in-app navigation: the browser's own report of a history-API URL change. */
export function watchHistoryNavigation(): void {
  browser.webNavigation.onHistoryStateUpdated.addListener((details) => {
    if (details.frameId !== 0 || details.tabId < 0) return;
    void checkNavigation(details.tabId, details.url, Date.now());
  }, { url: historyUrlFilters() });
}

/**
 * Wire the profile guard: DNR rules follow storage.local "compiled" (written whenever the settings
 * change) and are rebuilt on install and startup; allowances expire by alarm; history-API navigations
 * are checked as the second line behind the content script.
 */
export function startProfileGuard(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_KEYS.compiled in changes) void syncGuardRules();
  });
  browser.runtime.onInstalled.addListener(() => void syncGuardRules());
  browser.runtime.onStartup.addListener(() => void syncGuardRules());
  watchAllowanceExpiry();
  watchHistoryNavigation();
}
