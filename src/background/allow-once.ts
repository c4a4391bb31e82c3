// Issue 5, part 3: "continue anyway" lets the user through once — for that tab and that address, for a
// few minutes. It is a session-scoped declarativeNetRequest allow rule that outranks the redirect, with
// its record in storage.session (the worker may be stopped before it expires) and an alarm that removes
// it; nothing depends on this worker staying alive. Times are parameters (epoch ms).
import { browser } from 'wxt/browser';
import { GUARD_RULE_PRIORITY, type DnrRule } from './guard-rules';
import type { ProfileId } from '../sites/index';
import { escapeRegex } from '../sites/url-tools';

/** Long enough to look and leave, short enough that the guard is back before the next urge. */
export const ALLOWANCE_MINUTES = 5;
export const ALLOWANCE_MS = ALLOWANCE_MINUTES * 60_000;
export const ALLOW_RULE_PRIORITY = GUARD_RULE_PRIORITY + 1;
export const ALLOWANCE_ALARM = 'oos-allow-once-expiry';
export const ALLOWANCES_KEY = 'guardAllowances';

export interface Allowance {
  ruleId: number;
  tabId: number;
  /** The address let through, without its fragment (requests never carry one). */
  url: string;
  profile: ProfileId;
  expiresAt: number;
}

export function allowRule(allowance: Allowance): DnrRule {
  return {
    id: allowance.ruleId,
    priority: ALLOW_RULE_PRIORITY,
    action: { type: 'allow' },
    condition: {
      regexFilter: `^${escapeRegex(allowance.url)}$`,
      resourceTypes: ['main_frame'],
      // The exact address the guard recorded, nothing near it.
      isUrlFilterCaseSensitive: true,
      tabIds: [allowance.tabId],
    },
  };
}

export function liveAllowances(list: readonly Allowance[], now: number): Allowance[] {
  return list.filter((allowance) => allowance.expiresAt > now);
}

/** The allowance that lets `tabId` see `url` (full loads) or, in-app, anything of `profile`. */
export function findAllowance(
  list: readonly Allowance[],
  tabId: number,
  match: { url?: string; profile?: ProfileId },
  now: number,
): Allowance | undefined {
  return liveAllowances(list, now).find(
    (allowance) =>
      allowance.tabId === tabId &&
      ((match.url !== undefined && allowance.url === match.url) ||
        (match.profile !== undefined && allowance.profile === match.profile)),
  );
}

type SessionDnr = {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void>;
};

function sessionDnr(): SessionDnr {
  return browser.declarativeNetRequest as unknown as SessionDnr;
}

export async function readAllowances(): Promise<Allowance[]> {
  const stored = await browser.storage.session.get(ALLOWANCES_KEY);
  return (stored[ALLOWANCES_KEY] as Allowance[] | undefined) ?? [];
}

async function scheduleExpiry(list: readonly Allowance[]): Promise<void> {
  if (list.length === 0) {
    await browser.alarms.clear(ALLOWANCE_ALARM);
    return;
  }
  await browser.alarms.create(ALLOWANCE_ALARM, { when: Math.min(...list.map((a) => a.expiresAt)) });
}

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Let `tabId` through to `url` once, until `now + ALLOWANCE_MS`. Replaces an earlier allowance of the tab. */
export function grantAllowance(tabId: number, url: string, profile: ProfileId, now: number): Promise<Allowance> {
  return serialised(async () => {
    const list = liveAllowances(await readAllowances(), now);
    const replaced = list.filter((allowance) => allowance.tabId === tabId);
    const kept = list.filter((allowance) => allowance.tabId !== tabId);
    const ruleId = Math.max(0, ...list.map((a) => a.ruleId), ...(await sessionRuleIds(false))) + 1;
    const allowance: Allowance = { ruleId, tabId, url, profile, expiresAt: now + ALLOWANCE_MS };
    await sessionDnr().updateSessionRules({
      removeRuleIds: replaced.map((a) => a.ruleId),
      addRules: [allowRule(allowance)],
    });
    const next = [...kept, allowance];
    await browser.storage.session.set({ [ALLOWANCES_KEY]: next });
    await scheduleExpiry(next);
    return allowance;
  });
}

/** Ids of the session rules this file wrote (allow rules at its priority), or of all of them. */
async function sessionRuleIds(onlyOurs = true): Promise<number[]> {
  const api = browser.declarativeNetRequest as unknown as {
    getSessionRules(): Promise<{ id: number; priority?: number; action: { type: string } }[]>;
  };
  return (await api.getSessionRules())
    .filter((rule) => !onlyOurs || (rule.action.type === 'allow' && rule.priority === ALLOW_RULE_PRIORITY))
    .map((rule) => rule.id);
}

/**
 * Remove every allowance that has run out by `now` (the alarm's handler, also safe to call any time).
 * Session rules without a live record are removed too, so a lost record never leaves a door open.
 */
export function expireAllowances(now: number): Promise<Allowance[]> {
  return serialised(async () => {
    const list = await readAllowances();
    const live = liveAllowances(list, now);
    const liveIds = new Set(live.map((a) => a.ruleId));
    const stale = (await sessionRuleIds()).filter((id) => !liveIds.has(id));
    if (stale.length > 0) await sessionDnr().updateSessionRules({ removeRuleIds: stale });
    await browser.storage.session.set({ [ALLOWANCES_KEY]: live });
    await scheduleExpiry(live);
    return live;
  });
}

export function watchAllowanceExpiry(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALLOWANCE_ALARM) void expireAllowances(Date.now());
  });
}
