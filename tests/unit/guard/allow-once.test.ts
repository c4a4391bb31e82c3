// Issue 5, part 3: "continue anyway" lets one tab through to one address for a few minutes, then the
// prompt is back by itself. A fixed clock (epoch ms as a parameter) drives the expiry.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  ALLOWANCE_ALARM,
  ALLOWANCE_MS,
  expireAllowances,
  findAllowance,
  grantAllowance,
  readAllowances,
  watchAllowanceExpiry,
} from '../../../src/background/allow-once';
import { syncGuardRules } from '../../../src/background/guard-rules';
import { escapeRegex } from '../../../src/sites/url-tools';
import { allowOnce, checkNavigation, promptContext } from '../../../src/background/navigation';
import type { CompiledConfig } from '../../../src/compiled';
import { installFakeDnr, type FakeDnr } from './fake-dnr';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const TAB = 7;
const PROFILE_URL = 'https://x.com/jordan_avery';

const compiled = {
  v: 1,
  matcher: { patterns: [], profiles: { 'x:jordan_avery': 0 } },
  links: [],
  mode: 'hide',
  sites: {},
  allSites: false,
  snoozedUntil: null,
} as CompiledConfig;

let dnr: FakeDnr;
beforeEach(async () => {
  fakeBrowser.reset();
  dnr = installFakeDnr();
  await fakeBrowser.storage.local.set({
    compiled,
    settings: { format: 'out-of-sight-settings', version: 1, people: [{ label: 'J.', profiles: [PROFILE_URL] }], reasons: ['I deserve peace.'] },
  });
  await syncGuardRules();
});

describe('allow once', () => {
  it('lets only that tab through to only that address until it expires', async () => {
    expect(dnr.outcome(PROFILE_URL, TAB).type).toBe('redirect');
    await grantAllowance(TAB, PROFILE_URL, 'x:jordan_avery', T0);

    expect(dnr.outcome(PROFILE_URL, TAB)).toEqual({ type: 'allow' });
    expect(dnr.outcome(PROFILE_URL, TAB + 1).type).toBe('redirect');
    expect(dnr.outcome(`${PROFILE_URL}/media`, TAB).type).toBe('redirect');
    expect(dnr.outcome('https://x.com/Jordan_Avery', TAB).type).toBe('redirect');

    const list = await readAllowances();
    expect(findAllowance(list, TAB, { url: PROFILE_URL }, T0 + ALLOWANCE_MS - 1)).toBeDefined();
    expect(findAllowance(list, TAB, { url: PROFILE_URL }, T0 + ALLOWANCE_MS)).toBeUndefined();
  });

  it('schedules its own removal, and the alarm handler removes the rule and the record', async () => {
    await grantAllowance(TAB, PROFILE_URL, 'x:jordan_avery', T0);
    expect((await fakeBrowser.alarms.get(ALLOWANCE_ALARM))?.scheduledTime).toBe(T0 + ALLOWANCE_MS);

    await expireAllowances(T0 + ALLOWANCE_MS - 1);
    expect(dnr.outcome(PROFILE_URL, TAB)).toEqual({ type: 'allow' });

    await expireAllowances(T0 + ALLOWANCE_MS);
    expect(dnr.outcome(PROFILE_URL, TAB).type).toBe('redirect');
    expect(dnr.session.size).toBe(0);
    expect(await readAllowances()).toEqual([]);
    expect(await fakeBrowser.alarms.get(ALLOWANCE_ALARM)).toBeUndefined();
  });

  it('is removed when the browser fires the alarm', async () => {
    watchAllowanceExpiry();
    await grantAllowance(TAB, PROFILE_URL, 'x:jordan_avery', Date.now() - ALLOWANCE_MS - 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALLOWANCE_ALARM, scheduledTime: Date.now() });
    await new Promise((done) => setTimeout(done, 20));
    expect(dnr.outcome(PROFILE_URL, TAB).type).toBe('redirect');
  });

  it('replaces an earlier allowance of the same tab and keeps other tabs', async () => {
    await grantAllowance(TAB, PROFILE_URL, 'x:jordan_avery', T0);
    await grantAllowance(TAB + 1, PROFILE_URL, 'x:jordan_avery', T0);
    await grantAllowance(TAB, `${PROFILE_URL}/media`, 'x:jordan_avery', T0 + 1000);
    expect(dnr.outcome(PROFILE_URL, TAB).type).toBe('redirect');
    expect(dnr.outcome(`${PROFILE_URL}/media`, TAB)).toEqual({ type: 'allow' });
    expect(dnr.outcome(PROFILE_URL, TAB + 1)).toEqual({ type: 'allow' });
    expect(await readAllowances()).toHaveLength(2);
  });

  it('matches the address literally, whatever characters it holds', () => {
    const address = 'https://x.com/jordan_avery?q=a+b(c)*[d]|e$^';
    expect(new RegExp(`^${escapeRegex(address)}$`).test(address)).toBe(true);
    expect(new RegExp(`^${escapeRegex(address)}$`).test(address.replace('+', 'x'))).toBe(false);
  });
});

describe('from the prompt to the profile', () => {
  it('continues only to the address recorded for the tab, and counts one block and one peek', async () => {
    const context = await promptContext(TAB, `${PROFILE_URL}#top`, T0);
    expect(context.target).toEqual({ siteName: 'X', label: null });
    expect(context.reasons).toEqual(['I deserve peace.']);
    // A reload of the prompt moments later is the same attempt.
    await promptContext(TAB, PROFILE_URL, T0 + 2000);

    expect(await allowOnce(TAB, T0 + 20_000)).toEqual({ url: PROFILE_URL });
    expect(dnr.outcome(PROFILE_URL, TAB)).toEqual({ type: 'allow' });
    const { events } = await fakeBrowser.storage.local.get('events');
    const recent = JSON.stringify(events);
    expect(recent.match(/"blocked"/g)?.length).toBe(1);
    expect(recent.match(/"peek"/g)?.length).toBe(1);
    expect(recent).not.toContain('jordan_avery');
  });

  it('has nothing to continue to from a crafted javascript: prompt, even in a tab guarded before', async () => {
    await promptContext(TAB + 3, PROFILE_URL, T0 - 60_000);
    const context = await promptContext(TAB + 3, 'javascript:alert(document.domain)', T0);
    expect(context.target).toBeNull();
    await expect(allowOnce(TAB + 3, T0)).rejects.toThrow(/no page to continue to/);
    expect(dnr.session.size).toBe(0);
  });

  it('shows the label only when the user chose to see names', async () => {
    const { settings } = await fakeBrowser.storage.local.get('settings');
    await fakeBrowser.storage.local.set({ settings: { ...(settings as object), privacy: { maskNames: false } } });
    expect((await promptContext(TAB, PROFILE_URL, T0)).target).toEqual({ siteName: 'X', label: 'J.' });
  });
});

describe('in-app navigation', () => {
  it('sends the tab to the prompt, or lets it through within a profile it was allowed to see', async () => {
    const updates: { tabId: number; url?: string }[] = [];
    fakeBrowser.tabs.update = (async (tabId: number, props: { url?: string }) => {
      updates.push({ tabId, url: props.url });
      return {} as never;
    }) as never;
    expect(await checkNavigation(TAB, 'https://x.com/home', T0)).toBe('none');
    expect(await checkNavigation(TAB, `${PROFILE_URL}#x`, T0)).toBe('prompt');
    // The content script and webNavigation both report it: one trip to the prompt.
    expect(await checkNavigation(TAB, PROFILE_URL, T0 + 50)).toBe('prompt');
    expect(updates).toEqual([{ tabId: TAB, url: `${fakeBrowser.runtime.getURL('/prompt.html')}#${PROFILE_URL}` }]);

    await allowOnce(TAB, T0 + 30_000);
    expect(await checkNavigation(TAB, `${PROFILE_URL}/media`, T0 + 40_000)).toBe('allow');
    expect(await checkNavigation(TAB, `${PROFILE_URL}/media`, T0 + 30_000 + ALLOWANCE_MS)).toBe('prompt');
  });
});

